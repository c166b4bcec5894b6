// The building blocks every phase uses: open or close the session, move to a
// phase, and the one rephrased retry for unclear answers.
import { cue, type Cue } from './cues';
import type { FlowEvent } from './events';
import type { Progress } from './progress';
import { present } from './present';
import type { PhaseName, SessionState } from './state';

export interface StepResult {
  state: SessionState;
  cues: Cue[];
  /** The session ends after this response. */
  end: boolean;
  /** Progress to store, or 'delete' to remove the stored record. Absent: nothing changed. */
  save?: Progress | 'delete';
}

export type Answer = 'yes' | 'no' | 'unclear';

/** Counts unclear answers; only "none", "one" and "more" matter, so it stays small and valid. */
export const bump = (retries: number) => Math.min(retries + 1, 2);

export const open = (state: SessionState, cues: Cue[]): StepResult => ({ state, cues, end: false });

export const close = (state: SessionState, cues: Cue[]): StepResult => ({ state: { ...state, phase: 'ended', paused: false }, cues, end: true });

/** Marks progress for saving when the step changed it. */
export function withSave(before: SessionState, result: StepResult): StepResult {
  if (result.save === undefined && result.state.progress !== before.progress) return { ...result, save: result.state.progress };
  return result;
}

/** One rephrased retry; then `afterRetry` decides (on a red-flag question, a second unclear answer counts as yes). */
export function unclear(state: SessionState, answer: (s: SessionState, a: Answer) => StepResult, redFlag: boolean): StepResult {
  if (state.retries >= 1 && redFlag) {
    const result = answer({ ...state, retries: 0 }, 'yes');
    return { ...result, cues: [cue('countedAsYes'), ...result.cues] };
  }
  const next = { ...state, retries: bump(state.retries) };
  return open(next, present(next));
}

export function toYesNo(event: FlowEvent, notSureMeans: 'yes' | 'no' | 'unclear'): Answer {
  if (event.type === 'yes') return 'yes';
  if (event.type === 'no') return 'no';
  // "None", "zero": a pain-score 0 heard at a yes/no question (age takes numbers before this) is a no.
  if (event.type === 'number' && event.value === 0) return 'no';
  if (event.type === 'notSure') return notSureMeans;
  return 'unclear';
}

export function moveTo(state: SessionState, phase: PhaseName, lead: Cue[] = []): StepResult {
  const next = { ...state, phase, retries: 0, paused: false };
  return open(next, [...lead, ...present(next)]);
}
