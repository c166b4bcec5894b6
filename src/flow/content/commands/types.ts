// The shape of a command lexicon: the words people use for the coach's
// commands when no intent caught them (Alexa's statement carriers, Dialogflow's
// fallback, an unmatched slot). Patterns are the safety lexicon's (see
// ../safety/types.ts): whole words after normalisation, so "let's" is "let us"
// and "what's" is "what is".
import type { Pattern } from '../safety/types';

/** A command the engine acts on, or a routine length ("a quick one", "the full routine"). */
export type CommandWord =
  | 'next' | 'previous' | 'repeat' | 'pause' | 'resume' | 'skip' | 'startOver' | 'help' | 'howTo' | 'why'
  | 'progress' | 'deleteData' | 'stop' | 'quick' | 'full';

export interface CommandLexicon {
  /** Each command's phrases. Overlaps go to the longest phrase ("done for the day" is stop, "done" is next). */
  commands: Readonly<Partial<Record<CommandWord, readonly Pattern[]>>>;
  /** Phrases that are a command only when nothing else was said but fillers and politeness: "back", "go", "again". */
  alone: Readonly<Partial<Record<CommandWord, readonly Pattern[]>>>;
  /** Words around a lone command that change nothing ("back please", "again now"), besides the safety lexicon's fillers. */
  politeness: readonly Pattern[];
  /** Words right before a phrase that undo it: "don't stop", "not ready", "no need to repeat". */
  negators: readonly Pattern[];
}
