// The speech pack of each locale: English templates with the locale's facts.
import { contentWords } from './en/content';
import { englishCues } from './en/cues';
import { LOCALE_FACTS } from './locales';
import type { Locale, SpeechPack } from './types';

export function buildSpeechPack(locale: Locale): SpeechPack {
  const facts = LOCALE_FACTS[locale];
  return englishCues(facts, contentWords(facts));
}

export { LOCALES, DEFAULT_LOCALE, type Locale, type SpeechPack } from './types';
