// Entity resolution for the pain pattern slot, the way Alexa reports it: the
// id on a match, or ER_SUCCESS_NO_MATCH with the words as heard.
import { distance } from 'fastest-levenshtein';
import { PAIN_PATTERN_TYPE } from '../../intents/model';
import { normalize } from './normalize';

interface Phrase {
  id: string;
  text: string;
}

// Longest first, so "after sitting all day" beats "sitting" when searching inside a value.
const PHRASES: Phrase[] = PAIN_PATTERN_TYPE.values
  .flatMap((v) => [v.value, ...v.synonyms].map((s) => ({ id: v.id, text: normalize(s) })))
  .sort((a, b) => b.text.length - a.text.length);

const CLOSE = 0.8;

function findId(value: string): string | undefined {
  const exact = PHRASES.find((p) => p.text === value);
  if (exact) return exact.id;
  const padded = ` ${value} `;
  const inside = PHRASES.find((p) => padded.includes(` ${p.text} `));
  if (inside) return inside.id;
  const close = PHRASES.find((p) => 1 - distance(p.text, value) / Math.max(p.text.length, value.length) >= CLOSE);
  return close?.id;
}

/** value must already be normalized. */
export function resolvePattern(value: string) {
  const id = findId(value);
  return id
    ? { value, resolution: { status: 'ER_SUCCESS_MATCH' as const, id } }
    : { value, resolution: { status: 'ER_SUCCESS_NO_MATCH' as const } };
}
