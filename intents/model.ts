// The one source of the interaction model: intents, slot types and the samples
// each locale gets. Generators and the terminal matcher read only this.
import { LOCALES, type Locale } from '../speech/types';
import { BUILTIN_INTENTS } from './builtins';
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

export const INTENTS: readonly IntentDef[] = [...CUSTOM_INTENTS, ...BUILTIN_INTENTS];

export const isBuiltin = (intent: IntentDef): boolean => intent.name.startsWith('AMAZON.');

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
