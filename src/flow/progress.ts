// What is remembered between sessions. Never triage answers: Alexa's policy
// rejects skills that store health information. Pain scores go in only when the
// deployment allows it and the user agreed (painConsent 'yes').
// valibot: modular, so the bundle carries only the validators used here.
import { array, boolean, integer, maxLength, maxValue, minValue, nullable, number, object, picklist, pipe, literal, regex, safeParse, string, type InferOutput } from 'valibot';
import { EXERCISE_IDS } from './content/exercises';
import { LAST_WEEK, PROGRAM, type ProgramWeek } from './content/program';
import { MEANINGFUL_CHANGE } from './content/triage';

export const PAIN_HISTORY_CAP = 60;
export const COMPLETED_CAP = 60;
/** The schema's bound on sessionsThisWeek. Week 6 never advances, so its count must stop here. */
export const SESSIONS_THIS_WEEK_CAP = 50;

export const isoDate = pipe(string(), regex(/^\d{4}-\d{2}-\d{2}$/));
export const intIn = (min: number, max: number) => pipe(number(), integer(), minValue(min), maxValue(max));
const painScore = intIn(0, 10);

export const progressSchema = object({
  v: literal(1),
  onboarded: boolean(),
  week: intIn(1, LAST_WEEK),
  sessionsThisWeek: intIn(0, SESSIONS_THIS_WEEK_CAP),
  /** Dates of completed sessions, newest last (streak and totals derive from it). */
  completed: pipe(array(isoDate), maxLength(COMPLETED_CAP)),
  /** Date of the last full triage whose outcome was CLEAR (the re-check window). */
  lastClearTriage: nullable(isoDate),
  /** Where an interrupted routine stopped. */
  resumeAt: nullable(picklist(EXERCISE_IDS)),
  painConsent: picklist(['unasked', 'yes', 'no']),
  painHistory: pipe(array(object({ date: isoDate, before: painScore, after: painScore })), maxLength(PAIN_HISTORY_CAP)),
});
export type Progress = InferOutput<typeof progressSchema> & { week: ProgramWeek };

export const newProgress = (): Progress => ({
  v: 1,
  onboarded: false,
  week: 1,
  sessionsThisWeek: 0,
  completed: [],
  lastClearTriage: null,
  resumeAt: null,
  painConsent: 'unasked',
  painHistory: [],
});

/** A stored record of an unknown version or with corrupt fields resets, never throws. */
export function parseProgress(raw: unknown): Progress | null {
  const parsed = safeParse(progressSchema, raw);
  return parsed.success ? (parsed.output as Progress) : null;
}

export const daysBetween = (from: string, to: string): number =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/** Consecutive days with a session, ending today or yesterday. */
export function streakOf(completed: readonly string[], today: string): number {
  const days = [...new Set(completed)].sort().reverse();
  const first = days[0];
  if (!first || daysBetween(first, today) > 1) return 0;
  let streak = 1;
  for (let i = 1; i < days.length; i++) {
    if (daysBetween(days[i]!, days[i - 1]!) !== 1) break;
    streak++;
  }
  return streak;
}

export interface SessionOutcome {
  today: string;
  before: number | null;
  after: number | null;
  /** Store this session's pain scores (deployment allows it and the user agreed). */
  keepPain: boolean;
}

/**
 * Records a completed session. A session counts toward the next week only when
 * pain after was no worse than before (triage.md: progress only when no worse).
 */
export function recordSession(progress: Progress, outcome: SessionOutcome): { progress: Progress; weekUp: boolean } {
  // Unknown pain after (the check-in was skipped) does not count: progress only on a known "no worse".
  const counts = outcome.before !== null && outcome.after !== null && outcome.after <= outcome.before;
  // Capped: in week 6 (no week to advance to) the 51st session made progress invalid,
  // so the next read reset the user to a brand-new record (found by tests/property.test.ts).
  const sessionsThisWeek = Math.min(SESSIONS_THIS_WEEK_CAP, progress.sessionsThisWeek + (counts ? 1 : 0));
  const advance = sessionsThisWeek >= PROGRAM[progress.week].sessionsToAdvance && progress.week < LAST_WEEK;
  const painHistory =
    outcome.keepPain && outcome.before !== null && outcome.after !== null
      ? [...progress.painHistory, { date: outcome.today, before: outcome.before, after: outcome.after }].slice(-PAIN_HISTORY_CAP)
      : progress.painHistory;
  return {
    weekUp: advance,
    progress: {
      ...progress,
      week: (advance ? progress.week + 1 : progress.week) as ProgramWeek,
      sessionsThisWeek: advance ? 0 : sessionsThisWeek,
      completed: [...progress.completed, outcome.today].slice(-COMPLETED_CAP),
      resumeAt: null,
      painHistory,
    },
  };
}

/**
 * The pain trend over the last week of stored sessions: the first and last
 * "after" scores. Steady unless the change is meaningful (2 points or more).
 */
export function painTrend(progress: Progress, today: string): { from: number; to: number; direction: 'down' | 'up' | 'steady' } | null {
  const recent = progress.painHistory.filter((e) => daysBetween(e.date, today) <= 7);
  const first = recent[0];
  const last = recent[recent.length - 1];
  if (!first || !last || recent.length < 2) return null;
  const change = last.after - first.after;
  const direction = change <= -MEANINGFUL_CHANGE ? 'down' : change >= MEANINGFUL_CHANGE ? 'up' : 'steady';
  return { from: first.after, to: last.after, direction };
}

/**
 * A three-way merge after a write conflict (two devices at once): what this
 * session changed since `base` (the progress it read) is applied on top of
 * what the other device stored, so neither device's sessions are lost.
 */
export function mergeProgress(base: Progress, ours: Progress, theirs: Progress): Progress {
  // "Start over" on this device is an explicit reset: it wins.
  if (ours.completed.length < base.completed.length) return ours;
  const addedDates = multisetMinus(ours.completed, base.completed);
  const addedPain = multisetMinus(ours.painHistory.map(painKey), base.painHistory.map(painKey));
  const advanced = ours.week > base.week;
  const week = (advanced ? Math.min(LAST_WEEK, theirs.week + (ours.week - base.week)) : theirs.week) as ProgramWeek;
  // Capped like recordSession: two devices in week 6 could otherwise sum past the schema's bound.
  const sessionsThisWeek = advanced
    ? ours.sessionsThisWeek
    : Math.min(SESSIONS_THIS_WEEK_CAP, theirs.sessionsThisWeek + Math.max(0, ours.sessionsThisWeek - base.sessionsThisWeek));
  const clear = [ours.lastClearTriage, theirs.lastClearTriage].filter((d): d is string => d !== null).sort().pop() ?? null;
  return {
    ...theirs,
    onboarded: ours.onboarded || theirs.onboarded,
    week,
    sessionsThisWeek,
    completed: [...theirs.completed, ...addedDates].sort().slice(-COMPLETED_CAP),
    lastClearTriage: clear,
    resumeAt: ours.resumeAt !== base.resumeAt ? ours.resumeAt : theirs.resumeAt,
    painConsent: ours.painConsent !== base.painConsent ? ours.painConsent : theirs.painConsent,
    painHistory: [...theirs.painHistory, ...addedPain.map(painOfKey)].sort((a, b) => a.date.localeCompare(b.date)).slice(-PAIN_HISTORY_CAP),
  };
}

type PainEntry = Progress['painHistory'][number];
const painKey = (e: PainEntry) => `${e.date}|${e.before}|${e.after}`;
const painOfKey = (key: string): PainEntry => {
  const [date, before, after] = key.split('|');
  return { date: date!, before: Number(before), after: Number(after) };
};

/** Items of `a` not in `b`, counting repeats (two sessions on one day are two). */
function multisetMinus(a: readonly string[], b: readonly string[]): string[] {
  const left = b.reduce((m, x) => m.set(x, (m.get(x) ?? 0) + 1), new Map<string, number>());
  return a.filter((x) => {
    const n = left.get(x) ?? 0;
    if (n > 0) left.set(x, n - 1);
    return n === 0;
  });
}

/** Progress with no pain scores, for deployments that do not allow keeping them (a "no" stays remembered). */
export const withoutPainScores = (progress: Progress): Progress => ({
  ...progress,
  painHistory: [],
  painConsent: progress.painConsent === 'no' ? 'no' : 'unasked',
});
