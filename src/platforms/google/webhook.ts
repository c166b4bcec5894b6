// The HTTP side of the Dialogflow webhook, shared by Lambda and the
// self-hosted server: parse and check the body, run the app, and add the
// generic Dialogflow text (fulfillmentText/fulfillmentMessages) that every
// integration reads next to the Assistant payload.
import { ssmlToText } from '../../render/ssml';
import { isAuthorized, type WebhookAuth } from './auth';
import { genericRichMessages } from './rich';

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

/** actions-on-google finds its context by the last path segment of the name, like this. */
const isLibraryContext = (name: string) => /(^|\/)_actions_on_google$/.test(name);

/**
 * A context the library can read: an object with a string name, and for the
 * library's own context, parameters whose data is a JSON object string (it
 * throws while reading conv.data otherwise).
 */
function isReadableContext(context: JsonObject): boolean {
  if (typeof context.name !== 'string') return false;
  if (context.parameters !== undefined && !isObject(context.parameters)) return false;
  if (!isLibraryContext(context.name)) return true;
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

/** User storage as the library writes it: {"data": {...}}; it reads .data without checking. */
const isReadableStorage = (text: unknown): boolean => {
  if (!parsesToObject(text)) return false;
  return isObject((JSON.parse(text as string) as JsonObject).data);
};

const stringsOf = (o: unknown, keys: readonly string[]): JsonObject =>
  isObject(o) ? Object.fromEntries(keys.filter((k) => typeof o[k] === 'string').map((k) => [k, o[k]])) : {};

/**
 * The Assistant payload, cut down to what the app reads (user storage) and what
 * the library needs to answer. The library throws on many shapes it does not
 * expect (a null user, non-array inputs, a capabilities object...); the fuzz
 * tests found a dozen of them answering 500, so only checked fields go through.
 */
function readablePayload(original: unknown): JsonObject {
  const outer = isObject(original) ? original : {};
  const payload = isObject(outer.payload) ? outer.payload : {};
  const conversation = stringsOf(payload.conversation, ['conversationId', 'type', 'conversationToken']);
  // No user object means an integration without user storage: keep it absent, so nothing is stored.
  if (!isObject(payload.user)) return { ...stringsOf(outer, ['source', 'version']), payload: { conversation } };
  const user = payload.user;
  return {
    ...stringsOf(outer, ['source', 'version']),
    payload: {
      user: { ...stringsOf(user, ['locale', 'userId']), ...(isReadableStorage(user.userStorage) ? { userStorage: user.userStorage } : {}) },
      conversation,
      ...readableSurface(payload.surface),
    },
  };
}

/** The surface's capabilities, as names only (cards go only where a screen is): absent when not sent. */
function readableSurface(surface: unknown): JsonObject {
  if (!isObject(surface) || !Array.isArray(surface.capabilities)) return {};
  const capabilities = surface.capabilities.filter(isObject).filter((c) => typeof c.name === 'string').map((c) => ({ name: c.name as string }));
  return { surface: { capabilities } };
}

/** Intent names the library looks up in a plain object: "constructor" or "toString" would find Object.prototype's. */
const isInherited = (name: string) => name in Object.prototype;

/**
 * A v2 WebhookRequest with only the fields the app and the library read, each
 * checked; a broken queryResult reads as "not understood". Anything else (a v1
 * "result" next to the session, unknown fields) is left out.
 */
export function toWebhookRequest(body: unknown): JsonObject | null {
  if (!isObject(body) || typeof body.session !== 'string' || body.session.length > 500) return null;
  const q = isObject(body.queryResult) ? body.queryResult : {};
  const name = isObject(q.intent) ? q.intent.displayName : undefined;
  const displayName = typeof name === 'string' && !isInherited(name) ? name : 'FallbackIntent';
  return {
    ...stringsOf(body, ['responseId']),
    session: body.session,
    queryResult: {
      queryText: typeof q.queryText === 'string' ? q.queryText : '',
      intent: { ...stringsOf(q.intent, ['name']), displayName },
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
  // The text first, unchanged; then the screen as a card and quick replies where the integration shows them.
  return { ...response, fulfillmentText: speech, fulfillmentMessages: [{ text: { text: [speech] } }, ...genericRichMessages(google)] };
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
