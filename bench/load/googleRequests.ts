// The script as autocannon requests to POST /google, one per line. Each
// connection's context carries what Dialogflow and the Assistant would: the
// output contexts within a session, user storage across sessions.
import type autocannon from 'autocannon';
import { SCRIPT, onTurnResponse, userPool, type ConversationStats, type LoadUser } from './script';
import { mergeContexts, webhookRequest, type DialogflowContext } from '../../src/platforms/google/conversation';

const PROJECT = 'projects/hip-coach-load/agent';

interface GoogleContext {
  user?: LoadUser;
  session?: string;
  contexts?: DialogflowContext[];
  ended?: boolean;
}

function intentOf(line: string): { intent: string; parameters: Record<string, unknown> } {
  const [word, value = ''] = line.split(' ');
  if (word === 'pain') return { intent: 'PainLevelIntent', parameters: { level: Number(value) } };
  if (word === 'pattern') return { intent: 'PainPatternIntent', parameters: { pattern: value } };
  const intents: Record<string, string> = { launch: 'WelcomeIntent', yes: 'YesIntent', no: 'NoIntent', next: 'NextIntent' };
  return { intent: intents[line] ?? 'FallbackIntent', parameters: {} };
}

export function googleRequests(stats: ConversationStats): autocannon.Request[] {
  const users = userPool('load');
  return SCRIPT.map((line, index): autocannon.Request => {
    const { intent, parameters } = intentOf(line);
    const first = index === 0;
    const last = index === SCRIPT.length - 1;
    return {
      setupRequest(request, context: GoogleContext) {
        if (first || !context.user) {
          context.user = users.take();
          context.session = `${PROJECT}/sessions/${context.user.id}-${++context.user.sessions}`;
          context.contexts = [];
        }
        const body = webhookRequest(
          { intent, parameters, queryText: line },
          { session: context.session!, turn: index + 1, languageCode: 'en-US', contexts: context.contexts ?? [], userStorage: context.user.userStorage },
        );
        return { ...request, method: 'POST', path: '/google', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
      },
      onResponse: onTurnResponse<GoogleContext>(stats, users, last, (response, context) => {
        const google = response.payload?.google ?? {};
        if (typeof google.userStorage === 'string' && context.user) context.user.userStorage = google.userStorage;
        context.contexts = mergeContexts(context.contexts ?? [], response.outputContexts ?? []);
        context.ended = google.expectUserResponse === false;
      }),
    };
  });
}
