// The one session state object. It rides in Alexa's session attributes and in
// Dialogflow's contexts, so it is validated on every read: unknown, old or
// tampered state resets to a fresh session instead of crashing.
import { z } from 'zod';
import { PAIN_PATTERNS } from './content/patterns';
import { TRIAGE } from './content/triage';
import { LAST_WEEK } from './content/program';
import { newProgress, progressSchema, type Progress } from './progress';
import type { RoutineParams } from './routine';

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

const painScore = z.number().int().min(0).max(10);

export const stateSchema = z.object({
  v: z.literal(STATE_VERSION),
  phase: z.enum(PHASES),
  /** The phase a confirmation question returns to. */
  returnTo: z.enum(PHASES).nullable(),
  /** Triage question index. */
  question: z.number().int().min(0).max(TRIAGE.length - 1),
  /** Routine segment index. */
  segment: z.number().int().min(0).max(200),
  paused: z.boolean(),
  /** Unclear answers to the current question. */
  retries: z.number().int().min(0).max(10),
  /** Session-only triage answers: never stored beyond the session. */
  outcome: z.enum(['EMERGENCY', 'URGENT', 'SEE_PHYSIO', 'HIGH_PAIN', 'CLEAR']).nullable(),
  painBefore: painScore.nullable(),
  painAfter: painScore.nullable(),
  belowKnee: z.boolean(),
  routine: z
    .object({
      week: z.number().int().min(1).max(LAST_WEEK),
      gentle: z.boolean(),
      includeHinge: z.boolean(),
      pattern: z.enum(PAIN_PATTERNS),
    })
    .nullable(),
  today: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  painHistoryAllowed: z.boolean(),
  progress: progressSchema,
  /** The stored record's version when it was read (adapters use it for conditional writes). */
  storeVersion: z.number().int().min(0).nullable(),
});

export type SessionState = Omit<z.infer<typeof stateSchema>, 'routine' | 'progress'> & {
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
  const parsed = stateSchema.safeParse(raw);
  return parsed.success ? (parsed.data as SessionState) : null;
}
