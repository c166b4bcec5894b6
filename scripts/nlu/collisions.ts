// Cases whose text is a sample of the model (the rule of tests/nlu/heldout.test.ts):
// such a case measures memory, not understanding. {pattern} stands for any of its
// values, {level} and {age} for any number; other slots match no case text.
import { INTENTS, MODEL_LOCALES, PAIN_PATTERN_TYPE, allSamples } from '../../intents/model';
import type { NluCase } from '../../tests/nlu/types';

const normalize = (text: string): string => text.toLowerCase().replace(/['’‘`]/g, '').replace(/[^a-z0-9]+/g, ' ').trim();
const NUMBER_WORDS = [
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen',
  'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty',
  'seventy', 'eighty', 'ninety', 'hundred', 'and',
].join('|');
const NUMBER = `(?:\\d+|(?:${NUMBER_WORDS})(?: (?:${NUMBER_WORDS}))*)`;
const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const PATTERNS = PAIN_PATTERN_TYPE.values.flatMap((v) => [v.value, ...v.synonyms]).map(normalize);

function sampleRegex(sample: string): RegExp {
  const source = sample
    .split(/(\{[a-zA-Z]+\})/)
    .map((part) => {
      const slot = /^\{([a-zA-Z]+)\}$/.exec(part)?.[1];
      if (slot === undefined) return escape(normalize(part));
      if (slot === 'pattern') return `(?:${PATTERNS.map(escape).join('|')})`;
      if (slot === 'level' || slot === 'age') return NUMBER;
      return '(?!)';
    })
    .join(' ')
    .replace(/ +/g, ' ')
    .trim();
  return new RegExp(`^${source}$`);
}

export function sampleCollisions(cases: readonly NluCase[]): string[] {
  const samples = new Map<string, string>();
  for (const intent of INTENTS) for (const l of MODEL_LOCALES) for (const s of allSamples(intent, l)) samples.set(s, intent.name);
  const regexes = [...samples].map(([s, intent]) => ({ s, intent, re: sampleRegex(s) }));
  const out: string[] = [];
  for (const c of cases) {
    const text = normalize(c.text);
    for (const { s, intent, re } of regexes) if (re.test(text)) out.push(`"${c.text}" = ${intent}: "${s}"`);
  }
  return out;
}
