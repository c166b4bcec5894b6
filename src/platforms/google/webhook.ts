// The HTTP side of the Dialogflow webhook, shared by Lambda and the
// self-hosted server: parse and check the body, run the app, and add the
// generic Dialogflow text (fulfillmentText/fulfillmentMessages) that every
// integration reads next to the Assistant payload.
import { ssmlToText } from '../../render/ssml';
import { isAuthorized, type WebhookAuth } from './auth';

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

/** The library's own context must hold a JSON object string, or it throws while reading conv.data. */
function isReadableContext(context: JsonObject): boolean {
  if (typeof context.name !== 'string' || !context.name.endsWith('/contexts/_actions_on_google')) return true;
  return parsesToObject(isObject(context.parameters) ? context.parameters.data : undefined);
}

const parsesToObject = (text: unknown): boolean => {
  if (typeof text !== 'string') return false;
  try {
    return isObject(JSON.parse(text));
  } catch {
    return false;
  }
};

/** The Assistant payload, with user storage the library could not parse taken out. */
function readablePayload(original: unknown): JsonObject {
  const payload = isObject(original) && isObject(original.payload) ? original.payload : {};
  const user = isObject(payload.user) ? payload.user : {};
  if (user.userStorage === undefined || parsesToObject(user.userStorage)) return { ...(isObject(original) ? original : {}), payload };
  const { userStorage: _dropped, ...rest } = user;
  return { ...(isObject(original) ? original : {}), payload: { ...payload, user: rest } };
}

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
      outputContexts: Array.isArray(q.outputContexts) ? q.outputContexts.filter(isObject).filter(isReadableContext) : [],
    },
    originalDetectIntentRequest: readablePayload(body.originalDetectIntentRequest),
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

export async function handleWebhook(app: DialogflowApp, rawBody: string, headers: Record<string, string | undefined>, auth: WebhookAuth): Promise<HttpResult> {
  if (!isAuthorized(auth, headers)) return badRequest(401, 'unauthorized');
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
