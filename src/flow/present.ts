// What each phase says when it is presented or repeated, and what is current
// (the routine's plan, the exercise in focus, where an interrupted run was).
// Pure reads of the state.
import { cue, type Cue, type HelpTopic } from './cues';
import { EMPHASIS } from './content/patterns';
import { RETEACH_AFTER_DAYS } from './content/program';
import { stopLimitFor, TRIAGE } from './content/triage';
import { narrateIntro } from './narrate';
import { daysBetween } from './progress';
import { planFor, type PlannedExercise } from './routine';
import type { PhaseName, SessionState } from './state';
import type { PromptKind } from './understand';

export const planOf = (state: SessionState): PlannedExercise[] => (state.routine ? planFor(state.routine) : []);

/** Phases of the routine itself (an exercise's setup, its sets, the it-hurts questions). */
export const inRoutine = (phase: PhaseName) => phase === 'routine' || phase === 'sharpCheck' || phase === 'hurtsChoice';

/** A set still being spoken when this request came: the interruption belongs to it. */
export interface Interrupted {
  exercise: number;
  set: number;
}

/** How close to a set's end a request may come and the set still count as finished (ms). */
const FINISHED_TOLERANCE_MS = 1500;

/**
 * Where an interrupted run was, from the time since its response was sent:
 * the first set not yet finished (its rest counts as before the next set).
 * null when the response had finished playing, or when no time is known.
 */
export function interrupted(state: SessionState, at: number | undefined): Interrupted | null {
  const spoken = state.spoken;
  if (!spoken || at === undefined || (state.phase !== 'routine' && state.phase !== 'painAfter') || state.paused) return null;
  const elapsed = at - spoken.at;
  if (elapsed < 0 || elapsed >= spoken.endMs) return null;
  const set = spoken.sets.find(([, , end]) => elapsed < end - FINISHED_TOLERANCE_MS);
  return set ? { exercise: spoken.exercise, set: set[0] } : null;
}

/** The exercise a question is about: the one being done, else the one about to be done. */
export function currentExercise(state: SessionState, at?: number): PlannedExercise | null {
  const plan = planOf(state);
  const where = interrupted(state, at);
  return plan[where ? where.exercise : state.at.exercise] ?? null;
}

/** Exercises done within the last two weeks get the short setup; the full one comes on "how do I do this?". */
export function taughtRecently(state: SessionState, index: number): boolean {
  const id = planOf(state)[index]?.id;
  if (!id) return false;
  if (state.doneToday.includes(id)) return true;
  const last = state.progress.seen[id];
  return last !== undefined && daysBetween(last, state.today) <= RETEACH_AFTER_DAYS;
}

export const introOf = (state: SessionState, index: number): Cue[] => narrateIntro(planOf(state), index, taughtRecently(state, index));

export function stopRulesOf(state: SessionState): Cue {
  const limit = stopLimitFor(state.painBefore);
  return cue('stopRules', { limit, relative: limit > 5 || (state.painBefore ?? 0) >= 5, nerve: state.nerve });
}

export function present(state: SessionState): Cue[] {
  const retry = state.retries > 0;
  switch (state.phase) {
    case 'age':
      return [cue('askAge', { retry })];
    case 'recheck':
      return [cue('askRecheck', { retry })];
    case 'triage':
      return [cue('askTriage', { question: TRIAGE[state.question]!.id, retry })];
    case 'clearance':
      return [cue('askClearance', { item: state.lasting ?? 'cancer', retry })];
    case 'painNow':
      return [cue('askPainNow', { retry })];
    case 'belowKnee':
      return [cue('askBelowKnee', { retry })];
    case 'pattern':
      return [cue('askPattern', { retry })];
    case 'ready':
      return presentReady(state);
    case 'routine':
      if (state.paused) return [pausedCue(state)];
      return state.at.stage === 'intro' ? introOf(state, state.at.exercise) : [cue('keepGoingPrompt')];
    case 'sharpCheck':
      return [cue('askSharp', { nerve: state.nerve, retry })];
    case 'hurtsChoice': {
      const upcoming = state.at.stage === 'intro' ? planOf(state)[state.at.exercise]?.id : undefined;
      return [cue('askHurtsChoice', { retry, nextSet: hasNextSet(state), ...(upcoming ? { exercise: upcoming } : {}) })];
    }
    case 'confirmSafety':
      return [cue('confirmSafety', { topic: state.confirm ?? 'saddle', retry })];
    case 'painAfter':
      return [cue('askPainAfter', { retry })];
    case 'painConsent':
      return [cue('askPainConsent', { retry })];
    case 'confirmStartOver':
      return [cue('confirmStartOver', { retry })];
    case 'confirmDelete':
      return [cue('confirmDelete', { retry })];
    case 'ended':
      return [];
  }
}

/** After "it hurts" mid-set: is there a set after the one that hurt? */
export function hasNextSet(state: SessionState): boolean {
  const p = planOf(state)[state.at.exercise];
  return state.at.stage === 'run' && p !== undefined && state.at.set < p.dose.sets;
}

function pausedCue(state: SessionState): Cue {
  const p = planOf(state)[state.at.exercise];
  if (state.at.stage === 'run' && p) return cue('paused', { exercise: p.id, set: state.at.set });
  return cue('paused', {});
}

/** A short prompt for the phase: after help or a side question, don't replay a whole set or setup. */
export function prompt(state: SessionState): Cue[] {
  if (state.phase === 'routine') {
    if (state.paused) return [pausedCue(state)];
    return [state.at.stage === 'intro' ? cue('inPositionPrompt', { first: false }) : cue('keepGoingPrompt')];
  }
  if (state.phase === 'ready') return [cue('inPositionPrompt', { first: true })];
  return present(state);
}

export function presentReady(state: SessionState): Cue[] {
  const plan = planOf(state);
  if (!state.routine || plan.length === 0) return [];
  return [
    cue('routinePreview', {
      week: state.routine.week,
      length: state.length,
      gentle: state.routine.gentle,
      exercises: plan.length,
      offerLengths: state.length === 'standard',
      routine: state.routine,
      taught: plan.map((_, i) => taughtRecently(state, i)),
    }),
    ...(EMPHASIS[state.routine.pattern].breathing ? [cue('breathing')] : []),
    stopRulesOf(state),
    ...introOf(state, state.at.exercise),
  ];
}

/** The prompt the user is answering, in the terms of the NLU evaluation. */
export function promptKindOf(state: SessionState): PromptKind {
  switch (state.phase) {
    case 'age':
    case 'recheck':
    case 'triage':
    case 'clearance':
    case 'painNow':
    case 'belowKnee':
    case 'pattern':
    case 'sharpCheck':
    case 'hurtsChoice':
    case 'painAfter':
      return state.phase;
    case 'painConsent':
      return 'consent';
    case 'confirmStartOver':
    case 'confirmDelete':
    case 'confirmSafety':
      return 'consent';
    case 'ready':
      return 'preview';
    case 'routine':
      return state.at.stage === 'intro' ? 'inPosition' : 'routine';
    case 'ended':
      return 'routine';
  }
}

export function helpTopic(phase: PhaseName): HelpTopic {
  switch (phase) {
    case 'age':
      return 'age';
    case 'recheck':
    case 'triage':
    case 'clearance':
    case 'belowKnee':
    case 'confirmSafety':
      return 'triage';
    case 'painNow':
    case 'painAfter':
      return 'painScale';
    case 'pattern':
      return 'pattern';
    case 'ready':
      return 'ready';
    case 'routine':
      return 'routine';
    case 'sharpCheck':
    case 'hurtsChoice':
      return 'hurts';
    case 'painConsent':
    case 'confirmStartOver':
    case 'confirmDelete':
      return 'confirm';
    case 'ended':
      return 'closing';
  }
}
