// Runs annotated cases through the three paths and scores them by the engine's
// own comparison (sameAction): per category, red-flag recall, and false alarms
// (a look-alike heard as a red flag or an urgent sign).
import { sameAction, type Meaning } from '../../src/flow/understand';
import type { Locale } from '../../speech/types';
import type { Category, NluCase } from '../../tests/nlu/types';
import { PATHS, alexaPath, dialogflowPath, terminalPath, type Heard, type PathName } from './paths';

export const CATEGORIES: readonly Category[] = ['redFlag', 'lookAlike', 'yesNo', 'numbers', 'patterns', 'navigation', 'other'];

export interface Score {
  total: number;
  correct: number;
}
export interface PathResult {
  byCategory: Record<Category, Score>;
  overall: Score;
  /** Look-alikes heard as a red flag or an urgent sign. */
  falseAlarms: number;
  /** Red-flag cases not acted on at once but met by the one confirming question (an unclear answer to it counts as yes). */
  confirmed: number;
  misses: { text: string; prompt: string; locale: string; expected: unknown; heard: string; meaning: Meaning | null }[];
}

const isAlarm = (m: Meaning | null) => m !== null && 'safety' in m && (m.safety === 'redFlag' || m.safety === 'urgent');
const localeOf = (c: NluCase): Locale => (c.locale ?? 'en-US') as Locale;

export async function evaluate(cases: readonly NluCase[], paths: readonly PathName[] = PATHS): Promise<Record<PathName, PathResult>> {
  const makers = { alexa: alexaPath, terminal: terminalPath, dialogflow: dialogflowPath };
  const results = {} as Record<PathName, PathResult>;
  for (const path of paths) {
    const runners = new Map<Locale, (text: string, prompt: NluCase['prompt']) => Promise<Heard>>();
    const result: PathResult = {
      byCategory: Object.fromEntries(CATEGORIES.map((c) => [c, { total: 0, correct: 0 }])) as Record<Category, Score>,
      overall: { total: 0, correct: 0 },
      falseAlarms: 0,
      confirmed: 0,
      misses: [],
    };
    for (const c of cases) {
      const locale = localeOf(c);
      let run = runners.get(locale);
      if (!run) runners.set(locale, (run = makers[path](locale)));
      const heard = await run(c.text, c.prompt);
      const ok = sameAction(heard.meaning, c.expect as Meaning, c.prompt);
      const score = result.byCategory[c.category];
      score.total++;
      result.overall.total++;
      if (ok) {
        score.correct++;
        result.overall.correct++;
      } else {
        result.misses.push({ text: c.text, prompt: c.prompt, locale, expected: c.expect, heard: heard.intent, meaning: heard.meaning });
      }
      if (c.category === 'lookAlike' && isAlarm(heard.meaning)) result.falseAlarms++;
      if (!ok && c.category === 'redFlag' && heard.meaning !== null && 'safety' in heard.meaning && heard.meaning.safety === 'ambiguous') result.confirmed++;
    }
    results[path] = result;
  }
  return results;
}

export const percent = (s: Score) => (s.total === 0 ? '-' : `${((100 * s.correct) / s.total).toFixed(1)}%`);
