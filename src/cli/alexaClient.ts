// The terminal's Alexa client: each typed line becomes a real request envelope
// (matched against the interaction model like Alexa's NLU would), sent to the
// real skill in-process, with the session carried between turns.
import type { Skill } from 'ask-sdk-core';
import { createAlexaConversation } from '../platforms/alexa/conversation';
import { ECHO_SHOW_8 } from '../platforms/alexa/envelope';
import { screenOfResponse } from './screen';
import { matchUtterance } from './matcher';
import type { ChatClient } from './chat';

export function alexaClient(skill: Skill, locale: string, options: { screen?: boolean } = {}): ChatClient {
  // --screen: talk as an Echo Show 8, so responses carry their screen.
  const conversation = createAlexaConversation(skill, { locale, ...(options.screen ? { display: ECHO_SHOW_8 } : {}) });
  const screen = (turn: { envelope: Parameters<typeof screenOfResponse>[0] }) => (options.screen ? { screen: screenOfResponse(turn.envelope) } : {});
  return {
    async launch() {
      const turn = await conversation.send({ type: 'LaunchRequest' });
      return { ssml: turn.ssml, ended: turn.ended, ...screen(turn) };
    },
    async say(line: string) {
      const match = matchUtterance(line, locale);
      const turn = await conversation.send({ type: 'IntentRequest', intent: match.intent, slots: match.slots });
      return { ssml: turn.ssml, ended: turn.ended, ...screen(turn) };
    },
    async hangUp() {
      await conversation.send({ type: 'SessionEndedRequest', reason: 'USER_INITIATED' });
    },
  };
}
