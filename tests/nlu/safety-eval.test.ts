// The engine's safety classifier and answer reader on the whole held-out set:
// recall per category, printed as a table, with the issue's bar asserted
// (red-flag recall of at least 97%, counting a confirming question as caught,
// and no false alarm on a look-alike).
import { describe, expect, it } from 'vitest';
import { classifySafety, readAnswer } from '../../src/flow/safety';
import { EN_CASES } from './en';
import type { Category } from './types';

const ALARMS = new Set(['redFlag', 'urgent', 'lasting']);

interface Row {
  cases: number;
  right: number;
  ambiguous: number;
  alarms: number;
  misses: string[];
}

function evaluate(): Map<Category, Row> {
  const rows = new Map<Category, Row>();
  for (const testCase of EN_CASES) {
    const row = rows.get(testCase.category) ?? { cases: 0, right: 0, ambiguous: 0, alarms: 0, misses: [] };
    rows.set(testCase.category, row);
    row.cases++;
    const reading = classifySafety(testCase.text);
    const expect = testCase.expect;
    if (ALARMS.has(reading.kind) && testCase.category !== 'redFlag') row.alarms++;
    if (reading.kind === 'ambiguous') row.ambiguous++;
    let right: boolean;
    if ('safety' in expect) {
      const wanted = expect.safety;
      if (testCase.category === 'redFlag') right = reading.kind === wanted || reading.kind === 'ambiguous';
      else if (wanted === 'harmless') right = reading.kind === 'harmless' || reading.kind === 'unknown';
      else right = reading.kind === wanted;
    } else if (expect.event === 'yes' || expect.event === 'no' || expect.event === 'notSure') {
      right = readAnswer(testCase.text) === expect.event;
    } else {
      // Numbers, patterns and commands are the NLU's job: here only "no alarm" counts.
      right = !ALARMS.has(reading.kind);
    }
    if (right) row.right++;
    else row.misses.push(`${testCase.text} -> ${reading.kind}${reading.topic ? `:${reading.topic}` : ''} / ${readAnswer(testCase.text)}`);
  }
  return rows;
}

const percent = (part: number, whole: number): string => `${((100 * part) / Math.max(whole, 1)).toFixed(1)}%`;

describe('the safety classifier on the held-out set', () => {
  const rows = evaluate();
  const table = [...rows].map(([category, row]) => ({
    category,
    cases: row.cases,
    right: percent(row.right, row.cases),
    ambiguous: row.ambiguous,
    falseAlarms: row.alarms,
  }));
  console.log('classifySafety / readAnswer on tests/nlu/en.ts');
  console.table(table);
  for (const [category, row] of rows) if (row.misses.length) console.log(`${category} misses:\n  ${row.misses.join('\n  ')}`);

  it('catches at least 97% of red-flag, urgent and lasting statements (a confirming question counts)', () => {
    const row = rows.get('redFlag')!;
    expect(row.cases).toBeGreaterThanOrEqual(130);
    expect(row.right / row.cases).toBeGreaterThanOrEqual(0.97);
  });

  it('raises no false alarm on a look-alike', () => {
    const row = rows.get('lookAlike')!;
    expect(row.cases).toBeGreaterThanOrEqual(60);
    expect(row.alarms).toBe(0);
  });
});
