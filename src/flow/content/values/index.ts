// Value words per language other than English (English: ../spokenValues.ts).
import type { TextLanguage } from '../../events';
import { DE_VALUES } from './de';
import { ES_VALUES } from './es';
import { FR_VALUES } from './fr';
import type { LanguageValues } from './types';

export type { LanguageValues } from './types';

export const LANGUAGE_VALUES: Readonly<Partial<Record<Exclude<TextLanguage, 'en'>, LanguageValues>>> = {
  de: DE_VALUES,
  es: ES_VALUES,
  fr: FR_VALUES,
};
