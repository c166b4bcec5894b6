// The self-hosted HTTP server: POST /alexa and POST /google on the same
// handlers as Lambda, GET /healthz. Pure wiring: no ports, env or stdout here.
// Every request gets exactly one log line, and nothing thrown escapes a request.
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import type { Logger } from '../platforms/logger';
import type { WebhookAuth } from '../platforms/google/auth';
import type { TurnDeps } from '../platforms/turn';
import { createAlexaRoute } from './alexaRoute';
import { MAX_BODY_BYTES, readBody } from './body';
import { createGoogleRoute } from './googleRoute';
import { errorReply, jsonReply, type Reply, type Route } from './reply';
import { hashUserId } from './userHash';

export interface ServerOptions {
  deps: TurnDeps;
  /** When set, Alexa requests for another skill get a 400. */
  alexaSkillId?: string | undefined;
  webhookAuth: WebhookAuth;
  /** Check Alexa's signature and timestamp. Off only for local testing. */
  verifyAlexa: boolean;
  /** Gets one 'http.request' line per request. */
  logger: Logger;
  maxBodyBytes?: number;
}

export function createServer(options: ServerOptions): http.Server {
  const routes: Record<string, Route> = {
    '/alexa': createAlexaRoute(options.deps, { skillId: options.alexaSkillId, verify: options.verifyAlexa }),
    '/google': createGoogleRoute(options.deps, options.webhookAuth),
  };
  const limit = options.maxBodyBytes ?? MAX_BODY_BYTES;

  async function route(req: IncomingMessage, path: string): Promise<Reply> {
    if (path === '/healthz') return req.method === 'GET' || req.method === 'HEAD' ? jsonReply(200, { ok: true }) : errorReply(405, 'method not allowed', { headers: { allow: 'GET, HEAD' } });
    const handler = routes[path];
    if (!handler) return errorReply(404, 'not found');
    if (req.method !== 'POST') return errorReply(405, 'method not allowed', { headers: { allow: 'POST' } });
    const body = await readBody(req, limit);
    if (body === null) return errorReply(413, `body over ${limit} bytes`, { close: true });
    return handler(body, req.headers);
  }

  async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const started = performance.now();
    const requestId = randomUUID();
    const path = (req.url ?? '/').split('?')[0]!.slice(0, 100);
    let reply: Reply;
    try {
      reply = await route(req, path);
    } catch (error) {
      // The name only: messages can quote request content (JSON.parse does).
      reply = errorReply(500, 'internal error', { note: `error.${error instanceof Error ? error.name : typeof error}` });
    }
    send(res, reply, requestId);
    options.logger.info('http.request', {
      requestId,
      method: req.method,
      path,
      status: reply.status,
      durationMs: Math.round((performance.now() - started) * 10) / 10,
      ...(reply.userId ? { user: hashUserId(reply.userId) } : {}),
      ...(reply.note ? { note: reply.note } : {}),
    });
  }

  const server = http.createServer((req, res) => {
    serve(req, res).catch(() => res.destroy());
  });
  // A slow client may not hold a connection open for long (Alexa and Dialogflow send small bodies fast).
  server.headersTimeout = 10_000;
  server.requestTimeout = 15_000;
  return server;
}

function send(res: ServerResponse, reply: Reply, requestId: string): void {
  if (res.headersSent || res.destroyed) return;
  res.writeHead(reply.status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(reply.body),
    'cache-control': 'no-store',
    'x-request-id': requestId,
    ...(reply.close ? { connection: 'close' } : {}),
    ...reply.headers,
  });
  res.end(reply.body);
}
