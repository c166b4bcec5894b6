// Builds today's routine from a few parameters. The plan is derived, never
// stored: the session keeps only the parameters and a position, so session
// attributes stay small and a plan can't be tampered with.
import { EXERCISES, PARTS, exercisesOfPart, type Dose, type ExerciseId, type Part, type VariationId } from './content/exercises';
import { EMPHASIS, type PainPattern } from './content/patterns';
import { PROGRAM, type ProgramWeek } from './content/program';

export interface RoutineParams {
  week: ProgramWeek;
  /** Gentler dose: pain 4 to 6, worse than last time, or a physio check advised. */
  gentle: boolean;
  /** Loaded hinge work: off when pain spreads below the knee or a physio check is advised. */
  includeHinge: boolean;
  pattern: PainPattern;
}

export interface PlannedExercise {
  id: ExerciseId;
  part: Part;
  variation: VariationId;
  dose: Dose;
  restSeconds: number;
}

/** One response's worth of routine: an exercise's setup, or one set of it. */
export type Segment = { kind: 'intro'; exercise: number } | { kind: 'set'; exercise: number; set: number };

const roundTo5 = (n: number) => Math.max(10, Math.round(n / 5) * 5);

export function doseFor(id: ExerciseId, params: RoutineParams): Dose {
  const base = EXERCISES[id].startDose;
  const week = PROGRAM[params.week];
  const extraSet = !params.gentle && EMPHASIS[params.pattern].extraSet === id ? 1 : 0;
  if (base.kind === 'hold') {
    const scaled = Math.min(60, roundTo5(base.holdSeconds * week.holdScale));
    // Gentle days hold for two thirds of the time (20 s instead of 30 s).
    const holdSeconds = params.gentle ? roundTo5((scaled * 2) / 3) : scaled;
    return { ...base, sets: base.sets + extraSet, holdSeconds };
  }
  const reps = base.reps + week.extraReps;
  // Gentle days do about two thirds of the reps, never fewer than 4.
  return { ...base, sets: base.sets + extraSet, reps: params.gentle ? Math.max(4, Math.round((reps * 2) / 3)) : reps };
}

function orderedPart(part: Part, params: RoutineParams): ExerciseId[] {
  const ids = exercisesOfPart(part);
  const first = EMPHASIS[params.pattern].first.filter((id) => ids.includes(id));
  return [...first, ...ids.filter((id) => !first.includes(id))];
}

export function buildPlan(params: RoutineParams): PlannedExercise[] {
  const week = PROGRAM[params.week];
  return PARTS.filter((part) => part !== 'hinge' || params.includeHinge)
    .flatMap((part) => orderedPart(part, params))
    .filter((id) => params.includeHinge || !EXERCISES[id].loaded)
    .map((id) => {
      const exercise = EXERCISES[id];
      const variation: VariationId =
        week.useLateVariations && !params.gentle && exercise.lateVariation ? exercise.lateVariation : 'standard';
      return { id, part: exercise.part, variation, dose: doseFor(id, params), restSeconds: exercise.restSeconds };
    });
}

export function segmentsOf(plan: readonly PlannedExercise[]): Segment[] {
  return plan.flatMap((planned, exercise) => [
    { kind: 'intro' as const, exercise },
    ...Array.from({ length: planned.dose.sets }, (_, i) => ({ kind: 'set' as const, exercise, set: i + 1 })),
  ]);
}

/** The plan and its segments for some parameters, built once per distinct parameters (there are few). */
const plans = new Map<string, { plan: PlannedExercise[]; segments: Segment[] }>();
export function planFor(params: RoutineParams): { plan: PlannedExercise[]; segments: Segment[] } {
  const key = `${params.week}|${params.gentle}|${params.includeHinge}|${params.pattern}`;
  let found = plans.get(key);
  if (!found) {
    const plan = buildPlan(params);
    plans.set(key, (found = { plan, segments: segmentsOf(plan) }));
  }
  return found;
}

/** The segment index of an exercise's setup, or -1 when it is not in the plan. */
export const introIndexOf = (segments: readonly Segment[], plan: readonly PlannedExercise[], id: ExerciseId): number =>
  segments.findIndex((s) => s.kind === 'intro' && plan[s.exercise]?.id === id);

/** Rough length in minutes, for the preview ("about 15 minutes"). */
export function estimateMinutes(plan: readonly PlannedExercise[]): number {
  const seconds = plan.reduce((total, p) => {
    const sides = p.dose.perSide ? 2 : 1;
    const work =
      p.dose.kind === 'hold'
        ? p.dose.holdSeconds
        : p.dose.reps * (p.dose.secondsPerRep + (p.dose.holdTopSeconds ?? 0));
    return total + 45 + p.dose.sets * (work * sides + p.restSeconds);
  }, 0);
  return Math.max(5, Math.round(seconds / 60));
}
