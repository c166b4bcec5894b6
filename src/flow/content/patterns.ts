// When the pain shows up (triage.md block 5, from the article's scenarios), and
// the emphasis each pattern gives the routine.
import type { ExerciseId } from './exercises';

export const PAIN_PATTERNS = ['sitting', 'bending', 'morning', 'workout', 'stress', 'varies'] as const;
export type PainPattern = (typeof PAIN_PATTERNS)[number];

export interface Emphasis {
  /** These exercises move to the front of their part, in this order. */
  first: ExerciseId[];
  /** This exercise gets one extra set (not on a gentle day). */
  extraSet?: ExerciseId;
  /** Start with a minute of slow breathing. */
  breathing: boolean;
}

export const EMPHASIS: Record<PainPattern, Emphasis> = {
  // Sitting or driving: hip flexors first.
  sitting: { first: ['couchStretch', 'hipFlexorFlow'], breathing: false },
  // Bending or lifting: more hinge practice.
  bending: { first: [], extraSet: 'hipHinge', breathing: false },
  // First thing in the morning: the gentle flow first.
  morning: { first: ['hipFlexorFlow', 'ninetyNinety'], breathing: false },
  // During workouts: activation before hinge, with the bridge leading.
  workout: { first: ['gluteBridge', 'bandedAbduction'], extraSet: 'gluteBridge', breathing: false },
  // After a stressful week: breathing and dead bug focus.
  stress: { first: ['deadBug'], extraSet: 'deadBug', breathing: true },
  varies: { first: [], breathing: false },
};

export const isPainPattern = (value: unknown): value is PainPattern =>
  typeof value === 'string' && (PAIN_PATTERNS as readonly string[]).includes(value);
