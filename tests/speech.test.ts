// Every cue renders in every locale as well-formed SSML within Alexa's limits.
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { EXERCISE_IDS, PARTS, VARIATION_IDS } from '../src/flow/content/exercises';
import { PAIN_PATTERNS } from '../src/flow/content/patterns';
import { TRIAGE_QUESTION_IDS } from '../src/flow/content/triage';
import type { Cue, CueId, CueParams, HelpTopic } from '../src/flow/cues';
import { render, resolveLocale } from '../src/render/render';
import { breakSeconds, escapeSsml } from '../src/render/ssml';
import { SPEECH_LOCALES } from '../speech';

const HELP_TOPICS: HelpTopic[] = ['age', 'triage', 'painScale', 'pattern', 'ready', 'routine', 'hurts', 'closing', 'confirm'];
const bools = [true, false];

/** Parameters to render every cue with: a missing cue here fails tsc. */
const ROUTINE = { week: 1 as const, gentle: false, nerve: false, pattern: 'varies' as const, length: 'standard' as const, exercises: ['ninetyNinety', 'gluteBridge', 'wallTap'] as const };
const SAMPLES: { [K in CueId]: CueParams[K][] } = {
  welcomeNew: [{}],
  askAge: bools.map((retry) => ({ retry })),
  underage: [{}],
  welcomeBack: [{ week: 2, session: 3 }],
  newWeek: [{ week: 2 }],
  streak: [{ days: 4 }],
  painTrend: (['down', 'up', 'steady'] as const).map((direction) => ({ from: 5, to: 3, direction })),
  askRecheck: bools.map((retry) => ({ retry })),
  recheckAllClear: [{}],
  fullTriageAgain: [{}],
  triageIntro: [{}],
  askTriage: TRIAGE_QUESTION_IDS.flatMap((question) => bools.map((retry) => ({ question, retry }))),
  askClearance: (['cancer', 'immune'] as const).flatMap((item) => bools.map((retry) => ({ item, retry }))),
  clearedAdvice: [{}],
  countedAsYes: [{}],
  needSafetyAnswer: [{}],
  outcomeEmergency: [{}],
  outcomeUrgent: [{}],
  outcomeSeePhysio: bools.map((nerve) => ({ nerve })),
  outcomeHighPain: [{}],
  askPainNow: bools.map((retry) => ({ retry })),
  painOutOfRange: [{}],
  askBelowKnee: bools.map((retry) => ({ retry })),
  askPattern: bools.map((retry) => ({ retry })),
  patternAck: PAIN_PATTERNS.map((pattern) => ({ pattern })),
  routinePreview: (['quick', 'standard', 'full'] as const).flatMap((length) =>
    bools.map((gentle) => ({ week: 1, length, gentle, exercises: 5, offerLengths: length === 'standard', routine: { ...ROUTINE, exercises: [...ROUTINE.exercises] }, taught: [false, true, false] })),
  ),
  breathing: [{}],
  stopRules: [{ limit: 5, relative: false, nerve: false }, { limit: 6, relative: true, nerve: true }],
  partIntro: PARTS.map((part) => ({ part })),
  exerciseIntro: EXERCISE_IDS.flatMap((exercise) =>
    VARIATION_IDS.flatMap((variation) =>
      bools.flatMap((short) => [
        { exercise, variation, sets: 2, reps: 10, perSide: true, alternating: false, short, first: true },
        { exercise, variation, sets: 1, holdSeconds: 30, perSide: false, alternating: false, short, first: false },
        { exercise, variation, sets: 2, reps: 6, perSide: false, alternating: true, short, first: false },
      ]),
    ),
  ),
  inPositionPrompt: bools.map((first) => ({ first })),
  mark: [{ exercise: 0, set: 1, edge: 'start' }],
  setStart: [{ set: 1, sets: 2 }],
  side: [{ side: 'left' }, { side: 'right' }],
  switchSides: [{}],
  go: [{}],
  rep: [{ n: 1, total: 10 }, { n: 10, total: 10 }],
  holdRep: [{ n: 1, total: 10, hold: 3 }, { n: 10, total: 10, hold: 3 }],
  limbs: [{ arm: 'left' }, { arm: 'right' }],
  holdStart: [{ seconds: 30 }],
  holdLeft: [{ seconds: 20 }],
  countdown: [{}],
  holdEnd: [{}],
  formCue: EXERCISE_IDS.flatMap((exercise) => [0, 1, 2, 3, 7].map((index) => ({ exercise, index }))),
  pause: [{ seconds: 1 }, { seconds: 10 }, { seconds: 25 }],
  setDone: [{ set: 1, sets: 2 }],
  rest: [{ seconds: 20 }],
  restLeft: [{ seconds: 10 }],
  exerciseDone: EXERCISE_IDS.map((exercise) => ({ exercise })),
  routineDone: [{}],
  finishedEarly: [{}],
  skipped: EXERCISE_IDS.map((exercise) => ({ exercise })),
  atFirst: [{}],
  paused: [{}, { exercise: 'clamshell', set: 2 }],
  resumeSet: [{ set: 2, sets: 2 }, { set: 1, sets: 1 }],
  howTo: EXERCISE_IDS.flatMap((exercise) => VARIATION_IDS.map((variation) => ({ exercise, variation }))),
  howToLater: [{}],
  why: [...PARTS.map((part) => ({ part })), ...EXERCISE_IDS.map((exercise) => ({ part: 'mobility' as const, exercise }))],
  whyGeneral: [{}],
  askSharp: bools.flatMap((nerve) => bools.map((retry) => ({ nerve, retry }))),
  sharpStop: [{}],
  askHurtsChoice: [...bools.flatMap((nextSet) => bools.map((retry) => ({ nextSet, retry }))), ...bools.map((retry) => ({ nextSet: false, retry, exercise: 'gluteBridge' as const }))],
  hurtsBeforeExercise: [{}],
  painNoted: [{ value: 3, limit: 5 }],
  painTooHigh: [{ limit: 5 }],
  confirmSafety: (['saddle', 'bladderBowel', 'legs', 'fall', 'chest'] as const).flatMap((topic) => bools.map((retry) => ({ topic, retry }))),
  reportPainHint: [{}],
  help: HELP_TOPICS.map((topic) => ({ topic })),
  notUnderstood: [{}],
  keepGoingPrompt: [{}],
  askPainAfter: bools.map((retry) => ({ retry })),
  painAfter: [{ before: 4, after: 2 }, { before: 3, after: 3 }, { before: 2, after: 5 }],
  painAfterHigh: [{}],
  sessionCounted: [
    { week: 1, counted: true, daysNeeded: 2, daysToWait: 5 },
    { week: 1, counted: true, daysNeeded: 0, daysToWait: 3 },
    { week: 2, counted: false, daysNeeded: 1, daysToWait: 0 },
  ],
  weekUp: [{ week: 2 }],
  programDone: [{}],
  askPainConsent: bools.map((retry) => ({ retry })),
  painConsentYes: [{}],
  painConsentNo: [{}],
  goodbye: [{}],
  stopGoodbye: [{}, { savedAt: 'clamshell' }],
  progressSummary: [{ week: 2, sessionsThisWeek: 1, totalSessions: 4, streak: 3 }],
  progressNone: [{}],
  confirmStartOver: bools.map((retry) => ({ retry })),
  startOverDone: [{}],
  startOverKept: [{}],
  confirmDelete: bools.map((retry) => ({ retry })),
  deleted: [{}],
  deleteKept: [{}],
};

const ALL_CUES: Cue[] = Object.entries(SAMPLES).flatMap(([id, list]) => (list as object[]).map((params) => ({ id, params }) as Cue));
const ASKING: CueId[] = ['askAge', 'askRecheck', 'askTriage', 'askClearance', 'askPainNow', 'askBelowKnee', 'askPattern', 'inPositionPrompt', 'paused', 'askSharp', 'askHurtsChoice', 'confirmSafety', 'keepGoingPrompt', 'askPainAfter', 'askPainConsent', 'confirmStartOver', 'confirmDelete'];
/** Lines said many times a session: at least three variants each (issue: robotic scaffolding). */
const SCAFFOLDING: Cue[] = [
  { id: 'rep', params: { n: 10, total: 10 } },
  { id: 'switchSides', params: {} },
  { id: 'setDone', params: { set: 1, sets: 2 } },
  { id: 'inPositionPrompt', params: { first: false } },
  { id: 'inPositionPrompt', params: { first: true } },
  { id: 'exerciseIntro', params: { exercise: 'clamshell', variation: 'standard', sets: 2, reps: 10, perSide: true, alternating: false, short: true, first: false } },
  { id: 'exerciseIntro', params: { exercise: 'clamshell', variation: 'standard', sets: 2, reps: 10, perSide: true, alternating: false, short: false, first: false } },
  { id: 'exerciseDone', params: { exercise: 'clamshell' } },
  { id: 'go', params: {} },
  { id: 'rest', params: { seconds: 15 } },
];

describe('speech', () => {
  for (const locale of SPEECH_LOCALES) {
    it(`renders every cue in ${locale} as well-formed SSML with no break over 10 s`, () => {
      for (const variant of [0, 0.5, 0.99]) {
        for (const cue of ALL_CUES) {
          const { ssml, text, repromptSsml } = render([cue], locale, () => variant);
          expect(XMLValidator.validate(ssml), `${cue.id} ${JSON.stringify(cue.params)}`).toBe(true);
          if (repromptSsml) expect(XMLValidator.validate(repromptSsml)).toBe(true);
          expect(text, cue.id).not.toMatch(/undefined|NaN|\[object Object\]|null/);
          for (const seconds of breakSeconds(ssml)) expect(seconds).toBeLessThanOrEqual(10);
          if (cue.id !== 'pause' && cue.id !== 'mark') expect(text.length, cue.id).toBeGreaterThan(0);
        }
      }
    });
  }

  it('says each high-frequency line in at least three ways, and never the same way twice in a row', () => {
    for (const cue of SCAFFOLDING) {
      const said = new Set<string>();
      let previous: string | null = null;
      let variants = {};
      for (let i = 0; i < 60; i++) {
        const r = render([cue], 'en-US', Math.random, variants);
        variants = r.variants;
        expect(r.text, `${cue.id} twice in a row`).not.toBe(previous);
        previous = r.text;
        said.add(r.text);
      }
      expect(said.size, cue.id).toBeGreaterThanOrEqual(3);
    }
  });

  it('gives a reprompt to every cue that asks something', () => {
    for (const id of ASKING) {
      const cue = ALL_CUES.find((c) => c.id === id)!;
      expect(render([cue], 'en-US', () => 0).repromptText, id).toBeTruthy();
    }
  });

  it.each([
    ['en-US', '911'],
    ['en-CA', '911'],
    ['en-GB', '999'],
    ['en-AU', '000'],
    ['en-IN', '112'],
  ] as const)('names the emergency number of %s (%s)', (locale, number) => {
    const { ssml } = render([{ id: 'outcomeEmergency', params: {} }], locale, Math.random);
    expect(ssml).toContain(`<say-as interpret-as="digits">${number}</say-as>`);
  });

  it('names no number where the country is unknown', () => {
    const { text } = render([{ id: 'outcomeEmergency', params: {} }], 'en', Math.random);
    expect(text).toMatch(/Call your local emergency number now/);
    expect(text).not.toMatch(/\d{3}/);
  });

  it('escapes parameters in one place', () => {
    expect(escapeSsml(`<speak>&"'`)).toBe('&lt;speak&gt;&amp;&quot;&apos;');
  });

  it('resolves platform locales to the ones we speak', () => {
    expect(resolveLocale('en-GB')).toBe('en-GB');
    expect(resolveLocale('en_au')).toBe('en-AU');
    expect(resolveLocale('fr_ca')).toBe('fr-CA');
    // A regional variant we do not serve, or a bare language: no country, so no guessed emergency number.
    expect(resolveLocale('de-AT')).toBe('de');
    expect(resolveLocale('es')).toBe('es');
    expect(resolveLocale('it-IT')).toBe('en');
    expect(resolveLocale('en')).toBe('en');
    expect(resolveLocale('en-IE')).toBe('en');
    expect(resolveLocale(undefined)).toBe('en');
  });

  it('never diagnoses or promises a cure', () => {
    const all = ALL_CUES.map((c) => render([c], 'en-US', () => 0).text.toLowerCase()).join('\n');
    for (const banned of ['cure', 'sciatica', 'herniat', 'slipped disc', 'your diagnosis', 'you have an injury', 'diagnos', 'fix your back', 'will fix', 'you are fine', "you're fine", 'nothing serious', 'cauda equina', 'guarantee']) {
      expect(all).not.toContain(banned);
    }
  });
});
