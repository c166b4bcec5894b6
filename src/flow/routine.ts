// Builds today's routine from a few parameters. The plan is derived, never
// stored: the session keeps only the parameters and a position, so session
// attributes stay small and a plan can't be tampered with.
import { EXERCISES, EXERCISE_IDS, PARTS, exercisesOfPart, type Dose, type ExerciseId, type Part, type Position, type VariationId } from './content/exercises';
import { EMPHASIS, type PainPattern } from './content/patterns';
import { PROGRAM, type ProgramWeek } from './content/program';
import type { RoutineLength } from './events';

export interface RoutineParams {
  week: ProgramWeek;
  /** Gentler dose: pain 4 to 6, or worse than last time. */
  gentle: boolean;
  /** A nerve sign (pain below the knee, one-leg numbness): reclined pigeon only, no loaded hinge. */
  nerve: boolean;
  pattern: PainPattern;
  length: RoutineLength;
  /** Today's exercises, in the order they are done. */
  exercises: readonly ExerciseId[];
}

export interface PlannedExercise {
  id: ExerciseId;
  part: Part;
  position: Position;
  variation: VariationId;
  dose: Dose;
  restSeconds: number;
  switchSeconds: number;
}

/** How many exercises of each part a session has. */
const PER_PART: Record<RoutineLength, Record<Part, number>> = {
  quick: { mobility: 1, activation: 1, hinge: 1 },
  standard: { mobility: 2, activation: 2, hinge: 1 },
  full: { mobility: 4, activation: 4, hinge: 2 },
};
/** A quick session does one set fewer of each exercise (never fewer than one). */
const FEWER_SETS: Record<RoutineLength, number> = { quick: 1, standard: 0, full: 0 };

/**
 * Kneeling first, so the mobility part ends on the floor where the glute work
 * begins, and standing last: at most two changes of position a session.
 */
const POSITION_ORDER: Record<Position, number> = { kneeling: 0, floor: 1, standing: 2 };
/** Kneeling, then floor, then standing work; the list's own order within a position. */
const byPosition = (a: ExerciseId, b: ExerciseId) =>
  POSITION_ORDER[EXERCISES[a].position] - POSITION_ORDER[EXERCISES[b].position] || EXERCISE_IDS.indexOf(a) - EXERCISE_IDS.indexOf(b);

/**
 * Today's exercises. In each part: the pattern's lead exercise, then the ones
 * done least recently (never done first), so that three sessions bring every
 * exercise within a week. The hinge part is always there, and the wall tap,
 * which builds the free hinge, comes before it.
 */
export function chooseExercises(length: RoutineLength, pattern: PainPattern, seen: Partial<Record<ExerciseId, string>>, resumeAt: ExerciseId | null = null): ExerciseId[] {
  return PARTS.flatMap((part) => {
    const all = exercisesOfPart(part);
    const count = PER_PART[length][part];
    // Where an interrupted session stopped leads its part ("next time we'll pick up with the clamshell").
    const lead = resumeAt && all.includes(resumeAt) ? resumeAt : EMPHASIS[pattern].lead;
    if (part === 'hinge') {
      // The wall tap, which builds the free hinge, is taught first; after that the two take turns.
      if (count >= all.length) return ['wallTap', 'hipHinge'] as ExerciseId[];
      if (lead === 'hipHinge' && seen.wallTap) return ['hipHinge'] as ExerciseId[];
      return [!seen.wallTap ? 'wallTap' : leastRecent(['wallTap', 'hipHinge'], seen)[0]!];
    }
    const leading = lead && all.includes(lead) ? [lead] : [];
    const rest = leastRecent(all.filter((id) => !leading.includes(id)), seen).slice(0, count - leading.length);
    // The lead goes first unless that would split a position (a floor lead before kneeling work).
    const ordered = [...leading, ...rest].sort(byPosition);
    return leading.length && EXERCISES[leading[0]!].position === EXERCISES[ordered[0]!].position ? [...leading, ...rest.sort(byPosition)] : ordered;
  });
}

function leastRecent(ids: readonly ExerciseId[], seen: Partial<Record<ExerciseId, string>>): ExerciseId[] {
  const when = (id: ExerciseId) => seen[id] ?? '';
  return [...ids].sort((a, b) => when(a).localeCompare(when(b)) || EXERCISE_IDS.indexOf(a) - EXERCISE_IDS.indexOf(b));
}

const roundTo5 = (n: number) => Math.max(10, Math.round(n / 5) * 5);

export function variationFor(id: ExerciseId, params: Pick<RoutineParams, 'week' | 'gentle' | 'nerve'>): VariationId {
  const allowed = EXERCISES[id].progressions.filter(
    (p) => p.fromWeek <= params.week && !(p.notGentle && params.gentle) && !(p.notWithNerveSign && params.nerve),
  );
  return allowed[allowed.length - 1]?.variation ?? 'standard';
}

export function doseFor(id: ExerciseId, params: RoutineParams, variation: VariationId = variationFor(id, params)): Dose {
  const exercise = EXERCISES[id];
  const override = exercise.progressions.find((p) => p.variation === variation)?.dose ?? {};
  const base = { ...exercise.startDose, ...override } as Dose;
  const week = PROGRAM[params.week];
  const extraSet = (!params.gentle && EMPHASIS[params.pattern].extraSet === id ? 1 : 0) - FEWER_SETS[params.length];
  const setsOf = (sets: number) => Math.max(1, sets + extraSet);
  if (base.kind === 'hold') {
    const scaled = Math.min(60, roundTo5(base.holdSeconds * week.holdScale));
    // Gentle days hold for two thirds of the time (20 s instead of 30 s).
    const holdSeconds = params.gentle ? roundTo5((scaled * 2) / 3) : scaled;
    return { ...base, sets: setsOf(base.sets), holdSeconds };
  }
  const reps = base.reps + week.extraReps;
  // Gentle days do about two thirds of the reps, never fewer than 4; alternating reps stay even (same on each side).
  const gentleReps = Math.max(4, Math.round((reps * 2) / 3));
  const even = (n: number) => (base.style === 'alternating' ? n + (n % 2) : n);
  return { ...base, sets: setsOf(base.sets), reps: even(params.gentle ? gentleReps : reps) };
}

/**
 * The time a session may take (triage.md: about 15 minutes of audio with the
 * time to change position; a quick one about 7). The full routine has none.
 */
const BUDGET_SECONDS: Record<RoutineLength, number> = { quick: 7 * 60, standard: 13.5 * 60, full: Infinity };

/** Spoken seconds per rep beyond its pauses ("3.", "lift, hold and lower", "right arm and left leg"). */
const SPOKEN_PER_REP = { plain: 0.6, liftHoldLower: 2.2, alternating: 2.6 } as const;
/** A setup said in full, with getting into position. */
const SETUP_NOMINAL_SECONDS = 55;
const HOLD_SPOKEN_SECONDS = 10;

/**
 * A dose's length without its words: pauses, rests and side switches, with a
 * nominal allowance for what is said. Only for fitting a plan to its budget;
 * what the preview promises comes from the spoken estimate (src/render/estimate.ts).
 */
export function nominalSeconds(p: PlannedExercise): number {
  const sides = p.dose.perSide ? 2 : 1;
  const work =
    p.dose.kind === 'hold'
      ? p.dose.holdSeconds + HOLD_SPOKEN_SECONDS
      : p.dose.reps * (p.dose.secondsPerRep + (p.dose.holdTopSeconds ?? 0) + SPOKEN_PER_REP[p.dose.style]);
  const switching = p.dose.perSide ? p.switchSeconds : 0;
  return SETUP_NOMINAL_SECONDS + p.dose.sets * (work * sides + switching) + (p.dose.sets - 1) * (p.restSeconds + 5);
}

/**
 * Keeps a session near its budget as the weeks add reps and hold time: while
 * it would run long, the exercise with the most sets (the longest first) does
 * one set fewer. Every exercise keeps at least one set, and the hinge its two.
 */
function fitToBudget(plan: PlannedExercise[], length: RoutineLength): PlannedExercise[] {
  const budget = BUDGET_SECONDS[length];
  const fitted = plan.map((p) => ({ ...p, dose: { ...p.dose } }));
  const total = () => fitted.reduce((t, p) => t + nominalSeconds(p), 0);
  while (total() > budget) {
    const candidates = fitted.filter((p) => p.dose.sets > (p.part === 'hinge' && length !== 'quick' ? 2 : 1));
    if (candidates.length === 0) break;
    const longest = candidates.reduce((a, b) => (b.dose.sets > a.dose.sets || (b.dose.sets === a.dose.sets && nominalSeconds(b) > nominalSeconds(a)) ? b : a));
    longest.dose = { ...longest.dose, sets: longest.dose.sets - 1 };
  }
  return fitted;
}

export function buildPlan(params: RoutineParams): PlannedExercise[] {
  return fitToBudget(buildFullDosePlan(params), params.length);
}

function buildFullDosePlan(params: RoutineParams): PlannedExercise[] {
  return params.exercises.map((id) => {
    const exercise = EXERCISES[id];
    const variation = variationFor(id, params);
    return {
      id,
      part: exercise.part,
      position: exercise.position,
      variation,
      dose: doseFor(id, params, variation),
      restSeconds: exercise.restSeconds,
      switchSeconds: exercise.switchSeconds,
    };
  });
}

/** The plan for some parameters, built once per distinct parameters. */
const plans = new Map<string, PlannedExercise[]>();
export function planFor(params: RoutineParams): PlannedExercise[] {
  const key = `${params.week}|${params.gentle}|${params.nerve}|${params.pattern}|${params.length}|${params.exercises.join(',')}`;
  let found = plans.get(key);
  if (!found) {
    if (plans.size > 500) plans.clear();
    plans.set(key, (found = buildPlan(params)));
  }
  return found;
}

/** Position changes a plan asks for (floor, kneeling, standing). */
export const positionChanges = (plan: readonly PlannedExercise[]): number =>
  plan.reduce((n, p, i) => (i > 0 && plan[i - 1]!.position !== p.position ? n + 1 : n), 0);

export const includesHinge = (plan: readonly PlannedExercise[]) => plan.some((p) => p.part === 'hinge');
