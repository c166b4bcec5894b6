// One conversational turn, shared by every platform: read the state, make one
// engine step, save progress if it changed, render. Adapters only translate
// requests into events and rendered speech into responses.
import type { FlowEvent } from '../flow/events';
import { freshState, readState, type SessionState } from '../flow/state';
import { step, type StepResult } from '../flow/step';
import { cue, type Cue } from '../flow/cues';
import { prompt } from '../flow/present';
import { render, type Rendered } from '../render/render';
import type { SpeechLocale } from '../../speech';
import { loadProgress, saveProgress, storeClock, type StoreClock } from './storeCalls';
import type { TurnDeps } from './turnTypes';

export type { TurnDeps } from './turnTypes';

/** An event from a platform; 'launch' carries no progress yet (the turn loads it). */
export type PlatformEvent = Exclude<FlowEvent, { type: 'launch' }> | { type: 'launch' };

export interface TurnInput {
  rawState: unknown;
  event: PlatformEvent;
  /** The platform's stable user id; null when it has none (then nothing is loaded or saved). */
  userId: string | null;
  locale: SpeechLocale;
}

export interface TurnOutput {
  state: SessionState;
  rendered: Rendered;
  end: boolean;
  /** The state could not be read and the session was restarted. */
  reset: boolean;
}

const isoDate = (d: Date) => d.toISOString().slice(0, 10);

async function launch(userId: string, deps: TurnDeps, timeLeft: StoreClock): Promise<StepResult> {
  const stored = await loadProgress(deps, userId, timeLeft);
  const result = step(freshState(), {
    type: 'launch',
    progress: stored?.progress ?? null,
    today: isoDate(deps.clock()),
    painHistoryAllowed: deps.painHistoryAllowed,
  });
  return { ...result, state: { ...result.state, storeVersion: stored?.version ?? null } };
}

export async function runTurn(input: TurnInput, platformDeps: TurnDeps): Promise<TurnOutput> {
  // Without a stable user id, a saved record could never be found again: keep nothing.
  const deps = input.userId === null ? { ...platformDeps, store: null } : platformDeps;
  const userId = input.userId ?? '';
  const timeLeft = storeClock(deps);
  const read = readState(input.rawState);
  // The deployment's setting, not the session's copy, decides about pain scores.
  const valid = read && { ...read, painHistoryAllowed: deps.painHistoryAllowed };
  // After an ended session (Dialogflow integrations may keep talking), the next words start a new one.
  const saved = valid && (valid.phase !== 'ended' || input.event.type === 'sessionEnded') ? valid : null;
  const reset = read === null && input.rawState != null && input.event.type !== 'launch';
  if (reset) deps.logger.warn('state.reset', { event: input.event.type });

  try {
    let result: StepResult;
    if (input.event.type === 'launch' || saved === null) {
      if (input.event.type === 'sessionEnded') {
        return { state: freshState(), rendered: render([], input.locale, deps.random), end: true, reset };
      }
      result = await launch(userId, deps, timeLeft);
      // A red or urgent flag is heard even as the very first words of a session.
      if (input.event.type === 'redFlag' || input.event.type === 'urgentFlag') result = step(result.state, input.event);
    } else {
      result = step(saved, input.event);
    }

    const base = saved?.progress ?? result.state.progress;
    const state = result.save === undefined ? result.state : await saveProgress(deps, userId, timeLeft, base, result.state, result.save);
    // What was said, as cue ids: enough to follow a conversation, nothing the user said. Debug
    // level only: next to a user hash, outcome cues (outcomeUrgent...) would be health data in logs.
    deps.logger.debug('turn', { request: input.event.type, phase: state.phase, cues: result.cues.map((c) => c.id), end: result.end });
    return { state, rendered: render(result.cues, input.locale, deps.random), end: result.end, reset };
  } catch (error) {
    // A bug, not bad input (the engine handles every event in every state): keep the
    // session where it was and ask again, with no detail in speech.
    deps.logger.warn('turn.failed', { event: input.event.type, error: String(error).slice(0, 200) });
    const state = saved ?? freshState();
    const again = state.phase === 'ended' ? [] : safePrompt(state);
    return { state, rendered: render([cue('notUnderstood'), ...again], input.locale, deps.random), end: false, reset };
  }
}

function safePrompt(state: SessionState): Cue[] {
  try {
    return prompt(state);
  } catch {
    return [cue('keepGoingPrompt')];
  }
}
