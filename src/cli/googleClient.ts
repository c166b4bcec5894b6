// The terminal's Dialogflow client: each typed line becomes a v2
// WebhookRequest (intent and parameters from the same terminal NLU as on
// Alexa, queryText the line itself), sent to the real webhook handler with the
// contexts carried over.
import { createGoogleConversation, type GoogleUtterance } from '../platforms/google/conversation';
import { createGoogleLambda } from '../platforms/google/lambda';
import type { TurnDeps } from '../platforms/turn';
import { STATEMENT, localeModel, matchUtterance, type Match } from './nlu';
import type { ChatClient } from './chat';

/**
 * What Dialogflow would send for a match. The agent has no statement intent:
 * words nothing matched arrive as the fallback with their queryText. Number
 * parameters are numbers, custom entities their value id ('' when unmatched).
 */
export function dialogflowUtteranceOf(match: Match, line: string): GoogleUtterance {
  if (match.intent === STATEMENT || match.intent === 'AMAZON.FallbackIntent') return { intent: 'FallbackIntent', parameters: {}, queryText: line };
  const parameters: Record<string, unknown> = {};
  for (const [name, slot] of Object.entries(match.slots)) {
    if (slot.resolution) parameters[name] = slot.resolution.id ?? '';
    else parameters[name] = /^\d+$/.test(slot.value) ? Number(slot.value) : '';
  }
  return { intent: match.intent.replace(/^AMAZON\./, ''), parameters, queryText: line };
}

export function googleClient(deps: TurnDeps, locale: string): ChatClient {
  // Train the NLU now, while the welcome is read, not on the first line.
  void localeModel(locale);
  // In-process: nothing crosses a network, so there is no shared secret to check.
  const conversation = createGoogleConversation(createGoogleLambda(deps, 'off'), { languageCode: locale });
  const send = async (u: GoogleUtterance) => {
    const turn = await conversation.send(u);
    return { ssml: turn.ssml, ended: turn.ended };
  };
  return {
    launch: () => send({ intent: 'WelcomeIntent', parameters: {}, queryText: 'open hip coach' }),
    say: async (line: string) => send(dialogflowUtteranceOf(await matchUtterance(line, locale), line)),
    // Dialogflow has no session-ended request: the contexts simply expire.
    hangUp: async () => {},
  };
}
