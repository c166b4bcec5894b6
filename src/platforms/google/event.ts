// A Dialogflow intent and its parameters to an engine event. Nothing else.
import { isPainPattern } from '../../flow/content/patterns';
import { PAIN_LEVEL_INTENT, PAIN_PATTERN_INTENT, parseNumberSlot, simpleEventOf } from '../intentEvents';
import type { PlatformEvent } from '../turn';

export const WELCOME_INTENT = 'WelcomeIntent';

export function eventOfIntent(intent: unknown, parameters: unknown): PlatformEvent {
  const name = typeof intent === 'string' ? intent : '';
  const params = (parameters && typeof parameters === 'object' ? parameters : {}) as Record<string, unknown>;
  if (name === WELCOME_INTENT || name === 'Default Welcome Intent') return { type: 'launch' };
  if (name === PAIN_LEVEL_INTENT) return { type: 'number', value: parseNumberSlot(params.level) };
  if (name === PAIN_PATTERN_INTENT) return { type: 'pattern', pattern: isPainPattern(params.pattern) ? params.pattern : null };
  return { type: simpleEventOf(name === 'Default Fallback Intent' ? 'FallbackIntent' : name) };
}
