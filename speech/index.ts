// The speech pack of each locale: its language's templates with the locale's facts.
import { factsFor, speechOf } from './locales';
import type { ScreenLabels } from './en/screen';
import type { ContentWords, SpeechLocale, SpeechPack } from './types';

export function buildSpeechPack(locale: SpeechLocale): SpeechPack {
  const facts = factsFor(locale);
  const language = speechOf(locale);
  return language.cues(facts, language.content(facts));
}

/** The exercise words of a locale (screens show them). */
export const contentWordsFor = (locale: SpeechLocale): ContentWords => speechOf(locale).content(factsFor(locale));

/** The screen-only labels of a locale's language. */
export const screenLabelsFor = (locale: SpeechLocale): ScreenLabels => speechOf(locale).screen;

export { LOCALES, SPEECH_LOCALES, DEFAULT_LOCALE, LANGUAGES, languageOf, type Language, type Locale, type SpeechLocale, type SpeechPack } from './types';
