// The Alexa adapter: one dispatching handler and one error handler. Each
// request becomes an engine event, one turn runs, the result is rendered.
import { SkillBuilders, type Skill, type ErrorHandler, type HandlerInput, type RequestHandler } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { render, resolveLocale, type Random } from '../../render/render';
import { runTurn, type TurnDeps } from '../turn';
import { eventOf } from './event';
import { withScreen } from './apl';
import { staleAnswer, touchFreshness } from './touch';

/** Where our state lives inside Alexa's session attributes. */
export const STATE_KEY = 'hipCoach';

export interface AlexaDeps extends TurnDeps {
  /** When set, requests for any other skill id are refused. */
  skillId?: string;
}

function dispatcher(deps: AlexaDeps): RequestHandler {
  return {
    canHandle: () => true,
    async handle(input: HandlerInput): Promise<Response> {
      const envelope = input.requestEnvelope;
      const event = eventOf(envelope);
      const found = envelope.session?.user?.userId ?? envelope.context?.System?.user?.userId;
      // No user id: no stored progress (all such requests would otherwise share one record).
      const userId = typeof found === 'string' && found.length > 0 ? found : null;
      if (event.type === 'ignored') return input.responseBuilder.getResponse();
      if (event.type === 'skillDisabled') {
        // The user disabled the skill: forget them (policy and privacy).
        if (userId) await deps.store?.delete(userId).catch((error) => deps.logger.warn('store.delete_failed', { error: String(error) }));
        return input.responseBuilder.getResponse();
      }
      // A request without a session has no attributes: the SDK throws on reading or writing them,
      // which sent even a SessionEndedRequest to the spoken recovery (found by tests/fuzz.alexa.test.ts).
      const inSession = Boolean(envelope.session); // as the SDK tests it
      const attributes: Record<string, unknown> = (inSession ? input.attributesManager.getSessionAttributes() : null) ?? {};
      const locale = resolveLocale(envelope.request.locale);
      // A touch from an older screen never reaches the engine (touch.ts).
      const fresh = event.type === 'touch' ? touchFreshness(event, attributes[STATE_KEY]) : null;
      if (fresh?.kind === 'drop') return (fresh.end ? input.responseBuilder.withShouldEndSession(true) : input.responseBuilder).getResponse();
      if (fresh?.kind === 'stale') {
        const again = staleAnswer(fresh.state, locale, deps.random);
        return withScreen(input.responseBuilder.speak(again.ssml), envelope, fresh.state, again, locale).reprompt(again.repromptSsml ?? again.ssml).getResponse();
      }
      const turnEvent = event.type === 'touch' ? event.event : event;
      const turn = await runTurn({ rawState: attributes[STATE_KEY], event: turnEvent, userId, locale }, deps);
      // A SessionEndedRequest may not carry speech.
      if (event.type === 'sessionEnded') return input.responseBuilder.getResponse();
      if (inSession) input.attributesManager.setSessionAttributes({ [STATE_KEY]: turn.state });
      // The screen, only where the device supports APL; voice-only responses are unchanged.
      const builder = withScreen(input.responseBuilder.speak(turn.rendered.ssml), envelope, turn.state, turn.rendered, locale);
      if (turn.end) return builder.withShouldEndSession(true).getResponse();
      return builder.reprompt(turn.rendered.repromptSsml ?? turn.rendered.ssml).getResponse();
    },
  };
}

/** Anything unexpected: a short spoken recovery, the session kept as it was. */
function recovery(deps: AlexaDeps, random: Random): ErrorHandler {
  return {
    canHandle: () => true,
    handle(input: HandlerInput, error: Error): Response {
      deps.logger.warn('alexa.error', { name: error.name, message: error.message.slice(0, 200) });
      // Alexa rejects any speech in the answer to a SessionEndedRequest.
      if (input.requestEnvelope.request?.type === 'SessionEndedRequest') return input.responseBuilder.getResponse();
      const locale = resolveLocale(input.requestEnvelope.request?.locale);
      const { ssml, repromptSsml } = render([{ id: 'notUnderstood', params: {} }, { id: 'keepGoingPrompt', params: {} }], locale, random);
      return input.responseBuilder.speak(ssml).reprompt(repromptSsml ?? ssml).getResponse();
    },
  };
}

export function createAlexaSkill(deps: AlexaDeps): Skill {
  const builder = SkillBuilders.custom().addRequestHandlers(dispatcher(deps)).addErrorHandlers(recovery(deps, deps.random));
  if (deps.skillId) builder.withSkillId(deps.skillId);
  return builder.create();
}
