// The opening: welcome, age check, the triage blocks with the clearance
// follow-up, pain now, the nerve-sign question and the pain pattern.
import { cue, type Cue } from '../cues';
import type { FlowEvent } from '../events';
import { HIGH_PAIN_FROM, RECHECK_WINDOW_DAYS, TRIAGE, isRedFlagBlock, nextQuestion } from '../content/triage';
import { daysBetween, newProgress, painTrend, sessionsThisWeek, startDueWeek, streakOf, withoutPainScores } from '../progress';
import { inRoutine, present } from '../present';
import { freshState, type SessionState } from '../state';
import { bump, close, moveTo, open, unclear, type Answer, type StepResult } from '../transitions';
import { startRoutine } from './routine';

/** The youngest age Hip Coach is for. */
const MIN_AGE = 16;
const MAX_AGE = 120;

export function launch(event: Extract<FlowEvent, { type: 'launch' }>): StepResult {
  const stored = event.progress ?? newProgress();
  // Where the deployment does not allow pain scores, none are used, and the next save drops any kept before.
  const allowed = event.painHistoryAllowed ? stored : withoutPainScores(stored);
  const { progress, advanced } = startDueWeek(allowed, event.today);
  const base: SessionState = { ...freshState(event.today), painHistoryAllowed: event.painHistoryAllowed, progress, length: event.length ?? 'standard' };
  if (!progress.onboarded) return open({ ...base, phase: 'age' }, [cue('welcomeNew'), cue('askAge', { retry: false })]);

  const cues: Cue[] = [cue('welcomeBack', { week: progress.week, session: sessionsThisWeek(progress) + 1 })];
  if (advanced) cues.push(cue('newWeek', { week: progress.week }));
  const streak = streakOf(progress.completed, event.today);
  if (streak > 1) cues.push(cue('streak', { days: streak }));
  const trend = event.painHistoryAllowed && progress.painConsent === 'yes' ? painTrend(progress, event.today) : null;
  if (trend) cues.push(cue('painTrend', trend));

  // Only the date of a full triage that allowed exercise is kept: within the window, one combined re-check.
  const recent = progress.lastTriage !== null && daysBetween(progress.lastTriage, event.today) < RECHECK_WINDOW_DAYS;
  if (recent) return open({ ...base, phase: 'recheck' }, [...cues, cue('askRecheck', { retry: false })]);
  return open({ ...base, phase: 'triage', question: 0 }, [...cues, cue('triageIntro'), ...present({ ...base, phase: 'triage' })]);
}

/**
 * A red flag at any point: urgent-care advice and the end of the session. The
 * short re-check is off until a full triage allows exercise again, so the next
 * session asks every question.
 */
export function emergency(state: SessionState): StepResult {
  const progress = { ...state.progress, lastTriage: null, resumeAt: inRoutine(state.phase) ? null : state.progress.resumeAt };
  return close({ ...state, outcome: 'EMERGENCY', routine: null, progress }, [cue('outcomeEmergency')]);
}

/** An urgent sign (fever, night pain...): see a doctor today, no exercise; the re-check is off as above. */
export function urgent(state: SessionState): StepResult {
  const progress = { ...state.progress, lastTriage: null };
  return close({ ...state, outcome: 'URGENT', routine: null, progress }, [cue('outcomeUrgent')]);
}

export function answerAge(state: SessionState, a: Answer): StepResult {
  if (a === 'no') return close(state, [cue('underage')]);
  if (a === 'unclear') return unclear(state, answerAge, false);
  const onboarded = { ...state, progress: { ...state.progress, onboarded: true } };
  return moveTo({ ...onboarded, question: 0 }, 'triage', [cue('triageIntro')]);
}

/** "I'm 38": a stated age of 16 or more answers the age question with yes. */
export function answerStatedAge(state: SessionState, age: number | null): StepResult {
  if (age === null || !Number.isInteger(age) || age < 1 || age > MAX_AGE) return unclear(state, answerAge, false);
  return answerAge(state, age >= MIN_AGE ? 'yes' : 'no');
}

export function answerRecheck(state: SessionState, a: Answer): StepResult {
  if (a === 'unclear') return unclear(state, answerRecheck, true);
  if (a === 'yes') return moveTo({ ...state, question: 0 }, 'triage', [cue('fullTriageAgain')]);
  // Nothing new: today's plan rests on the last full triage; nerve signs are asked with the pain.
  return moveTo({ ...state, outcome: 'CLEAR' }, 'painNow', [cue('recheckAllClear')]);
}

export function answerTriage(state: SessionState, a: Answer): StepResult {
  const question = TRIAGE[state.question]!;
  if (a === 'unclear') return unclear(state, answerTriage, isRedFlagBlock(question.block));
  if (a === 'yes') {
    switch (question.block) {
      case 'emergency':
        return emergency(state);
      case 'urgent':
        return urgent(state);
      case 'lasting':
        // Past cancer or a weakened immune system: a doctor's clearance decides, not a permanent stop.
        return moveTo({ ...state, lasting: question.lasting ?? 'cancer', returnTo: 'triage' }, 'clearance');
      case 'physio':
        return nextTriageQuestion({ ...state, physio: true });
      case 'nerve':
        return nextTriageQuestion({ ...state, physio: true, nerve: true });
    }
  }
  return nextTriageQuestion(state);
}

function nextTriageQuestion(state: SessionState, lead: Cue[] = []): StepResult {
  const next = nextQuestion(state.question, state.physio);
  if (next >= 0) return moveTo({ ...state, question: next }, 'triage', lead);
  return afterTriage(state, lead);
}

/** The clearance follow-up: yes goes on (CLEARED); no, not sure or unclear after one retry is URGENT. */
export function answerClearance(state: SessionState, a: Answer): StepResult {
  if (a === 'unclear' && state.retries < 1) return unclear(state, answerClearance, false);
  if (a !== 'yes') return urgent(state);
  const cleared = { ...state, cleared: true, lasting: null, returnTo: null };
  const advice = state.cleared ? [] : [cue('clearedAdvice')];
  if (state.returnTo === 'triage' || state.returnTo === null) return nextTriageQuestion({ ...cleared, phase: 'triage' }, advice);
  // Said later in the session ("I had cancer years ago"): back to where we were.
  return moveTo(cleared, state.returnTo, advice);
}

export function afterTriage(state: SessionState, lead: Cue[]): StepResult {
  const outcome = state.cleared ? 'CLEARED' : state.physio ? 'SEE_PHYSIO' : 'CLEAR';
  // Only the date is stored: never an answer or the outcome.
  const progress = { ...state.progress, lastTriage: state.today };
  const advice = outcome === 'CLEAR' ? [] : [cue('outcomeSeePhysio', { nerve: state.nerve })];
  return moveTo({ ...state, outcome, progress, returnTo: null, triaged: true }, 'painNow', [...lead, ...advice]);
}

export function answerPainNow(state: SessionState, value: number | null): StepResult {
  if (value === null) return unclear(state, (s) => open(s, present(s)), false);
  if (!Number.isInteger(value) || value < 0 || value > 10) {
    const next = { ...state, retries: bump(state.retries) };
    return open(next, [cue('painOutOfRange'), cue('askPainNow', { retry: true })]);
  }
  const withPain = { ...state, painBefore: value };
  // HIGH_PAIN allows no exercise, so it opens no short re-check window: the next session asks everything again.
  if (value >= HIGH_PAIN_FROM) return close({ ...withPain, outcome: 'HIGH_PAIN', progress: { ...withPain.progress, lastTriage: null } }, [cue('outcomeHighPain')]);
  if (value > 0 && !state.nerve) return moveTo(withPain, 'belowKnee');
  return afterNerveQuestion(withPain);
}

/** Pain below the knee (or leg numbness): a nerve sign. Unclear after a retry counts as yes: the safer plan. */
export function answerBelowKnee(state: SessionState, a: Answer): StepResult {
  if (a === 'unclear' && state.retries < 1) return unclear(state, answerBelowKnee, false);
  return afterNerveQuestion({ ...state, nerve: state.nerve || a !== 'no' });
}

/**
 * The pattern is asked after a full triage. A re-check day keeps the balanced
 * routine, so a returning user is exercising within five turns: nothing of the
 * pattern is stored to reuse.
 */
function afterNerveQuestion(state: SessionState): StepResult {
  if (state.triaged) return moveTo(state, 'pattern');
  return startRoutine(state, 'varies', false);
}

export function answerPattern(state: SessionState, event: FlowEvent): StepResult {
  if (event.type === 'pattern' && event.pattern) return startRoutine(state, event.pattern, true);
  if (event.type === 'notSure' || event.type === 'skip' || event.type === 'no') return startRoutine(state, 'varies', true);
  // Not understood twice: "it varies", no loop.
  if (state.retries >= 1) return startRoutine(state, 'varies', true);
  return unclear(state, (s) => open(s, present(s)), false);
}
