// Each locale's facts (emergency number, the place to go, the family doctor,
// units), from the languages we speak (speech/languages.ts).
import { SPEECH_LANGUAGES } from './languages';
import { LANGUAGES, languageOf, type Language, type LocaleFacts, type Locale, type MarketFacts, type SpeechLocale } from './types';

export const LOCALE_FACTS = Object.fromEntries(
  LANGUAGES.flatMap((language) => Object.entries(SPEECH_LANGUAGES[language].facts)),
) as Record<Locale, MarketFacts>;

const isLanguage = (locale: SpeechLocale): locale is Language => (LANGUAGES as readonly string[]).includes(locale);

export const factsFor = (locale: SpeechLocale): LocaleFacts =>
  isLanguage(locale) ? SPEECH_LANGUAGES[locale].other : LOCALE_FACTS[locale];

export const speechOf = (locale: SpeechLocale) => SPEECH_LANGUAGES[languageOf(locale)];
