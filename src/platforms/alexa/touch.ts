// Touch is just another way to speak: an APL UserEvent's arguments become the
// same engine event as the words would. A touch carries its screen's token
// (our state stamp); one made on an older screen is stale and never reaches
// the engine: the coach re-presents what it is asking now.
import type { interfaces } from 'ask-sdk-model';
import { isPainPattern } from '../../flow/content/patterns';
import { prompt } from '../../flow/present';
import { readState, type SessionState } from '../../flow/state';
import type { SpeechLocale } from '../../../speech';
import { render, type Random, type Rendered } from '../../render/render';
import { AUTO_ARGUMENT } from '../../render/apl/commands';
import { stampOf } from '../../render/screens/fromEngine';
import { TOUCH_ACTIONS, type TouchAction } from '../../render/screens/model';
import { parseNumberSlot } from '../intentEvents';
import type { PlatformEvent } from '../turn';
import { TOKEN_PREFIX } from './apl';

export interface TouchEvent {
  type: 'touch';
  /** The engine event the touch means ('fallback' for arguments we do not know). */
  event: PlatformEvent;
  /** The stamp of the screen touched, or null when the token is not ours. */
  stamp: string | null;
  /** Sent by the screen itself (the end of a rest countdown), not by a finger. */
  auto: boolean;
}

const isAction = (a: unknown): a is TouchAction => typeof a === 'string' && (TOUCH_ACTIONS as readonly string[]).includes(a);

function eventOfAction(action: TouchAction, value: unknown): PlatformEvent {
  if (action === 'number') return { type: 'number', value: parseNumberSlot(value) };
  if (action === 'pattern') return { type: 'pattern', pattern: isPainPattern(value) ? value : null };
  return { type: action };
}

export function touchEventOf(request: interfaces.alexa.presentation.apl.UserEvent): TouchEvent {
  const args: unknown[] = Array.isArray(request.arguments) ? request.arguments : [];
  const [action, value, origin] = args;
  const token = typeof request.token === 'string' && request.token.startsWith(TOKEN_PREFIX) ? request.token.slice(TOKEN_PREFIX.length) : null;
  return { type: 'touch', event: isAction(action) ? eventOfAction(action, value) : { type: 'fallback' }, stamp: token, auto: origin === AUTO_ARGUMENT };
}

/**
 * What to do with a touch before the engine sees it:
 * - 'current': made on the screen now shown; the turn runs as for voice.
 * - 'stale': from an older screen; re-present the current prompt, state untouched.
 * - 'drop': an automatic event that lost its race with the user, or a touch with no live session: say nothing.
 */
export function touchFreshness(
  touch: TouchEvent,
  rawState: unknown,
): { kind: 'current' } | { kind: 'stale'; state: SessionState } | { kind: 'drop'; end: boolean } {
  const state = readState(rawState);
  // A screen left up after the session ended (the emergency screen's "End"): close quietly, never relaunch.
  if (!state || state.phase === 'ended') return { kind: 'drop', end: true };
  if (touch.stamp !== null && touch.stamp === stampOf(state)) return { kind: 'current' };
  return touch.auto ? { kind: 'drop', end: false } : { kind: 'stale', state };
}

/** The answer to a stale touch: the phase's own short prompt, never a replayed set. */
export const staleAnswer = (state: SessionState, locale: SpeechLocale, random: Random): Rendered => render(prompt(state), locale, random);
