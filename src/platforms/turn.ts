// One conversational turn, shared by every platform: read the state, make one
// engine step, save progress if it changed, render. Adapters only translate
// requests into events and rendered speech into responses.
import type { FlowEvent, RoutineLength } from '../flow/events';
import { freshState, readState, type SessionState } from '../flow/state';
import { step, type StepResult } from '../flow/step';
import { cue, type Cue } from '../flow/cues';
import { prompt } from '../flow/present';
import { render, type Rendered } from '../render/render';
import { languageOf, type SpeechLocale } from '../../speech';
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

async function launch(userId: string, deps: TurnDeps, timeLeft: StoreClock, length: RoutineLength | undefined): Promise<StepResult> {
  const stored = await loadProgress(deps, userId, timeLeft);
  const result = step(freshState(), {
    type: 'launch',
    progress: stored?.progress ?? null,
    today: isoDate(deps.clock()),
    painHistoryAllowed: deps.painHistoryAllowed,
    ...(length ? { length } : {}),
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
    const now = deps.clock().getTime();
    // Every event carries the request's time (it places an interruption in the set being spoken)
    // and the user's language (it picks the safety lexicon that reads their words).
    const event = { ...input.event, at: now, language: languageOf(input.locale) } as FlowEvent;
    let result: StepResult;
    if (event.type === 'launch' || saved === null) {
      if (event.type === 'sessionEnded') {
        return { state: freshState(), rendered: render([], input.locale, deps.random), end: true, reset };
      }
      // "Ask hip coach for a quick one": the length asked for opens the session.
      result = await launch(userId, deps, timeLeft, event.type === 'length' ? event.length : undefined);
      // A red or urgent flag, or a statement, is heard even as the very first words of a session.
      if (event.type === 'redFlag' || event.type === 'urgentFlag' || event.type === 'statement') result = step(result.state, event);
    } else {
      result = step(saved, event);
    }

    const base = saved?.progress ?? result.state.progress;
    const stored = result.save === undefined ? result.state : await saveProgress(deps, userId, timeLeft, base, result.state, result.save);
    const rendered = render(result.cues, input.locale, deps.random, stored.variants);
    const state = { ...stored, variants: rendered.variants, spoken: spokenOf(rendered, now) };
    // What was said, as cue ids: enough to follow a conversation, nothing the user said. Debug
    // level only: next to a user hash, outcome cues (outcomeUrgent...) would be health data in logs.
    deps.logger.debug('turn', { request: event.type, phase: state.phase, cues: result.cues.map((c) => c.id), end: result.end });
    return { state, rendered, end: result.end, reset };
  } catch (error) {
    // A bug, not bad input (the engine handles every event in every state): keep the
    // session where it was and ask again, with no detail in speech.
    deps.logger.warn('turn.failed', { event: input.event.type, error: String(error).slice(0, 200) });
    const state = saved ?? freshState();
    const again = state.phase === 'ended' ? [] : safePrompt(state);
    return { state, rendered: render([cue('notUnderstood'), ...again], input.locale, deps.random), end: false, reset };
  }
}

/** The timing of a response that ran an exercise: when it went out, and where each of its sets starts and ends. */
function spokenOf(rendered: Rendered, at: number): SessionState['spoken'] {
  const first = rendered.marks[0];
  if (!first) return null;
  const sets = rendered.marks
    .filter((m) => m.edge === 'start')
    .map((m) => [m.set, m.ms, rendered.marks.find((e) => e.edge === 'end' && e.set === m.set)?.ms ?? rendered.durationMs] as [number, number, number]);
  return { at, exercise: first.exercise, sets, endMs: rendered.durationMs };
}

function safePrompt(state: SessionState): Cue[] {
  try {
    return prompt(state);
  } catch {
    return [cue('keepGoingPrompt')];
  }
}
