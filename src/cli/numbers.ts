// Spoken numbers to digits, as Alexa's AMAZON.NUMBER does ("eleven" -> "11",
// "a hundred" -> "100"). Covers digits and words up to one hundred and ninety-nine.
import { TENS_WORDS, UNIT_WORDS } from '../flow/content/spokenValues';

// The engine's number words (it reads values from free words too): one list for both.
const UNITS: readonly string[] = UNIT_WORDS;
const TENS: readonly string[] = TENS_WORDS;

const alt = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).join('|');
const BELOW_100 = `(?:(?:${alt(TENS)})(?: (?:${alt(UNITS.slice(1, 10))}))?|${alt(UNITS)})`;

/** Regex source (no groups) for one number in normalized text. */
export const NUMBER_SOURCE = `(?:\\d+|(?:(?:a|one) )?hundred(?: (?:and )?${BELOW_100})?|${BELOW_100})`;

const WHOLE = new RegExp(`^${NUMBER_SOURCE}$`);

function below100(words: string[]): number | null {
  const [first, second] = words;
  if (first === undefined || words.length > 2) return null;
  const unit = UNITS.indexOf(first);
  if (unit >= 0) return words.length === 1 ? unit : null;
  const tens = TENS.indexOf(first);
  if (tens < 0) return null;
  if (second === undefined) return (tens + 2) * 10;
  const extra = UNITS.indexOf(second);
  return extra >= 1 && extra <= 9 ? (tens + 2) * 10 + extra : null;
}

/** The value of normalized text that is exactly one number, else null. */
export function parseNumber(text: string): number | null {
  if (!WHOLE.test(text)) return null;
  if (/^\d+$/.test(text)) return Number(text);
  const words = text.split(' ').filter((w) => w !== 'a' && w !== 'and');
  const h = words.indexOf('hundred');
  if (h < 0) return below100(words);
  const rest = words.slice(h + 1);
  const tail = rest.length === 0 ? 0 : below100(rest);
  return tail === null ? null : 100 + tail;
}

/** True for number words that may be typed as digits ("out of ten" / "out of 10"). */
export const isNumberWord = (word: string): boolean => UNITS.includes(word) || TENS.includes(word);
