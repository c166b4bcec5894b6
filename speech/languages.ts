// Every language we speak, in one place: its market facts, its speech pack,
// its content words and its screen labels. A new language is a folder of
// speech/ and an entry here (with its model words in intents/lang/ and its
// safety lexicon in src/flow/content/safety/); tsc fails until all are there.
import { contentWords as englishContent } from './en/content';
import { englishCues } from './en/cues';
import { englishScreen, type ScreenLabels } from './en/screen';
import { ENGLISH_FACTS, OTHER_ENGLISH } from './en/facts';
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
};
