// Value words in this language (see types.ts). To be written.
import type { LanguageValues } from './types';

export const FR_VALUES: LanguageValues = {
  scoreWords: [],
  noPain: /$^/,
  patternCues: [],
};
