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
  'wallTap',
  'hipHinge',
] as const;
export type ExerciseId = (typeof EXERCISE_IDS)[number];

/**
 * The forms an exercise is done in. 'standard' is each exercise's default; the
 * pigeon's default is the reclined (figure-4) form, safer for a sore back.
 */
export const VARIATION_IDS = ['standard', 'fullPigeon', 'singleLegBridge', 'bandedClamshell', 'loadedHinge'] as const;
export type VariationId = (typeof VARIATION_IDS)[number];

/** Where the body is: the plan keeps floor work together and standing work together. */
export type Position = 'floor' | 'kneeling' | 'standing';

/**
 * Reps are counted one by one; holds are counted down. `style` says how one rep
 * is narrated: 'plain' (a count), 'liftHoldLower' (the bridge's hold at the
 * top), 'alternating' (the dead bug: each rep names the arm and leg that move).
 */
export type Dose =
  | { kind: 'reps'; sets: number; reps: number; perSide: boolean; secondsPerRep: number; holdTopSeconds?: number; style: 'plain' | 'liftHoldLower' | 'alternating' }
  | { kind: 'hold'; sets: number; holdSeconds: number; perSide: boolean };

/** A harder (or safer) form, used from a week on, unless the day calls for less. */
export interface Progression {
  variation: VariationId;
  fromWeek: number;
  /** Not on a gentle day (pain 4 to 6, or worse than last time). */
  notGentle: boolean;
  /** Not with a nerve sign (pain below the knee, one-leg numbness). */
  notWithNerveSign: boolean;
  /** The dose in this form, where it differs. */
  dose?: Partial<Dose>;
}

export interface Exercise {
  id: ExerciseId;
  part: Part;
  position: Position;
  /** Week 1 dose. The program scales it (see program.ts). */
  startDose: Dose;
  /** Rest between sets, in seconds. */
  restSeconds: number;
  /** Time to change sides, in seconds: longer where getting in and out of the position takes time. */
  switchSeconds: number;
  progressions: readonly Progression[];
}

export const EXERCISES: Record<ExerciseId, Exercise> = {
  ninetyNinety: {
    id: 'ninetyNinety',
    part: 'mobility',
    position: 'floor',
    // 2 sets of 8 switches, with a 2 to 3 second pause on each side.
    startDose: { kind: 'reps', sets: 2, reps: 8, perSide: false, secondsPerRep: 5, style: 'plain' },
    restSeconds: 10,
    switchSeconds: 5,
    progressions: [],
  },
  pigeon: {
    id: 'pigeon',
    part: 'mobility',
    position: 'floor',
    startDose: { kind: 'hold', sets: 2, holdSeconds: 30, perSide: true },
    restSeconds: 10,
    switchSeconds: 15,
    // The reclined form first; the full form from week 3, never with a nerve sign.
    progressions: [{ variation: 'fullPigeon', fromWeek: 3, notGentle: true, notWithNerveSign: true }],
  },
  couchStretch: {
    id: 'couchStretch',
    part: 'mobility',
    position: 'kneeling',
    startDose: { kind: 'hold', sets: 1, holdSeconds: 30, perSide: true },
    restSeconds: 10,
    switchSeconds: 15,
    progressions: [],
  },
  hipFlexorFlow: {
    id: 'hipFlexorFlow',
    part: 'mobility',
    position: 'kneeling',
    startDose: { kind: 'reps', sets: 1, reps: 5, perSide: true, secondsPerRep: 6, style: 'plain' },
    restSeconds: 10,
    switchSeconds: 10,
    progressions: [],
  },
  gluteBridge: {
    id: 'gluteBridge',
    part: 'activation',
    position: 'floor',
    // 2 x 10 with a 3 s hold at the top: lift, hold, lower.
    startDose: { kind: 'reps', sets: 2, reps: 10, perSide: false, secondsPerRep: 3, holdTopSeconds: 3, style: 'liftHoldLower' },
    restSeconds: 15,
    switchSeconds: 5,
    // One leg at a time: 8 on each leg, so each leg does a full set.
    progressions: [{ variation: 'singleLegBridge', fromWeek: 5, notGentle: true, notWithNerveSign: false, dose: { perSide: true, reps: 8 } }],
  },
  deadBug: {
    id: 'deadBug',
    part: 'activation',
    position: 'floor',
    // 2 x 6 each side, slow; the reps alternate sides and each names the arm and leg.
    startDose: { kind: 'reps', sets: 2, reps: 12, perSide: false, secondsPerRep: 4, style: 'alternating' },
    restSeconds: 15,
    switchSeconds: 5,
    progressions: [],
  },
  clamshell: {
    id: 'clamshell',
    part: 'activation',
    position: 'floor',
    startDose: { kind: 'reps', sets: 2, reps: 10, perSide: true, secondsPerRep: 3, style: 'plain' },
    restSeconds: 15,
    switchSeconds: 10,
    progressions: [{ variation: 'bandedClamshell', fromWeek: 5, notGentle: true, notWithNerveSign: false }],
  },
  bandedAbduction: {
    id: 'bandedAbduction',
    part: 'activation',
    position: 'standing',
    startDose: { kind: 'reps', sets: 2, reps: 10, perSide: true, secondsPerRep: 3, style: 'plain' },
    restSeconds: 15,
    switchSeconds: 5,
    progressions: [],
  },
  wallTap: {
    id: 'wallTap',
    part: 'hinge',
    position: 'standing',
    startDose: { kind: 'reps', sets: 2, reps: 8, perSide: false, secondsPerRep: 4, style: 'plain' },
    restSeconds: 15,
    switchSeconds: 5,
    progressions: [],
  },
  hipHinge: {
    id: 'hipHinge',
    part: 'hinge',
    position: 'standing',
    startDose: { kind: 'reps', sets: 2, reps: 8, perSide: false, secondsPerRep: 4, style: 'plain' },
    restSeconds: 15,
    switchSeconds: 5,
    // A light load from week 5: not on a gentle day, never with a nerve sign.
    progressions: [{ variation: 'loadedHinge', fromWeek: 5, notGentle: true, notWithNerveSign: true }],
  },
};

/** The exercises of a part, in their position order (floor, then kneeling, then standing). */
export const exercisesOfPart = (part: Part): ExerciseId[] => EXERCISE_IDS.filter((id) => EXERCISES[id].part === part);
