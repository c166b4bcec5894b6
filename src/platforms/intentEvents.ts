// Intent names (the same on Alexa and in the Dialogflow agent, less Alexa's
// "AMAZON." prefix) to engine events. Slots are parsed by each adapter.
import type { SimpleEventType } from '../flow/events';

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

/**
 * The event of an intent without slots; unknown intents are a fallback. Own
 * keys only: "constructor" or "__proto__" must not find Object.prototype's members.
 */
export function simpleEventOf(intentName: string): SimpleEventType {
  const name = intentName.replace(/^AMAZON\./, '');
  return Object.hasOwn(SIMPLE, name) ? SIMPLE[name]! : 'fallback';
}

export const KNOWN_INTENTS: readonly string[] = [...Object.keys(SIMPLE), PAIN_LEVEL_INTENT, PAIN_PATTERN_INTENT];

/** A spoken number slot ("7", "7.0", "seven" already resolved by the platform) to a number, or null. */
export function parseNumberSlot(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'string' || value.trim() === '' || value.length > 12) return null;
  const n = Number(value.trim());
  return Number.isFinite(n) ? n : null;
}
