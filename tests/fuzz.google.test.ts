// Fuzzing the Dialogflow webhook through its Lambda handler (API Gateway v2
// events): WebhookRequests built from real mid-conversation contexts and user
// storage, then damaged at every level. A request must get a 200 with a valid
// WebhookResponse; what is not a request, a 4xx with a JSON {error}
// (tests/support/fuzz/checks.ts). Seeded: fast-check prints the seed and path
// of a failure; FUZZ_SEED and FUZZ_SCALE explore further.
import fc from 'fast-check';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { googleProblems } from './support/fuzz/checks';
import { describeEnvelope } from './support/fuzz/alexa';
import { progressArb } from './support/fuzz/engine';
import {
  authOk,
  authorized,
  googleCaseArb,
  googleHandlerFor,
  googleSnapshots,
  languageCodeArb,
  mergeContexts,
  PROJECT,
  requestOf,
  utteranceArb,
  webhookRequest,
  FUZZ_USER,
  type Context,
  type GoogleCase,
  type GoogleSnapshot,
} from './support/fuzz/google';
import { mutate, mutationArb, nastyValue, runs, seedFor } from './support/fuzz/mutate';
import type { GoogleLambda } from '../src/platforms/google/lambda';
import { eventOfIntent } from '../src/platforms/google/event';
import { SIMPLE_EVENTS } from '../src/flow/events';
import { PAIN_PATTERNS } from '../src/flow/content/patterns';

const TIMEOUT = 600_000;
let pool: GoogleSnapshot[] = [];
const stats = { requests: 0, ok: 0, clientErrors: 0, recovered: 0 };

beforeAll(async () => {
  pool = await googleSnapshots();
});

afterAll(() => {
  console.log(`Google fuzz: ${stats.requests} requests (${stats.ok} answered 200, ${stats.clientErrors} refused 4xx, ${stats.recovered} answered by the error handler)`);
});

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** What the handler must treat as a Dialogflow request (and answer with a 200). */
const isRequest = (parsed: unknown) => isObject(parsed) && typeof parsed.session === 'string' && parsed.session.length <= 500;

type Deps = Awaited<ReturnType<typeof googleHandlerFor>>['deps'];

async function send(handler: GoogleLambda, deps: Deps, event: APIGatewayProxyEventV2, expect: { mustAnswer: boolean; unauthorized: boolean; noCrash: boolean; noReset?: boolean }) {
  stats.requests++;
  const before = deps.logger.lines.length;
  let result;
  try {
    result = await handler(event);
  } catch (error) {
    throw new Error(`the handler threw: ${String(error)}\n  body: ${String(event.body).slice(0, 2000)}`);
  }
  const problems = googleProblems({ statusCode: result.statusCode, body: String(result.body) }, { mustAnswer: expect.mustAnswer });
  if (expect.unauthorized && result.statusCode !== 401) problems.push(`no or a wrong secret got ${result.statusCode}`);
  const errors = deps.logger.lines.slice(before).filter((l) => l.event === 'google.error' || l.event === 'google.handler_failed');
  if (errors.length) stats.recovered++;
  if (expect.noCrash && errors.length) problems.push(`the app crashed and recovered: ${JSON.stringify(errors[0]!.data)}`);
  // A state the app itself wrote must read back: a reset here would restart real conversations.
  if (expect.noReset && deps.logger.lines.slice(before).some((l) => l.event === 'state.reset')) problems.push('a state from a real conversation was reset');
  if (result.statusCode === 200) stats.ok++;
  else stats.clientErrors++;
  if (problems.length) {
    const warnings = deps.logger.lines.slice(before).filter((l) => l.level === 'warn').map((l) => `${l.event} ${JSON.stringify(l.data)}`);
    if (warnings.length) problems.push(`logged: ${warnings.join('; ').slice(0, 500)}`);
    throw new Error(`${problems.join('\n  ')}\n  request: ${describeEnvelope(event.body)}\n  response: ${result.statusCode} ${String(result.body).slice(0, 2000)}`);
  }
  return result;
}

async function runCase(c: GoogleCase, noCrash: boolean, noReset = false) {
  const { handler, deps } = await googleHandlerFor(c.stored);
  const { parsed, event } = requestOf(c, pool);
  const unauthorized = !authOk(c.transport);
  await send(handler, deps, event, { mustAnswer: !unauthorized && isRequest(parsed), unauthorized, noCrash, noReset });
}

describe('Google fuzz: every response is valid', () => {
  it('valid requests at every point of real conversations', async () => {
    expect(pool.length).toBeGreaterThan(100);
    await fc.assert(
      fc.asyncProperty(googleCaseArb({ tamper: false, bodyMutations: 0, damage: false, transport: false }), (c) => runCase(c, true, true)),
      { seed: seedFor(201), numRuns: runs(1400) },
    );
  }, TIMEOUT);

  it('tampered contexts: a changed state, junk in _actions_on_google, malformed contexts', async () => {
    await fc.assert(
      fc.asyncProperty(googleCaseArb({ tamper: true, bodyMutations: 0, damage: false, transport: false }), (c) => runCase(c, true)),
      { seed: seedFor(202), numRuns: runs(1200) },
    );
  }, TIMEOUT);

  it('mutated WebhookRequests: missing, null and wrongly typed fields anywhere', async () => {
    await fc.assert(
      fc.asyncProperty(googleCaseArb({ tamper: true, bodyMutations: 4, damage: false, transport: false }), (c) => runCase(c, true)),
      { seed: seedFor(203), numRuns: runs(1400) },
    );
  }, TIMEOUT);

  it('truncated or wrong bodies, base64, wrong content types and missing secrets', async () => {
    await fc.assert(
      fc.asyncProperty(googleCaseArb({ tamper: false, bodyMutations: 1, damage: true, transport: true }), (c) => runCase(c, true)),
      { seed: seedFor(204), numRuns: runs(800) },
    );
  }, TIMEOUT);

  it('whole conversations of generated requests, contexts and user storage carried like Dialogflow does', async () => {
    const turnArb = fc.record({
      utterance: utteranceArb,
      languageCode: fc.oneof({ weight: 9, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: languageCodeArb }),
      mutations: fc.oneof({ weight: 9, arbitrary: fc.constant([]) }, { weight: 1, arbitrary: fc.array(mutationArb, { minLength: 1, maxLength: 2 }) }),
    });
    await fc.assert(
      fc.asyncProperty(languageCodeArb, fc.option(progressArb, { nil: null }), fc.array(turnArb, { minLength: 5, maxLength: 20 }), async (languageCode, stored, turns) => {
        const { handler, deps } = await googleHandlerFor(stored);
        let contexts: Context[] = [];
        let userStorage: string | undefined = JSON.stringify({ data: { hipCoachId: FUZZ_USER } });
        let sessionNumber = 1;
        let turn = 0;
        const launch = { utterance: { intent: 'WelcomeIntent', parameters: {}, queryText: '' }, languageCode: null, mutations: [] };
        for (const t of [launch, ...turns]) {
          const session = `${PROJECT}/sessions/conversation-${sessionNumber}`;
          let body: unknown = webhookRequest(t.utterance, { contexts, userStorage, languageCode: t.languageCode ?? languageCode, session, turn: ++turn });
          if (t.mutations.length) body = mutate(body, t.mutations);
          const result = await send(handler, deps, authorized(JSON.stringify(body)), { mustAnswer: isRequest(body), unauthorized: false, noCrash: true });
          if (result.statusCode !== 200) continue;
          const response = JSON.parse(String(result.body)) as { payload?: { google?: { expectUserResponse?: boolean; userStorage?: string } }; outputContexts?: Context[] };
          const google = response.payload?.google ?? {};
          if (typeof google.userStorage === 'string') userStorage = google.userStorage;
          contexts = mergeContexts(contexts, response.outputContexts ?? []);
          if (google.expectUserResponse === false) {
            contexts = [];
            sessionNumber++;
            turn = 0;
          }
        }
      }),
      { seed: seedFor(205), numRuns: runs(100) },
    );
  }, TIMEOUT);

  it('sent at least 5,000 requests', () => {
    if (!process.env.FUZZ_SCALE) expect(stats.requests).toBeGreaterThanOrEqual(5000);
  });
});

describe('the Google oracle catches what it must (so a green fuzz run means something)', () => {
  const response = (ssml: string, text = 'Hello.', expectUserResponse = true) => ({
    statusCode: 200,
    body: JSON.stringify({
      fulfillmentText: text,
      fulfillmentMessages: [{ text: { text: [text] } }],
      payload: {
        google: {
          expectUserResponse,
          richResponse: { items: [{ simpleResponse: { textToSpeech: ssml, displayText: text } }] },
          ...(expectUserResponse ? { noInputPrompts: [{ textToSpeech: '<speak>Say next.</speak>' }] } : {}),
        },
      },
    }),
  });
  it.each([
    ['bad SSML', response('<speak>a & b</speak>')],
    ['two roots', response('<speak>a</speak><speak>b</speak>')],
    ['undefined in the text', response('<speak>Hi.</speak>', 'Set undefined of 3.')],
    ['the marker in the text', response('<speak>Hi.</speak>', 'you said <zzmarker>')],
    ['a 500', { statusCode: 500, body: '{"error":"internal error"}' }],
    ['a 400 without {error}', { statusCode: 400, body: '{}' }],
    ['a body that is not JSON', { statusCode: 200, body: '<html>' }],
    ['no rich response', { statusCode: 200, body: JSON.stringify({ fulfillmentText: 'x', fulfillmentMessages: [], payload: { google: { expectUserResponse: true } } }) }],
  ])('%s', (_, result) => {
    expect(googleProblems(result, { mustAnswer: false })).not.toEqual([]);
  });
  it('a 4xx for a real request', () => {
    expect(googleProblems({ statusCode: 400, body: '{"error":"x"}' }, { mustAnswer: true })).not.toEqual([]);
  });
  it('and passes good answers', () => {
    expect(googleProblems(response('<speak>Hi. <break time="2s"/></speak>'), { mustAnswer: true })).toEqual([]);
    expect(googleProblems(response('<speak>Bye.</speak>', 'Bye.', false), { mustAnswer: true })).toEqual([]);
    expect(googleProblems({ statusCode: 400, body: '{"error":"body is not JSON"}' }, { mustAnswer: false })).toEqual([]);
  });
});

describe('Dialogflow intents map to known engine events', () => {
  it('whatever the intent name and parameters, eventOfIntent gives an event the engine knows', () => {
    const known = new Set<string>([...SIMPLE_EVENTS, 'launch', 'number', 'pattern', 'statement', 'age', 'length']);
    fc.assert(
      fc.property(fc.oneof(utteranceArb.map((u) => u.intent), nastyValue), fc.oneof(utteranceArb.map((u) => u.parameters), nastyValue), (intent, parameters) => {
        const event = eventOfIntent(intent, parameters);
        const problems: string[] = [];
        if (typeof event.type !== 'string' || !known.has(event.type)) problems.push(`unknown event type ${String(event.type)}`);
        if (event.type === 'number' && event.value !== null && !Number.isFinite(event.value)) problems.push(`number ${event.value}`);
        if (event.type === 'pattern' && event.pattern !== null && !(PAIN_PATTERNS as readonly string[]).includes(event.pattern)) problems.push(`pattern ${event.pattern}`);
        if (event.type === 'statement' && (typeof event.text !== 'string' || event.text.trim() === '')) problems.push('empty statement');
        if (problems.length) throw new Error(`${problems.join('; ')} for intent ${JSON.stringify(intent)?.slice(0, 200)}`);
      }),
      { seed: seedFor(206), numRuns: runs(3000) },
    );
  });
});
