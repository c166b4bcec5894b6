// The script as autocannon requests to POST /alexa, one per line. Each
// connection's context carries the session like Alexa does: the response's
// sessionAttributes go into the next request's session.attributes.
import type autocannon from 'autocannon';
import { alexaEnvelope, type AlexaRequestSpec } from '../../src/platforms/alexa/envelope';
import { SCRIPT, onTurnResponse, userPool, type ConversationStats, type LoadUser } from './script';

interface AlexaContext {
  user?: LoadUser;
  sessionId?: string;
  attributes?: Record<string, unknown>;
  ended?: boolean;
}

function specOf(line: string): AlexaRequestSpec {
  if (line === 'launch') return { type: 'LaunchRequest' };
  const [word, value = ''] = line.split(' ');
  if (word === 'pain') return { type: 'IntentRequest', intent: 'PainLevelIntent', slots: { level: { value } } };
  if (word === 'pattern') return { type: 'IntentRequest', intent: 'PainPatternIntent', slots: { pattern: { value, resolution: { status: 'ER_SUCCESS_MATCH', id: value } } } };
  const intents: Record<string, string> = { yes: 'AMAZON.YesIntent', no: 'AMAZON.NoIntent', next: 'AMAZON.NextIntent' };
  return { type: 'IntentRequest', intent: intents[line] ?? 'AMAZON.FallbackIntent' };
}

export function alexaRequests(stats: ConversationStats): autocannon.Request[] {
  const users = userPool('amzn1.ask.account.LOAD');
  return SCRIPT.map((line, index): autocannon.Request => {
    const spec = specOf(line);
    const first = index === 0;
    const last = index === SCRIPT.length - 1;
    return {
      setupRequest(request, context: AlexaContext) {
        if (first || !context.user) {
          context.user = users.take();
          context.sessionId = `amzn1.echo-api.session.${context.user.id}.${++context.user.sessions}`;
          context.attributes = {};
        }
        const envelope = alexaEnvelope(spec, {
          applicationId: 'amzn1.ask.skill.load',
          userId: context.user.id,
          sessionId: context.sessionId!,
          locale: 'en-US',
          isNew: first,
          attributes: context.attributes ?? {},
        });
        return { ...request, method: 'POST', path: '/alexa', headers: { 'content-type': 'application/json' }, body: JSON.stringify(envelope) };
      },
      onResponse: onTurnResponse<AlexaContext>(stats, users, last, (response, context) => {
        context.attributes = response.sessionAttributes ?? {};
        context.ended = response.response?.shouldEndSession === true;
      }),
    };
  });
}
