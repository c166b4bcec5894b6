// Builds real Alexa request envelopes from one minimal valid template. Used by
// the terminal client and by the tests, so both speak to the skill exactly as
// Alexa does.
import type { RequestEnvelope, Slot } from 'ask-sdk-model';

export interface SlotInput {
  value: string;
  /** For custom slot types: the entity resolution Alexa would attach. */
  resolution?: { status: 'ER_SUCCESS_MATCH' | 'ER_SUCCESS_NO_MATCH'; id?: string };
}

export type AlexaRequestSpec =
  | { type: 'LaunchRequest' }
  | { type: 'IntentRequest'; intent: string; slots?: Record<string, SlotInput> }
  | { type: 'SessionEndedRequest'; reason?: 'USER_INITIATED' | 'EXCEEDED_MAX_REPROMPTS' | 'ERROR' }
  | { type: 'AlexaSkillEvent.SkillDisabled' };

export interface EnvelopeSession {
  applicationId: string;
  userId: string;
  sessionId: string;
  locale: string;
  isNew: boolean;
  attributes: Record<string, unknown>;
  timestamp?: string;
}

let counter = 0;
const nextId = (prefix: string) => `${prefix}.${(++counter).toString(16).padStart(8, '0')}`;

function slotOf(name: string, input: SlotInput): Slot {
  const slot: Slot = { name, value: input.value, confirmationStatus: 'NONE' };
  if (input.resolution) {
    slot.resolutions = {
      resolutionsPerAuthority: [
        {
          authority: `amzn1.er-authority.echo-sdk.${name}`,
          status: { code: input.resolution.status },
          values: input.resolution.id ? [{ value: { name: input.value, id: input.resolution.id } }] : [],
        },
      ],
    };
  }
  return slot;
}

export function alexaEnvelope(spec: AlexaRequestSpec, session: EnvelopeSession): RequestEnvelope {
  const base = { requestId: nextId('amzn1.echo-api.request'), timestamp: session.timestamp ?? new Date().toISOString(), locale: session.locale };
  const request = (() => {
    switch (spec.type) {
      case 'LaunchRequest':
        return { ...base, type: 'LaunchRequest' as const };
      case 'IntentRequest':
        return {
          ...base,
          type: 'IntentRequest' as const,
          dialogState: 'STARTED' as const,
          intent: {
            name: spec.intent,
            confirmationStatus: 'NONE' as const,
            slots: Object.fromEntries(Object.entries(spec.slots ?? {}).map(([n, s]) => [n, slotOf(n, s)])),
          },
        };
      case 'SessionEndedRequest':
        return { ...base, type: 'SessionEndedRequest' as const, reason: spec.reason ?? 'USER_INITIATED' };
      case 'AlexaSkillEvent.SkillDisabled':
        return { ...base, type: 'AlexaSkillEvent.SkillDisabled' as const, body: { userInformationPersistenceStatus: 'NOT_PERSISTED' } };
    }
  })();
  const application = { applicationId: session.applicationId };
  const user = { userId: session.userId };
  return {
    version: '1.0',
    session: { new: session.isNew, sessionId: session.sessionId, application, attributes: session.attributes, user },
    context: {
      System: { application, user, device: { deviceId: 'amzn1.ask.device.local', supportedInterfaces: {} }, apiEndpoint: 'https://api.amazonalexa.com' },
    },
    request,
  } as RequestEnvelope;
}
