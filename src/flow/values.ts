// The value a prompt asks for, read from free words: a pain score at a pain
// question, an age at the age question, a pain pattern at the pattern
// question. Free words reach the engine when the platform matched no value
// intent (Alexa's statement carriers, an unmatched slot); what the user said
// still answers the question. English words are in content/spokenValues.ts,
// the other languages' in content/values/ (pain scores and patterns; ages stay English).
import type { PainPattern } from './content/patterns';
import { AGE_OVER, AGE_UNDER, NO_PAIN, PATTERN_CUES, PRONOUN_ONE, TENS_WORDS, UNIT_WORDS } from './content/spokenValues';
import type { TextLanguage } from './events';
import { SAFETY_LEXICONS } from './content/safety';
import { languageValues, type LanguageValues } from './content/values';
import { normalise } from './safety/text';

const clean = (text: string) => text.toLowerCase().replace(/[‘’`]/g, "'").replace(/-/g, ' ').replace(/[^a-z0-9' ]+/g, ' ').replace(/\s+/g, ' ').trim();

/** Every number in the words, in order ("thirty two" is one number, "two or three" two). */
function numbersIn(text: string): number[] {
  const words = clean(text).split(' ');
  const out: number[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (/^\d{1,3}$/.test(w)) out.push(Number(w));
    const tens = (TENS_WORDS as readonly string[]).indexOf(w);
    if (tens >= 0) {
      const unit = (UNIT_WORDS as readonly string[]).indexOf(words[i + 1] ?? '');
      const extra = unit >= 1 && unit <= 9 ? unit : 0;
      out.push((tens + 2) * 10 + extra);
      if (extra) i++;
      continue;
    }
    const unit = (UNIT_WORDS as readonly string[]).indexOf(w);
    if (unit >= 0) out.push(unit);
  }
  return out;
}

/** Lowercase words of any language, accents folded where the language's words are written without them. */
function cleanIn(text: string, language: Exclude<TextLanguage, 'en'>): string {
  // The safety lexicon's own normalisation: its language's folding rule.
  return normalise(text, SAFETY_LEXICONS[language]).replace(/[^\p{L}\p{N}' ]+/gu, ' ').replace(/\s+/g, ' ').trim();
}

/** Another language's pain score: one number word or digit from 0 to 10, or a range's higher end. */
function otherScore(text: string, values: LanguageValues, language: Exclude<TextLanguage, 'en'>): number | null {
  const words = cleanIn(text, language);
  // The scale's own ten ("sieben von zehn", "del cero al diez") is the last word of each scale phrase: not a score.
  const scale = values.scale ? new RegExp(values.scale.source, values.scale.flags.replace('g', '') + 'g') : null;
  const counted = scale ? words.replace(scale, (phrase) => phrase.replace(/\s*\S+\s*$/, ' ')) : words;
  const scores: number[] = [];
  for (const word of counted.split(' ')) {
    if (/^\d{1,2}$/.test(word)) scores.push(Number(word));
    const n = values.scoreWords.findIndex((spellings) => spellings.includes(word));
    if (n >= 0) scores.push(n);
  }
  if (scores.length === 0) return values.noPain.test(words) ? 0 : null;
  if (scores.length > 2 || scores.some((n) => n > 10)) return null;
  return Math.max(...scores);
}

/** A pain score 0 to 10: one number, or a range whose higher end counts; null when none or more than two. */
export function painScoreIn(text: string, language: TextLanguage = 'en'): number | null {
  if (language !== 'en') {
    const values = languageValues(language);
    return values ? otherScore(text, values, language) : null;
  }
  const words = clean(text);
  const numbers = numbersIn(PRONOUN_ONE.test(words) ? words.replace(/\bone\b/g, '') : words);
  // "Six out of ten": the ten is the scale, not a second score.
  const scores = /out of (?:ten|10)\b/.test(words) ? numbers.slice(0, -1) : numbers;
  if (scores.length === 0) return NO_PAIN.test(words) ? 0 : null;
  if (scores.length > 2 || scores.some((n) => n > 10)) return null;
  // "Four and a half": the higher whole number, as a range counts its higher end.
  const half = scores.length === 1 && /\b(?:and a half|point five)\b/.test(words) && scores[0]! < 10 ? 1 : 0;
  return Math.max(...scores) + half;
}

/**
 * A stated age: the first number from 5 to 120. "Over 16" settles the
 * 16-or-older question as 17, "under 16" as 15; "over 12" or "under 18" settle
 * nothing (null), as the platforms' over and under intents do (boundedAge).
 */
export function ageIn(text: string, language: TextLanguage = 'en'): number | null {
  if (language !== 'en') return null;
  const age = numbersIn(text).find((n) => n >= 5 && n <= 120);
  if (age === undefined) return null;
  const words = clean(text);
  if (AGE_UNDER.test(words)) return age <= 16 ? age - 1 : null;
  if (AGE_OVER.test(words)) return age >= 15 ? age + 1 : null;
  return age;
}

/** When the pain shows up, from the cue words; null when none is named. */
export function patternIn(text: string, language: TextLanguage = 'en'): PainPattern | null {
  if (language !== 'en') {
    const words = cleanIn(text, language);
    return languageValues(language)?.patternCues.find(([, cue]) => cue.test(words))?.[0] ?? null;
  }
  const words = clean(text);
  return PATTERN_CUES.find(([, cue]) => cue.test(words))?.[0] ?? null;
}
