// Generators for the pure engine: events, stored progress, and reachable
// states. A walk is a list of choices; each is either "a sensible answer for
// the phase we are in" (so walks get deep into routines) or any event at all.
import fc from 'fast-check';
import { EXERCISE_IDS } from '../../../src/flow/content/exercises';
import { PAIN_PATTERNS } from '../../../src/flow/content/patterns';
import { SIMPLE_EVENTS, type FlowEvent, type SimpleEventType } from '../../../src/flow/events';
import type { Progress } from '../../../src/flow/progress';
import { freshState, PHASES, type PhaseName, type SessionState } from '../../../src/flow/state';
import { TRIAGE } from '../../../src/flow/content/triage';
import { step, type StepResult } from '../../../src/flow/step';

export const TODAY = '2026-11-28';
const DAY = 86_400_000;
export const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);

/** Mostly recent dates (streaks, re-check window, trends), sometimes long ago or in the future. */
export const dateArb = fc
  .oneof({ weight: 3, arbitrary: fc.integer({ min: -10, max: 0 }) }, { weight: 1, arbitrary: fc.integer({ min: -420, max: 10 }) })
  .map((d) => addDays(TODAY, d));

const sortedDates = (max: number) => fc.array(dateArb, { maxLength: max }).map((d) => d.sort());

/** Any progress a store could hold (valid per the schema). */
export const progressArb: fc.Arbitrary<Progress> = fc.record({
  v: fc.constant(2 as const),
  onboarded: fc.boolean(),
  week: fc.constantFrom(1, 2, 3, 4, 5, 6) as fc.Arbitrary<Progress['week']>,
  weekStarted: fc.option(dateArb, { nil: null }),
  countedDays: fc.oneof(sortedDates(4), sortedDates(60)).map((d) => [...new Set(d)]),
  completed: fc.oneof(sortedDates(6), sortedDates(60)),
  lastTriage: fc.option(dateArb, { nil: null }),
  resumeAt: fc.option(fc.constantFrom(...EXERCISE_IDS), { nil: null }),
  seen: fc.dictionary(fc.constantFrom(...EXERCISE_IDS), dateArb) as fc.Arbitrary<Progress['seen']>,
  painConsent: fc.constantFrom('unasked', 'yes', 'no') as fc.Arbitrary<Progress['painConsent']>,
  painHistory: fc
    .array(fc.record({ date: dateArb, before: fc.nat({ max: 10 }), after: fc.nat({ max: 10 }) }), { maxLength: 60 })
    .map((h) => h.sort((a, b) => a.date.localeCompare(b.date))),
});

export const launchArb: fc.Arbitrary<FlowEvent> = fc.record(
  {
    type: fc.constant('launch' as const),
    progress: fc.option(progressArb, { nil: null }),
    today: fc.oneof({ weight: 4, arbitrary: fc.constant(TODAY) }, { weight: 1, arbitrary: dateArb }),
    painHistoryAllowed: fc.boolean(),
    length: fc.constantFrom('quick', 'standard', 'full') as fc.Arbitrary<'quick' | 'standard' | 'full'>,
  },
  { requiredKeys: ['type', 'progress', 'today', 'painHistoryAllowed'] },
);

/** Free words: red flags, look-alikes, answers and noise (what the safety classifier reads). */
const TEXTS = [
  "i've got numbness in my groin", 'my legs are tired', 'nothing like that', 'yeah i do', 'i had cancer years ago', 'it shoots down my leg',
  'my leg is numb', 'ouch', 'i fell asleep', 'blah blah', '', 'a'.repeat(500), 'definitely not', 'my glutes are burning',
];

export const numberArb: fc.Arbitrary<number | null> = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: -2, max: 12 }) },
  { weight: 2, arbitrary: fc.constantFrom(null, 3.5, -1, 11, 1e308, -1e308, NaN, Infinity, -Infinity, -0, 0.1 + 0.2) },
  { weight: 1, arbitrary: fc.double() },
);

/** Any event the engine can receive. */
export const eventArb: fc.Arbitrary<FlowEvent> = fc.oneof(
  { weight: 1, arbitrary: launchArb },
  { weight: 3, arbitrary: numberArb.map((value) => ({ type: 'number' as const, value })) },
  { weight: 2, arbitrary: fc.option(fc.constantFrom(...PAIN_PATTERNS), { nil: null }).map((pattern) => ({ type: 'pattern' as const, pattern })) },
  { weight: 10, arbitrary: fc.constantFrom(...SIMPLE_EVENTS).map((type) => ({ type }) as FlowEvent) },
  { weight: 2, arbitrary: fc.oneof(fc.constantFrom(...TEXTS), fc.string()).map((text) => ({ type: 'statement' as const, text })) },
  { weight: 1, arbitrary: fc.option(fc.integer({ min: -5, max: 130 }), { nil: null }).map((value) => ({ type: 'age' as const, value })) },
  { weight: 1, arbitrary: fc.constantFrom('quick', 'standard', 'full').map((length) => ({ type: 'length' as const, length: length as 'quick' })) },
);

const simple = (type: SimpleEventType): FlowEvent => ({ type });
const num = (value: number): FlowEvent => ({ type: 'number', value });

/** Answers that move a conversation along, per phase (picked by index). */
function sensible(state: SessionState, pick: number): FlowEvent {
  const options: Record<PhaseName, FlowEvent[]> = {
    age: [simple('yes'), simple('yes'), simple('yes'), simple('no'), simple('notSure')],
    recheck: [simple('no'), simple('no'), simple('yes'), simple('notSure')],
    triage: [...Array<FlowEvent>(40).fill(simple('no')), simple('yes'), simple('notSure'), simple('previous'), simple('fallback')],
    clearance: [simple('yes'), simple('yes'), simple('no'), simple('notSure')],
    painNow: [0, 1, 2, 3, 4, 5, 6, 2, 3, 7, 9].map(num),
    belowKnee: [simple('no'), simple('no'), simple('yes')],
    pattern: PAIN_PATTERNS.map((pattern): FlowEvent => ({ type: 'pattern', pattern })),
    ready: [simple('next'), simple('next'), simple('yes'), simple('howTo'), { type: 'length', length: 'quick' }, { type: 'length', length: 'full' }],
    routine: [
      ...Array<FlowEvent>(10).fill(simple('next')),
      ...(['previous', 'skip', 'hurts', 'pause', 'resume', 'howTo', 'why', 'repeat', 'startOver', 'stop', 'redFlag', 'progress'] as const).map(simple),
    ],
    sharpCheck: [simple('no'), simple('no'), simple('yes'), simple('notSure')],
    hurtsChoice: [simple('next'), simple('skip'), simple('stop'), simple('resume')],
    confirmSafety: [simple('no'), simple('yes')],
    painAfter: [0, 1, 2, 3, 5, 8].map(num).concat(simple('skip')),
    painConsent: [simple('yes'), simple('no')],
    confirmStartOver: [simple('yes'), simple('no')],
    confirmDelete: [simple('no'), simple('yes')],
    ended: [],
  };
  if (state.phase === 'ended') {
    // The next session, with what the store would hold, on the same day or a few days later.
    return { type: 'launch', progress: state.progress, today: addDays(state.today, pick % 4), painHistoryAllowed: state.painHistoryAllowed };
  }
  const list = options[state.phase];
  return list[pick % list.length]!;
}

export interface Choice {
  /** 0 to 99: below the walk's chaos, the event is any event; otherwise a sensible one. */
  roll: number;
  pick: number;
  event: FlowEvent;
}

export const choiceArb: fc.Arbitrary<Choice> = fc.record({ roll: fc.nat({ max: 99 }), pick: fc.nat(), event: eventArb });

export interface Walk {
  /** An optional launch first, then the choices. */
  start: FlowEvent | null;
  /** Percent of choices that are any event rather than a sensible answer. */
  chaos: number;
  choices: Choice[];
}

export const walkArb = (maxLength = 100): fc.Arbitrary<Walk> =>
  fc.record({
    start: fc.oneof({ weight: 9, arbitrary: launchArb }, { weight: 1, arbitrary: fc.constant(null) }),
    chaos: fc.oneof(fc.integer({ min: 0, max: 10 }), fc.integer({ min: 0, max: 60 })),
    choices: fc.array(choiceArb, { maxLength, size: 'max' }),
  });

export interface Step {
  before: SessionState;
  event: FlowEvent;
  result: StepResult;
}

/** Plays a walk from freshState(). Throws what step throws. */
export function play(walk: Walk, onStep: (s: Step, index: number) => void = () => {}): SessionState {
  let state = freshState();
  const events = walk.start ? [{ roll: -1, pick: 0, event: walk.start }, ...walk.choices] : walk.choices;
  events.forEach((c, i) => {
    const event = c.roll >= walk.chaos ? sensible(state, c.pick) : c.event;
    const result = step(state, event);
    onStep({ before: state, event, result }, i);
    state = result.state;
  });
  return state;
}

/**
 * Overrides that keep a state valid per its schema but may not fit together
 * (a routine phase without a routine, a segment past the end, a confirmation
 * with nowhere to return to): what a tampered or buggy client could send back.
 */
export const stateOverridesArb: fc.Arbitrary<Partial<SessionState>> = fc.record(
  {
    phase: fc.constantFrom(...PHASES),
    returnTo: fc.option(fc.constantFrom(...PHASES), { nil: null }),
    question: fc.integer({ min: 0, max: TRIAGE.length - 1 }),
    at: fc.record({ exercise: fc.integer({ min: 0, max: 9 }), stage: fc.constantFrom('intro', 'run') as fc.Arbitrary<'intro' | 'run'>, set: fc.integer({ min: 1, max: 10 }) }),
    paused: fc.boolean(),
    retries: fc.integer({ min: 0, max: 10 }),
    outcome: fc.option(fc.constantFrom('EMERGENCY', 'URGENT', 'CLEARED', 'SEE_PHYSIO', 'HIGH_PAIN', 'CLEAR') as fc.Arbitrary<NonNullable<SessionState['outcome']>>, { nil: null }),
    lasting: fc.option(fc.constantFrom('cancer', 'immune') as fc.Arbitrary<'cancer' | 'immune'>, { nil: null }),
    confirm: fc.option(fc.constantFrom('saddle', 'bladderBowel', 'legs', 'fall', 'chest') as fc.Arbitrary<'legs'>, { nil: null }),
    painBefore: fc.option(fc.integer({ min: 0, max: 10 }), { nil: null }),
    painAfter: fc.option(fc.integer({ min: 0, max: 10 }), { nil: null }),
    nerve: fc.boolean(),
    triaged: fc.boolean(),
    doneToday: fc.uniqueArray(fc.constantFrom(...EXERCISE_IDS), { maxLength: 10 }),
    routine: fc.option(
      fc.record({
        week: fc.constantFrom(1, 2, 3, 4, 5, 6) as fc.Arbitrary<Progress['week']>,
        gentle: fc.boolean(),
        nerve: fc.boolean(),
        pattern: fc.constantFrom(...PAIN_PATTERNS),
        length: fc.constantFrom('quick', 'standard', 'full') as fc.Arbitrary<'quick' | 'standard' | 'full'>,
        exercises: fc.uniqueArray(fc.constantFrom(...EXERCISE_IDS), { minLength: 1, maxLength: 10 }),
      }),
      { nil: null },
    ),
    spoken: fc.option(
      fc.record({ at: fc.integer({ min: 0, max: 2e12 }), exercise: fc.integer({ min: 0, max: 9 }), sets: fc.array(fc.tuple(fc.integer({ min: 1, max: 10 }), fc.nat({ max: 600000 }), fc.nat({ max: 600000 })), { maxLength: 10 }), endMs: fc.nat({ max: 900000 }) }),
      { nil: null },
    ),
    today: dateArb,
    painHistoryAllowed: fc.boolean(),
    progress: progressArb,
    storeVersion: fc.option(fc.nat(), { nil: null }),
  },
  { requiredKeys: [] },
);
