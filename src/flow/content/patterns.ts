// When the pain shows up (triage.md block 5, from the article's scenarios), and
// the emphasis each pattern gives the routine.
import type { ExerciseId } from './exercises';

export const PAIN_PATTERNS = ['sitting', 'bending', 'morning', 'workout', 'stress', 'varies'] as const;
export type PainPattern = (typeof PAIN_PATTERNS)[number];

export interface Emphasis {
  /**
   * Always in the session and first in its part. One per pattern at most, so
   * the rotation still brings every other exercise of that part within a week.
   */
  lead?: ExerciseId;
  /** This exercise gets one extra set (not on a gentle day). */
  extraSet?: ExerciseId;
  /** Start with three slow breaths. */
  breathing: boolean;
}

export const EMPHASIS: Record<PainPattern, Emphasis> = {
  // Sitting or driving: hip flexor mobility first.
  sitting: { lead: 'couchStretch', breathing: false },
  // Bending or lifting: more hinge practice.
  bending: { extraSet: 'hipHinge', breathing: false },
  // First thing in the morning: the gentle flow first.
  morning: { lead: 'hipFlexorFlow', breathing: false },
  // During workouts: activation before the hinge, with the bridge leading.
  workout: { lead: 'gluteBridge', extraSet: 'gluteBridge', breathing: false },
  // After a stressful week: breathing and dead bug focus.
  stress: { lead: 'deadBug', extraSet: 'deadBug', breathing: true },
  varies: { breathing: false },
};

export const isPainPattern = (value: unknown): value is PainPattern =>
  typeof value === 'string' && (PAIN_PATTERNS as readonly string[]).includes(value);
