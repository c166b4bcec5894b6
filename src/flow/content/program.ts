// The six-week program as data (triage.md: progression). Weeks 1-2 build the
// basics at the start dose, weeks 3-4 add reps and hold time, weeks 5-6 use
// harder variations. A week is advanced only after enough completed sessions.

export type ProgramWeek = 1 | 2 | 3 | 4 | 5 | 6;
export const PROGRAM_WEEKS: readonly ProgramWeek[] = [1, 2, 3, 4, 5, 6];
export const LAST_WEEK: ProgramWeek = 6;

export interface WeekPlan {
  week: ProgramWeek;
  /** Extra reps added to every rep-based set. */
  extraReps: number;
  /** Hold time multiplier (couch stretch progresses from 30 s toward 60 s). */
  holdScale: number;
  /** Use each exercise's harder variation where it has one. */
  useLateVariations: boolean;
  /** Completed sessions needed in this week before moving on. */
  sessionsToAdvance: number;
}

export const PROGRAM: Record<ProgramWeek, WeekPlan> = {
  1: { week: 1, extraReps: 0, holdScale: 1, useLateVariations: false, sessionsToAdvance: 3 },
  2: { week: 2, extraReps: 0, holdScale: 1, useLateVariations: false, sessionsToAdvance: 3 },
  3: { week: 3, extraReps: 2, holdScale: 1.5, useLateVariations: false, sessionsToAdvance: 3 },
  4: { week: 4, extraReps: 2, holdScale: 1.5, useLateVariations: false, sessionsToAdvance: 3 },
  5: { week: 5, extraReps: 0, holdScale: 1.5, useLateVariations: true, sessionsToAdvance: 3 },
  6: { week: 6, extraReps: 2, holdScale: 2, useLateVariations: true, sessionsToAdvance: 3 },
};

export const isProgramWeek = (n: unknown): n is ProgramWeek =>
  typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= LAST_WEEK;
