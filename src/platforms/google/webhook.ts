// The HTTP side of the Dialogflow webhook, shared by Lambda and the
// self-hosted server: parse and check the body, run the app, and add the
// generic Dialogflow text (fulfillmentText/fulfillmentMessages) that every
// integration reads next to the Assistant payload.
import { ssmlToText } from '../../render/ssml';

export interface HttpResult {
  statusCode: number;
  headers: Record<string, string>;
  body: string;
}

type JsonObject = Record<string, unknown>;
export type DialogflowApp = (body: JsonObject, headers: Record<string, string | string[] | undefined>) => Promise<{ status: number; body: JsonObject }>;

const JSON_HEADERS = { 'content-type': 'application/json; charset=utf-8' };
const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

export const badRequest = (statusCode: number, error: string): HttpResult => ({ statusCode, headers: JSON_HEADERS, body: JSON.stringify({ error }) });

/** A v2 WebhookRequest, with a broken queryResult replaced by one that reads as "not understood". */
export function toWebhookRequest(body: unknown): JsonObject | null {
  if (!isObject(body) || typeof body.session !== 'string' || body.session.length > 500) return null;
  const q = isObject(body.queryResult) ? body.queryResult : {};
  const intent = isObject(q.intent) && typeof q.intent.displayName === 'string' ? q.intent : { displayName: 'FallbackIntent' };
  return {
    ...body,
    queryResult: {
      ...q,
      queryText: typeof q.queryText === 'string' ? q.queryText : '',
      intent,
      parameters: isObject(q.parameters) ? q.parameters : {},
      languageCode: typeof q.languageCode === 'string' ? q.languageCode : 'en',
      outputContexts: Array.isArray(q.outputContexts) ? q.outputContexts.filter(isObject) : [],
    },
    originalDetectIntentRequest: isObject(body.originalDetectIntentRequest) ? body.originalDetectIntentRequest : { payload: {} },
  };
}

/** Copies the Assistant speech into the generic fields other integrations read. */
export function withGenericText(response: JsonObject): JsonObject {
  const google = isObject(response.payload) && isObject(response.payload.google) ? response.payload.google : {};
  const items = isObject(google.richResponse) && Array.isArray(google.richResponse.items) ? google.richResponse.items : [];
  const simple = items.map((i) => (isObject(i) && isObject(i.simpleResponse) ? i.simpleResponse : null)).find(Boolean);
  const speech = typeof simple?.textToSpeech === 'string' ? ssmlToText(simple.textToSpeech) : '';
  return { ...response, fulfillmentText: speech, fulfillmentMessages: [{ text: { text: [speech] } }] };
}

export async function handleWebhook(app: DialogflowApp, rawBody: string, headers: Record<string, string | undefined>): Promise<HttpResult> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(rawBody);
  } catch {
    return badRequest(400, 'body is not JSON');
  }
  const request = toWebhookRequest(parsed);
  if (!request) return badRequest(400, 'body is not a Dialogflow v2 WebhookRequest');
  const result = await app(request, headers);
  return { statusCode: result.status, headers: JSON_HEADERS, body: JSON.stringify(withGenericText(result.body)) };
}
