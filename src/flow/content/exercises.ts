// The ten exercises of the three-part routine, as data. Only structure and dose
// live here; every word about them (name, setup, steps, cues) lives in speech/.
// Start doses follow ../shared/clinical/triage.md's dosing table.

export const PARTS = ['mobility', 'activation', 'hinge'] as const;
export type Part = (typeof PARTS)[number];

export const EXERCISE_IDS = [
  'ninetyNinety',
  'couchStretch',
  'pigeon',
  'hipFlexorFlow',
  'gluteBridge',
  'clamshell',
  'bandedAbduction',
  'deadBug',
  'hipHinge',
  'wallTap',
] as const;
export type ExerciseId = (typeof EXERCISE_IDS)[number];

/** Harder forms used in weeks 5 and 6 (triage.md: progression). */
export const VARIATION_IDS = ['standard', 'singleLegBridge', 'bandedClamshell', 'loadedHinge'] as const;
export type VariationId = (typeof VARIATION_IDS)[number];

/** Reps are counted one by one; holds are counted down. */
export type Dose =
  | { kind: 'reps'; sets: number; reps: number; perSide: boolean; secondsPerRep: number; holdTopSeconds?: number }
  | { kind: 'hold'; sets: number; holdSeconds: number; perSide: boolean };

export interface Exercise {
  id: ExerciseId;
  part: Part;
  /** Week 1 dose. The program scales it (see program.ts). */
  startDose: Dose;
  /** Rest between sets, in seconds. */
  restSeconds: number;
  /** Loaded work is left out when pain spreads below the knee or a physio check is advised. */
  loaded: boolean;
  /** The harder form used in weeks 5 and 6, if any. */
  lateVariation?: VariationId;
}

export const EXERCISES: Record<ExerciseId, Exercise> = {
  ninetyNinety: {
    id: 'ninetyNinety',
    part: 'mobility',
    // 2 sets of 8 switches, with a 2 to 3 second pause on each side.
    startDose: { kind: 'reps', sets: 2, reps: 8, perSide: false, secondsPerRep: 6 },
    restSeconds: 15,
    loaded: false,
  },
  couchStretch: {
    id: 'couchStretch',
    part: 'mobility',
    startDose: { kind: 'hold', sets: 1, holdSeconds: 30, perSide: true },
    restSeconds: 10,
    loaded: false,
  },
  pigeon: {
    id: 'pigeon',
    part: 'mobility',
    startDose: { kind: 'hold', sets: 2, holdSeconds: 30, perSide: true },
    restSeconds: 10,
    loaded: false,
  },
  hipFlexorFlow: {
    id: 'hipFlexorFlow',
    part: 'mobility',
    startDose: { kind: 'reps', sets: 1, reps: 5, perSide: true, secondsPerRep: 6 },
    restSeconds: 10,
    loaded: false,
  },
  gluteBridge: {
    id: 'gluteBridge',
    part: 'activation',
    startDose: { kind: 'reps', sets: 2, reps: 10, perSide: false, secondsPerRep: 2, holdTopSeconds: 3 },
    restSeconds: 20,
    loaded: false,
    lateVariation: 'singleLegBridge',
  },
  clamshell: {
    id: 'clamshell',
    part: 'activation',
    startDose: { kind: 'reps', sets: 2, reps: 10, perSide: true, secondsPerRep: 3 },
    restSeconds: 15,
    loaded: false,
    lateVariation: 'bandedClamshell',
  },
  bandedAbduction: {
    id: 'bandedAbduction',
    part: 'activation',
    startDose: { kind: 'reps', sets: 2, reps: 10, perSide: true, secondsPerRep: 3 },
    restSeconds: 15,
    loaded: false,
  },
  deadBug: {
    id: 'deadBug',
    part: 'activation',
    startDose: { kind: 'reps', sets: 2, reps: 6, perSide: true, secondsPerRep: 5 },
    restSeconds: 20,
    loaded: false,
  },
  hipHinge: {
    id: 'hipHinge',
    part: 'hinge',
    startDose: { kind: 'reps', sets: 2, reps: 8, perSide: false, secondsPerRep: 5 },
    restSeconds: 20,
    loaded: true,
    lateVariation: 'loadedHinge',
  },
  wallTap: {
    id: 'wallTap',
    part: 'hinge',
    startDose: { kind: 'reps', sets: 2, reps: 8, perSide: false, secondsPerRep: 4 },
    restSeconds: 20,
    loaded: true,
  },
};

export const exercisesOfPart = (part: Part): ExerciseId[] => EXERCISE_IDS.filter((id) => EXERCISES[id].part === part);
