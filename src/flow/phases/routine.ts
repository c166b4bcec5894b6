// The routine: choosing it, offering to resume, running each exercise
// hands-free, and the it-hurts protocol.
import { cue, type Cue } from '../cues';
import type { FlowEvent, RoutineLength } from '../events';
import { GENTLE_FROM, stopLimitFor } from '../content/triage';
import { hasNextSet, interrupted, introOf, planOf, present, presentReady, prompt, stopRulesOf, type Interrupted } from '../present';
import { chooseExercises, type RoutineParams } from '../routine';
import { narrateRun } from '../narrate';
import type { SessionState } from '../state';
import { moveTo, open, unclear, type Answer, type StepResult } from '../transitions';

export function startRoutine(state: SessionState, pattern: RoutineParams['pattern'], acknowledge: boolean): StepResult {
  const pain = state.painBefore ?? 0;
  const last = state.progress.painHistory[state.progress.painHistory.length - 1];
  // triage.md: if a session starts with pain worse than last time, lower the dose.
  const worseThanLastTime = state.progress.painConsent === 'yes' && last !== undefined && pain > last.before;
  const routine: RoutineParams = {
    week: state.progress.week,
    gentle: pain >= GENTLE_FROM || worseThanLastTime,
    nerve: state.nerve,
    pattern,
    length: state.length,
    exercises: chooseExercises(state.length, pattern, state.progress.seen, state.progress.resumeAt),
  };
  const next: SessionState = { ...state, routine, at: { exercise: 0, stage: 'intro', set: 1 } };
  const lead = acknowledge ? [cue('patternAck', { pattern })] : [];
  return moveTo(next, 'ready', lead);
}

/** "A quick one" or "the full routine" before the first set: today's plan is chosen again. */
export function changeLength(state: SessionState, length: RoutineLength): StepResult {
  const next = { ...state, length };
  if (!state.routine || state.phase !== 'ready') return open(next, prompt(next));
  const exercises = chooseExercises(length, state.routine.pattern, state.progress.seen, state.progress.resumeAt);
  return moveTo({ ...next, routine: { ...state.routine, length, exercises }, at: { exercise: 0, stage: 'intro', set: 1 } }, 'ready');
}

/**
 * One exercise's run, from a set: every set, side and rest on its own, then
 * the next exercise's setup, or the closing check-in after the last one.
 */
export function runExercise(state: SessionState, index: number, fromSet = 1, lead: Cue[] = []): StepResult {
  const plan = planOf(state);
  const p = plan[index];
  if (!p) return finishRoutine(state, lead);
  const doneToday = state.doneToday.includes(p.id) ? state.doneToday : [...state.doneToday, p.id];
  const done: SessionState = { ...state, phase: 'routine', paused: false, retries: 0, doneToday };
  const run = narrateRun(plan, index, fromSet);
  if (index + 1 >= plan.length) {
    return open({ ...done, phase: 'painAfter', at: { exercise: index, stage: 'intro', set: 1 } }, [...lead, ...run, cue('routineDone'), cue('askPainAfter', { retry: false })]);
  }
  // Taught-ness of the next exercise is judged before today's run marks it seen.
  const nextIntro = introOf(state, index + 1);
  return open({ ...done, at: { exercise: index + 1, stage: 'intro', set: 1 } }, [...lead, ...run, ...nextIntro]);
}

/** The setup of exercise `index` (said again, or after a skip), or the closing check-in past the end. */
export function toIntro(state: SessionState, index: number, lead: Cue[] = []): StepResult {
  if (index >= planOf(state).length) return finishRoutine(state, lead);
  const next: SessionState = { ...state, phase: 'routine', paused: false, retries: 0, at: { exercise: index, stage: 'intro', set: 1 } };
  return open(next, [...lead, ...introOf(next, index)]);
}

export function finishRoutine(state: SessionState, lead: Cue[], early = false): StepResult {
  return moveTo({ ...state, paused: false }, 'painAfter', [...lead, cue(early ? 'finishedEarly' : 'routineDone')]);
}

/** Park the routine at the start of an interrupted set: "next" or "resume" picks it up there. */
export const parkAt = (state: SessionState, where: Interrupted): SessionState => ({
  ...state,
  phase: 'routine',
  at: { exercise: where.exercise, stage: 'run', set: where.set },
});

/** The routine's commands, at an exercise's setup or at a parked set, or while a set was being spoken (`live`). */
export function routineEvent(state: SessionState, event: FlowEvent): StepResult {
  const live = interrupted(state, event.at);
  const s = live ? parkAt(state, live) : state;
  const { exercise, stage, set } = s.at;
  switch (event.type) {
    case 'next':
    case 'yes':
    case 'resume':
      if (s.paused || !live) return stage === 'run' ? runExercise(s, exercise, set, [cue('resumeSet', { set, sets: setsOf(s, exercise) })]) : runExercise(s, exercise);
      // "Next" while a set is being counted: on to the next set, or the next exercise.
      return set < setsOf(s, exercise) ? runExercise(s, exercise, set + 1) : toIntro(s, exercise + 1);
    case 'pause':
      return open({ ...s, paused: true }, prompt({ ...s, paused: true }));
    case 'repeat':
      return stage === 'run' ? runExercise(s, exercise, set) : open(s, introOf(s, exercise));
    case 'previous':
      if (stage === 'run') return toIntro(s, exercise);
      if (exercise === 0) return toIntro(s, 0, [cue('atFirst')]);
      return toIntro(s, exercise - 1);
    case 'skip':
      return toIntro(s, exercise + 1, planOf(s)[exercise] ? [cue('skipped', { exercise: planOf(s)[exercise]!.id })] : []);
    default:
      return open(s, [cue('notUnderstood'), cue('reportPainHint'), ...prompt(s)]);
  }
}

const setsOf = (state: SessionState, index: number) => planOf(state)[index]?.dose.sets ?? 1;

/** The plan preview: "next" starts the first exercise; a length changes the plan. */
export function readyEvent(state: SessionState, event: FlowEvent): StepResult {
  if (event.type === 'next' || event.type === 'yes' || event.type === 'resume') return runExercise(state, state.at.exercise);
  if (event.type === 'skip') return toIntro({ ...state, phase: 'routine' }, state.at.exercise + 1, [cue('skipped', { exercise: planOf(state)[state.at.exercise]!.id })]);
  if (event.type === 'previous') return open(state, presentReady(state));
  return open(state, [cue('notUnderstood'), ...prompt(state)]);
}

/** "It hurts" during the routine: stop the set and ask the one question. */
export function hurtsDuringRoutine(state: SessionState, at: number | undefined): StepResult {
  const live = interrupted(state, at);
  const s = live ? parkAt(state, live) : state;
  return moveTo({ ...s, paused: false }, 'sharpCheck');
}

/** Sharp, down the leg, or unclear: no more exercise today, straight to the closing check-in. */
export function sharpStop(state: SessionState): StepResult {
  return moveTo({ ...state, paused: false }, 'painAfter', [cue('sharpStop')]);
}

export function answerSharp(state: SessionState, a: Answer): StepResult {
  // triage.md: yes or unclear ends exercise for today. Only a clear no goes on.
  if (a !== 'no') return sharpStop(state);
  return moveTo(state, 'hurtsChoice');
}

/** Mild discomfort: skip this exercise, carry on with the next set (never the one that hurt), or stop. */
export function answerHurtsChoice(state: SessionState, event: FlowEvent): StepResult {
  const { exercise, stage, set } = state.at;
  switch (event.type) {
    case 'skip':
      return toIntro(state, exercise + 1, planOf(state)[exercise] ? [cue('skipped', { exercise: planOf(state)[exercise]!.id })] : []);
    case 'next':
    case 'resume':
      if (hasNextSet(state)) return runExercise(state, exercise, set + 1);
      if (stage === 'run') return toIntro(state, exercise + 1);
      // Going ahead with the exercise that was about to start: its setup was just said, so only the prompt.
      return open({ ...state, phase: 'routine', retries: 0 }, [cue('inPositionPrompt', { first: false })]);
    case 'stop':
    case 'no':
      return finishRoutine(state, [], true);
    default:
      // Not understood twice: stopping for today is the safe reading.
      if (state.retries >= 1) return finishRoutine(state, [], true);
      return unclear(state, (st) => open(st, present(st)), false);
  }
}

/**
 * A pain score said during the routine: above the session's stop limit (5, or
 * the starting pain when that was 5 or 6) ends exercise for today; otherwise noted.
 */
export function painDuringRoutine(state: SessionState, value: number | null, at: number | undefined): StepResult {
  const live = interrupted(state, at);
  const s = live ? parkAt(state, live) : state;
  if (value === null || !Number.isInteger(value) || value < 0 || value > 10) return open(s, [cue('notUnderstood'), ...prompt(s)]);
  const limit = stopLimitFor(s.painBefore);
  if (value > limit) return finishRoutine(s, [cue('painTooHigh', { limit })], true);
  return open(s, [cue('painNoted', { value, limit }), ...prompt(s)]);
}

export { stopRulesOf };
