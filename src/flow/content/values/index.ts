// Value words per language other than English (English: ../spokenValues.ts),
// each built on first use and kept.
import type { TextLanguage } from '../../events';
import { DE_VALUES } from './de';
import { ES_VALUES } from './es';
import { FR_VALUES } from './fr';
import type { LanguageValues } from './types';

export type { LanguageValues } from './types';

const BUILDERS: Readonly<Record<Exclude<TextLanguage, 'en'>, () => LanguageValues>> = {
  de: DE_VALUES,
  es: ES_VALUES,
  fr: FR_VALUES,
};
const built = new Map<Exclude<TextLanguage, 'en'>, LanguageValues>();

export function languageValues(language: Exclude<TextLanguage, 'en'>): LanguageValues | undefined {
  let values = built.get(language);
  if (!values && Object.hasOwn(BUILDERS, language)) built.set(language, (values = BUILDERS[language]()));
  return values;
}
