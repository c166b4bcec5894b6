// POST /google: the Dialogflow webhook, through the same handleWebhook as the
// Lambda (shared secret, body checks, generic text).
import type { IncomingHttpHeaders } from 'node:http';
import type { TurnDeps } from '../platforms/turn';
import { createGoogleApp } from '../platforms/google/app';
import type { WebhookAuth } from '../platforms/google/auth';
import { handleWebhook, type DialogflowApp } from '../platforms/google/webhook';
import type { Route } from './reply';

const ID = /^[\w-]{8,64}$/;

/** The app's user id, kept in user storage as JSON {"data":{"hipCoachId":...}}. */
function storedId(userStorage: unknown): string | undefined {
  if (typeof userStorage !== 'string') return undefined;
  try {
    const id = JSON.parse(userStorage)?.data?.hipCoachId;
    return typeof id === 'string' && ID.test(id) ? id : undefined;
  } catch {
    return undefined;
  }
}

/** The id the request carried, else the one the app just gave a new user. Only for the log. */
function userIdOf(rawRequest: string, rawResponse: string): string | undefined {
  try {
    return storedId(JSON.parse(rawRequest)?.originalDetectIntentRequest?.payload?.user?.userStorage)
      ?? storedId(JSON.parse(rawResponse)?.payload?.google?.userStorage);
  } catch {
    return undefined;
  }
}

/** Node joins repeated headers into one string, except a few it keeps as arrays. */
const flat = (headers: IncomingHttpHeaders): Record<string, string | undefined> =>
  Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : v]));

export function createGoogleRoute(deps: TurnDeps, auth: WebhookAuth): Route {
  const app = createGoogleApp(deps) as unknown as DialogflowApp;
  return async (rawBody, headers) => {
    const result = await handleWebhook(app, rawBody, flat(headers), auth);
    const userId = result.statusCode === 200 ? userIdOf(rawBody, result.body) : undefined;
    return { status: result.statusCode, body: result.body, userId, note: result.statusCode === 401 ? 'google.unauthorized' : undefined };
  };
}
