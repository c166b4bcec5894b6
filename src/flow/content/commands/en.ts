// English words for the coach's commands, as people say them when no intent
// caught the words: "okay then next", "give me a sec", "let's call it a day",
// "what's this one for". Written after normalisation ("let us", "what is",
// "i am", "ok", "all right"). Phrases, not lone common words: "back" alone is
// only a command when nothing else was said ("my back is fine" is not one).
import type { CommandLexicon } from './types';

const MOMENT = 'sec|second|secs|seconds|minute|minutes|moment|mo|tick|bit|break|breather|rest';
const SESSION = 'session|workout|routine|exercises|practice|program|programme|thing';
const TODAY = 'today|now|the day|tonight|this morning|this evening|the moment|this time|this session';

export const EN_COMMANDS: CommandLexicon = {
  commands: {
    next: [
      'next', 'next one', 'the next one', 'next exercise', 'next set', 'next move', 'next stretch', 'what is next', 'what next',
      'ready', 'i am ready', 'all set', 'i am set', 'i am all set', 'good to go', 'i am good to go', 'ready when you are',
      'in position', 'i am in position', 'in place', 'i am in place', 'i am there', 'i am on the (floor|mat)', 'i am down',
      'done', 'all done', 'i am done', 'that is done', 'done that', 'done with (that|this|it)', 'finished', 'i am finished',
      'i have finished', 'i have done (it|that|them)', 'did it', 'i did it', 'i did (them|that|those|all of them)', 'got it', 'that is (it|that)',
      'let us go', 'let us do (it|this|that)', 'let us begin', 'let us start', 'let us get (started|going|on with it)', 'let us crack on',
      'begin', 'start the (routine|session|workout|exercises|exercise|first one)', 'start now', 'i am starting', 'go ahead', 'go on', 'on we go',
      'move on', 'moving on', 'move along', 'onwards', 'onward', 'proceed', 'bring it on', 'sounds good', 'lead the way', 'hit it',
      'crack on', 'go for it',
    ],
    resume: [
      'resume', 'unpause', 'continue', 'carry on', 'keep going', 'keep on going', 'i am back', 'back now', 'i am here again',
      'i am ready again', 'ready again', 'let us continue', 'let us carry on', 'let us keep going', 'pick up where we left off',
      'pick it up again', 'where were we', 'where was i', 'back to it', 'let us get back to it', 'start again from where we stopped',
    ],
    previous: [
      'previous', 'previous one', 'the previous one', 'previous exercise', 'previous set', 'go back', 'go back one',
      'back one', 'back a step', 'one back', 'take me back', 'back to the (last|previous) one?', 'back to the one before',
      'the one before', 'one before', 'the last exercise', 'last one again', 'the exercise before', 'rewind',
      'the one before that', 'do the last one again', 'redo the last one',
    ],
    repeat: [
      'repeat', 'repeat (that|it|this|yourself|the instructions)', 'say (that|it|this)? again', 'say again', 'come again',
      'pardon', 'pardon me', 'i beg your pardon', 'what was that', 'what did you (just)? say', 'what did you (just)? tell me',
      'i did not (catch|hear|get|understand) (that|it|you|what you said)', 'did not (catch|hear) (that|it)', 'i missed that',
      'i missed what you said', 'one more time', 'once more', 'again please', 'run that by me again', 'can you say that again',
      'tell me again', 'what was the last bit', 'sorry what', 'what now', 'excuse me what',
    ],
    pause: [
      'pause', 'pause (it|this|that|the session|for a (sec|second|moment|minute|bit))', 'hold on', 'hold up', 'hold it',
      'hang on', 'hang about', 'wait', 'wait up', `wait a (${MOMENT})`, `one (${MOMENT})`, `just a (${MOMENT})`,
      `give me a (${MOMENT})`, `give me (one|two|five|a few) (${MOMENT})`, `a (${MOMENT}) please`, `a quick (${MOMENT})`,
      'i need a (break|breather|rest|minute|moment|sec|second)', 'take a (break|breather|rest)', 'time out',
      `stop for a (${MOMENT})`, 'be right back', 'i will be right back', 'back in a (sec|second|minute|moment|bit)',
      'someone is at the door', 'the door', 'the doorbell', 'my phone is ringing', 'phone call',
    ],
    skip: [
      'skip', 'skip (it|this|that|this one|that one|the exercise|this exercise|that exercise|ahead|over it)', 'pass',
      'pass on (this|that|it) one?', 'not this one', 'not that one', 'leave (this|that|it) one? out', 'something else',
      'a different (one|exercise|stretch)', 'another (one|exercise)', 'i will sit this one out', 'give (this|that) one a miss',
      'miss (this|that) one', 'miss it out', 'skip to the next (one|exercise)', 'i do not want to do (this|that) one',
      'i would rather not do (this|that) one', 'can we do a different one',
    ],
    startOver: [
      'start over', 'start again', 'start it again', 'start (this|it|the whole|the whole thing|the routine|the session|everything) (over|again)',
      'start the whole thing over', 'start from the (beginning|top|start)', 'from the (beginning|top|start)',
      'back to the (beginning|start|top)', 'go back to the (beginning|start|top)', 'restart', 'restart (it|the routine|the session|everything)',
      'begin again', 'from scratch', 'start from scratch', 'do it all again', 'do (the|this) whole thing again', 'reset', 'start afresh',
    ],
    help: [
      'help me', 'i need help', 'i need some help', 'what can i say', 'what can i do', 'what (can|do) i say here',
      'what|which commands', 'commands', 'list the commands',
      'what are my options', 'what are the options', 'options', 'what are the commands', 'i am (lost|confused|stuck)',
      'i do not understand', 'how does this (skill|app) work', 'how do i use this', 'what do i say',
    ],
    howTo: [
      'how (do|should|can|would|am) i (do|stand|sit|lie|start|begin|position|place|hold|get|go|move|set)',
      'how do i do (this|that|it) (one|exercise)?', 'how does (this|that|it) (one|exercise)? (go|work)', 'how is (this|it) done',
      'how to do (this|that|it)', 'remind me how', 'show me how', 'tell me how', 'explain (it|this|that|the exercise|this one|that one)',
      'walk me through', 'talk me through', 'what do i do', 'what do i do (now|here|next)', 'what do i have to do',
      'what (am|was) i (supposed|meant) to (do|be doing)', 'what is the (form|technique|position|setup|set up|right way)', 'the form',
      'form cues', 'the cues', 'technique', 'am i doing (it|this|that) right', 'is this right', 'is this the right position',
      'where (do|should) i (put|place|keep) my', 'how (many|long) (do|should) i', 'instructions', 'describe (it|this|the exercise)',
      'which way (do|should) i', 'how far (do|should) i', 'how am i (supposed|meant) to', 'how do i position',
      'where (do|should|does) my hands|feet|arms|knees|legs|head|hips (go|be)', 'what does _ _? _? look like',
    ],
    why: [
      'why', 'what is (this|it|that) (one|exercise|stretch)? for', 'what is the point', 'what is the point of (this|it|that)',
      'what does (this|it|that) (one|exercise|stretch)? do', 'what does (this|it|that) do for me',
      'how (does|is|will|would|can) (this|it|that) (one|exercise|stretch)? (help|helping)', 'what is (this|it) (good|meant) for',
      'the benefit', 'the benefits', 'what good is (this|it)', 'what is this doing', 'what is it doing for me',
      'what is the purpose', 'purpose of (this|it)', 'does this (really)? (help|work)', 'explain why', 'is this helping',
      'how is (this|it|that) (supposed|meant|going) to help', 'what is the use of (this|it|that)', 'what use is (this|it|that)',
    ],
    progress: [
      'progress', 'my progress', 'how am i doing', 'how am i getting on', 'how am i going', 'what week', 'which week',
      'what day of the (program|programme|plan)', 'how many (sessions|workouts|days|weeks)', 'my streak', 'streak',
      'am i (improving|getting better|getting stronger)', 'how far along', 'how far have i (come|got)', 'where am i in the (program|programme|plan)',
      'how much (is left|longer)', 'how many weeks (left|to go)',
    ],
    deleteData: [
      `delete|erase|wipe|remove|clear all? (of)? my pain? (data|progress|history|information|info|records|details|account|scores|stuff)`,
      'delete|erase|wipe|remove|clear everything', 'delete|erase|wipe|remove|clear it all', 'delete|erase|wipe me',
      'forget me', 'forget about me', 'forget everything', 'forget all about me', 'forget who i am', 'forget my (data|progress|history|details|scores)',
    ],
    stop: [
      'stop', 'stop (it|this|now|here|please|the session|the workout|the routine|everything)', `stop for (${TODAY})`,
      'i want to stop', 'i would like to stop', 'i need to stop', 'i will stop', 'i will stop (now|here|there)', 'i am going to stop',
      'let us stop', 'let us (finish|end|wrap up|leave it|call it)', `i am (done|finished) for (${TODAY})`, `that is (it|enough|all) for (${TODAY})`,
      `enough for (${TODAY})`, `i have had enough for (${TODAY})`, 'call it a day', 'call it quits', 'end (it|this|that|the session|here|now)',
      'end it (here|now|there)', `finish (here|now|for ${TODAY}|the session)`, 'wrap (it|this)? up', 'quit', 'i quit', 'exit', 'cancel',
      'goodbye', 'bye', 'see you', 'no more', 'leave it there', 'leave it (for|at that)', `we are done for (${TODAY})`, 'we are done',
      'turn (it|this) off', 'shut up', 'be quiet', 'that will do', 'done for (today|the day)', `that is it for (me|${TODAY})`,
      `stop (the|this) ${SESSION}`,
    ],
    quick: [
      'quick|short|shorter|quicker|brief|mini|fast (one|version|session|routine|workout|option|set)', 'a quick one', 'the quick one',
      'i am short on time', 'i do not have much time', 'not much time', 'in a (hurry|rush)', 'only (have|got)? a few minutes', 'something quick',
      'only (have|got) (five|ten|fifteen|a couple of) minutes',
    ],
    full: [
      'full|whole|entire|complete|long|longer|proper (one|version|session|routine|workout|thing|program|programme|set|lot)',
      'the works', 'the lot', 'all of the exercises', 'everything today', 'the full thing',
    ],
  },
  alone: {
    next: ['go', 'set', 'start', 'on', 'yes next', 'ok next', 'right next'],
    previous: ['back', 'backwards', 'before', 'last', 'last one', 'the last one', 'the last one again'],
    pause: [`a (${MOMENT})`],
    help: ['help', 'help please'],
    stop: ['that is enough', 'i have had enough', 'enough', 'done for today'],
    repeat: ['again', 'what', 'huh', 'sorry', 'excuse me', 'eh', 'more', 'what was that again'],
    quick: ['quick', 'short', 'shorter', 'quicker', 'quick please'],
    full: ['full', 'whole', 'long', 'longer', 'all', 'all of it'],
  },
  politeness: ['please', 'thanks', 'thank you', 'now', 'then', 'just', 'ok', 'all right', 'right', 'yeah', 'can you', 'could you', 'can we', 'let us'],
  negators: ['not', 'never', 'without', 'do not', 'does not', 'no need to', 'do not want to', 'can not', 'will not', 'did not', 'would not', 'not going to'],
};
