// Drives the webhook in-process the way Dialogflow does: a v2 WebhookRequest
// per turn inside an API Gateway event, the output contexts of each response
// carried into the next request, and user storage carried like the Assistant.
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import type { GoogleLambda } from './lambda';

export interface GoogleTurn {
  statusCode: number;
  /** The parsed WebhookResponse. */
  response: Record<string, any>;
  ssml: string;
  text: string;
  ended: boolean;
}

export interface GoogleUtterance {
  intent: string;
  parameters?: Record<string, unknown>;
  queryText?: string;
}

export const PROJECT = 'projects/hip-coach-local/agent';

/** A Dialogflow v2 WebhookRequest as Dialogflow sends it for the Assistant integration. */
export function webhookRequest(
  u: GoogleUtterance,
  at: { session: string; turn: number; languageCode: string; contexts: readonly DialogflowContext[]; userStorage?: string | undefined },
) {
  const conversationId = at.session.split('/').pop();
  return {
    responseId: `${conversationId}-${at.turn}`,
    session: at.session,
    queryResult: {
      queryText: u.queryText ?? '',
      parameters: u.parameters ?? {},
      allRequiredParamsPresent: true,
      intent: { name: `${PROJECT}/intents/${u.intent}`, displayName: u.intent },
      intentDetectionConfidence: 1,
      languageCode: at.languageCode,
      outputContexts: at.contexts,
    },
    originalDetectIntentRequest: {
      source: 'google',
      version: '2',
      payload: {
        user: { locale: at.languageCode, ...(at.userStorage ? { userStorage: at.userStorage } : {}) },
        conversation: { conversationId, type: at.turn === 1 ? 'NEW' : 'ACTIVE' },
      },
    },
  };
}

export function apiGatewayEvent(body: string, headers: Record<string, string> = {}): APIGatewayProxyEventV2 {
  return {
    version: '2.0',
    routeKey: 'POST /google',
    rawPath: '/google',
    rawQueryString: '',
    headers: { 'content-type': 'application/json', ...headers },
    requestContext: {
      accountId: '000000000000',
      apiId: 'local',
      domainName: 'localhost',
      domainPrefix: 'local',
      http: { method: 'POST', path: '/google', protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: 'Google-Dialogflow' },
      requestId: 'local',
      routeKey: 'POST /google',
      stage: '$default',
      time: '28/Nov/2026:09:00:00 +0000',
      timeEpoch: 0,
    },
    body,
    isBase64Encoded: false,
  };
}

export function createGoogleConversation(handler: GoogleLambda, options: { languageCode?: string; headers?: Record<string, string> } = {}) {
  let contexts: DialogflowContext[] = [];
  let userStorage: string | undefined;
  let sessionNumber = 1;
  let turn = 0;

  const request = (u: GoogleUtterance) =>
    webhookRequest(u, {
      session: `${PROJECT}/sessions/local-session-${sessionNumber}`,
      turn: ++turn,
      languageCode: options.languageCode ?? 'en-US',
      contexts,
      userStorage,
    });

  return {
    /** Sends a raw body (tests of malformed input). */
    async sendRaw(body: string, headers: Record<string, string> = {}) {
      return handler(apiGatewayEvent(body, { ...options.headers, ...headers }));
    },
    async send(u: GoogleUtterance): Promise<GoogleTurn> {
      const result = await handler(apiGatewayEvent(JSON.stringify(request(u)), options.headers));
      const response = JSON.parse(String(result.body ?? '{}')) as Record<string, any>;
      const google = response.payload?.google ?? {};
      const simple = google.richResponse?.items?.find((i: any) => i.simpleResponse)?.simpleResponse ?? {};
      const ended = google.expectUserResponse === false;
      if (typeof google.userStorage === 'string') userStorage = google.userStorage;
      // Like Dialogflow: contexts live on within a session and are gone in the next one.
      contexts = ended ? [] : mergeContexts(contexts, response.outputContexts ?? []);
      if (ended) {
        sessionNumber++;
        turn = 0;
      }
      return { statusCode: result.statusCode ?? 200, response, ssml: simple.textToSpeech ?? '', text: response.fulfillmentText ?? '', ended };
    },
  };
}

export interface DialogflowContext {
  name: string;
  lifespanCount?: number;
  parameters?: Record<string, unknown>;
}

/** Dialogflow keeps active contexts until their lifespan runs out; new ones replace old ones by name. */
export function mergeContexts(previous: readonly DialogflowContext[], next: readonly DialogflowContext[]): DialogflowContext[] {
  const byName = new Map<string, DialogflowContext>();
  for (const c of previous) if ((c.lifespanCount ?? 1) > 1) byName.set(c.name, { ...c, lifespanCount: (c.lifespanCount ?? 1) - 1 });
  for (const c of next) byName.set(c.name, c);
  return [...byName.values()].filter((c) => (c.lifespanCount ?? 1) > 0);
}
