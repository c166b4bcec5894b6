// The opening: welcome, age check, the triage blocks, pain now and below the knee.
import { cue, type Cue } from '../cues';
import type { FlowEvent } from '../events';
import { HIGH_PAIN_FROM, RECHECK_WINDOW_DAYS, TRIAGE, firstQuestionAfterBlock, isRedFlagBlock, outcomeOfBlock } from '../content/triage';
import { daysBetween, newProgress, painTrend, streakOf, withoutPainScores } from '../progress';
import { inRoutine, present } from '../present';
import { freshState, type SessionState } from '../state';
import { bump, close, moveTo, open, unclear, type Answer, type StepResult } from '../transitions';

export function launch(event: Extract<FlowEvent, { type: 'launch' }>): StepResult {
  const stored = event.progress ?? newProgress();
  // Where the deployment does not allow pain scores, none are used, and the next save drops any kept before.
  const progress = event.painHistoryAllowed ? stored : withoutPainScores(stored);
  const base: SessionState = { ...freshState(event.today), painHistoryAllowed: event.painHistoryAllowed, progress };
  if (!progress.onboarded) return open({ ...base, phase: 'age' }, [cue('welcomeNew'), cue('askAge', { retry: false })]);

  const cues: Cue[] = [cue('welcomeBack', { week: progress.week, session: progress.sessionsThisWeek + 1 })];
  const streak = streakOf(progress.completed, event.today);
  if (streak > 1) cues.push(cue('streak', { days: streak }));
  const trend = event.painHistoryAllowed && progress.painConsent === 'yes' ? painTrend(progress, event.today) : null;
  if (trend) cues.push(cue('painTrend', trend));

  const recent = progress.lastClearTriage !== null && daysBetween(progress.lastClearTriage, event.today) < RECHECK_WINDOW_DAYS;
  if (recent) return open({ ...base, phase: 'recheck' }, [...cues, cue('askRecheck', { retry: false })]);
  return open({ ...base, phase: 'triage', question: 0 }, [...cues, cue('triageIntro'), ...present({ ...base, phase: 'triage' })]);
}

/**
 * A red flag at any point: urgent-care advice and the end of the session. The
 * short re-check is off until a full triage is clear again, so the next
 * session asks every question.
 */
export function emergency(state: SessionState): StepResult {
  const progress = { ...state.progress, lastClearTriage: null, resumeAt: inRoutine(state.phase) ? null : state.progress.resumeAt };
  return close({ ...state, outcome: 'EMERGENCY', routine: null, progress }, [cue('outcomeEmergency')]);
}

/** An urgent sign (fever, night pain...): see a doctor today, no exercise; the re-check is off as above. */
export function urgent(state: SessionState): StepResult {
  const progress = { ...state.progress, lastClearTriage: null };
  return close({ ...state, outcome: 'URGENT', routine: null, progress }, [cue('outcomeUrgent')]);
}

export function answerAge(state: SessionState, a: Answer): StepResult {
  if (a === 'no') return close(state, [cue('underage')]);
  if (a === 'unclear') return unclear(state, answerAge, false);
  const onboarded = { ...state, progress: { ...state.progress, onboarded: true } };
  return moveTo({ ...onboarded, question: 0 }, 'triage', [cue('triageIntro')]);
}

export function answerRecheck(state: SessionState, a: Answer): StepResult {
  if (a === 'unclear') return unclear(state, answerRecheck, true);
  if (a === 'yes') return moveTo({ ...state, question: 0 }, 'triage', [cue('fullTriageAgain')]);
  return moveTo({ ...state, outcome: 'CLEAR' }, 'painNow', [cue('recheckAllClear')]);
}

export function answerTriage(state: SessionState, a: Answer): StepResult {
  const question = TRIAGE[state.question]!;
  if (a === 'unclear') return unclear(state, answerTriage, isRedFlagBlock(question.block));
  if (a === 'yes') {
    const outcome = outcomeOfBlock(question.block);
    if (outcome === 'EMERGENCY') return emergency(state);
    if (outcome === 'URGENT') return urgent(state);
    const progress = { ...state.progress, lastClearTriage: null };
    return afterTriage({ ...state, outcome, progress, question: firstQuestionAfterBlock(question.block) - 1 }, [cue('outcomeSeePhysio')]);
  }
  if (state.question + 1 < TRIAGE.length) return moveTo({ ...state, question: state.question + 1 }, 'triage');
  return afterTriage(state, []);
}

export function afterTriage(state: SessionState, lead: Cue[]): StepResult {
  const clear = state.outcome === null;
  const progress = clear ? { ...state.progress, lastClearTriage: state.today } : state.progress;
  return moveTo({ ...state, outcome: state.outcome ?? 'CLEAR', progress }, 'painNow', lead);
}

export function answerPainNow(state: SessionState, value: number | null): StepResult {
  if (value === null) return unclear(state, (s) => open(s, present(s)), false);
  if (!Number.isInteger(value) || value < 0 || value > 10) {
    const next = { ...state, retries: bump(state.retries) };
    return open(next, [cue('painOutOfRange'), cue('askPainNow', { retry: true })]);
  }
  const withPain = { ...state, painBefore: value };
  if (value >= HIGH_PAIN_FROM) return close({ ...withPain, outcome: 'HIGH_PAIN' }, [cue('outcomeHighPain')]);
  return moveTo(withPain, value > 0 ? 'belowKnee' : 'pattern');
}

export function answerBelowKnee(state: SessionState, a: Answer): StepResult {
  if (a === 'unclear') return unclear(state, answerBelowKnee, false);
  return moveTo({ ...state, belowKnee: a === 'yes' }, 'pattern');
}
