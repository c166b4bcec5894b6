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

export type FlowEvent =
  | {
      type: 'launch';
      /** Stored progress, or null for a new user. */
      progress: Progress | null;
      /** Today's date (YYYY-MM-DD), from the injected clock. */
      today: string;
      /** The deployment allows storing pain scores (PAIN_HISTORY=on). */
      painHistoryAllowed: boolean;
    }
  /** value is null when the number was missing or not understood. */
  | { type: 'number'; value: number | null }
  /** pattern is null when the slot did not match. */
  | { type: 'pattern'; pattern: PainPattern | null }
  | { type: SimpleEventType };

export type EventType = FlowEvent['type'];

export const SIMPLE_EVENTS: readonly SimpleEventType[] = [
  'yes', 'no', 'notSure', 'next', 'previous', 'repeat', 'pause', 'resume', 'skip', 'startOver',
  'help', 'howTo', 'why', 'hurts', 'redFlag', 'urgentFlag', 'progress', 'deleteData', 'stop', 'fallback', 'sessionEnded',
];
