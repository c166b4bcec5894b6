// `npm run nlu` keeps working: a handful of cases through all three paths.
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../scripts/nlu/evaluate';
import { asRecognised } from '../../scripts/nlu/paths';
import type { NluCase } from './types';

const CASES: NluCase[] = [
  { text: 'yes please', prompt: 'triage', expect: { event: 'yes' }, category: 'yesNo' },
  { text: 'three', prompt: 'painNow', expect: { event: 'number', value: 3 }, category: 'numbers' },
  { text: '3 or 4', prompt: 'painNow', expect: { event: 'number', value: 4 }, category: 'numbers' },
  { text: 'after sitting or driving', prompt: 'pattern', expect: { event: 'pattern', value: 'sitting' }, category: 'patterns' },
  { text: 'keep going', prompt: 'routine', expect: { event: 'next' }, category: 'navigation' },
  { text: 'blorf zzkt', prompt: 'routine', expect: { event: 'why' }, category: 'other' },
];

describe('npm run nlu', () => {
  it('scores each path per category with the engine\'s own reading', async () => {
    const results = await evaluate(CASES);
    for (const path of ['alexa', 'terminal', 'dialogflow'] as const) {
      const r = results[path];
      expect(r.overall, path).toEqual({ total: 6, correct: 5 });
      expect(r.byCategory.numbers, path).toEqual({ total: 2, correct: 2 });
      expect(r.misses.map((m) => m.text), path).toEqual(['blorf zzkt']);
      expect(r.falseAlarms, path).toBe(0);
    }
    expect(results.alexa.misses[0]!.heard).toBe('AMAZON.FallbackIntent');
    expect(results.terminal.misses[0]!.heard).toBe('StatementIntent');
    expect(results.dialogflow.misses[0]!.heard).toBe('FallbackIntent');
  }, 30_000);

  it('writes words as Alexa hears them', () => {
    expect(asRecognised("Um, I'm thirty-eight!")).toBe("um i'm 38");
    expect(asRecognised('Four out of ten')).toBe('four out of ten');
  });
});

describe('"none" or zero at a yes/no question', () => {
  it('is a no, in the engine (toYesNo) and in its reading (understand), but an age at the age question', async () => {
    const { understand } = await import('../../src/flow/understand');
    const { toYesNo } = await import('../../src/flow/transitions');
    expect(understand({ type: 'number', value: 0 }, 'triage')).toEqual({ event: 'no' });
    expect(understand({ type: 'number', value: 0 }, 'painNow')).toEqual({ event: 'number', value: 0 });
    expect(understand({ type: 'number', value: 0 }, 'age')).toEqual({ event: 'age', value: 0 });
    expect(understand({ type: 'number', value: 3 }, 'triage')).toEqual({ event: 'number', value: 3 });
    expect(toYesNo({ type: 'number', value: 0 }, 'yes')).toBe('no');
    expect(toYesNo({ type: 'number', value: 3 }, 'yes')).toBe('unclear');
  });
});
