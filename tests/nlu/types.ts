// The annotated NLU evaluation set's shape (in the spirit of the Alexa
// developer console's NLU Evaluation Tool annotation sets). Every utterance is
// written fresh: a test fails if one is a sample of the model.

/** The prompt an utterance answers: what the coach had just asked. */
export type PromptId =
  | 'age' // "Are you 16 or older?"
  | 'recheck' // the returning user's combined re-check
  | 'triage' // any red-flag or physio yes/no question
  | 'clearance' // "Has a doctor checked your back since then and said exercise is okay?"
  | 'painNow' // "0 to 10, how is your back right now?"
  | 'belowKnee' // "Does the pain spread below the knee?"
  | 'pattern' // "When does your pain usually show up?"
  | 'preview' // plan preview: "say next to begin, or ask for a quick one / the full routine"
  | 'inPosition' // "get into position and say next"
  | 'routine' // mid-exercise (a set is being counted)
  | 'sharpCheck' // after "it hurts": "Is it sharp, or going down your leg?"
  | 'hurtsChoice' // "skip this exercise, carry on with the next set, or stop for today?"
  | 'painAfter' // closing: "0 to 10, how is your back now?"
  | 'consent'; // "Shall I remember your pain scores?"

/** What the coach should understand. Safety kinds follow src/flow/safety (SafetyKind). */
export type Expected =
  | { event: 'yes' | 'no' | 'notSure' }
  | { event: 'number'; value: number }
  | { event: 'age'; value: number }
  | { event: 'pattern'; value: 'sitting' | 'bending' | 'morning' | 'workout' | 'stress' | 'varies' }
  | { event: 'length'; value: 'quick' | 'full' }
  | {
      event:
        | 'next' | 'previous' | 'repeat' | 'pause' | 'resume' | 'skip' | 'startOver' | 'help' | 'howTo' | 'why'
        | 'progress' | 'deleteData' | 'stop';
    }
  | { safety: 'redFlag' | 'urgent' | 'lasting' | 'stopSymptom' | 'hurts' | 'harmless' };

export type Category = 'redFlag' | 'lookAlike' | 'yesNo' | 'numbers' | 'patterns' | 'navigation' | 'other';

export interface NluCase {
  text: string;
  prompt: PromptId;
  expect: Expected;
  category: Category;
  /** Only for this locale (locale extras such as "bum", "wee", "yeah nah"); default: every English locale. */
  locale?: string;
  /** Why this one is here, when it is not obvious. */
  note?: string;
}
