// POST /alexa: the same skill as the Lambda handler, behind Alexa's request
// verification. Nothing of the skill runs before the request has passed it.
import type { RequestEnvelope } from 'ask-sdk-model';
import { createAlexaSkill } from '../platforms/alexa/skill';
import type { TurnDeps } from '../platforms/turn';
import { createAlexaVerifier } from './alexaVerify';
import { errorReply, jsonReply, type Route } from './reply';

type Json = Record<string, any>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** An object with a request type, or null (the skill would only trip over anything else). */
function parseEnvelope(rawBody: string): Json | null {
  try {
    const parsed: unknown = JSON.parse(rawBody);
    return isObject(parsed) && isObject(parsed.request) && typeof parsed.request.type === 'string' ? parsed : null;
  } catch {
    return null;
  }
}

const userIdOf = (e: Json): string | undefined => {
  const id = e.session?.user?.userId ?? e.context?.System?.user?.userId;
  return typeof id === 'string' ? id : undefined;
};

export function createAlexaRoute(deps: TurnDeps, options: { skillId?: string | undefined; verify: boolean }): Route {
  const skill = createAlexaSkill({ ...deps, skillId: options.skillId });
  const verify = options.verify ? createAlexaVerifier() : null;
  return async (rawBody, headers) => {
    const envelope = parseEnvelope(rawBody);
    if (!envelope) return errorReply(400, 'body is not an Alexa request envelope', { note: 'alexa.bad_body' });
    if (verify) {
      const verdict = await verify(rawBody, headers, envelope.request.timestamp);
      if (!verdict.ok) {
        const error = verdict.reason === 'timestamp' ? 'request timestamp is missing or too far from now' : 'request signature could not be verified';
        return errorReply(400, error, { note: `alexa.${verdict.reason}` });
      }
    }
    // ask-sdk checks the skill id too, but throws (a TypeError without a context): answer 400 here instead.
    if (options.skillId && envelope.context?.System?.application?.applicationId !== options.skillId) {
      return errorReply(400, 'request is for another skill', { note: 'alexa.skill_id' });
    }
    const response = await skill.invoke(envelope as RequestEnvelope);
    return jsonReply(200, response, { userId: userIdOf(envelope) });
  };
}
