// The one session state object. It rides in Alexa's session attributes and in
// Dialogflow's contexts, so it is validated on every read: unknown, old or
// tampered state resets to a fresh session instead of crashing.
import { array, boolean, check, literal, maxLength, nullable, object, picklist, pipe, record, safeParse, string, tuple, type InferOutput } from 'valibot';
import { EXERCISE_IDS } from './content/exercises';
import { PAIN_PATTERNS } from './content/patterns';
import { LAST_WEEK } from './content/program';
import { HIGH_PAIN_FROM, OUTCOMES, TRIAGE } from './content/triage';
import { intIn, isoDate, newProgress, progressSchema, type Progress } from './progress';
import { planFor, type RoutineParams } from './routine';

export const STATE_VERSION = 2;

export const PHASES = [
  'age',
  'recheck',
  'triage',
  'clearance',
  'painNow',
  'belowKnee',
  'pattern',
  'ready',
  'routine',
  'sharpCheck',
  'hurtsChoice',
  'confirmSafety',
  'painAfter',
  'painConsent',
  'confirmStartOver',
  'confirmDelete',
  'ended',
] as const;
export type PhaseName = (typeof PHASES)[number];

const painScore = intIn(0, 10);
const MAX_SETS = 10;
const epochMs = intIn(0, 8.64e15);

export const stateSchema = object({
  v: literal(STATE_VERSION),
  phase: picklist(PHASES),
  /** The phase a confirmation question returns to. */
  returnTo: nullable(picklist(PHASES)),
  /** Triage question index. */
  question: intIn(0, TRIAGE.length - 1),
  /** Unclear answers to the current question. */
  retries: intIn(0, 10),
  /** Session-only triage answers: never stored beyond the session. */
  outcome: nullable(picklist(OUTCOMES)),
  /** The lasting history item the clearance question is about. */
  lasting: nullable(picklist(['cancer', 'immune'])),
  /** A lasting item a doctor has cleared: its advice is said once. */
  cleared: boolean(),
  /** A see-a-physio sign was answered yes. */
  physio: boolean(),
  /** A nerve sign: pain below the knee or one-leg numbness. */
  nerve: boolean(),
  /** The full triage ran this session (not the short re-check): the pain pattern is asked too. */
  triaged: boolean(),
  /** Exercises done this session: written to progress.seen when the session is recorded, not every turn. */
  doneToday: pipe(array(picklist(EXERCISE_IDS)), maxLength(EXERCISE_IDS.length)),
  /** What an ambiguous statement's confirming question asks about. */
  confirm: nullable(picklist(['saddle', 'bladderBowel', 'legs', 'fall', 'chest'])),
  painBefore: nullable(painScore),
  painAfter: nullable(painScore),
  length: picklist(['quick', 'standard', 'full']),
  routine: nullable(
    object({
      week: intIn(1, LAST_WEEK),
      gentle: boolean(),
      nerve: boolean(),
      pattern: picklist(PAIN_PATTERNS),
      length: picklist(['quick', 'standard', 'full']),
      exercises: pipe(
        array(picklist(EXERCISE_IDS)),
        maxLength(EXERCISE_IDS.length),
        check((ids) => ids.length > 0 && new Set(ids).size === ids.length, 'exercises must be distinct'),
      ),
    }),
  ),
  /** Where the routine is: an exercise's setup (waiting for "next") or its run from a set. */
  at: object({ exercise: intIn(0, EXERCISE_IDS.length - 1), stage: picklist(['intro', 'run']), set: intIn(1, MAX_SETS) }),
  paused: boolean(),
  /**
   * The last response that ran an exercise: when it was sent and where each
   * set starts and ends in it (ms), so the next request's time tells which set
   * an interruption ("pause", "it hurts") came in. Filled by the turn runner.
   */
  spoken: nullable(object({ at: epochMs, exercise: intIn(0, EXERCISE_IDS.length - 1), sets: pipe(array(tuple([intIn(1, MAX_SETS), epochMs, epochMs])), maxLength(MAX_SETS)), endMs: epochMs })),
  /** The variant of each line said last (by cue id), so a line is not said the same way twice in a row. */
  variants: pipe(record(pipe(string(), maxLength(40)), intIn(0, 20)), check((r) => Object.keys(r).length <= 40, 'too many variants')),
  today: isoDate,
  painHistoryAllowed: boolean(),
  progress: progressSchema,
  /** The stored record's version when it was read (adapters use it for conditional writes). */
  storeVersion: nullable(intIn(0, Number.MAX_SAFE_INTEGER)),
});

export type SessionState = Omit<InferOutput<typeof stateSchema>, 'routine' | 'progress'> & {
  routine: RoutineParams | null;
  progress: Progress;
};

export function freshState(today = '1970-01-01'): SessionState {
  return {
    v: STATE_VERSION,
    phase: 'age',
    returnTo: null,
    question: 0,
    retries: 0,
    outcome: null,
    lasting: null,
    cleared: false,
    physio: false,
    nerve: false,
    triaged: false,
    doneToday: [],
    confirm: null,
    painBefore: null,
    painAfter: null,
    length: 'standard',
    routine: null,
    at: { exercise: 0, stage: 'intro', set: 1 },
    paused: false,
    spoken: null,
    variants: {},
    today,
    painHistoryAllowed: false,
    progress: newProgress(),
    storeVersion: null,
  };
}

/** Reads state from a platform. Returns null for anything not a valid current state. */
export function readState(raw: unknown): SessionState | null {
  const parsed = safeParse(stateSchema, raw);
  return parsed.success && fitsTogether(parsed.output as SessionState) ? (parsed.output as SessionState) : null;
}

const BEFORE_TRIAGE_ENDS: readonly PhaseName[] = ['age', 'recheck', 'triage', 'clearance'];
const CONFIRMING: readonly PhaseName[] = ['confirmStartOver', 'confirmDelete', 'confirmSafety'];
const AFTER_PAIN_SCORE: readonly PhaseName[] = ['belowKnee', 'pattern', 'ready', 'routine', 'sharpCheck', 'hurtsChoice', 'painAfter', 'painConsent'];
const WITH_ROUTINE: readonly PhaseName[] = ['ready', 'routine', 'sharpCheck', 'hurtsChoice', 'painAfter', 'painConsent'];
const EXERCISE_ALLOWED: readonly (string | null)[] = ['CLEAR', 'CLEARED', 'SEE_PHYSIO'];

/**
 * Fields the schema accepts one by one but no conversation combines: a routine
 * phase without a routine, a position past its end, a confirmation with nowhere
 * to return to, or an exercise phase without a triage that allows exercise and
 * a pain score. Such state resets like any tampered state.
 */
function fitsTogether(state: SessionState): boolean {
  if (state.phase === 'ended') return true;
  if (state.phase === 'confirmSafety' && state.confirm === null) return false;
  if (state.phase === 'clearance' && state.lasting === null) return false;
  // A question asked on the way (a confirmation, or the clearance follow-up said later) is judged by where it returns to.
  const aside = CONFIRMING.includes(state.phase) || (state.phase === 'clearance' && state.returnTo !== null && state.returnTo !== 'triage');
  const phase = aside ? state.returnTo : state.phase;
  if (phase === null || phase === 'ended' || CONFIRMING.includes(phase) || (aside && phase === 'clearance')) return false;
  if (BEFORE_TRIAGE_ENDS.includes(phase)) return state.outcome === null;
  if (!EXERCISE_ALLOWED.includes(state.outcome)) return false;
  if (AFTER_PAIN_SCORE.includes(phase) && (state.painBefore === null || state.painBefore >= HIGH_PAIN_FROM)) return false;
  if (!WITH_ROUTINE.includes(phase)) return true;
  if (!state.routine) return false;
  const plan = planFor(state.routine);
  const p = plan[state.at.exercise];
  return p !== undefined && state.at.set <= p.dose.sets && (state.spoken === null || state.spoken.exercise < plan.length);
}
