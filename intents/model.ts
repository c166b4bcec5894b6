// The one source of the interaction model: intents, slot types and the samples
// each locale gets. Generators and the terminal matcher read only this.
import { LOCALES, type Locale } from '../speech/types';
import { BUILTIN_INTENTS } from './builtins';
import { ANSWER_INTENT, COMMAND_INTENT, withFillers, withLeadWords } from './compose';
import { CUSTOM_INTENTS } from './custom';
import { LOCALE_EXTRAS } from './locales';
import type { IntentDef } from './types';

export type { IntentDef, SlotDef, SlotTypeDef, SlotValue, SlotTypeName } from './types';
export { SLOT_TYPES, PAIN_PATTERN_TYPE } from './slot-types';
export { WELCOME_SAMPLES } from './welcome';

export const MODEL_LOCALES: readonly Locale[] = LOCALES;
export const INVOCATION_NAME = 'hip coach';

function isStatementIntent(intent: IntentDef): boolean {
  return intent.slots?.some((s) => s.type === 'AMAZON.SearchQuery') ?? false;
}
/** The words in front of every statement intent's search query ("i've got", "no"). */
const STATEMENT_CARRIERS = CUSTOM_INTENTS.filter(isStatementIntent).flatMap((i) => i.samples.map((s) => s.replace(/\s*\{statement\}.*$/, '')));

export const INTENTS: readonly IntentDef[] = [
  ...CUSTOM_INTENTS.filter((i) => !isStatementIntent(i)).map((i) => withFillers(i, STATEMENT_CARRIERS)),
  ANSWER_INTENT,
  COMMAND_INTENT,
  ...BUILTIN_INTENTS,
  // Last: where a simulator ties a carrier with an empty query against a command ("yes" and "yes {statement}"), the command wins.
  // Lead words only in front of the plain carriers: "um yes" must stay an answer, not "yes" with no words after it.
  ...CUSTOM_INTENTS.filter(isStatementIntent).map((i) => (i.name === 'StatementIntent' ? withLeadWords(i) : i)),
];

/** Intents made of other intents' phrases behind fillers: Alexa and Dialogflow need them, the terminal strips fillers itself. */
export const COMPOSED_INTENTS: readonly string[] = [ANSWER_INTENT.name, COMMAND_INTENT.name];
/** A sample with a filler in front, composed for Alexa and Dialogflow. */
export const isComposedSample = (sample: string): boolean => sample.includes('{filler}');

export const isBuiltin = (intent: IntentDef): boolean => intent.name.startsWith('AMAZON.');

/** Samples sent to Alexa for this locale (built-ins: only the extension). */
export function alexaSamples(intent: IntentDef, locale: Locale): string[] {
  if (intent.alexaExtendable === false) return [];
  return [...intent.samples, ...(LOCALE_EXTRAS[locale][intent.name] ?? [])];
}

/** Every phrase for the intent in this locale: what Dialogflow and the matcher train on. */
export function allSamples(intent: IntentDef, locale: Locale): string[] {
  const extras = LOCALE_EXTRAS[locale][intent.name] ?? [];
  return [...(intent.known ?? []), ...intent.samples, ...extras];
}
