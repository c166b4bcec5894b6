// The one source of the interaction model: intents, slot types and the samples
// each locale gets. Generators and the terminal matcher read only this.
import { LOCALES, type Locale } from '../speech/types';
import { BUILTIN_INTENTS } from './builtins';
import { CUSTOM_INTENTS } from './custom';
import { LOCALE_EXTRAS } from './locales';
import type { IntentDef } from './types';

export type { IntentDef, SlotDef, SlotTypeDef, SlotValue, SlotTypeName } from './types';
export { SLOT_TYPES, PAIN_PATTERN_TYPE } from './slot-types';
export { WELCOME_SAMPLES } from './welcome';

export const MODEL_LOCALES: readonly Locale[] = LOCALES;
export const INVOCATION_NAME = 'hip coach';

export const INTENTS: readonly IntentDef[] = [...CUSTOM_INTENTS, ...BUILTIN_INTENTS];

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
