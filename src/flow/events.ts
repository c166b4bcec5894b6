// What a user (or the platform) can do, independent of Alexa or Dialogflow.
import type { PainPattern } from './content/patterns';
import type { Progress } from './progress';

export type SimpleEventType =
  | 'yes'
  | 'no'
  | 'notSure'
  | 'next'
  | 'previous'
  | 'repeat'
  | 'pause'
  | 'resume'
  | 'skip'
  | 'startOver'
  | 'help'
  | 'howTo'
  | 'why'
  | 'hurts'
  | 'redFlag'
  | 'urgentFlag'
  | 'progress'
  | 'deleteData'
  | 'stop'
  | 'fallback'
  | 'sessionEnded';

/** How much routine the user asked for ("a quick one", "the full routine"). */
export type RoutineLength = 'quick' | 'standard' | 'full';

/** The language of free text, for the engine's safety lexicons. */
export type TextLanguage = 'en' | 'de' | 'es' | 'fr';

export type FlowEvent = (
  | {
      type: 'launch';
      /** Stored progress, or null for a new user. */
      progress: Progress | null;
      /** Today's date (YYYY-MM-DD), from the injected clock. */
      today: string;
      /** The deployment allows storing pain scores (PAIN_HISTORY=on). */
      painHistoryAllowed: boolean;
      /** Asked for at launch ("ask hip coach for a quick one"). */
      length?: RoutineLength;
    }
  /**
   * value is null when the number was missing or not understood. A range
   * ("3 or 4") arrives as its higher end. text: the words heard, when the
   * platform has them and the value is null (the safety classifier reads them).
   */
  | { type: 'number'; value: number | null; text?: string }
  /** A stated age ("I'm 38"). */
  | { type: 'age'; value: number | null }
  /** pattern is null when the slot did not match; text: the words heard, if known. */
  | { type: 'pattern'; pattern: PainPattern | null; text?: string }
  /** "A quick one", "the full routine". */
  | { type: 'length'; length: RoutineLength }
  /**
   * Free text the platform could not map to a command: Alexa's statement
   * intent (an AMAZON.SearchQuery slot), Dialogflow's fallback queryText, the
   * terminal's raw line. The engine's safety classifier reads it; it is never
   * logged or stored.
   */
  /** heardAs: the platform's NLU matched a red-flag intent: words the classifier cannot read still get the confirming question. */
  | { type: 'statement'; text: string; heardAs?: 'redFlag' }
  | { type: SimpleEventType }
) & {
  /** When the request arrived (epoch ms, the injected clock): finds where an interrupted narration was. */
  at?: number;
  /** The language the user speaks (from the locale): which safety lexicon reads their words. */
  language?: TextLanguage;
};

export type EventType = FlowEvent['type'];

export const SIMPLE_EVENTS: readonly SimpleEventType[] = [
  'yes', 'no', 'notSure', 'next', 'previous', 'repeat', 'pause', 'resume', 'skip', 'startOver',
  'help', 'howTo', 'why', 'hurts', 'redFlag', 'urgentFlag', 'progress', 'deleteData', 'stop', 'fallback', 'sessionEnded',
];
