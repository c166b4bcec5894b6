// The terminal's Alexa client: each typed line becomes a real request envelope
// (intent and slots from the terminal NLU, standing in for Alexa's), sent to
// the real skill in-process, with the session carried between turns.
import type { Skill } from 'ask-sdk-core';
import { createAlexaConversation } from '../platforms/alexa/conversation';
import type { AlexaRequestSpec } from '../platforms/alexa/envelope';
import { localeModel, matchUtterance, type Match } from './nlu';
import type { ChatClient } from './chat';

/** The request Alexa would send for a match. */
export const intentRequestOf = (match: Match): AlexaRequestSpec => ({ type: 'IntentRequest', intent: match.intent, slots: match.slots });

export function alexaClient(skill: Skill, locale: string): ChatClient {
  // Train the NLU now, while the welcome is read, not on the first line.
  void localeModel(locale);
  const conversation = createAlexaConversation(skill, { locale });
  return {
    async launch() {
      const turn = await conversation.send({ type: 'LaunchRequest' });
      return { ssml: turn.ssml, ended: turn.ended };
    },
    async say(line: string) {
      const turn = await conversation.send(intentRequestOf(await matchUtterance(line, locale)));
      return { ssml: turn.ssml, ended: turn.ended };
    },
    async hangUp() {
      await conversation.send({ type: 'SessionEndedRequest', reason: 'USER_INITIATED' });
    },
  };
}
