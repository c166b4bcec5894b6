// Who may call the webhook: Dialogflow sends a shared secret, as the header
// x-webhook-secret or as the password of HTTP basic auth (both are settings of
// Dialogflow's fulfillment). Compared in constant time; no secret configured
// means no caller is accepted (fail closed), unless auth is explicitly off.
import { createHash, timingSafeEqual } from 'node:crypto';

export type WebhookAuth = { secret: string } | 'off';

const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();
const sameSecret = (given: string, expected: string) => timingSafeEqual(digest(given), digest(expected));

function header(headers: Record<string, string | undefined>, name: string): string | undefined {
  const key = Object.keys(headers).find((k) => k.toLowerCase() === name);
  return key === undefined ? undefined : headers[key];
}

function basicPassword(authorization: string | undefined): string | undefined {
  const match = /^Basic\s+([A-Za-z0-9+/=]+)$/i.exec(authorization?.trim() ?? '');
  if (!match) return undefined;
  const decoded = Buffer.from(match[1]!, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon < 0 ? undefined : decoded.slice(colon + 1);
}

export function isAuthorized(auth: WebhookAuth, headers: Record<string, string | undefined>): boolean {
  if (auth === 'off') return true;
  if (!auth.secret) return false;
  const candidates = [header(headers, 'x-webhook-secret'), basicPassword(header(headers, 'authorization'))];
  // Check every candidate, so timing does not reveal which one was present.
  return candidates.map((c) => c !== undefined && sameSecret(c, auth.secret)).some(Boolean);
}
