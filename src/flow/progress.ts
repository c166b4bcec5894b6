// What is remembered between sessions. Never triage answers: Alexa's policy
// rejects skills that store health information. Pain scores go in only when the
// deployment allows it and the user agreed (painConsent 'yes'). Which exercises
// were done when is program progress, not health data: it picks the rotation
// and decides whether an exercise needs its full setup again.
// valibot: modular, so the bundle carries only the validators used here.
import { array, boolean, integer, literal, maxLength, maxValue, minValue, nullable, number, object, picklist, pipe, record, regex, safeParse, string, variant, type InferOutput } from 'valibot';
import { EXERCISE_IDS, type ExerciseId } from './content/exercises';
import { DAYS_PER_WEEK, LAST_WEEK, SESSIONS_TO_ADVANCE, type ProgramWeek } from './content/program';
import { MEANINGFUL_CHANGE } from './content/triage';

export const PAIN_HISTORY_CAP = 60;
export const COMPLETED_CAP = 60;
/** Counted days kept for the current week; week 6 never advances, so it is capped. */
export const COUNTED_DAYS_CAP = 60;
export const PROGRESS_VERSION = 2;

export const isoDate = pipe(string(), regex(/^\d{4}-\d{2}-\d{2}$/));
export const intIn = (min: number, max: number) => pipe(number(), integer(), minValue(min), maxValue(max));
const painScore = intIn(0, 10);
const painEntry = object({ date: isoDate, before: painScore, after: painScore });

export const progressSchema = object({
  v: literal(PROGRESS_VERSION),
  onboarded: boolean(),
  week: intIn(1, LAST_WEEK),
  /** The day the current program week began (its first session), or null before it has one. */
  weekStarted: nullable(isoDate),
  /** Days with a counted session in the current week (pain no worse after than before), oldest first. */
  countedDays: pipe(array(isoDate), maxLength(COUNTED_DAYS_CAP)),
  /** Dates of completed sessions, newest last (streak and totals derive from it). */
  completed: pipe(array(isoDate), maxLength(COMPLETED_CAP)),
  /** Date of the last full triage that allowed exercise (CLEAR, CLEARED or SEE_PHYSIO): the re-check window. Never its answers. */
  lastTriage: nullable(isoDate),
  /** Where an interrupted routine stopped. */
  resumeAt: nullable(picklist(EXERCISE_IDS)),
  /** The last day each exercise was done. */
  seen: record(picklist(EXERCISE_IDS), isoDate),
  painConsent: picklist(['unasked', 'yes', 'no']),
  painHistory: pipe(array(painEntry), maxLength(PAIN_HISTORY_CAP)),
});
export type Progress = Omit<InferOutput<typeof progressSchema>, 'seen'> & { week: ProgramWeek; seen: Partial<Record<ExerciseId, string>> };

/** Version 1 records (before calendar progression): read and upgraded, never reset. */
const progressV1Schema = object({
  v: literal(1),
  onboarded: boolean(),
  week: intIn(1, LAST_WEEK),
  sessionsThisWeek: intIn(0, 50),
  completed: pipe(array(isoDate), maxLength(COMPLETED_CAP)),
  lastClearTriage: nullable(isoDate),
  resumeAt: nullable(picklist(EXERCISE_IDS)),
  painConsent: picklist(['unasked', 'yes', 'no']),
  painHistory: pipe(array(painEntry), maxLength(PAIN_HISTORY_CAP)),
});
const anyVersion = variant('v', [progressSchema, progressV1Schema]);

export const newProgress = (): Progress => ({
  v: PROGRESS_VERSION,
  onboarded: false,
  week: 1,
  weekStarted: null,
  countedDays: [],
  completed: [],
  lastTriage: null,
  resumeAt: null,
  seen: {},
  painConsent: 'unasked',
  painHistory: [],
});

function upgradeV1(old: InferOutput<typeof progressV1Schema>): Progress {
  // The week's counted sessions were a bare count: the most recent distinct days stand in for them.
  const countedDays = [...new Set(old.completed)].sort().slice(-old.sessionsThisWeek);
  return {
    ...newProgress(),
    onboarded: old.onboarded,
    week: old.week as ProgramWeek,
    weekStarted: countedDays[0] ?? null,
    countedDays: old.sessionsThisWeek === 0 ? [] : countedDays,
    completed: old.completed,
    lastTriage: old.lastClearTriage,
    resumeAt: old.resumeAt,
    painConsent: old.painConsent,
    painHistory: old.painHistory,
  };
}

/** A stored record of an unknown version or with corrupt fields resets, never throws; version 1 is upgraded. */
export function parseProgress(raw: unknown): Progress | null {
  const parsed = safeParse(anyVersion, raw);
  if (!parsed.success) return null;
  return parsed.output.v === 1 ? upgradeV1(parsed.output) : (parsed.output as Progress);
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

/** Sessions completed since the current week began (counted or not). */
export const sessionsThisWeek = (p: Progress): number =>
  p.weekStarted === null ? 0 : p.completed.filter((d) => d >= p.weekStarted!).length;

export interface SessionOutcome {
  today: string;
  before: number | null;
  after: number | null;
  /** Store this session's pain scores (deployment allows it and the user agreed). */
  keepPain: boolean;
}

export interface WeekStatus {
  counted: boolean;
  weekUp: boolean;
  /** Week 6 is done: its sessions and days are in. */
  programDone: boolean;
  /** Counted days still needed this week, and days until the week may end. */
  daysNeeded: number;
  daysToWait: number;
}

/** Whether a week may end: enough counted sessions on different days, and enough calendar days. */
export function weekComplete(p: Progress, today: string): boolean {
  return p.countedDays.length >= SESSIONS_TO_ADVANCE && p.weekStarted !== null && daysBetween(p.weekStarted, today) >= DAYS_PER_WEEK;
}

/**
 * A week whose sessions and days are in moves on when the next session opens,
 * so that session is the new week's first (Monday, Wednesday and Friday, then
 * the next Monday starts week 2), not a fourth one of the old week.
 */
export function startDueWeek(progress: Progress, today: string): { progress: Progress; advanced: boolean } {
  if (!weekComplete(progress, today) || progress.week >= LAST_WEEK) return { progress, advanced: false };
  return { progress: { ...progress, week: (progress.week + 1) as ProgramWeek, weekStarted: today, countedDays: [] }, advanced: true };
}

/**
 * Records a completed session. It counts toward the week only when pain after
 * was known and no worse than before (triage.md: progress only when no worse),
 * and only once a day. A week advances on the calendar: at least 3 counted
 * days and at least 7 days since the week began.
 */
export function recordSession(progress: Progress, outcome: SessionOutcome): { progress: Progress; status: WeekStatus } {
  const counted = outcome.before !== null && outcome.after !== null && outcome.after <= outcome.before;
  const weekStarted = progress.weekStarted ?? outcome.today;
  const countedDays =
    counted && !progress.countedDays.includes(outcome.today)
      ? [...progress.countedDays, outcome.today].slice(-COUNTED_DAYS_CAP)
      : progress.countedDays;
  const painHistory =
    outcome.keepPain && outcome.before !== null && outcome.after !== null
      ? [...progress.painHistory, { date: outcome.today, before: outcome.before, after: outcome.after }].slice(-PAIN_HISTORY_CAP)
      : progress.painHistory;
  const recorded: Progress = {
    ...progress,
    weekStarted,
    countedDays,
    completed: [...progress.completed, outcome.today].slice(-COMPLETED_CAP),
    resumeAt: null,
    painHistory,
  };
  const complete = weekComplete(recorded, outcome.today);
  const weekUp = complete && recorded.week < LAST_WEEK;
  const daysSinceStart = daysBetween(weekStarted, outcome.today);
  const status: WeekStatus = {
    counted,
    weekUp,
    programDone: complete && recorded.week === LAST_WEEK,
    daysNeeded: Math.max(0, SESSIONS_TO_ADVANCE - countedDays.length),
    daysToWait: Math.max(0, DAYS_PER_WEEK - daysSinceStart),
  };
  if (!weekUp) return { progress: recorded, status };
  // The next week begins with its first session.
  return { progress: { ...recorded, week: (recorded.week + 1) as ProgramWeek, weekStarted: null, countedDays: [] }, status };
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

const latest = (a: string | null | undefined, b: string | null | undefined): string | null =>
  [a, b].filter((d): d is string => typeof d === 'string').sort().pop() ?? null;

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
  const addedDays = ours.countedDays.filter((d) => !base.countedDays.includes(d));
  const countedDays = advanced ? ours.countedDays : [...new Set([...theirs.countedDays, ...addedDays])].sort().slice(-COUNTED_DAYS_CAP);
  const seen: Progress['seen'] = { ...theirs.seen };
  for (const id of EXERCISE_IDS) {
    const date = latest(ours.seen[id], theirs.seen[id]);
    if (date) seen[id] = date;
  }
  return {
    ...theirs,
    onboarded: ours.onboarded || theirs.onboarded,
    week,
    weekStarted: advanced ? ours.weekStarted : (theirs.weekStarted ?? ours.weekStarted),
    countedDays,
    completed: [...theirs.completed, ...addedDates].sort().slice(-COMPLETED_CAP),
    lastTriage: latest(ours.lastTriage, theirs.lastTriage),
    resumeAt: ours.resumeAt !== base.resumeAt ? ours.resumeAt : theirs.resumeAt,
    seen,
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
