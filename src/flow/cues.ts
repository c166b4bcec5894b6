// Every cue the engine can emit, with its named parameters. The engine emits
// cue ids, never words; speech/ must have a template for each id (tsc checks).
import type { ExerciseId, Part, VariationId } from './content/exercises';
import type { PainPattern } from './content/patterns';
import type { LastingItem, TriageQuestionId } from './content/triage';
import type { RoutineLength } from './events';
import type { ConfirmTopic } from './safety';
import type { RoutineParams } from './routine';

type None = Record<string, never>;
export type Side = 'left' | 'right';

export interface CueParams {
  // Opening
  welcomeNew: None;
  askAge: { retry: boolean };
  underage: None;
  welcomeBack: { week: number; session: number };
  /** A new program week starts with this session. */
  newWeek: { week: number };
  streak: { days: number };
  painTrend: { from: number; to: number; direction: 'down' | 'up' | 'steady' };
  askRecheck: { retry: boolean };
  recheckAllClear: None;
  fullTriageAgain: None;
  // Triage
  triageIntro: None;
  askTriage: { question: TriageQuestionId; retry: boolean };
  askClearance: { item: LastingItem; retry: boolean };
  clearedAdvice: None;
  countedAsYes: None;
  needSafetyAnswer: None;
  outcomeEmergency: None;
  outcomeUrgent: None;
  /** A physio assessment is worth it; nerve: the plan is adapted for leg symptoms. */
  outcomeSeePhysio: { nerve: boolean };
  outcomeHighPain: None;
  askPainNow: { retry: boolean };
  painOutOfRange: None;
  askBelowKnee: { retry: boolean };
  askPattern: { retry: boolean };
  patternAck: { pattern: PainPattern };
  // Routine set-up
  /** minutes is filled in by the renderer, from the same estimator as the bench (src/render/estimate.ts). */
  routinePreview: {
    week: number;
    length: RoutineLength;
    gentle: boolean;
    exercises: number;
    offerLengths: boolean;
    routine: RoutineParams;
    /** Which of today's exercises get the short setup (for the estimate). */
    taught: boolean[];
    minutes?: number;
  };
  breathing: None;
  /** limit: the session's stop limit; relative: it is the starting pain (5 or 6); nerve: leg symptoms wording. */
  stopRules: { limit: number; relative: boolean; nerve: boolean };
  // Narration
  partIntro: { part: Part };
  exerciseIntro: {
    exercise: ExerciseId;
    variation: VariationId;
    sets: number;
    reps?: number;
    holdSeconds?: number;
    perSide: boolean;
    alternating: boolean;
    /** Already taught recently: name and dose only (the full setup comes on "how do I do this?"). */
    short: boolean;
    first: boolean;
  };
  inPositionPrompt: { first: boolean };
  /** Silent: where a set starts or ends, for finding an interrupted set by time. */
  mark: { exercise: number; set: number; edge: 'start' | 'end' };
  setStart: { set: number; sets: number };
  side: { side: Side };
  switchSides: None;
  go: None;
  rep: { n: number; total: number };
  /** One rep of lift, hold at the top, lower (the bridge). */
  holdRep: { n: number; total: number; hold: number };
  /** The dead bug: which arm and which leg reach out. */
  limbs: { arm: Side };
  holdStart: { seconds: number };
  holdLeft: { seconds: number };
  countdown: None;
  holdEnd: None;
  formCue: { exercise: ExerciseId; index: number };
  pause: { seconds: number };
  setDone: { set: number; sets: number };
  rest: { seconds: number };
  restLeft: { seconds: number };
  exerciseDone: { exercise: ExerciseId };
  routineDone: None;
  finishedEarly: None;
  skipped: { exercise: ExerciseId };
  atFirst: None;
  paused: { exercise?: ExerciseId; set?: number };
  resumeSet: { set: number; sets: number };
  // Questions during the routine
  howTo: { exercise: ExerciseId; variation: VariationId };
  howToLater: None;
  why: { part: Part; exercise?: ExerciseId };
  whyGeneral: None;
  /** After "it hurts" mid-exercise: the one question. */
  askSharp: { nerve: boolean; retry: boolean };
  /** Sharp, down the leg, or unclear: no more exercise today. */
  sharpStop: None;
  /** Mild discomfort: skip this exercise, carry on with the next set, or stop. */
  /** exercise: the one about to start, when it hurt between exercises (nextSet is then false). */
  askHurtsChoice: { retry: boolean; nextSet: boolean; exercise?: ExerciseId };
  hurtsBeforeExercise: None;
  painNoted: { value: number; limit: number };
  painTooHigh: { limit: number };
  /** An ambiguous statement: the one confirming question. */
  confirmSafety: { topic: ConfirmTopic; retry: boolean };
  /** Free words that were not a command: how to report pain. */
  reportPainHint: None;
  help: { topic: HelpTopic };
  notUnderstood: None;
  keepGoingPrompt: None;
  // Closing
  askPainAfter: { retry: boolean };
  painAfter: { before: number; after: number };
  painAfterHigh: None;
  sessionCounted: { week: number; counted: boolean; daysNeeded: number; daysToWait: number };
  weekUp: { week: number };
  programDone: None;
  askPainConsent: { retry: boolean };
  painConsentYes: None;
  painConsentNo: None;
  goodbye: None;
  stopGoodbye: { savedAt?: ExerciseId };
  // Progress and data
  progressSummary: { week: number; sessionsThisWeek: number; totalSessions: number; streak: number };
  progressNone: None;
  confirmStartOver: { retry: boolean };
  startOverDone: None;
  startOverKept: None;
  confirmDelete: { retry: boolean };
  deleted: None;
  deleteKept: None;
}

export type CueId = keyof CueParams;

export type HelpTopic = 'age' | 'triage' | 'painScale' | 'pattern' | 'ready' | 'routine' | 'hurts' | 'closing' | 'confirm';

/** A cue id with its parameters, as a discriminated union. */
export type Cue = { [K in CueId]: { id: K; params: CueParams[K] } }[CueId];

export const cue = <K extends CueId>(id: K, ...params: CueParams[K] extends None ? [] : [CueParams[K]]): Cue =>
  ({ id, params: params[0] ?? {} }) as Cue;
