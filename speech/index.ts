// The speech pack of each locale: English templates with the locale's facts.
import { contentWords } from './en/content';
import { englishCues } from './en/cues';
import { factsFor } from './locales';
import type { SpeechLocale, SpeechPack } from './types';

export function buildSpeechPack(locale: SpeechLocale): SpeechPack {
  const facts = factsFor(locale);
  return englishCues(facts, contentWords(facts));
}

export { LOCALES, SPEECH_LOCALES, DEFAULT_LOCALE, type Locale, type SpeechLocale, type SpeechPack } from './types';
