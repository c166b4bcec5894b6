// The evaluation set is held out: no case may be a sample of the interaction
// model, or the numbers would measure memory instead of understanding. Both
// sides are normalised the same way (lowercase, apostrophes dropped, anything
// else that is not a letter or digit becomes a space). {pattern} is expanded
// with every value and synonym; a {level} or {age} slot matches any number
// (digits or number words) wherever it stands, which is stricter than only
// treating a bare "{level}" as "any number". Other slots (a catch-all
// AMAZON.SearchQuery carrier such as "i {statement}") match no case text:
// a carrier phrase is not a sample a case could repeat.
import { describe, expect, it } from 'vitest';
import { INTENTS, MODEL_LOCALES, PAIN_PATTERN_TYPE, allSamples } from '../../intents/model';
import { EN_CASES } from './en';

const normalize = (text: string): string =>
  text.toLowerCase().replace(/['’‘`]/g, '').replace(/[^a-z0-9]+/g, ' ').trim();

const NUMBER_WORDS = [
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty',
  'fifty', 'sixty', 'seventy', 'eighty', 'ninety', 'hundred', 'and',
].join('|');
const NUMBER = `(?:\\d+|(?:${NUMBER_WORDS})(?: (?:${NUMBER_WORDS}))*)`;
const NEVER = '(?!)';
const PATTERN_PHRASES = PAIN_PATTERN_TYPE.values.flatMap((value) => [value.value, ...value.synonyms]).map(normalize);

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One regular expression per sample, anchored, with its slots filled in. */
function sampleRegex(sample: string): RegExp {
  const source = sample
    .split(/(\{[a-zA-Z]+\})/)
    .map((part) => {
      const slot = /^\{([a-zA-Z]+)\}$/.exec(part)?.[1];
      if (slot === undefined) return escape(normalize(part)).replace(/ /g, ' ');
      if (slot === 'pattern') return `(?:${PATTERN_PHRASES.map(escape).join('|')})`;
      if (slot === 'level' || slot === 'age') return NUMBER;
      return NEVER;
    })
    .join(' ')
    .replace(/ +/g, ' ')
    .trim();
  return new RegExp(`^${source}$`);
}

const samples = new Map<string, { regex: RegExp; intent: string }>();
for (const intent of INTENTS) {
  for (const locale of MODEL_LOCALES.filter((l) => l.startsWith('en'))) {
    for (const sample of allSamples(intent, locale)) {
      if (!samples.has(sample)) samples.set(sample, { regex: sampleRegex(sample), intent: intent.name });
    }
  }
}

describe('the evaluation set is held out from the model', () => {
  it('reads the model (sanity: the expansion finds known samples)', () => {
    const matches = (text: string) => [...samples.values()].some(({ regex }) => regex.test(normalize(text)));
    expect(matches("I'm ready")).toBe(true);
    expect(matches('7')).toBe(true);
    expect(matches('mostly after long drives')).toBe(true);
    expect(matches('it is about a seven out of ten, honestly')).toBe(false);
  });

  it('no case text is a sample of the model', () => {
    const clashes: string[] = [];
    for (const testCase of EN_CASES) {
      const text = normalize(testCase.text);
      for (const [sample, { regex, intent }] of samples) {
        if (regex.test(text)) clashes.push(`"${testCase.text}" = ${intent}: "${sample}"`);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('has no duplicate cases', () => {
    const seen = new Map<string, number>();
    for (const testCase of EN_CASES) {
      const key = `${testCase.prompt}|${normalize(testCase.text)}`;
      seen.set(key, (seen.get(key) ?? 0) + 1);
    }
    expect([...seen].filter(([, count]) => count > 1).map(([key]) => key)).toEqual([]);
  });
});
