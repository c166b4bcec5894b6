// The self-hosted server over real HTTP on 127.0.0.1 (port 0), in-process.
// Alexa's signature check downloads a certificate, so only its failure paths
// (which must fail before any download) can be tested offline.
import { execFileSync } from 'node:child_process';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { alexaEnvelope, type AlexaRequestSpec } from '../src/platforms/alexa/envelope';
import type { WebhookAuth } from '../src/platforms/google/auth';
import { memoryLogger } from '../src/platforms/logger';
import type { TurnDeps } from '../src/platforms/turn';
import { createServer } from '../src/server/server';
import { createMemoryStore } from '../src/store/memory';
import type { ProgressStore } from '../src/store/types';

const SECRET = 'server-test-secret-0123456789';
const RAW_USER = 'amzn1.ask.account.RAW-USER-ID-MUST-NOT-BE-LOGGED';
const SKILL_ID = 'amzn1.ask.skill.server-test';
const CERT_URL = 'https://s3.amazonaws.com/echo.api/echo-api-cert-12.pem';
const UTTERANCE = 'my private utterance about my back';

/** A memory store that records every call, to prove no skill code ran. */
function spyStore(): ProgressStore & { calls: string[] } {
  const inner = createMemoryStore();
  const calls: string[] = [];
  return {
    calls,
    load: (id) => (calls.push('load'), inner.load(id)),
    save: (id, p, v) => (calls.push('save'), inner.save(id, p, v)),
    delete: (id) => (calls.push('delete'), inner.delete(id)),
  };
}

interface Running {
  url: string;
  server: Server;
  store: ReturnType<typeof spyStore>;
  logger: ReturnType<typeof memoryLogger>;
}

const running: Running[] = [];

async function start(options: { verifyAlexa: boolean; webhookAuth: WebhookAuth; alexaSkillId?: string; deps?: Partial<TurnDeps> }): Promise<Running> {
  const store = spyStore();
  const logger = memoryLogger();
  const deps: TurnDeps = { store, clock: () => new Date(), random: () => 0, painHistoryAllowed: false, logger, ...options.deps };
  const server = createServer({ deps, logger, verifyAlexa: options.verifyAlexa, webhookAuth: options.webhookAuth, alexaSkillId: options.alexaSkillId });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const r = { url: `http://127.0.0.1:${port}`, server, store, logger };
  running.push(r);
  return r;
}

const envelope = (spec: AlexaRequestSpec = { type: 'LaunchRequest' }, over: { timestamp?: string; applicationId?: string; attributes?: Record<string, unknown> } = {}) =>
  alexaEnvelope(spec, {
    applicationId: over.applicationId ?? SKILL_ID,
    userId: RAW_USER,
    sessionId: 'amzn1.echo-api.session.server-test',
    locale: 'en-US',
    isNew: !over.attributes,
    attributes: over.attributes ?? {},
    timestamp: over.timestamp ?? new Date().toISOString(),
  });

const post = (url: string, body: string, headers: Record<string, string> = {}) =>
  fetch(url, { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } });

const json = (res: Response): Promise<any> => res.json();

const dialogflowRequest = (userStorage?: string) =>
  JSON.stringify({
    responseId: 'server-test-1',
    session: 'projects/hip-coach-local/agent/sessions/server-test',
    queryResult: { queryText: UTTERANCE, parameters: {}, intent: { displayName: 'WelcomeIntent' }, languageCode: 'en-US', outputContexts: [] },
    originalDetectIntentRequest: { source: 'google', version: '2', payload: { user: { locale: 'en-US', ...(userStorage ? { userStorage } : {}) } } },
  });

let secure: Running;
let insecure: Running;

beforeAll(async () => {
  secure = await start({ verifyAlexa: true, webhookAuth: { secret: SECRET }, alexaSkillId: SKILL_ID });
  insecure = await start({ verifyAlexa: false, webhookAuth: 'off', alexaSkillId: SKILL_ID });
});

afterAll(async () => {
  vi.restoreAllMocks();
  await Promise.all(running.map((r) => new Promise((resolve) => (r.server.closeAllConnections(), r.server.close(resolve)))));
});

describe('routing', () => {
  it('answers GET /healthz', async () => {
    const res = await fetch(`${secure.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });
  });

  it('answers 404 for an unknown path and 405 for a non-POST on an endpoint', async () => {
    expect((await fetch(`${secure.url}/nope`)).status).toBe(404);
    const res = await fetch(`${secure.url}/alexa`);
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('POST');
    expect((await fetch(`${secure.url}/google`, { method: 'PUT', body: '{}' })).status).toBe(405);
  });

  it('refuses a 300 KB body with a 413, declared or streamed, and keeps serving', async () => {
    const big = 'a'.repeat(300 * 1024);
    expect((await post(`${insecure.url}/alexa`, big)).status).toBe(413);
    const stream = new Blob([big]).stream();
    const streamed = await fetch(`${insecure.url}/google`, { method: 'POST', body: stream, duplex: 'half' } as RequestInit);
    expect(streamed.status).toBe(413);
    expect((await fetch(`${insecure.url}/healthz`)).status).toBe(200);
    expect(insecure.store.calls).toEqual([]);
  });
});

describe('POST /alexa with verification', () => {
  const fetchSpy = () => vi.spyOn(https, 'get');

  it('refuses an unsigned request with a 400 before any skill code runs', async () => {
    const before = secure.logger.lines.length;
    const res = await post(`${secure.url}/alexa`, JSON.stringify(envelope()));
    expect(res.status).toBe(400);
    expect(secure.store.calls).toEqual([]);
    expect(secure.logger.lines.slice(before).map((l) => l.event)).toEqual(['http.request']);
  });

  it('refuses a stale, future or unreadable timestamp, without downloading a certificate', async () => {
    const get = fetchSpy();
    const headers = { signaturecertchainurl: CERT_URL, 'signature-256': 'c2lnbmF0dXJl' };
    for (const timestamp of [new Date(Date.now() - 200_000).toISOString(), new Date(Date.now() + 600_000).toISOString(), 'not a time']) {
      const res = await post(`${secure.url}/alexa`, JSON.stringify(envelope(undefined, { timestamp })), headers);
      expect(res.status).toBe(400);
      expect((await json(res)).error).toMatch(/timestamp/);
    }
    expect(get).not.toHaveBeenCalled();
    expect(secure.store.calls).toEqual([]);
    get.mockRestore();
  });

  it('refuses a bad certificate URL before fetching it', async () => {
    const get = fetchSpy();
    const bad = ['http://s3.amazonaws.com/echo.api/echo-api-cert.pem', 'https://evil.example.com/echo.api/echo-api-cert.pem', 'https://s3.amazonaws.com/other/cert.pem', 'https://s3.amazonaws.com:8443/echo.api/cert.pem', 'not a url'];
    for (const url of bad) {
      const res = await post(`${secure.url}/alexa`, JSON.stringify(envelope()), { signaturecertchainurl: url, 'signature-256': 'c2lnbmF0dXJl' });
      expect(res.status).toBe(400);
      expect((await json(res)).error).toMatch(/signature/);
    }
    expect(get).not.toHaveBeenCalled();
    expect(secure.store.calls).toEqual([]);
    get.mockRestore();
  });

  it('needs Signature-256: the legacy Signature header alone is refused', async () => {
    const res = await post(`${secure.url}/alexa`, JSON.stringify(envelope()), { signaturecertchainurl: CERT_URL, signature: 'c2lnbmF0dXJl' });
    expect(res.status).toBe(400);
  });

  it('loads the verifiers without express', () => {
    const script = "require('ask-sdk-express-adapter/dist/verifier'); console.log(JSON.stringify(Object.keys(require.cache).filter((k) => /node_modules[\\\\/](express|body-parser)[\\\\/]/.test(k))))";
    expect(JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }))).toEqual([]);
  });
});

describe('POST /alexa without verification (--insecure-local)', () => {
  it('runs a LaunchRequest and the next turn with the session carried', async () => {
    const res = await post(`${insecure.url}/alexa`, JSON.stringify(envelope()));
    expect(res.status).toBe(200);
    const first = await json(res);
    expect(first.response.outputSpeech.ssml).toMatch(/Welcome to Hip Coach/);
    const next = await post(`${insecure.url}/alexa`, JSON.stringify(envelope({ type: 'IntentRequest', intent: 'AMAZON.YesIntent' }, { attributes: first.sessionAttributes })));
    expect(next.status).toBe(200);
    const second = await json(next);
    // The state moved on from the carried attributes (the wording is the flow tests' business).
    expect(second.response.outputSpeech.ssml).toMatch(/^<speak>.+<\/speak>$/s);
    expect(second.sessionAttributes.hipCoach).toBeDefined();
    expect(second.sessionAttributes).not.toEqual(first.sessionAttributes);
  });

  it('refuses truncated JSON, a non-envelope and another skill id with a 400, before the skill runs', async () => {
    const calls = insecure.store.calls.length;
    const body = JSON.stringify(envelope());
    expect((await post(`${insecure.url}/alexa`, body.slice(0, body.length / 2))).status).toBe(400);
    expect((await post(`${insecure.url}/alexa`, '[1,2]')).status).toBe(400);
    expect((await post(`${insecure.url}/alexa`, JSON.stringify(envelope(undefined, { applicationId: 'amzn1.ask.skill.other' })))).status).toBe(400);
    expect(insecure.store.calls.length).toBe(calls);
  });
});

describe('POST /google', () => {
  it('needs the webhook secret', async () => {
    expect((await post(`${secure.url}/google`, dialogflowRequest())).status).toBe(401);
    expect((await post(`${secure.url}/google`, dialogflowRequest(), { 'x-webhook-secret': 'wrong' })).status).toBe(401);
    const res = await post(`${secure.url}/google`, dialogflowRequest(), { 'x-webhook-secret': SECRET });
    expect(res.status).toBe(200);
    expect((await json(res)).fulfillmentText).toMatch(/Welcome to Hip Coach/);
  });

  it('refuses every call when no secret is configured', async () => {
    const closed = await start({ verifyAlexa: true, webhookAuth: { secret: '' } });
    expect((await post(`${closed.url}/google`, dialogflowRequest(), { 'x-webhook-secret': '' })).status).toBe(401);
    expect((await post(`${closed.url}/google`, dialogflowRequest(), { 'x-webhook-secret': SECRET })).status).toBe(401);
  });

  it('refuses truncated JSON with a 400', async () => {
    const body = dialogflowRequest();
    expect((await post(`${secure.url}/google`, body.slice(0, 40), { 'x-webhook-secret': SECRET })).status).toBe(400);
  });
});

describe('failures and logs', () => {
  it('answers 500 without a stack trace when a handler throws', async () => {
    // A bug in every path, the spoken recovery included: the server itself must answer.
    const boom = () => {
      throw new Error('boom at /secret/path');
    };
    const broken = await start({ verifyAlexa: false, webhookAuth: 'off', deps: { random: boom, clock: boom } });
    for (const [path, body] of [['/alexa', JSON.stringify(envelope())], ['/google', dialogflowRequest()]] as const) {
      const res = await post(`${broken.url}${path}`, body);
      expect(res.status).toBe(500);
      const text = await res.text();
      expect(JSON.parse(text)).toEqual({ error: 'internal error' });
      expect(text).not.toMatch(/boom|secret|\bat\b/);
    }
    expect((await fetch(`${broken.url}/healthz`)).status).toBe(200);
  });

  it('logs one line per request with id, method, path, status and duration, and a hashed user id, never the raw id or words', async () => {
    const google = await post(`${insecure.url}/google`, dialogflowRequest(JSON.stringify({ data: { hipCoachId: 'google-user-RAW-0001' } })));
    expect(google.status).toBe(200);
    const requests = [...secure.logger.lines, ...insecure.logger.lines].filter((l) => l.event === 'http.request');
    expect(requests.length).toBeGreaterThan(10);
    for (const { data } of requests) {
      expect(data).toMatchObject({ requestId: expect.stringMatching(/^[\w-]{36}$/), method: expect.any(String), path: expect.any(String), status: expect.any(Number), durationMs: expect.any(Number) });
    }
    const users = requests.filter((l) => l.data.status === 200 && l.data.path !== '/healthz').map((l) => l.data.user);
    expect(users.length).toBeGreaterThan(2);
    for (const user of users) expect(user).toMatch(/^[0-9a-f]{16}$/);
    const everything = JSON.stringify([...secure.logger.lines, ...insecure.logger.lines]);
    expect(everything).not.toContain('RAW-USER-ID');
    expect(everything).not.toContain('google-user-RAW');
    expect(everything).not.toContain(UTTERANCE);
  });
});
