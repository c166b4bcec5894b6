// The terminal's Dialogflow client: each typed line becomes a v2
// WebhookRequest (intent and parameters from the same utterance matching as
// on Alexa), sent to the real webhook handler with the contexts carried over.
import { createGoogleConversation } from '../platforms/google/conversation';
import { createGoogleLambda } from '../platforms/google/lambda';
import type { TurnDeps } from '../platforms/turn';
import { matchUtterance } from './matcher';
import type { ChatClient } from './chat';

export function googleClient(deps: TurnDeps, locale: string): ChatClient {
  // In-process: nothing crosses a network, so there is no shared secret to check.
  const conversation = createGoogleConversation(createGoogleLambda(deps, 'off'), { languageCode: locale });
  const send = async (intent: string, parameters: Record<string, unknown>, queryText: string) => {
    const turn = await conversation.send({ intent, parameters, queryText });
    return { ssml: turn.ssml, ended: turn.ended };
  };
  return {
    launch: () => send('WelcomeIntent', {}, 'open hip coach'),
    say(line: string) {
      const match = matchUtterance(line, locale);
      const parameters: Record<string, unknown> = {};
      // Dialogflow sends @sys.number as a number and a custom entity as its value id ('' when unmatched).
      if (match.slots.level) parameters.level = Number(match.slots.level.value);
      if (match.slots.pattern) parameters.pattern = match.slots.pattern.resolution?.id ?? '';
      return send(match.intent.replace(/^AMAZON\./, ''), parameters, line);
    },
    // Dialogflow has no session-ended request: the contexts simply expire.
    hangUp: async () => {},
  };
}
