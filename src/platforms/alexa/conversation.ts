// Drives a skill in-process the way Alexa does: one envelope per turn, session
// attributes carried from each response into the next request, a new session
// after the skill ends one. The terminal client and the tests both use it.
import type { Skill } from 'ask-sdk-core';
import type { ResponseEnvelope } from 'ask-sdk-model';
import { alexaEnvelope, type AlexaRequestSpec, type DisplaySpec } from './envelope';

export interface AlexaTurn {
  /** SSML of the output speech ('' when there is none). */
  ssml: string;
  repromptSsml: string | null;
  /** The skill closed the session. */
  ended: boolean;
  envelope: ResponseEnvelope;
}

export interface ConversationOptions {
  locale?: string;
  userId?: string;
  applicationId?: string;
  /** Request timestamps; defaults to the wall clock. */
  clock?: () => Date;
  /** Talk as a screen device (an Echo Show); absent: voice only. */
  display?: DisplaySpec;
}

export function createAlexaConversation(skill: Skill, options: ConversationOptions = {}) {
  let attributes: Record<string, unknown> = {};
  let isNew = true;
  let sessionNumber = 0;
  const session = () => ({
    applicationId: options.applicationId ?? 'amzn1.ask.skill.00000000-0000-0000-0000-000000000000',
    userId: options.userId ?? 'amzn1.ask.account.LOCALUSER',
    sessionId: `amzn1.echo-api.session.${sessionNumber}`,
    locale: options.locale ?? 'en-US',
    isNew,
    attributes,
    timestamp: (options.clock?.() ?? new Date()).toISOString(),
    ...(options.display ? { display: options.display } : {}),
  });

  return {
    async send(spec: AlexaRequestSpec): Promise<AlexaTurn> {
      if (isNew) sessionNumber++;
      const envelope = await skill.invoke(alexaEnvelope(spec, session()));
      const speech = envelope.response.outputSpeech;
      const reprompt = envelope.response.reprompt?.outputSpeech;
      const ended = envelope.response.shouldEndSession === true || spec.type === 'SessionEndedRequest';
      // Like Alexa: keep the attributes for the next turn, drop them when the session ends.
      attributes = ended ? {} : (envelope.sessionAttributes ?? {});
      isNew = ended;
      return {
        ssml: speech?.type === 'SSML' ? speech.ssml : (speech?.text ?? ''),
        repromptSsml: reprompt ? (reprompt.type === 'SSML' ? reprompt.ssml : reprompt.text) : null,
        ended,
        envelope,
      };
    },
    /** Replace the session attributes (tests of tampered or old state). */
    setAttributes(next: Record<string, unknown>) {
      attributes = next;
    },
    get attributes() {
      return attributes;
    },
  };
}
