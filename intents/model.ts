// The one source of the interaction model: intents, slot types and the samples
// each locale gets. Generators and the terminal matcher read only this.
import { LOCALES, type Locale } from '../speech/types';
import { BUILTIN_INTENTS } from './builtins';
import { NEUTRAL_CARRIERS, OPENER_STATEMENTS, PREFIXED_STATEMENTS } from './carriers';
import { ANSWER_INTENT, COMMAND_INTENT, withFillers, withLeadWords, withOpenerLeads, withValueEdges } from './compose';
import { CUSTOM_INTENTS } from './custom';
import { LOCALE_EXTRAS } from './locales';
import type { IntentDef, SlotTypeDef } from './types';
import { localizedSamples, localizedSlotTypes, wordsFor } from './languages';
import { SLOT_TYPES } from './slot-types';
import { WELCOME_SAMPLES } from './welcome';

export type { IntentDef, SlotDef, SlotTypeDef, SlotValue, SlotTypeName } from './types';
export { SLOT_TYPES, PAIN_PATTERN_TYPE } from './slot-types';
export { WELCOME_SAMPLES } from './welcome';

export const MODEL_LOCALES: readonly Locale[] = LOCALES;
export const INVOCATION_NAME = 'hip coach';

const OPENERS = new Set(OPENER_STATEMENTS.map((s) => s.name));

function isStatementIntent(intent: IntentDef): boolean {
  return intent.slots?.some((s) => s.type === 'AMAZON.SearchQuery') ?? false;
}
/** The words in front of every statement intent's search query ("i've got", "no"). */
const STATEMENT_CARRIERS = CUSTOM_INTENTS.filter(isStatementIntent)
  .flatMap((i) => i.samples.map((s) => s.replace(/\s*\{statement\}.*$/, '')))
  .filter((c) => !NEUTRAL_CARRIERS.includes(c));

export const INTENTS: readonly IntentDef[] = [
  ...CUSTOM_INTENTS.filter((i) => !isStatementIntent(i)).map((i) => withValueEdges(withValueEdges(withFillers(i, STATEMENT_CARRIERS), 'level'), 'pattern')),
  ANSWER_INTENT,
  COMMAND_INTENT,
  ...BUILTIN_INTENTS,
  // Last: where a simulator ties a carrier with an empty query against a command ("yes" and "yes {statement}"), the command wins.
  // Lead words only in front of the plain carriers: "um yes" must stay an answer, not "yes" with no words after it.
  ...CUSTOM_INTENTS.filter(isStatementIntent).map((i) => (i.name === 'StatementIntent' ? withLeadWords(i) : OPENERS.has(i.name) ? withOpenerLeads(i) : i)),
];

/** Intents made of other intents' phrases behind fillers: Alexa and Dialogflow need them, the terminal strips fillers itself. */
export const COMPOSED_INTENTS: readonly string[] = [ANSWER_INTENT.name, COMMAND_INTENT.name];
/** A sample with a filler in front, composed for Alexa and Dialogflow. */
export const isComposedSample = (sample: string): boolean => sample.includes('{filler}');

export const isBuiltin = (intent: IntentDef): boolean => intent.name.startsWith('AMAZON.');

/**
 * Compositions of English words (fillers, answers and commands behind them, the
 * statement intents whose opening words the adapters put back): the other
 * languages' models leave them out until they have words of their own.
 */
export const ENGLISH_ONLY_INTENTS: readonly string[] = ['AnswerIntent', 'CommandIntent', ...PREFIXED_STATEMENTS.map((s) => s.name)];
export const ENGLISH_ONLY_SLOT_TYPES: readonly string[] = ['FillerType', 'AnswerType', 'CommandType'];

/** Samples sent to Alexa for this locale (built-ins: only the extension). */
export function alexaSamples(intent: IntentDef, locale: Locale): string[] {
  const words = wordsFor(locale);
  if (words) return localizedSamples(intent, words, 'alexa');
  if (intent.alexaExtendable === false) return [];
  return [...intent.samples, ...(LOCALE_EXTRAS[locale]?.[intent.name] ?? [])];
}

/** Every phrase for the intent in this locale: what Dialogflow and the matcher train on. */
export function allSamples(intent: IntentDef, locale: Locale): string[] {
  const words = wordsFor(locale);
  if (words) return localizedSamples(intent, words, 'all');
  const extras = LOCALE_EXTRAS[locale]?.[intent.name] ?? [];
  return [...(intent.known ?? []), ...intent.samples, ...extras];
}

/** The slot types with this locale's words. */
export function slotTypesFor(locale: Locale): SlotTypeDef[] {
  const words = wordsFor(locale);
  return words ? localizedSlotTypes(SLOT_TYPES, words) : [...SLOT_TYPES];
}

/** How users open the skill in this locale. */
export const invocationFor = (locale: Locale): string => wordsFor(locale)?.skill.invocationName ?? INVOCATION_NAME;

/** Dialogflow's welcome phrases in this locale. */
export const welcomeFor = (locale: Locale): readonly string[] => wordsFor(locale)?.welcome ?? WELCOME_SAMPLES;
