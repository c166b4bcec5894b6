// What each phase says when it is presented or repeated, and what is current
// (the routine's plan, the exercise in focus). Pure reads of the state.
import { cue, type Cue, type HelpTopic } from './cues';
import { EMPHASIS } from './content/patterns';
import { TRIAGE } from './content/triage';
import { narrateSegment } from './narrate';
import { estimateMinutes, planFor, type PlannedExercise, type Segment } from './routine';
import type { PhaseName, SessionState } from './state';

export function routineOf(state: SessionState): { plan: PlannedExercise[]; segments: Segment[] } | null {
  return state.routine ? planFor(state.routine) : null;
}

export function currentExercise(state: SessionState): PlannedExercise | null {
  const r = routineOf(state);
  if (!r) return null;
  const seg = r.segments[Math.min(state.segment, r.segments.length - 1)];
  return seg ? (r.plan[seg.exercise] ?? null) : null;
}

export const inRoutine = (phase: PhaseName) => phase === 'routine' || phase === 'hurts';

export function present(state: SessionState): Cue[] {
  const retry = state.retries > 0;
  switch (state.phase) {
    case 'age':
      return [cue('askAge', { retry })];
    case 'recheck':
      return [cue('askRecheck', { retry })];
    case 'triage':
      return [cue('askTriage', { question: TRIAGE[state.question]!.id, retry })];
    case 'painNow':
      return [cue('askPainNow', { retry })];
    case 'belowKnee':
      return [cue('askBelowKnee', { retry })];
    case 'pattern':
      return [cue('askPattern', { retry })];
    case 'offerResume':
      return state.progress.resumeAt ? [cue('offerResume', { exercise: state.progress.resumeAt })] : presentReady(state);
    case 'ready':
      return presentReady(state);
    case 'routine':
      return state.paused ? [cue('paused')] : presentSegment(state).cues;
    case 'hurts':
      return [cue('offerSkip', { retry })];
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

/** A short prompt for the phase: after help or a side question, don't replay a whole set. */
export function prompt(state: SessionState): Cue[] {
  if (state.phase === 'routine') return [cue(state.paused ? 'paused' : 'keepGoingPrompt')];
  if (state.phase === 'ready') return [cue('readyPrompt')];
  return present(state);
}

export function presentReady(state: SessionState): Cue[] {
  const r = routineOf(state);
  if (!r || !state.routine) return [];
  return [
    cue('routinePreview', {
      week: state.routine.week,
      minutes: estimateMinutes(r.plan),
      gentle: state.routine.gentle,
      includesHinge: state.routine.includeHinge,
      exercises: r.plan.length,
    }),
    ...(EMPHASIS[state.routine.pattern].breathing ? [cue('breathing')] : []),
    cue('stopRules'),
    cue('readyPrompt'),
  ];
}

/** The current segment's narration. The last segment runs straight into the closing check-in. */
export function presentSegment(state: SessionState): { cues: Cue[]; finished: boolean } {
  const r = routineOf(state);
  const seg = r?.segments[state.segment];
  if (!r || !seg) return { cues: [], finished: true };
  const isLast = state.segment === r.segments.length - 1;
  return { cues: narrateSegment(r.plan, seg, isLast), finished: isLast };
}

export function helpTopic(phase: PhaseName): HelpTopic {
  switch (phase) {
    case 'age':
      return 'age';
    case 'recheck':
    case 'triage':
    case 'belowKnee':
      return 'triage';
    case 'painNow':
    case 'painAfter':
      return 'painScale';
    case 'pattern':
      return 'pattern';
    case 'offerResume':
    case 'ready':
      return 'ready';
    case 'routine':
    case 'hurts':
      return 'routine';
    case 'painConsent':
    case 'confirmStartOver':
    case 'confirmDelete':
      return 'confirm';
    case 'ended':
      return 'closing';
  }
}
