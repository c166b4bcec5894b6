// An Alexa request envelope to an engine event. Nothing else: no state, no I/O.
import type { IntentRequest, RequestEnvelope, Slot, slu } from 'ask-sdk-model';
import { isPainPattern } from '../../flow/content/patterns';
import {
  AGE_INTENT, AGE_OVER_INTENT, AGE_UNDER_INTENT, ANSWER_INTENT, boundedAge, COMMAND_INTENT, LENGTH_INTENT, NO_PAIN_INTENT, PAIN_LEVEL_INTENT, PAIN_PATTERN_INTENT, RED_FLAG_INTENT,
  STATEMENT_INTENT, STATEMENT_PREFIXES, heardText, painLevelOf, parseNumberSlot, prefixedStatement, simpleEventOf, slotEventOf, symptomText,
} from '../intentEvents';
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

/** Free words the user said, for the engine's safety classifier: a statement, or the fallback without words. */
const statement = (text: string | null | undefined): PlatformEvent => (text ? { type: 'statement', text } : { type: 'fallback' });

function intentEvent(request: IntentRequest): PlatformEvent {
  const name = typeof request.intent?.name === 'string' ? request.intent.name : '';
  const slots: Partial<Record<string, Slot>> = request.intent?.slots ?? {};
  switch (name) {
    case PAIN_LEVEL_INTENT: {
      const value = painLevelOf(slots.level?.value, slots.upper?.value);
      const text = value === null ? heardText(slots.level?.value) : undefined;
      return text ? { type: 'number', value, text } : { type: 'number', value };
    }
    case NO_PAIN_INTENT:
      return { type: 'number', value: 0 };
    case AGE_INTENT:
      // "I am" with no number at all (the slot is optional) answers "Are you 16 or older?" with a yes.
      return slots.age?.value === undefined ? { type: 'yes' } : { type: 'age', value: parseNumberSlot(slots.age.value) };
    case AGE_OVER_INTENT:
    case AGE_UNDER_INTENT:
      return { type: 'age', value: boundedAge(name, parseNumberSlot(slots.age?.value)) };
    case PAIN_PATTERN_INTENT: {
      const id = resolvedId(slots.pattern);
      if (isPainPattern(id)) return { type: 'pattern', pattern: id };
      // Unmatched words ("when I sneeze") go with the event: the classifier reads them.
      const text = heardText(slots.pattern?.value);
      return text ? { type: 'pattern', pattern: null, text } : { type: 'pattern', pattern: null };
    }
    case LENGTH_INTENT: {
      const id = resolvedId(slots.length);
      return id === 'quick' || id === 'full' ? { type: 'length', length: id } : statement(heardText(slots.length?.value));
    }
    case STATEMENT_INTENT:
      return statement(heardText(slots.statement?.value));
    case ANSWER_INTENT:
    case COMMAND_INTENT: {
      // Fillers around a yes or a "next": the slot's id is the event; words it did not resolve go to the classifier.
      const slot = name === ANSWER_INTENT ? slots.answer : slots.command;
      const event = slotEventOf(name, resolvedId(slot));
      return event ? { type: event } : statement(heardText(slot?.value));
    }
    case RED_FLAG_INTENT: {
      // Body area and sensation heard: the classifier decides (a numb bum, or burning glutes).
      const text = symptomText(heardText(slots.area?.value), heardText(slots.sensation?.value));
      return text ? { type: 'statement', text, heardAs: 'redFlag' } : { type: 'redFlag' };
    }
    default:
      if (Object.hasOwn(STATEMENT_PREFIXES, name)) return statement(prefixedStatement(name, heardText(slots.statement?.value)));
      return { type: simpleEventOf(name) };
  }
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
