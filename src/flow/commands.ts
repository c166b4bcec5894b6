// A command in free words ("okay then next", "give me a sec", "let's call it a
// day"): what the engine does with words no intent caught, on every platform
// (Alexa's statement carriers, Dialogflow's fallback text, an unmatched slot,
// the terminal). Pure; the words are data in src/flow/content/commands/.
// The safety classifier reads the words first (understand.ts): a red flag or
// pain outranks any command.
import { COMMAND_LEXICONS, type CommandLexicon, type CommandWord } from './content/commands';
import { SAFETY_LEXICONS } from './content/safety';
import type { TextLanguage } from './events';
import { type Matcher, buildMatcher, findSpans } from './safety/patterns';
import { COMMA, SENTENCE_END, toWords } from './safety/text';

export type { CommandWord } from './content/commands';

type Label = CommandWord | 'negator' | 'filler';

interface Compiled {
  readonly phrases: Matcher<Label>;
  readonly alone: Matcher<CommandWord>;
  readonly quiet: Matcher<'filler'>;
}

const compiled = new Map<TextLanguage, Compiled | null>();

function compiledFor(language: TextLanguage): Compiled | null {
  if (compiled.has(language)) return compiled.get(language)!;
  const lexicon: CommandLexicon | undefined = Object.hasOwn(COMMAND_LEXICONS, language) ? COMMAND_LEXICONS[language]?.() : undefined;
  const entry = lexicon
    ? {
        phrases: buildMatcher<Label>([
          ...(Object.entries(lexicon.commands) as [CommandWord, readonly string[]][]),
          ['negator', lexicon.negators],
        ]),
        alone: buildMatcher<CommandWord>(Object.entries(lexicon.alone) as [CommandWord, readonly string[]][]),
        quiet: buildMatcher<'filler'>([['filler', [...SAFETY_LEXICONS[language].fillers, ...lexicon.politeness]]]),
      }
    : null;
  compiled.set(language, entry);
  return entry;
}

/**
 * "Next", "carry on" and "resume" move forward, and a length only sizes the routine: any other command
 * said with them is the one meant ("skip it and go on", "restart the whole session").
 */
const FORWARD: ReadonlySet<CommandWord> = new Set(['next', 'resume', 'quick', 'full']);

/**
 * The command in the words, or null. A phrase right after a negator is not one
 * ("don't stop", "I'm not ready"). When several are said, a forward command
 * gives way to any other, and otherwise the last one counts ("wait, go back").
 */
export function commandIn(text: string, language: TextLanguage = 'en'): CommandWord | null {
  const matchers = compiledFor(language);
  if (!matchers) return null;
  const words = toWords(text, SAFETY_LEXICONS[language]);
  const lone = aloneCommand(words, matchers);
  if (lone) return lone;
  const spans = findSpans(matchers.phrases, words);
  const said: CommandWord[] = [];
  spans.forEach((span, i) => {
    const command = [...span.labels].find((l): l is CommandWord => l !== 'negator' && l !== 'filler');
    if (!command) return;
    const before = spans[i - 1];
    if (before && before.labels.has('negator') && before.end >= span.start - 1 && !pauseBetween(words, before.end, span.start)) return;
    said.push(command);
  });
  const specific = said.filter((c) => !FORWARD.has(c));
  // Among the general ones, a length is the choice ("the full one, let's go").
  const sized = said.filter((c) => c === 'quick' || c === 'full');
  if (specific.length === 0 && sized.length > 0) return sized.at(-1)!;
  return (specific.length > 0 ? specific : said).at(-1) ?? null;
}

/** A word that only counts when nothing else was said ("back", "again"): the words without fillers must be exactly it. */
function aloneCommand(words: readonly string[], matchers: Compiled): CommandWord | null {
  const quiet = new Set<number>();
  for (const span of findSpans(matchers.quiet, words)) for (let i = span.start; i < span.end; i++) quiet.add(i);
  const rest = words.filter((w, i) => !quiet.has(i) && w !== COMMA && w !== SENTENCE_END);
  if (rest.length === 0) return null;
  const spans = findSpans(matchers.alone, rest);
  const only = spans.length === 1 && spans[0]!.start === 0 && spans[0]!.end === rest.length ? spans[0]! : null;
  return only ? [...only.labels][0]! : null;
}

const pauseBetween = (words: readonly string[], from: number, to: number) =>
  words.slice(from, to).some((w) => w === COMMA || w === SENTENCE_END);
