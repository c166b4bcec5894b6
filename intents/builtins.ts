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
    ],
  },
  {
    name: 'AMAZON.NoIntent',
    known: ['no', 'no thanks'],
    samples: [
      'nope', 'nah', 'no thank you', 'not really', "i don't", "no i don't", "i haven't", "no i haven't", "i'm not", "no i'm not", "it doesn't",
      "no it doesn't", 'not at all', 'never', "i don't think so",
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
