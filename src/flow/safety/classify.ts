// The rules that turn a lexicon's concept spans into a safety reading. They
// read concept ids only, so every language's lexicon shares them.
//
// 1. Words become spans (patterns.ts); each span carries its concepts.
// 2. Spans are split into clauses: at a sentence end, at a contrast word
//    ("but", "just", "though"), and at "and"/"or"/a comma when a new subject
//    follows ("... and my legs are numb"). A "no" before a new subject is an
//    interjection and ends a clause too ("no, my bum is numb").
// 3. Negation: a negator ("no", "not", "never", "nothing", "without") negates
//    every later span in its clause ("no numbness or tingling", "I can't say
//    I've had a fall"). Negations that are part of a sign ("can not walk",
//    "can not feel", "not feeling well") are spans of their own, so they are
//    claims, not negators. Uncertainty ("not sure if") keeps a sign: unclear
//    counts as yes.
// 4. Pairing: a body area and a sensation count together when they share a
//    clause, in either order ("my bum is numb", "numbness in my bum"). A
//    sensation with no area in its clause borrows the areas of clauses that
//    have none of their own ("my bum, it's gone numb").
import type { Concept, SafetyLexicon } from '../content/safety/types';
import { type Matcher, type Span, buildMatcher, findSpans } from './patterns';
import { COMMA, SENTENCE_END } from './text';
import type { ConfirmTopic, SafetyReading } from './index';

interface Mark {
  readonly span: Span<Concept>;
  readonly clause: number;
  negated: boolean;
}

/** Concepts that only shape the reading; alone they say nothing about safety. */
const GRAMMAR: ReadonlySet<Concept> = new Set<Concept>([
  'negator', 'uncertain', 'boundary', 'exerciseContext', 'travel', 'longAgo', 'eased', 'constant', 'weightIntended',
  'weightUnintended',
]);

const AREAS: readonly Concept[] = [
  'areaSaddle', 'areaGlutes', 'areaBack', 'areaLegOne', 'areaLegsBoth', 'areaChest', 'areaOther',
];

export interface CompiledLexicon {
  readonly lexicon: SafetyLexicon;
  readonly concepts: Matcher<Concept>;
  readonly clauseStarters: ReadonlySet<string>;
  readonly joiners: ReadonlySet<string>;
  readonly subjects: ReadonlySet<string>;
  readonly interjections: ReadonlySet<string>;
  readonly bodyWords: ReadonlySet<string>;
  readonly determiners: ReadonlySet<string>;
}

export function compileLexicon(lexicon: SafetyLexicon): CompiledLexicon {
  return {
    lexicon,
    concepts: buildMatcher(Object.entries(lexicon.concepts) as [Concept, readonly string[]][]),
    clauseStarters: new Set(lexicon.clauseStarters),
    joiners: new Set(lexicon.joiners),
    subjects: new Set(lexicon.subjects ?? []),
    interjections: new Set(lexicon.interjections),
    bodyWords: new Set(lexicon.bodyWords),
    determiners: new Set(lexicon.determiners),
  };
}

/** Spans in clauses, with negation applied. */
export function markUp(words: readonly string[], compiled: CompiledLexicon): Mark[] {
  const spans = findSpans(compiled.concepts, words);
  const spanAt = new Map<number, Span<Concept>>();
  for (const span of spans) spanAt.set(span.start, span);
  const startsClause = (at: number): boolean => {
    const word = words[at];
    return word !== undefined && compiled.clauseStarters.has(word);
  };

  const marks: Mark[] = [];
  let clause = 0;
  let negatorOpen = false;
  let negatorEnd = 0;
  let at = 0;
  while (at < words.length) {
    const span = spanAt.get(at);
    const word = words[at]!;
    if (!span) {
      // Speech has no commas: "i can not get into position my legs will not work" is two clauses. A
      // subject two words or more after a negator starts a new one ("i do not think my legs..." stays one).
      const unmarkedClause = negatorOpen && at - negatorEnd >= 2 && compiled.subjects.has(word);
      if (unmarkedClause || word === SENTENCE_END || ((word === COMMA || compiled.joiners.has(word)) && startsClause(at + 1))) {
        clause++;
        negatorOpen = false;
      }
      at++;
      continue;
    }
    const labels = span.labels;
    const isInterjection =
      labels.has('negator') && span.end - span.start === 1 && compiled.interjections.has(word) &&
      (startsClause(span.end) || words[span.end] === COMMA || words[span.end] === SENTENCE_END || span.end === words.length);
    if (labels.has('boundary') || isInterjection) {
      clause++;
      negatorOpen = false;
    } else if (labels.has('negator') && labels.size === 1) {
      negatorOpen = true;
      negatorEnd = span.end;
    } else {
      marks.push({ span, clause, negated: negatorOpen && !labels.has('uncertain') });
    }
    at = span.end;
  }
  return marks;
}

type Finding =
  | { kind: 'redFlag' | 'urgent' | 'stopSymptom' | 'hurts' | 'harmless' }
  | { kind: 'ambiguous'; topic: ConfirmTopic; nerve?: true }
  | { kind: 'lasting'; lasting: 'cancer' | 'immune' };

const KIND_ORDER: readonly SafetyReading['kind'][] = [
  'redFlag', 'urgent', 'ambiguous', 'lasting', 'stopSymptom', 'hurts', 'harmless',
];
const TOPIC_ORDER: readonly ConfirmTopic[] = ['saddle', 'bladderBowel', 'legs', 'fall', 'chest'];

class ConceptSet {
  private readonly concepts = new Set<Concept>();
  add(labels: Iterable<Concept>): void {
    for (const label of labels) this.concepts.add(label);
  }
  has(...concepts: Concept[]): boolean {
    return concepts.some((concept) => this.concepts.has(concept));
  }
  get size(): number {
    return this.concepts.size;
  }
}

export function classifyWords(words: readonly string[], compiled: CompiledLexicon): SafetyReading {
  const marks = markUp(words, compiled);
  if (marks.length === 0) return { kind: 'unknown' };
  const findings: Finding[] = [];
  const all = new ConceptSet();
  let evidence = false;
  for (const mark of marks) {
    if (mark.negated) {
      if ([...mark.span.labels].some((label) => !GRAMMAR.has(label))) evidence = true;
      continue;
    }
    all.add(mark.span.labels);
    if ([...mark.span.labels].some((label) => !GRAMMAR.has(label))) evidence = true;
  }

  const clauses = new Map<number, ConceptSet>();
  for (const mark of marks) {
    if (mark.negated) continue;
    const set = clauses.get(mark.clause) ?? new ConceptSet();
    set.add(adjustFall(mark, words, compiled, all));
    clauses.set(mark.clause, set);
  }
  // Areas of clauses without a sensation, lent to sensations without an area.
  const loneAreas = new ConceptSet();
  for (const set of clauses.values()) {
    if (!hasSensation(set)) for (const area of AREAS) if (set.has(area)) loneAreas.add([area]);
  }
  for (const set of clauses.values()) {
    if (hasSensation(set) && !AREAS.some((area) => set.has(area))) {
      set.add(AREAS.filter((area) => loneAreas.has(area)));
    }
    findings.push(...clauseFindings(set, all));
  }
  return pick(findings, evidence);
}

function hasSensation(set: ConceptSet): boolean {
  return set.has('numb', 'cantFeel', 'oddFeeling', 'asleep', 'weak', 'chestSensation', 'hurts', 'fatigue');
}

/**
 * A fall needs a person: "the band slipped", "my phone fell" are things;
 * "my foot slipped" is worth a question; an old fall ("years ago") too.
 */
function adjustFall(mark: Mark, words: readonly string[], compiled: CompiledLexicon, all: ConceptSet): Concept[] {
  const labels = [...mark.span.labels];
  if (mark.span.labels.has('bladderMaybe')) return adjustLeak(mark, words, compiled, labels);
  if (!mark.span.labels.has('fall') && !mark.span.labels.has('fallMaybe')) return labels;
  const before = words[mark.span.start - 1];
  const twoBefore = words[mark.span.start - 2];
  const others = labels.filter((label) => label !== 'fall' && label !== 'fallMaybe');
  if (before === 'it' || before === 'that' || before === 'this' || before === 'they') return [...others, 'idiom'];
  if (twoBefore !== undefined && before !== undefined && compiled.determiners.has(twoBefore)) {
    return compiled.bodyWords.has(before) ? [...others, 'fallMaybe'] : [...others, 'idiom'];
  }
  if (mark.span.labels.has('fall') && all.has('longAgo')) return [...others, 'fallMaybe'];
  return labels;
}

/** "The bottle is leaking" is a thing; "I'm leaking", "my bladder is leaking" are not. */
function adjustLeak(mark: Mark, words: readonly string[], compiled: CompiledLexicon, labels: Concept[]): Concept[] {
  const before = words[mark.span.start - 1];
  const twoBefore = words[mark.span.start - 2];
  const linking = before === 'is' || before === 'are' || before === 'was' || before === 'keeps';
  if (linking && twoBefore !== undefined && !compiled.bodyWords.has(twoBefore) && !compiled.clauseStarters.has(twoBefore)) {
    return [...labels.filter((label) => label !== 'bladderMaybe'), 'idiom'];
  }
  if (twoBefore === 'it' && linking) return [...labels.filter((label) => label !== 'bladderMaybe'), 'idiom'];
  return labels;
}

function clauseFindings(c: ConceptSet, all: ConceptSet): Finding[] {
  const out: Finding[] = [];
  const red = (): void => void out.push({ kind: 'redFlag' });
  const ask = (topic: ConfirmTopic, nerve = false): void => void out.push({ kind: 'ambiguous', topic, ...(nerve ? { nerve: true as const } : {}) });
  const exercise = all.has('exerciseContext');
  const someoneElse = c.has('otherPerson');

  // Numbness and its area.
  const numb = c.has('numb');
  const cantFeel = c.has('cantFeel') && !c.has('exerciseFeel');
  const odd = c.has('oddFeeling', 'asleep');
  const bothLegs = c.has('areaLegsBoth') || (c.has('areaLegOne') && c.has('areaBoth'));
  const oneLeg = c.has('areaLegOne') && !bothLegs;
  const anyArea = AREAS.some((area) => c.has(area));
  if (!someoneElse) {
    if (c.has('areaSaddle')) {
      if (numb) red();
      else if (cantFeel) {
        if (exercise) ask('saddle');
        else red();
      } else if (odd) ask('saddle');
    }
    // Numb buttocks are saddle numbness whatever the word ("my glutes have gone numb"); after bridges, one question.
    if (c.has('areaGlutes') && numb) {
      if (exercise) ask('saddle');
      else red();
    } else if (c.has('areaBack') && numb) ask('saddle');
    if (bothLegs) {
      if (numb || cantFeel) red();
      else if (odd && !exercise) ask('legs');
    }
    // Numbness named in one leg is a new nerve sign (not an odd feeling or a foot gone to sleep).
    if (oneLeg && (numb || cantFeel)) ask('legs', true);
    else if (oneLeg && odd && !exercise) ask('legs');
    if (!anyArea && numb) ask('saddle');
    if (!anyArea && cantFeel && !exercise) ask('saddle');

    // Weakness and walking.
    if (c.has('weak')) {
      if (bothLegs) {
        if (exercise) ask('legs');
        else red();
      } else if (oneLeg) ask('legs', !exercise);
    }
    const onlyUpperBody = anyArea && !c.has('areaLegOne', 'areaLegsBoth', 'areaSaddle', 'areaBack');
    if (c.has('weakWorse') && !onlyUpperBody) red();
    if (c.has('walkTrouble')) red();

    // Chest and breathing.
    if (c.has('areaChest') && c.has('chestSensation', 'hurts')) {
      if (exercise) ask('chest');
      else red();
    }
    if (c.has('heartRed')) red();
    if (c.has('breathRed')) {
      if (exercise) ask('chest');
      else red();
    }
    if (c.has('breathMaybe')) ask('chest');

    // Bladder and bowel.
    if (c.has('bladderRed')) red();
    else if (c.has('bladderMaybe')) ask('bladderBowel');

    // Falls.
    if (c.has('fall')) red();
    if (c.has('fallMaybe')) ask('fall');
    if (c.has('knock')) {
      if (all.has('bone')) out.push({ kind: 'urgent' });
      else ask('fall');
    }
    if (c.has('bone') && all.has('fall', 'fallMaybe')) out.push({ kind: 'urgent' });

    // Urgent signs.
    if (c.has('fever', 'unwell', 'drugsInjected')) out.push({ kind: 'urgent' });
    if (c.has('weightLoss') && (c.has('weightUnintended') || !c.has('weightIntended'))) out.push({ kind: 'urgent' });
    const night = c.has('nightPain');
    const pain = all.has('hurts');
    if (!all.has('eased')) {
      if ((night && (pain || all.has('constant', 'notEased'))) || (all.has('notEased') && all.has('constant'))) {
        out.push({ kind: 'urgent' });
      } else if (c.has('notEased') && pain && !exercise) out.push({ kind: 'urgent' });
    }

    // Lasting items.
    if (c.has('cancer')) out.push({ kind: 'lasting', lasting: 'cancer' });
    else if (c.has('immune')) out.push({ kind: 'lasting', lasting: 'immune' });
  }

  // The stop rule and plain pain.
  if (c.has('sharp', 'shooting')) out.push({ kind: 'stopSymptom' });
  if (c.has('downLeg') && !c.has('numb', 'cantFeel')) {
    const stretchOnly = c.has('exerciseFeel') && !c.has('travel', 'hurts');
    out.push({ kind: stretchOnly ? 'harmless' : 'stopSymptom' });
  }
  if (c.has('hurts')) out.push({ kind: 'hurts' });
  return out;
}

function pick(findings: readonly Finding[], evidence: boolean): SafetyReading {
  for (const kind of KIND_ORDER) {
    const matching = findings.filter((finding) => finding.kind === kind);
    if (matching.length === 0) continue;
    if (kind === 'ambiguous') {
      const asks = matching as { topic: ConfirmTopic; nerve?: true }[];
      const topic = TOPIC_ORDER.find((t) => asks.some((a) => a.topic === t))!;
      return { kind, topic, ...(asks.some((a) => a.topic === topic && a.nerve) ? { nerve: true } : {}) };
    }
    if (kind === 'lasting') {
      const items = matching.map((finding) => (finding as { lasting: 'cancer' | 'immune' }).lasting);
      return { kind, lasting: items.includes('cancer') ? 'cancer' : 'immune' };
    }
    return { kind };
  }
  return { kind: evidence ? 'harmless' : 'unknown' };
}
