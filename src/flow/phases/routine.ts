// The routine: choosing it, offering to resume, and moving through its segments.
import { cue, type Cue } from '../cues';
import type { FlowEvent } from '../events';
import { GENTLE_FROM, STOP_ABOVE } from '../content/triage';
import { present, presentSegment, prompt, routineOf } from '../present';
import { introIndexOf, type RoutineParams } from '../routine';
import type { SessionState } from '../state';
import { moveTo, open, unclear, type Answer, type StepResult } from '../transitions';

export function startRoutine(state: SessionState, pattern: RoutineParams['pattern']): StepResult {
  const pain = state.painBefore ?? 0;
  const last = state.progress.painHistory[state.progress.painHistory.length - 1];
  const worseThanLastTime = state.progress.painConsent === 'yes' && last !== undefined && pain > last.before;
  const routine: RoutineParams = {
    week: state.progress.week,
    gentle: pain >= GENTLE_FROM || worseThanLastTime || state.outcome === 'SEE_PHYSIO',
    includeHinge: state.outcome !== 'SEE_PHYSIO' && !state.belowKnee,
    pattern,
  };
  const next: SessionState = { ...state, routine, segment: 0 };
  const resumeAt = state.progress.resumeAt;
  const r = routineOf(next)!;
  const lead = [cue('patternAck', { pattern, includeHinge: routine.includeHinge })];
  if (resumeAt && introIndexOf(r.segments, r.plan, resumeAt) > 0) return moveTo(next, 'offerResume', lead);
  return moveTo(next, 'ready', lead);
}

export function answerResume(state: SessionState, a: Answer): StepResult {
  if (a === 'unclear') return unclear(state, answerResume, false);
  const r = routineOf(state)!;
  const at = a === 'yes' && state.progress.resumeAt ? Math.max(0, introIndexOf(r.segments, r.plan, state.progress.resumeAt)) : 0;
  return moveTo({ ...state, segment: at }, 'ready');
}

export function goToSegment(state: SessionState, segment: number, lead: Cue[] = []): StepResult {
  const next: SessionState = { ...state, phase: 'routine', segment, paused: false, retries: 0 };
  const { cues, finished } = presentSegment(next);
  if (!finished) return open(next, [...lead, ...cues]);
  return open({ ...next, phase: 'painAfter' }, [...lead, ...cues, cue('routineDone'), cue('askPainAfter', { retry: false })]);
}

export function finishRoutine(state: SessionState, lead: Cue[], early = false): StepResult {
  const last = Math.max(0, (routineOf(state)?.segments.length ?? 1) - 1);
  return moveTo({ ...state, segment: last }, 'painAfter', [...lead, cue(early ? 'finishedEarly' : 'routineDone')]);
}

export function skipExercise(state: SessionState): StepResult {
  const r = routineOf(state)!;
  const current = r.segments[state.segment];
  const exercise = current ? r.plan[current.exercise] : undefined;
  const nextIntro = r.segments.findIndex((s, i) => i > state.segment && s.kind === 'intro');
  const lead = exercise ? [cue('skipped', { exercise: exercise.id })] : [];
  if (nextIntro < 0) return finishRoutine(state, lead);
  return goToSegment(state, nextIntro, lead);
}

export function routineEvent(state: SessionState, event: FlowEvent): StepResult {
  switch (event.type) {
    case 'next':
    case 'yes':
      return goToSegment(state, state.paused ? state.segment : state.segment + 1);
    case 'resume':
      return goToSegment(state, state.segment);
    case 'previous':
      if (state.segment === 0) return goToSegment(state, 0, [cue('atFirst')]);
      return goToSegment(state, state.segment - 1);
    case 'skip':
      return skipExercise(state);
    default:
      return open(state, [cue('notUnderstood'), cue('keepGoingPrompt')]);
  }
}

export function answerHurts(state: SessionState, event: FlowEvent): StepResult {
  if (event.type === 'yes' || event.type === 'skip' || event.type === 'next') return skipExercise(state);
  if (event.type === 'no') return finishRoutine(state, [], true);
  if (event.type === 'resume') return goToSegment(state, state.segment);
  return unclear(state, (s) => open(s, present(s)), false);
}

/**
 * A pain score said during the routine: above the stop rule's 5 ends the
 * exercise for today (straight to the closing check-in); otherwise noted.
 */
export function painDuringRoutine(state: SessionState, value: number | null): StepResult {
  if (value === null || !Number.isInteger(value) || value < 0 || value > 10) return open(state, [cue('notUnderstood'), ...prompt(state)]);
  if (value > STOP_ABOVE) return finishRoutine(state, [cue('painTooHigh')], true);
  return open(state, [cue('painNoted', { value }), ...prompt(state)]);
}
