// Every language we speak, in one place: its market facts, its speech pack,
// its content words and its screen labels. A new language is a folder of
// speech/ and an entry here (with its model words in intents/lang/ and its
// safety lexicon in src/flow/content/safety/); tsc fails until all are there.
import { contentWords as englishContent } from './en/content';
import { englishCues } from './en/cues';
import { englishScreen, type ScreenLabels } from './en/screen';
import { ENGLISH_FACTS, OTHER_ENGLISH } from './en/facts';
import { contentWords as germanContent } from './de/content';
import { germanCues } from './de/cues';
import { GERMAN_FACTS, OTHER_GERMAN } from './de/facts';
import { germanScreen } from './de/screen';
import { contentWords as spanishContent } from './es/content';
import { spanishCues } from './es/cues';
import { OTHER_SPANISH, SPANISH_FACTS } from './es/facts';
import { spanishScreen } from './es/screen';
import { contentWords as frenchContent } from './fr/content';
import { frenchCues } from './fr/cues';
import { FRENCH_FACTS, OTHER_FRENCH } from './fr/facts';
import { frenchScreen } from './fr/screen';
import type { ContentWords, Language, LocaleFacts, MarketFacts, SpeechPack } from './types';
import type { MARKETS } from './types';

export interface LanguageSpeech<L extends Language> {
  facts: Record<(typeof MARKETS)[L][number], MarketFacts>;
  /** Any other regional variant: no emergency number is guessed. */
  other: LocaleFacts;
  cues: (facts: LocaleFacts, words: ContentWords) => SpeechPack;
  content: (facts: LocaleFacts) => ContentWords;
  screen: ScreenLabels;
}

export const SPEECH_LANGUAGES: { [L in Language]: LanguageSpeech<L> } = {
  en: { facts: ENGLISH_FACTS, other: OTHER_ENGLISH, cues: englishCues, content: englishContent, screen: englishScreen },
  es: { facts: SPANISH_FACTS, other: OTHER_SPANISH, cues: spanishCues, content: spanishContent, screen: spanishScreen },
  de: { facts: GERMAN_FACTS, other: OTHER_GERMAN, cues: germanCues, content: germanContent, screen: germanScreen },
  fr: { facts: FRENCH_FACTS, other: OTHER_FRENCH, cues: frenchCues, content: frenchContent, screen: frenchScreen },
};
