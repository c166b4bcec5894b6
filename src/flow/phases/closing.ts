// The closing check-in, the consent question, confirmations, and leaving.
import { cue, type Cue } from '../cues';
import { MEANINGFUL_CHANGE, stopLimitFor } from '../content/triage';
import { newProgress, recordSession, type Progress } from '../progress';
import { currentExercise, inRoutine, present, prompt } from '../present';
import type { PlannedExercise } from '../routine';
import type { PhaseName, SessionState } from '../state';
import { bump, close, moveTo, open, unclear, type Answer, type StepResult } from '../transitions';

export function answerPainAfter(state: SessionState, value: number | null): StepResult {
  if (value === null) return unclear(state, (s) => open(s, present(s)), false);
  if (!Number.isInteger(value) || value < 0 || value > 10) {
    return open({ ...state, retries: bump(state.retries) }, [cue('painOutOfRange'), cue('askPainAfter', { retry: true })]);
  }
  const before = state.painBefore ?? value;
  const cues: Cue[] = [cue('painAfter', { before, after: value })];
  // Above the session's own limit, or a meaningful rise: go easy, and check in with a clinician if it stays.
  if (value > stopLimitFor(state.painBefore) || value - before >= MEANINGFUL_CHANGE) cues.push(cue('painAfterHigh'));
  return completeSession({ ...state, painAfter: value }, cues);
}

/** Progress with today's exercises marked as done (kept in the session until it is recorded, not saved every turn). */
export function withDoneToday(state: SessionState): Progress {
  if (state.doneToday.length === 0) return state.progress;
  const seen = { ...state.progress.seen };
  for (const id of state.doneToday) seen[id] = state.today;
  return { ...state.progress, seen };
}

export function completeSession(state: SessionState, lead: Cue[]): StepResult {
  const keepPain = state.painHistoryAllowed && state.progress.painConsent === 'yes';
  const { progress, status } = recordSession(withDoneToday(state), {
    today: state.today,
    before: state.painBefore,
    after: state.painAfter,
    keepPain,
  });
  const cues = [...lead];
  if (status.weekUp) cues.push(cue('weekUp', { week: progress.week }));
  else if (status.programDone) cues.push(cue('programDone'));
  else cues.push(cue('sessionCounted', { week: progress.week, counted: status.counted, daysNeeded: status.daysNeeded, daysToWait: status.daysToWait }));
  const next = { ...state, progress };
  const canAsk = state.painHistoryAllowed && progress.painConsent === 'unasked' && state.painAfter !== null;
  if (canAsk) return moveTo(next, 'painConsent', cues);
  return close(next, [...cues, cue('goodbye')]);
}

export function answerPainConsent(state: SessionState, a: Answer): StepResult {
  if (a === 'unclear') return unclear(state, answerPainConsent, false);
  if (a === 'no') return close({ ...state, progress: { ...state.progress, painConsent: 'no' } }, [cue('painConsentNo'), cue('goodbye')]);
  const entry =
    state.painBefore !== null && state.painAfter !== null
      ? [{ date: state.today, before: state.painBefore, after: state.painAfter }]
      : [];
  const progress: Progress = { ...state.progress, painConsent: 'yes', painHistory: [...state.progress.painHistory, ...entry].slice(-60) };
  return close({ ...state, progress }, [cue('painConsentYes'), cue('goodbye')]);
}

export function answerStartOver(state: SessionState, a: Answer): StepResult {
  if (a === 'unclear') return unclear(state, answerStartOver, false);
  const back = state.returnTo ?? 'ready';
  if (a === 'no') return resumeAfterConfirm(state, back, [cue('startOverKept')]);
  const fresh = newProgress();
  // Keeps onboarded as it was: "start over" at the age question must not skip the age check next time.
  const progress: Progress = { ...fresh, onboarded: state.progress.onboarded, painConsent: state.progress.painConsent, lastTriage: state.progress.lastTriage };
  const reset = { ...state, progress, routine: state.routine ? { ...state.routine, week: 1 as const } : null };
  const routineStarted = inRoutine(back) || back === 'ready';
  const at = routineStarted ? { exercise: 0, stage: 'intro' as const, set: 1 } : reset.at;
  return resumeAfterConfirm({ ...reset, at }, routineStarted ? 'ready' : back, [cue('startOverDone')]);
}

export function answerDelete(state: SessionState, a: Answer): StepResult {
  if (a === 'unclear') return unclear(state, answerDelete, false);
  if (a === 'no') return resumeAfterConfirm(state, state.returnTo ?? 'ready', [cue('deleteKept')]);
  return { ...close({ ...state, progress: newProgress() }, [cue('deleted')]), save: 'delete' };
}

export function resumeAfterConfirm(state: SessionState, back: PhaseName, lead: Cue[]): StepResult {
  const next: SessionState = { ...state, phase: back, returnTo: null, retries: 0 };
  return open(next, [...lead, ...(back === 'ready' ? present(next) : prompt(next))]);
}

export function confirm(state: SessionState, phase: 'confirmStartOver' | 'confirmDelete'): StepResult {
  const returnTo = state.phase === 'confirmStartOver' || state.phase === 'confirmDelete' || state.phase === 'confirmSafety' ? state.returnTo : state.phase;
  return moveTo({ ...state, returnTo }, phase);
}

/** Leaving mid-routine remembers where, so the next session can pick up there. */
export function leave(state: SessionState, cues: (savedAt?: PlannedExercise) => Cue[], at?: number): StepResult {
  if (state.phase === 'painAfter' || state.phase === 'painConsent') {
    const done = state.phase === 'painAfter' ? completeSession(state, []) : close(state, []);
    return close(done.state, cues());
  }
  const exercise = inRoutine(state.phase) ? currentExercise(state, at) : null;
  const done = withDoneToday(state);
  const progress = exercise ? { ...done, resumeAt: exercise.id } : done;
  return close({ ...state, progress }, cues(exercise ?? undefined));
}
