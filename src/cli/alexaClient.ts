// The terminal's Alexa client: each typed line becomes a real request envelope
// (matched against the interaction model like Alexa's NLU would), sent to the
// real skill in-process, with the session carried between turns.
import type { Skill } from 'ask-sdk-core';
import { createAlexaConversation } from '../platforms/alexa/conversation';
import { matchUtterance } from './matcher';
import type { ChatClient } from './chat';

export function alexaClient(skill: Skill, locale: string): ChatClient {
  const conversation = createAlexaConversation(skill, { locale });
  return {
    async launch() {
      const turn = await conversation.send({ type: 'LaunchRequest' });
      return { ssml: turn.ssml, ended: turn.ended };
    },
    async say(line: string) {
      const match = matchUtterance(line, locale);
      const turn = await conversation.send({ type: 'IntentRequest', intent: match.intent, slots: match.slots });
      return { ssml: turn.ssml, ended: turn.ended };
    },
    async hangUp() {
      await conversation.send({ type: 'SessionEndedRequest', reason: 'USER_INITIATED' });
    },
  };
}
