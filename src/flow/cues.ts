// Every cue the engine can emit, with its named parameters. The engine emits
// cue ids, never words; speech/ must have a template for each id (tsc checks).
import type { ExerciseId, Part, VariationId } from './content/exercises';
import type { PainPattern } from './content/patterns';
import type { TriageQuestionId } from './content/triage';

type None = Record<string, never>;
export type Side = 'left' | 'right';

export interface CueParams {
  // Opening
  welcomeNew: None;
  askAge: { retry: boolean };
  underage: None;
  welcomeBack: { week: number; session: number };
  streak: { days: number };
  painTrend: { from: number; to: number; direction: 'down' | 'up' | 'steady' };
  askRecheck: { retry: boolean };
  recheckAllClear: None;
  fullTriageAgain: None;
  // Triage
  triageIntro: None;
  askTriage: { question: TriageQuestionId; retry: boolean };
  countedAsYes: None;
  needSafetyAnswer: None;
  outcomeEmergency: None;
  outcomeUrgent: None;
  outcomeSeePhysio: None;
  outcomeHighPain: None;
  askPainNow: { retry: boolean };
  painOutOfRange: None;
  askBelowKnee: { retry: boolean };
  askPattern: { retry: boolean };
  patternAck: { pattern: PainPattern; includeHinge: boolean };
  // Routine set-up
  offerResume: { exercise: ExerciseId };
  routinePreview: { week: number; minutes: number; gentle: boolean; includesHinge: boolean; exercises: number };
  breathing: None;
  stopRules: None;
  readyPrompt: None;
  // Narration
  partIntro: { part: Part };
  exerciseIntro: {
    exercise: ExerciseId;
    variation: VariationId;
    sets: number;
    reps?: number;
    holdSeconds?: number;
    perSide: boolean;
  };
  inPositionPrompt: None;
  setStart: { set: number; sets: number };
  side: { side: Side };
  switchSides: None;
  go: None;
  rep: { n: number; total: number };
  holdStart: { seconds: number };
  holdLeft: { seconds: number };
  countdown: None;
  holdEnd: None;
  formCue: { exercise: ExerciseId; index: number };
  pause: { seconds: number };
  setDone: { set: number; sets: number };
  rest: { seconds: number };
  restOver: None;
  nextSetPrompt: { set: number; sets: number };
  exerciseDone: { exercise: ExerciseId };
  nextExercisePrompt: { exercise: ExerciseId };
  routineDone: None;
  finishedEarly: None;
  skipped: { exercise: ExerciseId };
  atFirst: None;
  paused: None;
  // Questions during the routine
  howTo: { exercise: ExerciseId };
  howToLater: None;
  why: { part: Part; exercise?: ExerciseId };
  whyGeneral: None;
  hurts: None;
  hurtsBeforeExercise: None;
  painNoted: { value: number };
  painTooHigh: None;
  offerSkip: { retry: boolean };
  help: { topic: HelpTopic };
  notUnderstood: None;
  keepGoingPrompt: None;
  // Closing
  askPainAfter: { retry: boolean };
  painAfter: { before: number; after: number };
  painAfterHigh: None;
  sessionCounted: { week: number; sessionsThisWeek: number; sessionsToAdvance: number };
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

export type HelpTopic = 'age' | 'triage' | 'painScale' | 'pattern' | 'ready' | 'routine' | 'closing' | 'confirm';

/** A cue id with its parameters, as a discriminated union. */
export type Cue = { [K in CueId]: { id: K; params: CueParams[K] } }[CueId];

export const cue = <K extends CueId>(id: K, ...params: CueParams[K] extends None ? [] : [CueParams[K]]): Cue =>
  ({ id, params: params[0] ?? {} }) as Cue;
