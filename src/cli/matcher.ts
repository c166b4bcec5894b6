// Text to intent for the terminal client, standing in for Alexa's NLU: exact
// sample match, then close match, then AMAZON.FallbackIntent. Built from
// intents/ at load time; each locale is compiled once, on first use.
import { distance } from 'fastest-levenshtein';
import { INTENTS, MODEL_LOCALES, PAIN_PATTERN_TYPE, allSamples } from '../../intents/model';
import type { Locale } from '../../speech/types';
import { normalize } from './normalize';
import { NUMBER_SOURCE, isNumberWord, parseNumber } from './numbers';
import { resolvePattern } from './resolve';

export interface SlotMatch {
  value: string;
  resolution?: { status: 'ER_SUCCESS_MATCH' | 'ER_SUCCESS_NO_MATCH'; id?: string };
}
export interface Match {
  /** Alexa intent name, e.g. 'AMAZON.YesIntent', 'PainLevelIntent'. */
  intent: string;
  slots: Record<string, SlotMatch>;
}

/** Below this Levenshtein similarity a sample is not "close". */
const CLOSE = 0.8;
const FALLBACK = 'AMAZON.FallbackIntent';

interface SlotTemplate {
  intent: string;
  slot: string;
  isNumber: boolean;
  prefix: string;
  suffix: string;
  regex: RegExp;
}
interface Compiled {
  /** Normalized whole-utterance samples, including each pattern synonym in each pattern sample. */
  literal: Map<string, Match>;
  /** Samples with a slot, longest literal text first so the most specific wins. */
  slotted: SlotTemplate[];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Literal number words in a sample also match digits: "out of ten" / "out of 10".
const literalSource = (text: string) =>
  text.split(' ').map((w) => (isNumberWord(w) ? `(?:${w}|${parseNumber(w)})` : escape(w))).join(' ');

function compile(locale: Locale): Compiled {
  const literal = new Map<string, Match>();
  const slotted: SlotTemplate[] = [];
  const patternPhrases = PAIN_PATTERN_TYPE.values.flatMap((v) => [v.value, ...v.synonyms]);
  for (const intent of INTENTS) {
    for (const sample of allSamples(intent, locale)) {
      const [pre = '', slot, post = ''] = sample.split(/\{(\w+)\}/);
      if (slot === undefined) {
        literal.set(normalize(sample), { intent: intent.name, slots: {} });
        continue;
      }
      const isNumber = intent.slots?.find((s) => s.name === slot)?.type === 'AMAZON.NUMBER';
      const prefix = normalize(pre);
      const suffix = normalize(post);
      if (!isNumber) {
        // Every synonym in place: an exact (or close) hit then resolves for free.
        for (const phrase of patternPhrases) {
          const text = normalize(`${pre}${phrase}${post}`);
          if (!literal.has(text)) literal.set(text, { intent: intent.name, slots: { [slot]: resolvePattern(normalize(phrase)) } });
        }
        if (!prefix && !suffix) continue; // a bare {pattern} would swallow every utterance
      }
      const source = [prefix && literalSource(prefix), `(${isNumber ? NUMBER_SOURCE : '.+'})`, suffix && literalSource(suffix)];
      slotted.push({ intent: intent.name, slot, isNumber, prefix, suffix, regex: new RegExp(`^${source.filter(Boolean).join(' ')}$`) });
    }
  }
  slotted.sort((a, b) => b.prefix.length + b.suffix.length - (a.prefix.length + a.suffix.length));
  return { literal, slotted };
}

const compiled = new Map<Locale, Compiled>();
function model(locale: string): Compiled {
  const key = (MODEL_LOCALES as readonly string[]).includes(locale) ? (locale as Locale) : 'en-US';
  let c = compiled.get(key);
  if (!c) compiled.set(key, (c = compile(key)));
  return c;
}

function fill(t: SlotTemplate, value: string): Match | null {
  if (t.isNumber) {
    const n = parseNumber(value);
    return n === null ? null : { intent: t.intent, slots: { [t.slot]: { value: String(n) } } };
  }
  return { intent: t.intent, slots: { [t.slot]: resolvePattern(value) } };
}

const similarity = (a: string, b: string) => {
  const len = Math.max(a.length, b.length);
  return len === 0 ? 1 : 1 - distance(a, b) / len;
};

const NEGATION = /\b(not|no|never|cannot|cant|dont|doesnt|didnt|wont|isnt|arent|havent|hasnt)\b/;
/** "i can walk" is one letter from "i cant walk": a close match must not flip the meaning. */
function flipsMeaning(a: string, b: string): boolean {
  if (NEGATION.test(a) !== NEGATION.test(b)) return true;
  const wordsA = new Set(a.split(' '));
  const wordsB = new Set(b.split(' '));
  return [...wordsA].some((w) => wordsB.has(`un${w}`)) || [...wordsB].some((w) => wordsA.has(`un${w}`));
}

/** Best close match: whole samples, then slotted samples with any span of the input as the slot. */
function closest(text: string, c: Compiled): Match | null {
  let best: Match | null = null;
  let bestScore = CLOSE - Number.EPSILON;
  for (const [sample, match] of c.literal) {
    const score = similarity(text, sample);
    if (score > bestScore && !flipsMeaning(text, sample)) [best, bestScore] = [match, score];
  }
  const words = text.split(' ');
  for (const t of c.slotted) {
    for (let i = 0; i < words.length; i++) {
      for (let j = i + 1; j <= words.length; j++) {
        // Only the template's own words are compared; the slot text is the user's.
        const pre = words.slice(0, i).join(' ');
        const post = words.slice(j).join(' ');
        const len = Math.max(t.prefix.length + t.suffix.length, pre.length + post.length);
        const score = len === 0 ? 0 : 1 - (distance(pre, t.prefix) + distance(post, t.suffix)) / len;
        if (score <= bestScore || flipsMeaning(`${pre} ${post}`, `${t.prefix} ${t.suffix}`)) continue;
        const m = fill(t, words.slice(i, j).join(' '));
        if (m) [best, bestScore] = [m, score];
      }
    }
  }
  return best;
}

export function matchUtterance(text: string, locale: string): Match {
  const c = model(locale);
  const input = normalize(text);
  if (!input) return { intent: FALLBACK, slots: {} };
  const exact = c.literal.get(input);
  if (exact) return exact;
  for (const t of c.slotted) {
    const value = t.regex.exec(input)?.[1];
    const m = value === undefined ? null : fill(t, value);
    if (m) return m;
  }
  return closest(input, c) ?? { intent: FALLBACK, slots: {} };
}
