// Free text to words: lowercase, contractions expanded (with or without the
// apostrophe: "can't" and "cant" both become "can not"), sentence ends kept as
// "|" and commas as "," so clauses can be found. Numbers stay as they came.
import type { SafetyLexicon } from '../content/safety/types';

export const SENTENCE_END = '|';
export const COMMA = ',';

/** Lowercase, one apostrophe, and accents folded where the lexicon is written without them. */
export function normalise(text: string, lexicon: SafetyLexicon): string {
  const lowered = text.normalize('NFC').toLowerCase().replace(/[’‘`´]/g, "'");
  if (!lexicon.foldAccents) return lowered;
  return lowered.replace(/œ/g, 'oe').replace(/æ/g, 'ae').normalize('NFD').replace(/\p{M}+/gu, '');
}

export function toWords(text: string, lexicon: SafetyLexicon): string[] {
  const lowered = normalise(text, lexicon);
  const expanded = lowered
    .split(/\s+/)
    .map((word) => expandApostrophe(word, lexicon))
    .join(' ')
    .replace(/'/g, '')
    .replace(/[.!?;:]+/g, ` ${SENTENCE_END} `)
    .replace(/,+/g, ` ${COMMA} `)
    // Letters of any language (ä, ß, ñ) are word characters; everything else separates words.
    .replace(/[^\p{L}\p{N}|,]+/gu, ' ');
  const words: string[] = [];
  for (const word of expanded.split(' ')) {
    if (word === '') continue;
    // Own keys only: "constructor" must not find Object.prototype's member.
    const rewrite = Object.hasOwn(lexicon.contractions, word) ? lexicon.contractions[word] : undefined;
    if (rewrite === undefined) words.push(word);
    else words.push(...rewrite.split(' '));
  }
  return words;
}

function expandApostrophe(word: string, lexicon: SafetyLexicon): string {
  if (!word.includes("'")) return word;
  const bare = word.replace(/[^\p{L}']+$/gu, '');
  const tail = word.slice(bare.length);
  for (const [ending, replacement] of lexicon.suffixes) {
    if (bare === ending) return replacement + tail;
    if (ending.startsWith("'") || ending.startsWith("n'")) {
      if (bare.endsWith(ending) && bare.length > ending.length) {
        return bare.slice(0, -ending.length) + replacement + tail;
      }
    }
  }
  return word;
}
