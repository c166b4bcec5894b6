// Yes, no or not sure, in free words. The answer is read from the start of
// what was said (after fillers): "yeah I do", "no, nothing like that",
// "um okay so no". When several answer words lead, the last one counts, which
// is how "yeah nah" (en-AU: no) and "nah yeah" (yes) work; but a doubt
// before a yes ("maybe a little") stays notSure.
//
// "I do", "I am", "I have" are answers only when nothing follows them: "I
// have chest pain" is a statement (the classifier reads it), not a yes.
// Words that are part of a sign are not answers: "no feeling in my legs" and
// "not feeling well" start with a sign, not with "no".
//
// "I don't think so" and "not that I know of" are read as no: they are how
// people say no politely, and "I'm not sure", "maybe", "I don't know" stay
// notSure (which a red-flag question counts as yes).
import type { Concept, SafetyLexicon } from '../content/safety/types';
import type { CompiledLexicon } from './classify';
import { type Matcher, buildMatcher, findSpans } from './patterns';
import { COMMA, SENTENCE_END } from './text';

type Answer = 'yes' | 'no' | 'notSure';
type AnswerLabel = Answer | 'yesTerminal' | 'noTerminal' | 'filler';

/** Sign concepts whose words can start like an answer ("no feeling", "not feeling well"). */
const SIGNS: ReadonlySet<Concept> = new Set<Concept>([
  'numb', 'cantFeel', 'unwell', 'walkTrouble', 'bladderRed', 'breathRed', 'weak', 'weakWorse', 'notEased',
]);

export interface CompiledAnswers {
  readonly matcher: Matcher<AnswerLabel>;
}

export function compileAnswers(lexicon: SafetyLexicon): CompiledAnswers {
  const { answers } = lexicon;
  return {
    matcher: buildMatcher<AnswerLabel>([
      ['yes', answers.yes],
      ['no', answers.no],
      ['notSure', answers.notSure],
      ['yesTerminal', answers.yesTerminal],
      ['noTerminal', answers.noTerminal],
      ['filler', lexicon.fillers],
    ]),
  };
}

function polarity(labels: ReadonlySet<AnswerLabel>): Answer | 'filler' | null {
  // Several lists can hold the same words; the answer lists outrank fillers.
  for (const label of ['notSure', 'no', 'yes', 'noTerminal', 'yesTerminal', 'filler'] as const) {
    if (!labels.has(label)) continue;
    if (label === 'noTerminal') return 'no';
    if (label === 'yesTerminal') return 'yes';
    return label;
  }
  return null;
}

export function readWords(words: readonly string[], answers: CompiledAnswers, safety: CompiledLexicon): Answer | null {
  const spans = findSpans(answers.matcher, words);
  const signStarts = new Set<number>();
  for (const span of findSpans(safety.concepts, words)) {
    if ([...span.labels].some((label) => SIGNS.has(label))) {
      for (let i = span.start; i < span.end; i++) signStarts.add(i);
    }
  }
  const spanAt = new Map(spans.map((span) => [span.start, span]));
  const isPause = (word: string | undefined): boolean => word === COMMA || word === SENTENCE_END;

  let found: Answer | null = null;
  let unsure = false;
  let at = 0;
  while (at < words.length) {
    const word = words[at];
    if (isPause(word)) {
      at++;
      continue;
    }
    const span = spanAt.get(at);
    if (!span || signStarts.has(at)) break;
    const meaning = polarity(span.labels);
    if (meaning === null) break;
    if (meaning !== 'filler') {
      const terminal = !span.labels.has('yes') && !span.labels.has('no') && !span.labels.has('notSure');
      if (terminal && !endsHere(span.end, words, spanAt)) break;
      found = meaning;
      if (meaning === 'notSure') unsure = true;
    }
    at = span.end;
  }
  // "Maybe a little", "not sure, yes": a doubt stays a doubt.
  return found === 'yes' && unsure ? 'notSure' : found;
}

/** A terminal answer ("I do") must be followed by nothing, a pause, or more answer words. */
function endsHere(
  end: number,
  words: readonly string[],
  spanAt: ReadonlyMap<number, { labels: ReadonlySet<AnswerLabel>; end: number }>,
): boolean {
  let at = end;
  while (at < words.length) {
    const word = words[at];
    if (word === COMMA || word === SENTENCE_END) return true;
    const next = spanAt.get(at);
    if (!next) return false;
    if (!next.labels.has('filler')) return true;
    at = next.end;
  }
  return true;
}
