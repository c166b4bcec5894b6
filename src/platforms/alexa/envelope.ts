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
  | { type: 'AlexaSkillEvent.SkillDisabled' }
  /** A touch on an APL screen: the arguments of its SendEvent, and the token of the screen touched. */
  | { type: 'Alexa.Presentation.APL.UserEvent'; token: string; arguments: unknown[] };

/** A device with a screen: its viewport in pixels, as Alexa reports it. */
export interface DisplaySpec {
  pixelWidth: number;
  pixelHeight: number;
  dpi: number;
  shape?: 'RECTANGLE' | 'ROUND';
}

/** An Echo Show 8: 1280 × 800 px at 213 dpi. */
export const ECHO_SHOW_8: DisplaySpec = { pixelWidth: 1280, pixelHeight: 800, dpi: 213, shape: 'RECTANGLE' };

export interface EnvelopeSession {
  applicationId: string;
  userId: string;
  sessionId: string;
  locale: string;
  isNew: boolean;
  attributes: Record<string, unknown>;
  timestamp?: string;
  /** A screen device (supportedInterfaces with APL, and its viewport); absent: a voice-only device. */
  display?: DisplaySpec;
}

const APL = 'Alexa.Presentation.APL';
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
      case 'Alexa.Presentation.APL.UserEvent':
        return { ...base, type: 'Alexa.Presentation.APL.UserEvent' as const, token: spec.token, arguments: spec.arguments, source: { type: 'TouchWrapper', handler: 'Press' } };
    }
  })();
  const application = { applicationId: session.applicationId };
  const user = { userId: session.userId };
  const display = session.display;
  const supportedInterfaces = display ? { [APL]: { runtime: { maxVersion: '2024.2' } } } : {};
  const viewport = display && {
    Viewport: {
      experiences: [{ arcMinuteWidth: 346, arcMinuteHeight: 216, canRotate: false, canResize: false }],
      mode: 'HUB',
      shape: display.shape ?? 'RECTANGLE',
      pixelWidth: display.pixelWidth,
      pixelHeight: display.pixelHeight,
      currentPixelWidth: display.pixelWidth,
      currentPixelHeight: display.pixelHeight,
      dpi: display.dpi,
      touch: ['SINGLE'],
      keyboard: [],
    },
  };
  return {
    version: '1.0',
    session: { new: session.isNew, sessionId: session.sessionId, application, attributes: session.attributes, user },
    context: {
      System: { application, user, device: { deviceId: 'amzn1.ask.device.local', supportedInterfaces }, apiEndpoint: 'https://api.amazonalexa.com' },
      ...viewport,
    },
    request,
  } as RequestEnvelope;
}
