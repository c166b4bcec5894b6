// Intent names (the same on Alexa and in the Dialogflow agent, less Alexa's
// "AMAZON." prefix) to engine events. Slots are parsed by each adapter.
import type { SimpleEventType } from '../flow/events';
import { classifySafety } from '../flow/safety';

const SIMPLE: Record<string, SimpleEventType> = {
  YesIntent: 'yes',
  NoIntent: 'no',
  NotSureIntent: 'notSure',
  NextIntent: 'next',
  PreviousIntent: 'previous',
  RepeatIntent: 'repeat',
  PauseIntent: 'pause',
  ResumeIntent: 'resume',
  SkipIntent: 'skip',
  StartOverIntent: 'startOver',
  HelpIntent: 'help',
  HowToIntent: 'howTo',
  WhyIntent: 'why',
  HurtsIntent: 'hurts',
  RedFlagIntent: 'redFlag',
  UrgentFlagIntent: 'urgentFlag',
  ProgressIntent: 'progress',
  DeleteDataIntent: 'deleteData',
  StopIntent: 'stop',
  CancelIntent: 'stop',
  NavigateHomeIntent: 'stop',
  FallbackIntent: 'fallback',
};

export const PAIN_LEVEL_INTENT = 'PainLevelIntent';
export const PAIN_PATTERN_INTENT = 'PainPatternIntent';
/** Free words behind a carrier phrase (Alexa) or the terminal's unmatched line. */
export const STATEMENT_INTENT = 'StatementIntent';
export const NO_PAIN_INTENT = 'NoPainIntent';
export const AGE_INTENT = 'AgeIntent';
export const LENGTH_INTENT = 'LengthIntent';
export const RED_FLAG_INTENT = 'RedFlagIntent';

/** Intents whose slots the adapters read; the rest map by name alone. */
const SLOTTED = [PAIN_LEVEL_INTENT, PAIN_PATTERN_INTENT, STATEMENT_INTENT, NO_PAIN_INTENT, AGE_INTENT, LENGTH_INTENT];

/**
 * The event of an intent without slots; unknown intents are a fallback. Own
 * keys only: "constructor" or "__proto__" must not find Object.prototype's members.
 */
export function simpleEventOf(intentName: string): SimpleEventType {
  const name = intentName.replace(/^AMAZON\./, '');
  return Object.hasOwn(SIMPLE, name) ? SIMPLE[name]! : 'fallback';
}

export const KNOWN_INTENTS: readonly string[] = [...Object.keys(SIMPLE), ...SLOTTED];

/** A spoken number slot ("7", "7.0", "seven" already resolved by the platform) to a number, or null. */
export function parseNumberSlot(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'string' || value.trim() === '' || value.length > 12) return null;
  const n = Number(value.trim());
  return Number.isFinite(n) ? n : null;
}

/** A pain score from one or two number slots: a range ("3 or 4") counts as its higher end. */
export function painLevelOf(level: unknown, upper: unknown): number | null {
  const values = [parseNumberSlot(level), parseNumberSlot(upper)].filter((n): n is number => n !== null);
  return values.length === 0 ? null : Math.max(...values);
}

/** Heard words of a slot, or undefined when there are none worth reading. */
export function heardText(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim().slice(0, 500);
  return text === '' || text === '?' ? undefined : text;
}

/**
 * The words of a symptom rebuilt from the red-flag intent's body area and
 * sensation slots, as the user said them ("numb" + "bum" -> "numb in my bum"),
 * so the engine's safety classifier reads them like any statement. Null when
 * neither slot was heard: the intent's whole-phrase samples are red flags as they are.
 */
export function symptomText(area: string | undefined, sensation: string | undefined): string | null {
  if (area && sensation) return /^(down|between|around|in|on)\b/.test(area) ? `${sensation} ${area}` : `${sensation} in my ${area}`;
  if (area) return `i can't feel my ${area}`;
  return sensation ?? null;
}

export type { SimpleEventType };

/** Intents that are answers: an answer that names a stop-rule sign ("yes, down to my calf") stays an answer. */
const ANSWER_INTENTS = ['YesIntent', 'NoIntent', 'NotSureIntent', 'AnswerIntent', 'HurtsIntent'];

/**
 * Whether the words heard must reach the engine as a statement, whatever intent
 * the platform matched: the engine's safety classifier reads a red flag, an
 * urgent sign, a lasting history item or an ambiguous sign in them. A stop-rule
 * sign or pain ("it shoots down my leg", "ouch") counts too, unless the intent was
 * an answer or the it-hurts intent, which already carry it. Harmless and unknown
 * words keep the matched intent: look-alikes stay precise.
 */
export function heardAsStatement(intentName: string, text: string | undefined): boolean {
  if (!text) return false;
  const kind = classifySafety(text).kind;
  if (kind === 'unknown' || kind === 'harmless') return false;
  if (kind === 'stopSymptom' || kind === 'hurts') return !ANSWER_INTENTS.includes(intentName.replace(/^AMAZON\./, ''));
  return true;
}
