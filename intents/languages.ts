// The interaction model in each language: the intents and slot types of
// intents/ (shared: names, slots, the events they become) with the words of
// the locale's language. English words live beside the intents themselves
// (custom.ts, builtins.ts, slot-types.ts, locales.ts); every other language
// has one file in intents/lang/.
import { languageOf, type Language, type Locale } from '../speech/types';
import { GERMAN_MODEL } from './lang/de';
import { SPANISH_MODEL } from './lang/es';
import { FRENCH_MODEL } from './lang/fr';
import type { LanguageModelWords } from './lang/types';
import type { IntentDef, SlotTypeDef } from './types';

const WORDS: Readonly<Record<Exclude<Language, 'en'>, LanguageModelWords>> = {
  de: GERMAN_MODEL,
  es: SPANISH_MODEL,
  fr: FRENCH_MODEL,
};

/** The words of a locale's language, or null for English (whose words are the intents' own). */
export function wordsFor(locale: Locale): LanguageModelWords | null {
  const language = languageOf(locale);
  return language === 'en' ? null : WORDS[language];
}

/** An intent's phrases in a non-English locale: what Alexa is sent, and what Dialogflow and the terminal train on. */
export function localizedSamples(intent: IntentDef, words: LanguageModelWords, include: 'alexa' | 'all'): string[] {
  const found = words.intents[intent.name];
  if (!found) return [];
  if (include === 'alexa') return intent.alexaExtendable === false ? [] : [...found.samples];
  return [...(found.known ?? []), ...found.samples];
}

/** Slot types with the locale's words; a value the language does not name keeps its id as its word. */
export function localizedSlotTypes(types: readonly SlotTypeDef[], words: LanguageModelWords): SlotTypeDef[] {
  return types.map((type) => {
    const own = words.slotTypes[type.name] ?? {};
    return {
      ...type,
      values: type.values.map((v) => {
        const w = own[v.id];
        return w ? { id: v.id, value: w.value, synonyms: w.synonyms.filter((s) => s !== w.value) } : { id: v.id, value: v.id, synonyms: [] };
      }),
    };
  });
}
