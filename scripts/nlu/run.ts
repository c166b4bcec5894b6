// npm run nlu: the annotated cases through (a) Alexa's model in virtual-alexa,
// (b) the terminal NLU and (c) the Dialogflow webhook; a table per category
// and scripts/nlu/results.json. Exits 0 whatever the numbers (it is a measure, not a test).
// npm run nlu -- --dev scores the development set (scripts/nlu/dev.ts) instead,
// into scripts/nlu/dev-results.json: tune on that one, never on the held-out set.
// npm run nlu -- --dev2 scores the second development set (scripts/nlu/dev2.ts,
// written later and apart from the first) into dev2-results.json.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { localeModel } from '../../src/cli/nlu';
import { loadCases, loadLanguageSets } from './cases';
import { sampleCollisions } from './collisions';
import { DEV_CASES } from './dev';
import { DEV2_CASES } from './dev2';
import { CATEGORIES, evaluate, percent } from './evaluate';
import { PATHS } from './paths';

const LABELS: Record<string, string> = {
  redFlag: 'red-flag recall', lookAlike: 'look-alikes right', yesNo: 'yes/no', numbers: 'numbers', patterns: 'patterns',
  navigation: 'navigation', other: 'other',
};
/** Red flags acted on at once plus those met by the confirming question. */
const caught = (r: { byCategory: Record<string, { correct: number; total: number }>; confirmed: number }) => {
  const s = r.byCategory.redFlag!;
  return `${s.total ? ((100 * (s.correct + r.confirmed)) / s.total).toFixed(1) : '-'}% (${s.correct + r.confirmed}/${s.total})`;
};
const PATH_LABELS = { alexa: '(a) Alexa model (virtual-alexa)', terminal: '(b) terminal NLU', dialogflow: '(c) Dialogflow webhook*' };

async function main() {
  const dev2 = process.argv.includes('--dev2');
  const dev = dev2 || process.argv.includes('--dev');
  const { source, cases } = dev2
    ? { source: 'scripts/nlu/dev2.ts (DEV2_CASES, the second development set)', cases: DEV2_CASES }
    : dev
      ? { source: 'scripts/nlu/dev.ts (DEV_CASES, the development set)', cases: DEV_CASES }
      : await loadCases();
  const started = performance.now();
  const trainingMs = (await localeModel('en-US')).trainingMs;
  const results = await evaluate(cases);
  const row = (label: string, cells: string[]) => `${label.padEnd(22)}${cells.map((c) => c.padStart(34)).join('')}`;
  const lines = [
    `npm run nlu: ${cases.length} cases from ${source}`,
    '',
    row('', PATHS.map((p) => PATH_LABELS[p])),
    ...CATEGORIES.map((c) => row(LABELS[c]!, PATHS.map((p) => {
      const s = results[p].byCategory[c];
      return `${percent(s)} (${s.correct}/${s.total})`;
    }))),
    row('red flags caught**', PATHS.map((p) => caught(results[p]))),
    row('false alarms', PATHS.map((p) => `${results[p].falseAlarms} of ${results[p].byCategory.lookAlike.total} look-alikes`)),
    row('overall', PATHS.map((p) => `${percent(results[p].overall)} (${results[p].overall.correct}/${results[p].overall.total})`)),
    '',
    '* Dialogflow\'s own NLU cannot run offline: (c) is the terminal NLU\'s intent sent as a real WebhookRequest through our webhook\'s adapter.',
    '** acted on at once, or met by the one confirming question (an unclear answer to it counts as yes); "red-flag recall" counts the first only.',
    `Terminal NLU training (NLP.js, en-US): ${trainingMs.toFixed(0)} ms. Whole run: ${((performance.now() - started) / 1000).toFixed(1)} s.`,
  ];
  if (dev) {
    const clashes = sampleCollisions(cases);
    lines.push(`Development cases that are now samples of the model (they measure memory, not understanding): ${clashes.length}`, ...clashes.map((x) => `  ${x}`));
  }
  // The other languages: the terminal and the webhook (virtual-alexa's built-in slots know English only).
  const languages: Record<string, unknown> = {};
  if (!dev) {
    const paths = ['terminal', 'dialogflow'] as const;
    for (const { language, cases: set } of await loadLanguageSets()) {
      const scored = await evaluate(set, paths);
      languages[language] = { cases: set.length, results: scored };
      lines.push('', `${language}: ${set.length} cases (tests/nlu/${language}.ts)`, row('', paths.map((p) => PATH_LABELS[p])));
      for (const c of CATEGORIES) lines.push(row(LABELS[c]!, paths.map((p) => `${percent(scored[p].byCategory[c])} (${scored[p].byCategory[c].correct}/${scored[p].byCategory[c].total})`)));
      lines.push(row('red flags caught**', paths.map((p) => caught(scored[p]))));
      lines.push(row('false alarms', paths.map((p) => `${scored[p].falseAlarms} of ${scored[p].byCategory.lookAlike.total} look-alikes`)));
      lines.push(row('overall', paths.map((p) => `${percent(scored[p].overall)} (${scored[p].overall.correct}/${scored[p].overall.total})`)));
    }
  }
  console.log(lines.join('\n'));
  const out = join(import.meta.dirname, dev2 ? 'dev2-results.json' : dev ? 'dev-results.json' : 'results.json');
  writeFileSync(out, `${JSON.stringify({ source, cases: cases.length, trainingMs: Math.round(trainingMs), results, languages }, null, 2)}\n`);
  console.log(`Details (with every miss): ${out}`);
}

main().catch((error: unknown) => {
  console.error(`npm run nlu crashed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exitCode = 1;
});
