// A Dialogflow intent and its parameters to an engine event. Nothing else.
import { isPainPattern } from '../../flow/content/patterns';
import { PAIN_LEVEL_INTENT, PAIN_PATTERN_INTENT, parseNumberSlot, simpleEventOf } from '../intentEvents';
import type { PlatformEvent } from '../turn';
import { SIMPLE_EVENTS, type SimpleEventType } from '../../flow/events';

/**
 * simpleEventOf looks intent names up in a plain object, so "constructor", "toString" or
 * "__proto__" came back as Object.prototype's function or object, not an event type
 * (found by tests/fuzz.*.test.ts). Anything that is not an event type is a fallback.
 */
const knownEvent = (type: SimpleEventType): SimpleEventType => (SIMPLE_EVENTS.includes(type) ? type : 'fallback');

export const WELCOME_INTENT = 'WelcomeIntent';

export function eventOfIntent(intent: unknown, parameters: unknown): PlatformEvent {
  const name = typeof intent === 'string' ? intent : '';
  const params = (parameters && typeof parameters === 'object' ? parameters : {}) as Record<string, unknown>;
  if (name === WELCOME_INTENT || name === 'Default Welcome Intent') return { type: 'launch' };
  if (name === PAIN_LEVEL_INTENT) return { type: 'number', value: parseNumberSlot(params.level) };
  if (name === PAIN_PATTERN_INTENT) return { type: 'pattern', pattern: isPainPattern(params.pattern) ? params.pattern : null };
  return { type: knownEvent(simpleEventOf(name === 'Default Fallback Intent' ? 'FallbackIntent' : name)) };
}
