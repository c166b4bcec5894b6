// An Alexa request envelope to an engine event. Nothing else: no state, no I/O.
import type { IntentRequest, RequestEnvelope, Slot, slu } from 'ask-sdk-model';
import { isPainPattern } from '../../flow/content/patterns';
import { PAIN_LEVEL_INTENT, PAIN_PATTERN_INTENT, parseNumberSlot, simpleEventOf } from '../intentEvents';
import type { PlatformEvent } from '../turn';
import { touchEventOf, type TouchEvent } from './touch';

type Resolution = slu.entityresolution.Resolution;

/** The resolved id of a custom slot, or null for ER_SUCCESS_NO_MATCH and empty slots. */
function resolvedId(slot: Slot | undefined): string | null {
  // Not trusted to be arrays: a non-array here threw a TypeError (found by tests/fuzz.alexa.test.ts).
  const authorities: unknown = slot?.resolutions?.resolutionsPerAuthority;
  const authority = Array.isArray(authorities) ? (authorities as Resolution[]).find((a) => a?.status?.code === 'ER_SUCCESS_MATCH') : undefined;
  const values: unknown = authority?.values;
  const id = Array.isArray(values) ? (values as Resolution['values'])[0]?.value?.id : undefined;
  return typeof id === 'string' ? id : null;
}

function intentEvent(request: IntentRequest): PlatformEvent {
  const name = typeof request.intent?.name === 'string' ? request.intent.name : '';
  const slots = request.intent?.slots ?? {};
  if (name === PAIN_LEVEL_INTENT) return { type: 'number', value: parseNumberSlot(slots.level?.value) };
  if (name === PAIN_PATTERN_INTENT) {
    const id = resolvedId(slots.pattern);
    return { type: 'pattern', pattern: isPainPattern(id) ? id : null };
  }
  return { type: simpleEventOf(name) };
}

export type AlexaEvent = PlatformEvent | TouchEvent | { type: 'skillDisabled' } | { type: 'ignored' };

export function eventOf(envelope: RequestEnvelope): AlexaEvent {
  const request = envelope.request;
  switch (request?.type) {
    case 'LaunchRequest':
      return { type: 'launch' };
    case 'IntentRequest':
      return intentEvent(request);
    case 'SessionEndedRequest':
      return { type: 'sessionEnded' };
    case 'AlexaSkillEvent.SkillDisabled':
      return { type: 'skillDisabled' };
    case 'Alexa.Presentation.APL.UserEvent':
      return touchEventOf(request);
    default:
      // Other request types (display, audio, exceptions) get an empty answer.
      return { type: 'ignored' };
  }
}
