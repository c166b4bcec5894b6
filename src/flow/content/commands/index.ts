// The command lexicons, one per language of free text. A language without one
// leaves its free words to its intents (the engine then re-prompts).
import type { TextLanguage } from '../../events';
import { EN_COMMANDS } from './en';
import type { CommandLexicon } from './types';

export type { CommandLexicon, CommandWord } from './types';

export const COMMAND_LEXICONS: Readonly<Partial<Record<TextLanguage, CommandLexicon>>> = {
  en: EN_COMMANDS,
};
