// The safety lexicons, one per language of free text. A new language is a
// file of the same type (de.ts, es.ts, fr.ts) and a line here.
import type { TextLanguage } from '../../events';
import { DE_SAFETY } from './de';
import { EN_SAFETY } from './en';
import { SPANISH_LEXICON } from './es';
import { FR_SAFETY } from './fr';
import type { SafetyLexicon } from './types';

export type { Concept, Pattern, SafetyLexicon, AnswerLexicon } from './types';

export const SAFETY_LEXICONS: Readonly<Record<TextLanguage, SafetyLexicon>> = {
  en: EN_SAFETY,
  de: DE_SAFETY,
  es: SPANISH_LEXICON,
  fr: FR_SAFETY,
};
