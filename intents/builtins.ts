// Alexa built-in intents. `known` are the phrases Amazon documents for the
// intent (not sent to Alexa; kept for the terminal matcher and Dialogflow);
// `samples` extend the built-in on Alexa too. "done" belongs to Next (finished
// a set), so Stop uses "...for today" phrasings.
import type { IntentDef } from './types';

export const BUILTIN_INTENTS: readonly IntentDef[] = [
  {
    name: 'AMAZON.YesIntent',
    known: ['yes', 'yeah', 'sure', 'yes please'],
    // Triage questions are answered "i do", "i have", "it does" as often as "yes".
    samples: [
      'yep', 'yup', 'ok', 'okay', 'of course', 'correct', "that's right", 'i do', 'yes i do', 'i have', 'yes i have', 'i am', 'yes i am', 'it does', 'yes it does', 'definitely',
      'absolutely', 'sure thing', 'sounds good', "let's do it", 'uh huh', "that's true",
      // Combined forms, as people answer a yes/no question.
      'yeah i do', 'yeah i am', 'yeah i have', 'yes i did', 'yeah i did', 'i did', 'yeah it does', 'yes definitely',
      'yeah definitely', 'yes absolutely', 'i think so', 'yes i think so', 'yeah i think so', 'yes it is', 'yeah it is',
      'it is', 'yes there is', 'yeah there is', 'yes i have had that', 'yes that happened', 'yes please do', 'go for it',
      'yes down to my calf', 'yes down to my foot', 'yeah down my leg', 'yes past my knee', 'yeah below the knee',
      'it does go below my knee', 'yes all the way down', 'yes i would', 'yeah sure', 'yep i do', 'yep i am', 'yup i have',
      "yes that's right", 'yeah that one', 'afraid so', "i'm afraid so", 'unfortunately yes', 'sadly yes', 'yes one of those',
      'yes some of those', 'yeah a bit', 'a little bit yes', 'yes a little', "i'm an adult",
    ],
  },
  {
    name: 'AMAZON.NoIntent',
    known: ['no', 'no thanks'],
    samples: [
      'nope', 'nah', 'no thank you', 'not really', "i don't", "no i don't", "i haven't", "no i haven't", "i'm not", "no i'm not", "it doesn't",
      "no it doesn't", 'not at all', 'never', "i don't think so",
      // Combined and grouped forms: "nothing like that" is a clear no, not an unclear answer.
      'definitely not', 'absolutely not', 'certainly not', 'of course not', 'nothing like that', 'none of those',
      'none of them', 'none of that', 'none of the above', 'no none of those', 'no none of them', 'no nothing like that',
      'nothing like that at all', 'no nothing', 'nothing', 'nope none', 'nope nothing', 'not that i know of',
      "not that i've noticed", 'no not at all', 'no never', "no i didn't", "i didn't", 'no i did not', "no it isn't",
      "it isn't", "no there isn't", "there isn't", 'no i am not', 'nah i do not', "nah i don't", "nope i don't", 'nah not really',
      'no not really', "no i'm fine", "no i'm good", "nah i'm good", 'no thankfully', 'thankfully not', 'luckily not',
      'only in my back', 'just in my back', 'it stays in my back', 'no just my back', 'no only my lower back',
      'no it stays above the knee', 'just my lower back', "no it doesn't go that far", "nothing's changed", 'nothing new',
      'no nothing new', 'no changes', "no i haven't had any of that", 'no to all of those', 'no to all of them', 'none at all', 'nothing at all',
    ],
  },
  {
    name: 'AMAZON.HelpIntent',
    known: ['help', 'help me', 'can you help me'],
    samples: [
      'what can i say', 'what can i do', 'how does this work', 'what do i say', 'i need help', "i'm confused", 'what are my options',
      'what can you do', 'how do i use this', 'instructions',
    ],
  },
  {
    name: 'AMAZON.StopIntent',
    // On a device Alexa ends the session on "exit" itself; the matcher maps it to Stop.
    known: ['stop', 'exit'],
    samples: [
      'quit', 'goodbye', 'bye', "i'm done for today", "i'm done for now", "i'm finished for today", "that's enough for today",
      "that's it for today", 'end the session', 'end session', 'finish for today', 'i want to stop',
      "let's stop here",
    ],
  },
  {
    name: 'AMAZON.CancelIntent',
    known: ['cancel', 'never mind'],
    samples: ['forget it', 'cancel that', 'cancel it', 'nevermind', 'scratch that', "don't bother"],
  },
  {
    name: 'AMAZON.FallbackIntent',
    known: [],
    samples: [],
    alexaExtendable: false,
  },
  {
    // Alexa owns this one on screen devices; we only teach the matcher and Dialogflow.
    name: 'AMAZON.NavigateHomeIntent',
    known: ['go home', 'home', 'take me home', 'main menu', 'go to the main menu'],
    samples: [],
    alexaExtendable: false,
  },
  {
    name: 'AMAZON.NextIntent',
    known: ['next'],
    // Said when the user is set up or finished a set; most of the session runs on these.
    // Alexa's Resume natively knows "continue" and Next natively knows "skip" (our
    // SkipIntent): our explicit samples are meant to win; check in the Alexa test console.
    samples: [
      'i am ready', 'got it', 'alright', 'all right', "alright let's go", "okay let's go", "ok i'm ready", 'ready now', "i'm ready now",
      'yep ready', "let's do this", "let's get going", "let's begin", 'begin', 'ok next', 'okay next', 'next thing',
      'onwards', "i'm good to go", 'good to go', 'done that', 'all done', "i'm in", 'in place', "i'm in place",
      'next one', 'next please', 'move on', 'ready', "i'm ready", 'ready to go', 'done', "i'm done", 'finished', "i've finished", "that's done",
      'go', "let's go", 'continue', 'start', "let's start", "i'm in position", 'in position', "i'm set",
      'all set', 'next exercise', "what's next",
    ],
  },
  {
    name: 'AMAZON.PreviousIntent',
    known: ['go back', 'back up'],
    samples: [
      'back', 'previous', 'previous one', 'go back one', 'back one', 'the one before', 'previous exercise', 'go to the previous exercise',
      'last exercise', 'do the last one again', 'can we go back',
    ],
  },
  {
    name: 'AMAZON.RepeatIntent',
    known: ['repeat', 'repeat that', 'say that again'],
    samples: [
      'what', 'say it again', 'can you repeat that', 'sorry what', 'what did you say', 'what was that', 'come again',
      'pardon', 'pardon me', "i didn't catch that", 'one more time', 'huh', 'sorry',
      'do that again', 'do it again', 'again', 'once more', 'say it one more time', 'what was that again', 'repeat please',
      'can you say that again', 'i missed that', "i didn't hear you", 'sorry i missed that', 'run that by me again',
    ],
  },
  {
    name: 'AMAZON.PauseIntent',
    known: ['pause', 'pause that'],
    samples: [
      'hold on', 'wait', 'wait a minute', 'wait a second', 'hang on', 'hang on a sec', 'give me a minute', 'give me a second',
      'one moment', 'one sec', 'just a minute', 'take a break', 'i need a break', 'pause the workout', 'hold it',
    ],
  },
  {
    name: 'AMAZON.ResumeIntent',
    known: ['resume', 'keep going'],
    samples: [
      'carry on', "let's continue", "let's keep going", "let's carry on", "i'm back", "ok i'm back", 'unpause',
      'pick up where we left off', 'back to it', 'resume the workout',
      // "Keep going" and friends: the engine treats resume as next when nothing is paused.
      'go on', 'go ahead', 'keep it going', 'carry on please', 'please carry on', 'keep going please', 'ok carry on',
      'okay keep going', 'yes carry on', 'yeah keep going', "let's go on", 'continue please', 'please continue',
    ],
  },
  {
    name: 'AMAZON.StartOverIntent',
    known: ['start over', 'start again', 'restart'],
    samples: [
      'restart the program', 'restart the session', 'start from the beginning', 'start over from the beginning',
      'begin again', "let's start over", "let's start again", 'from the top', 'take it from the top',
    ],
  },
];
