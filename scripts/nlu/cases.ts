// The cases `npm run nlu` measures: the held-out annotated set tests/nlu/en.ts
// (EN_CASES) when it exists, else the small development fixture. Loaded by
// path at run time, so this compiles on branches without the set.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { NluCase } from '../../tests/nlu/types';
import { FIXTURE_CASES } from './fixture';

const SET = join(import.meta.dirname, '..', '..', 'tests', 'nlu', 'en.ts');

export async function loadCases(): Promise<{ source: string; cases: readonly NluCase[] }> {
  if (!existsSync(SET)) return { source: 'scripts/nlu/fixture.ts (development fixture: tests/nlu/en.ts not found)', cases: FIXTURE_CASES };
  const module = (await import(pathToFileURL(SET).href)) as { EN_CASES?: readonly NluCase[] };
  if (!module.EN_CASES) throw new Error('tests/nlu/en.ts exports no EN_CASES');
  return { source: 'tests/nlu/en.ts (EN_CASES)', cases: module.EN_CASES };
}

/** The evaluation sets of the other languages (each case carries its locale). */
export async function loadLanguageSets(): Promise<{ language: string; cases: readonly NluCase[] }[]> {
  const [{ GERMAN_CASES }, { SPANISH_CASES }, { FR_CASES }] = await Promise.all([
    import('../../tests/nlu/de'),
    import('../../tests/nlu/es'),
    import('../../tests/nlu/fr'),
  ]);
  return [
    { language: 'de', cases: GERMAN_CASES },
    { language: 'es', cases: SPANISH_CASES },
    { language: 'fr', cases: FR_CASES },
  ];
}
