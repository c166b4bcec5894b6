// The command lexicons, one per language of free text, each built on first use
// (its words are not evaluated at start-up until someone speaks the language).
// A language without one leaves its free words to its intents (the engine then re-prompts).
import type { TextLanguage } from '../../events';
import { DE_COMMANDS } from './de';
import { EN_COMMANDS } from './en';
import { ES_COMMANDS } from './es';
import { FR_COMMANDS } from './fr';
import type { CommandLexicon } from './types';

export type { CommandLexicon, CommandWord } from './types';

export const COMMAND_LEXICONS: Readonly<Partial<Record<TextLanguage, () => CommandLexicon>>> = {
  en: () => EN_COMMANDS,
  de: DE_COMMANDS,
  es: ES_COMMANDS,
  fr: FR_COMMANDS,
};
