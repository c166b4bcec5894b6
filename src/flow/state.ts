// The one session state object. It rides in Alexa's session attributes and in
// Dialogflow's contexts, so it is validated on every read: unknown, old or
// tampered state resets to a fresh session instead of crashing.
import { boolean, literal, nullable, object, picklist, safeParse, type InferOutput } from 'valibot';
import { PAIN_PATTERNS } from './content/patterns';
import { HIGH_PAIN_FROM, TRIAGE } from './content/triage';
import { LAST_WEEK } from './content/program';
import { intIn, isoDate, newProgress, progressSchema, type Progress } from './progress';
import { planFor, type RoutineParams } from './routine';

export const STATE_VERSION = 1;

export const PHASES = [
  'age',
  'recheck',
  'triage',
  'painNow',
  'belowKnee',
  'pattern',
  'offerResume',
  'ready',
  'routine',
  'hurts',
  'painAfter',
  'painConsent',
  'confirmStartOver',
  'confirmDelete',
  'ended',
] as const;
export type PhaseName = (typeof PHASES)[number];

const painScore = intIn(0, 10);

export const stateSchema = object({
  v: literal(STATE_VERSION),
  phase: picklist(PHASES),
  /** The phase a confirmation question returns to. */
  returnTo: nullable(picklist(PHASES)),
  /** Triage question index. */
  question: intIn(0, TRIAGE.length - 1),
  /** Routine segment index. */
  segment: intIn(0, 200),
  paused: boolean(),
  /** Unclear answers to the current question. */
  retries: intIn(0, 10),
  /** Session-only triage answers: never stored beyond the session. */
  outcome: nullable(picklist(['EMERGENCY', 'URGENT', 'SEE_PHYSIO', 'HIGH_PAIN', 'CLEAR'])),
  painBefore: nullable(painScore),
  painAfter: nullable(painScore),
  belowKnee: boolean(),
  routine: nullable(
    object({
      week: intIn(1, LAST_WEEK),
      gentle: boolean(),
      includeHinge: boolean(),
      pattern: picklist(PAIN_PATTERNS),
    }),
  ),
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
    segment: 0,
    paused: false,
    retries: 0,
    outcome: null,
    painBefore: null,
    painAfter: null,
    belowKnee: false,
    routine: null,
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

const BEFORE_TRIAGE_ENDS: readonly PhaseName[] = ['age', 'recheck', 'triage'];
const AFTER_PAIN_SCORE: readonly PhaseName[] = ['belowKnee', 'pattern', 'offerResume', 'ready', 'routine', 'hurts', 'painAfter', 'painConsent'];
const WITH_ROUTINE: readonly PhaseName[] = ['offerResume', 'ready', 'routine', 'hurts', 'painAfter', 'painConsent'];

/**
 * Fields the schema accepts one by one but no conversation combines: a routine
 * phase without a routine, a segment past its end, a confirmation with nowhere
 * to return to, or an exercise phase without a cleared triage and a pain score.
 * The engine crashed, went silent or skipped triage on them (found by
 * tests/fuzz.*.test.ts and tests/property.test.ts), so they reset like any tampered state.
 */
function fitsTogether(state: SessionState): boolean {
  if (state.phase === 'ended') return true;
  const confirming = state.phase === 'confirmStartOver' || state.phase === 'confirmDelete';
  const phase = confirming ? state.returnTo : state.phase;
  if (phase === null || phase === 'ended' || phase === 'confirmStartOver' || phase === 'confirmDelete') return false;
  if (BEFORE_TRIAGE_ENDS.includes(phase)) return state.outcome === null;
  if (state.outcome !== 'CLEAR' && state.outcome !== 'SEE_PHYSIO') return false;
  if (AFTER_PAIN_SCORE.includes(phase) && (state.painBefore === null || state.painBefore >= HIGH_PAIN_FROM)) return false;
  if (!WITH_ROUTINE.includes(phase)) return true;
  if (!state.routine) return false;
  const segments = planFor(state.routine).segments.length;
  // In a routine phase the last segment has already moved on to the closing question.
  return phase === 'routine' || phase === 'hurts' ? state.segment < segments - 1 : state.segment < segments;
}
