// skill-package/response/display/<name>/: each APL document (document.json,
// from its typed source in src/render/apl/documents/) and a sample datasource
// (datasources/default.json) to preview it in the developer console's APL
// authoring tool. Responses link to these documents by name.
import { APL_DOCUMENTS } from '../../src/render/apl/documents';
import { DOCUMENTS, screenOf, type DocumentName, type ScreenInput } from '../../src/render/screens/model';
import { contentWords } from '../../speech/en/content';
import { factsFor } from '../../speech/locales';
import { stableJson } from './json';

export const DISPLAY_DIR = 'skill-package/response/display';

const words = contentWords(factsFor('en-US'));
const bridge = words.exercises.gluteBridge;

/** One representative screen per document, with words from speech/. */
const SAMPLES: Record<DocumentName, ScreenInput> = {
  question: { kind: 'question', question: words.triage.saddleNumbness.ask, answers: [{ action: 'yes' }, { action: 'no' }, { action: 'notSure' }] },
  outcome: { kind: 'outcome', outcome: 'emergency', message: 'Please stop here. Call 911 now.', emergencyNumber: '911', answers: [{ action: 'stop' }] },
  preview: {
    kind: 'preview',
    week: 1,
    minutes: 15,
    groups: [
      { part: 'mobility', exercises: [words.exercises.ninetyNinety.name, words.exercises.couchStretch.name] },
      { part: 'activation', exercises: [bridge.name, words.exercises.deadBug.name] },
      { part: 'hinge', exercises: [words.exercises.wallTap.name] },
    ],
    prompt: "Say next when you're ready to begin.",
  },
  exercise: { kind: 'exercise', name: bridge.name, part: 'activation', steps: bridge.steps, index: 3, count: 5, illustration: 'gluteBridge', prompt: "Get into position and say next when you're ready." },
  set: { kind: 'set', name: bridge.name, illustration: 'gluteBridge', set: 1, sets: 2, side: null, dose: { kind: 'reps', reps: 10 }, paused: false, marks: [], totalMs: 0, autoNext: false },
  painScale: { kind: 'painScale', question: 'Before you go: from 0 to 10, how is your back feeling now?', note: null },
  progress: { kind: 'progress', week: 2, weeks: 6, sessionsThisWeek: 1, sessionsToAdvance: 3, totalSessions: 4, streak: 2, trend: [4, 4, 3, 2], prompt: '' },
  goodbye: { kind: 'goodbye', message: 'See you next time. Look after that back.' },
};

/** The Echo Show 8 layout (1280 × 800 px at 213 dpi: 961 × 601 dp, landscape). */
const SAMPLE_LAYOUT = { compact: false, round: false, landscape: true };

export function aplDisplayFiles(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of DOCUMENTS) {
    out[`${DISPLAY_DIR}/${name}/document.json`] = stableJson(APL_DOCUMENTS[name]);
    out[`${DISPLAY_DIR}/${name}/datasources/default.json`] = stableJson({ screen: screenOf(SAMPLES[name], 'en-US'), layout: SAMPLE_LAYOUT });
  }
  return out;
}
