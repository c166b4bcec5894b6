// Every spoken line is our own wording: none repeats six or more consecutive
// words of the source article, and none makes a claim we never make (cure,
// diagnosis, "you're fine"). Covers all of contentWords and every template of
// englishCues, in every locale and every variation.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXERCISE_IDS, PARTS, VARIATION_IDS } from '../src/flow/content/exercises';
import { PAIN_PATTERNS } from '../src/flow/content/patterns';
import { TRIAGE_QUESTION_IDS } from '../src/flow/content/triage';
import { LOCALES } from '../speech';
import { contentWords } from '../speech/en/content';
import { englishCues } from '../speech/en/cues';
import { LOCALE_FACTS } from '../speech/locales';

import { ARTICLE_FINGERPRINT, hashRun, normalize, RUN, runs } from './support/shingles';

const ARTICLE_PATH = resolve(__dirname, '../../shared/content/seed-article.txt');
/** Hashes of the article's six-word runs (scripts/article-fingerprint.ts): the article's text is not in this repo. */
const articleRuns = new Set<string>((JSON.parse(readFileSync(resolve(__dirname, '..', ARTICLE_FINGERPRINT), 'utf8')) as { hashes: string[] }).hashes);
const BANNED = ['cure', 'will fix', 'fix your back', 'guarantee', 'diagnos', "you're fine", 'nothing serious', 'sciatica', 'herniat', 'slipped disc', 'cauda equina'];

/** Every string leaf of a value, recursively. */
function leaves(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(leaves);
  if (value && typeof value === 'object') return Object.values(value).flatMap(leaves);
  return [];
}

// Parameters for function templates: a base object holding every field any
// cue reads, then one variant per value of each dimension. Templates read
// only the fields they need, so one object fits every cue.
const BASE: Record<string, unknown> = {
  retry: false,
  week: 2,
  session: 3,
  days: 4,
  from: 5,
  to: 3,
  direction: 'down',
  question: TRIAGE_QUESTION_IDS[0],
  pattern: PAIN_PATTERNS[0],
  includeHinge: true,
  includesHinge: true,
  gentle: false,
  exercise: EXERCISE_IDS[0],
  variation: 'standard',
  part: PARTS[0],
  minutes: 20,
  exercises: 8,
  sets: 2,
  reps: 10,
  perSide: true,
  set: 1,
  side: 'left',
  n: 1,
  total: 10,
  seconds: 20,
  index: 0,
  value: 4,
  topic: 'age',
  before: 4,
  after: 2,
  sessionsThisWeek: 2,
  sessionsToAdvance: 3,
  totalSessions: 4,
  streak: 3,
};
const DIMENSIONS: Record<string, readonly unknown[]> = {
  retry: [true, false],
  direction: ['down', 'up', 'steady'],
  question: TRIAGE_QUESTION_IDS,
  pattern: PAIN_PATTERNS,
  includeHinge: [true, false],
  includesHinge: [true, false],
  gentle: [true, false],
  exercise: EXERCISE_IDS,
  part: PARTS,
  side: ['left', 'right'],
  n: [1, 10],
  index: [0, 1, 2, 3, 4, 5, 6, 7],
  topic: ['age', 'triage', 'painScale', 'pattern', 'ready', 'routine', 'closing', 'confirm'],
  after: [2, 4, 6],
  streak: [1, 3],
  savedAt: [undefined, ...EXERCISE_IDS],
};
const PARAMS: Record<string, unknown>[] = [
  BASE,
  ...Object.entries(DIMENSIONS).flatMap(([key, values]) => values.map((v) => ({ ...BASE, [key]: v }))),
  ...EXERCISE_IDS.flatMap((exercise) =>
    VARIATION_IDS.flatMap((variation) => [
      { ...BASE, exercise, variation },
      { ...BASE, exercise, variation, sets: 1, reps: undefined, holdSeconds: 30, perSide: false },
    ]),
  ),
];

type Say = unknown;
function textsOf(say: Say): string[] {
  if (typeof say === 'function') return PARAMS.flatMap((p) => leaves((say as (p: unknown) => unknown)(p)));
  return leaves(say);
}

/** Every line each locale can say: all content words, and every cue template with sample parameters. */
function spokenTexts(): { locale: string; where: string; text: string }[] {
  return LOCALES.flatMap((locale) => {
    const facts = LOCALE_FACTS[locale];
    const words = contentWords(facts);
    const fromContent = leaves(words).map((text) => ({ locale, where: 'content', text }));
    const cues = englishCues(facts, words) as unknown as Record<string, { say: Say; reprompt?: Say }>;
    const fromCues = Object.entries(cues).flatMap(([id, t]) =>
      [...textsOf(t.say), ...(t.reprompt === undefined ? [] : textsOf(t.reprompt))].map((text) => ({ locale, where: id, text })),
    );
    return [...fromContent, ...fromCues];
  });
}

describe('content wording', () => {
  const texts = spokenTexts();

  it('covers a good number of lines', () => {
    expect(articleRuns.size).toBeGreaterThan(1000);
    expect(texts.length).toBeGreaterThan(500);
  });

  // Where the article sits beside the repo (as in CI), the fingerprint must match it.
  it.runIf(existsSync(ARTICLE_PATH))('has a fingerprint that matches the article', () => {
    const fresh = new Set(runs(readFileSync(ARTICLE_PATH, 'utf8')).map(hashRun));
    expect([...fresh].sort()).toEqual([...articleRuns].sort());
  });

  it('would catch a copied sentence (the check itself, on made-up text)', () => {
    const source = new Set(runs('One two three four five six seven, said the source.').map(hashRun));
    const copied = (text: string) => runs(text).some((r) => source.has(hashRun(r)));
    expect(copied('We wrote: "two three four five six seven!"')).toBe(true);
    expect(copied('two three four five six, then something else')).toBe(false);
  });

  it('normalizes quotes, case and punctuation', () => {
    expect(normalize('Don’t  “Bend”—<break time="1s"/>NOW!')).toBe('dont bend now');
  });

  it(`shares no run of ${RUN} or more words with the source article`, () => {
    const copied = new Set<string>();
    // The article is English: only English lines can share its runs of words.
    for (const { locale, where, text } of texts.filter((t) => t.locale.startsWith('en'))) {
      for (const run of runs(text, RUN)) if (articleRuns.has(hashRun(run))) copied.add(`${locale} ${where}: "${run}"`);
    }
    expect([...copied]).toEqual([]);
  });

  it('never diagnoses, promises a cure, or says all is well', () => {
    const found = new Set<string>();
    for (const { locale, where, text } of texts) {
      const lower = text.toLowerCase().replace(/[\u2018\u2019]/g, "'");
      for (const banned of BANNED) if (lower.includes(banned)) found.add(`${locale} ${where}: ${banned}`);
    }
    expect([...found]).toEqual([]);
  });

  it('keeps every triage question answerable with yes or no', () => {
    for (const locale of LOCALES) {
      for (const [id, q] of Object.entries(contentWords(LOCALE_FACTS[locale]).triage)) {
        expect(q.ask, id).toMatch(/\?$/);
        expect(q.rephrase, id).toMatch(/Please say yes or no\.$/);
      }
    }
  });

  it('reads the wall distance and the doctor naturally in every locale', () => {
    for (const locale of LOCALES) {
      const facts = LOCALE_FACTS[locale];
      expect(facts.wallDistance, locale).not.toMatch(/[,;]|about/);
      expect(facts.doctor, locale).not.toMatch(/\bor\b/);
      const setup = contentWords(facts).exercises.wallTap.setup;
      expect(setup, locale).not.toMatch(/,\s*away|about [^,.]*about/);
    }
  });
});
