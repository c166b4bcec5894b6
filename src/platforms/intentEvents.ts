import type { TextLanguage } from '../flow/events';
// Intent names (the same on Alexa and in the Dialogflow agent, less Alexa's
// "AMAZON." prefix) to engine events. Slots are parsed by each adapter.
import type { SimpleEventType } from '../flow/events';
import { STATEMENT_PREFIXES } from '../../intents/carriers';
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
export const AGE_OVER_INTENT = 'AgeOverIntent';
export const AGE_UNDER_INTENT = 'AgeUnderIntent';

/**
 * The age an "over" or "under" answer settles for the 16-or-older question,
 * or null when it does not settle it: "over 15" and "over 16" are 16 or more,
 * "under 16" is less, but "over 12" and "under 18" could be either.
 */
export function boundedAge(intentName: string, value: number | null): number | null {
  if (value === null) return null;
  if (intentName === AGE_OVER_INTENT) return value >= 15 ? value + 1 : null;
  if (intentName === AGE_UNDER_INTENT) return value <= 16 ? value - 1 : null;
  return value;
}
export const LENGTH_INTENT = 'LengthIntent';
export const RED_FLAG_INTENT = 'RedFlagIntent';

/**
 * Statement intents whose carrier means something (intents/carriers.ts): the
 * adapters put these words back in front of the heard text ("no" + "it stays
 * in my back", "why" + "are we doing this one"), so the engine reads the whole sentence.
 */
export { STATEMENT_PREFIXES };

/** The words of a prefixed statement intent, carrier first; the carrier alone when the query came back empty ("i'm honestly not sure"). */
export function prefixedStatement(intentName: string, heard: string | undefined): string | undefined {
  const prefix = Object.hasOwn(STATEMENT_PREFIXES, intentName) ? STATEMENT_PREFIXES[intentName] : undefined;
  if (!prefix) return heard;
  return heard ? `${prefix} ${heard}` : prefix;
}

/** Yes, no or not sure behind fillers ("um, no actually"): the answer slot's id is the event. */
export const ANSWER_INTENT = 'AnswerIntent';
/** A built-in's phrase behind fillers ("okay so, next please"): the command slot's id is the event. */
export const COMMAND_INTENT = 'CommandIntent';

/** Intents whose slots the adapters read; the rest map by name alone. */
const SLOTTED = [
  PAIN_LEVEL_INTENT, PAIN_PATTERN_INTENT, STATEMENT_INTENT, NO_PAIN_INTENT, AGE_INTENT, AGE_OVER_INTENT, AGE_UNDER_INTENT, LENGTH_INTENT,
  ANSWER_INTENT, COMMAND_INTENT,
  ...Object.keys(STATEMENT_PREFIXES),
];

const ANSWERS: readonly SimpleEventType[] = ['yes', 'no', 'notSure'];
const COMMANDS: readonly SimpleEventType[] = [
  'next', 'previous', 'repeat', 'pause', 'resume', 'startOver', 'help', 'stop', 'skip', 'howTo', 'why', 'progress',
];

/** The event of a resolved answer or command slot id, or null when the id is not one (unmatched words). */
export function slotEventOf(intentName: string, id: unknown): SimpleEventType | null {
  const allowed = intentName === ANSWER_INTENT ? ANSWERS : intentName === COMMAND_INTENT ? COMMANDS : [];
  return typeof id === 'string' && (allowed as readonly string[]).includes(id) ? (id as SimpleEventType) : null;
}

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

/**
 * Intents that answer with a value: an answer that names pain or a stop-rule sign
 * stays that answer ("yes, down to my calf", "my pain is a five", "it hurts when I sit").
 */
const ANSWER_INTENTS = [
  'YesIntent', 'NoIntent', 'NotSureIntent', 'AnswerIntent', 'HurtsIntent', 'PainLevelIntent', 'NoPainIntent', 'PainPatternIntent',
  'AgeIntent', 'AgeOverIntent', 'AgeUnderIntent', 'LengthIntent',
];

/**
 * Whether the words heard must reach the engine as a statement, whatever intent
 * the platform matched: the engine's safety classifier reads a red flag, an
 * urgent sign, a lasting history item or an ambiguous sign in them. A stop-rule
 * sign or pain ("it shoots down my leg", "ouch") counts too, unless the intent was
 * an answer, a value or the it-hurts intent, which already carry it. Harmless and unknown
 * words keep the matched intent: look-alikes stay precise.
 */
export function heardAsStatement(intentName: string, text: string | undefined, language: TextLanguage = 'en'): boolean {
  if (!text) return false;
  const kind = classifySafety(text, language).kind;
  if (kind === 'unknown' || kind === 'harmless') return false;
  if (kind === 'stopSymptom' || kind === 'hurts') return !ANSWER_INTENTS.includes(intentName.replace(/^AMAZON\./, ''));
  return true;
}
