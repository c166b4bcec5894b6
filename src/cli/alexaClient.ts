// The terminal's Alexa client: each typed line becomes a real request envelope
// (matched against the interaction model like Alexa's NLU would), sent to the
// real skill in-process, with the session carried between turns.
import type { Skill } from 'ask-sdk-core';
import { createAlexaConversation } from '../platforms/alexa/conversation';
import { ECHO_SHOW_8, type AlexaRequestSpec } from '../platforms/alexa/envelope';
import { screenOfResponse } from './screen';
import { localeModel, matchUtterance, type Match } from './nlu';
import type { ChatClient } from './chat';

/** The request Alexa would send for a match. */
export const intentRequestOf = (match: Match): AlexaRequestSpec => ({ type: 'IntentRequest', intent: match.intent, slots: match.slots });

export function alexaClient(skill: Skill, locale: string, options: { screen?: boolean } = {}): ChatClient {
  // Train the NLU now, while the welcome is read, not on the first line.
  void localeModel(locale);
  // --screen: talk as an Echo Show 8, so responses carry their screen.
  const conversation = createAlexaConversation(skill, { locale, ...(options.screen ? { display: ECHO_SHOW_8 } : {}) });
  const screen = (turn: { envelope: Parameters<typeof screenOfResponse>[0] }) => (options.screen ? { screen: screenOfResponse(turn.envelope) } : {});
  return {
    async launch() {
      const turn = await conversation.send({ type: 'LaunchRequest' });
      return { ssml: turn.ssml, ended: turn.ended, ...screen(turn) };
    },
    async say(line: string) {
      const turn = await conversation.send(intentRequestOf(await matchUtterance(line, locale)));
      return { ssml: turn.ssml, ended: turn.ended, ...screen(turn) };
    },
    async hangUp() {
      await conversation.send({ type: 'SessionEndedRequest', reason: 'USER_INITIATED' });
    },
  };
}
