// The six-week program as data (triage.md: progression). Weeks 1-2 build the
// basics at the start dose, weeks 3-4 add reps and hold time, weeks 5-6 use
// harder variations. A week advances on the calendar, not by count alone.

export type ProgramWeek = 1 | 2 | 3 | 4 | 5 | 6;
export const PROGRAM_WEEKS: readonly ProgramWeek[] = [1, 2, 3, 4, 5, 6];
export const LAST_WEEK: ProgramWeek = 6;

export interface WeekPlan {
  week: ProgramWeek;
  /** Extra reps added to every rep-based set. */
  extraReps: number;
  /** Hold time multiplier (couch stretch progresses from 30 s toward 60 s). */
  holdScale: number;
}

export const PROGRAM: Record<ProgramWeek, WeekPlan> = {
  1: { week: 1, extraReps: 0, holdScale: 1 },
  2: { week: 2, extraReps: 0, holdScale: 1 },
  3: { week: 3, extraReps: 2, holdScale: 1.5 },
  4: { week: 4, extraReps: 2, holdScale: 1.5 },
  5: { week: 5, extraReps: 0, holdScale: 1.5 },
  6: { week: 6, extraReps: 2, holdScale: 2 },
};

/** A week advances after this many counted sessions, each on a different day... */
export const SESSIONS_TO_ADVANCE = 3;
/** ...and at least this many days after the week began. */
export const DAYS_PER_WEEK = 7;
/** An exercise not done for this many days gets its full setup again. */
export const RETEACH_AFTER_DAYS = 14;

export const isProgramWeek = (n: unknown): n is ProgramWeek =>
  typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= LAST_WEEK;
