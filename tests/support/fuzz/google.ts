// Dialogflow webhook requests for fuzzing: real mid-conversation contexts and
// user storage (from scripted conversations through the real Lambda handler),
// valid WebhookRequests built from them, and damage at every level: JSON
// fields, the _actions_on_google context, the raw body, the HTTP transport.
import fc from 'fast-check';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { PAIN_PATTERNS } from '../../../src/flow/content/patterns';
import type { Progress } from '../../../src/flow/progress';
import { readState, type SessionState } from '../../../src/flow/state';
import { STATE_KEY } from '../../../src/platforms/google/app';
import { apiGatewayEvent, webhookRequest as baseWebhookRequest } from '../../../src/platforms/google/conversation';
import { createGoogleLambda, type GoogleLambda } from '../../../src/platforms/google/lambda';
import { KNOWN_INTENTS } from '../../../src/platforms/intentEvents';
import { createMemoryStore } from '../../../src/store/memory';
import { MARKER, MARKER_TAG } from './checks';
import { fuzzDeps, pickSnapshot } from './alexa';
import { progressArb, stateOverridesArb } from './engine';
import { mutate, mutationArb, nastyString, nastyValue, rarely, type Mutation } from './mutate';
import { SCRIPTS, type Line } from './scripts';

export const SECRET = 'fuzz-secret-0123456789';
export const PROJECT = 'projects/hip-coach-fuzz/agent';
const AOG_CONTEXT = '_actions_on_google';
/** The user id the fuzz cases store progress under (kept in user storage, as the app does). */
export const FUZZ_USER = 'fuzz-user-00000001';

export interface Context {
  name: string;
  lifespanCount?: number;
  parameters?: Record<string, unknown>;
}

export interface GoogleSnapshot {
  contexts: Context[];
  userStorage: string | undefined;
  languageCode: string;
  phase: string;
  session: string;
}

export interface Utterance {
  intent: string;
  parameters: Record<string, unknown>;
  queryText: string;
}

export function utteranceOf(line: Line): Utterance {
  switch (line.kind) {
    case 'launch':
      return { intent: 'WelcomeIntent', parameters: {}, queryText: 'talk to hip coach' };
    case 'pain':
      return { intent: 'PainLevelIntent', parameters: { level: line.value }, queryText: String(line.value) };
    case 'pattern':
      return { intent: 'PainPatternIntent', parameters: { pattern: line.pattern }, queryText: line.pattern };
    case 'intent':
      return { intent: line.intent, parameters: {}, queryText: line.intent };
  }
}

/** The shared WebhookRequest, with the fuller Assistant payload (surface, raw inputs) the library also reads. */
export function webhookRequest(u: Utterance, at: { contexts: Context[]; userStorage: string | undefined; languageCode: string; session: string; turn: number }) {
  const base = baseWebhookRequest(u, at);
  const original = base.originalDetectIntentRequest;
  return {
    ...base,
    originalDetectIntentRequest: {
      ...original,
      payload: {
        ...original.payload,
        surface: { capabilities: [{ name: 'actions.capability.AUDIO_OUTPUT' }] },
        inputs: [{ intent: 'actions.intent.TEXT', rawInputs: [{ inputType: 'VOICE', query: u.queryText }] }],
      },
    },
  };
}

/** Dialogflow keeps contexts until their lifespan runs out; new ones replace old ones by name. */
export function mergeContexts(previous: readonly Context[], next: readonly Context[]): Context[] {
  const byName = new Map<string, Context>();
  for (const c of previous) if ((c.lifespanCount ?? 1) > 1) byName.set(c.name, { ...c, lifespanCount: (c.lifespanCount ?? 1) - 1 });
  for (const c of next) byName.set(c.name, c);
  return [...byName.values()].filter((c) => (c.lifespanCount ?? 1) > 0);
}

export const authorized = (body: string) => apiGatewayEvent(body, { 'x-webhook-secret': SECRET });

/** The state the app keeps in the _actions_on_google context. */
export function stateInContexts(contexts: readonly Context[]): SessionState | null {
  const data = contexts.find((c) => c.name.endsWith(`/contexts/${AOG_CONTEXT}`))?.parameters?.data;
  if (typeof data !== 'string') return null;
  try {
    return readState((JSON.parse(data) as Record<string, unknown>)[STATE_KEY]);
  } catch {
    return null;
  }
}

/** Plays every script through the real handler and keeps the contexts and user storage after each turn (what the next request carries). */
export async function googleSnapshots(): Promise<GoogleSnapshot[]> {
  const out: GoogleSnapshot[] = [];
  for (const [n, script] of SCRIPTS.entries()) {
    const handler = createGoogleLambda(fuzzDeps(), { secret: SECRET });
    let contexts: Context[] = [];
    let userStorage: string | undefined;
    let sessionNumber = 1;
    let turn = 0;
    for (const line of script.lines) {
      const session = `${PROJECT}/sessions/script-${n}-${sessionNumber}`;
      const body = webhookRequest(utteranceOf(line), { contexts, userStorage, languageCode: script.locale, session, turn: ++turn });
      const result = await handler(authorized(JSON.stringify(body)));
      const response = JSON.parse(String(result.body)) as { payload?: { google?: { expectUserResponse?: boolean; userStorage?: string } }; outputContexts?: Context[] };
      const google = response.payload?.google ?? {};
      if (typeof google.userStorage === 'string') userStorage = google.userStorage;
      const ended = google.expectUserResponse === false;
      contexts = mergeContexts(contexts, response.outputContexts ?? []);
      out.push({ contexts: structuredClone(contexts), userStorage, languageCode: script.locale, phase: stateInContexts(contexts)?.phase ?? 'none', session });
      if (ended) {
        contexts = [];
        sessionNumber++;
        turn = 0;
      }
    }
  }
  return out;
}

// ---------- generators ----------

const intentArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 10, arbitrary: fc.constantFrom(...KNOWN_INTENTS, 'WelcomeIntent', 'Default Welcome Intent', 'Default Fallback Intent') },
  { weight: 1, arbitrary: fc.constantFrom('AMAZON.YesIntent', 'actions.intent.MAIN', 'actions_intent_NO_INPUT', 'actions_intent_CANCEL', '') },
  { weight: 1, arbitrary: nastyString },
);

const parameterValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.integer({ min: 0, max: 10 }) },
  { weight: 2, arbitrary: fc.constantFrom(...PAIN_PATTERNS) },
  { weight: 2, arbitrary: fc.constantFrom<unknown>(-1, 11, 3.5, 1e308, '3.5', 'NaN', '', '7', { amount: 3 }, [3], null) },
  { weight: 3, arbitrary: nastyValue },
);

const parametersArb: fc.Arbitrary<Record<string, unknown>> = fc.oneof(
  fc.constant({}),
  fc.record({ level: parameterValue }),
  fc.record({ pattern: parameterValue }),
  fc.dictionary(fc.constantFrom('level', 'pattern', 'number', MARKER, '__proto__'), parameterValue, { maxKeys: 3 }),
);

export const languageCodeArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('en-US', 'en-GB', 'en-AU', 'en-CA', 'en-IN', 'en') },
  { weight: 2, arbitrary: fc.constantFrom('en-gb', 'en_IN', 'fr', 'de-DE', 'xx-YY', '') },
  { weight: 1, arbitrary: nastyString },
);

/** What can be wrong with the library's own context, or next to it. */
export type ContextJunk =
  | { kind: 'data'; data: unknown }
  | { kind: 'state'; state: unknown }
  | { kind: 'extra'; context: unknown }
  | { kind: 'contexts'; contexts: unknown };

export const contextJunkArb: fc.Arbitrary<ContextJunk> = fc.oneof(
  // data that is not the library's JSON string
  fc.record({ kind: fc.constant('data' as const), data: fc.oneof(nastyValue, fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)), fc.constant('{"hipCoach":')) }),
  // the library's JSON, but our state in it is junk
  fc.record({ kind: fc.constant('state' as const), state: fc.oneof(nastyValue, fc.jsonValue({ maxDepth: 3 })) }),
  // an unrelated or malformed context next to ours
  fc.record({
    kind: fc.constant('extra' as const),
    context: fc.oneof(
      nastyValue,
      fc.record({ name: fc.oneof(nastyString, fc.constant(`${PROJECT}/sessions/x/contexts/${AOG_CONTEXT}`)), lifespanCount: nastyValue, parameters: nastyValue }),
    ),
  }),
  fc.record({ kind: fc.constant('contexts' as const), contexts: nastyValue }),
);

export type Damage =
  | { kind: 'truncate'; at: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'drop'; at: number }
  | { kind: 'singleQuotes' }
  | { kind: 'trailingComma' }
  | { kind: 'twice' }
  | { kind: 'replace'; body: string };

export const damageArb: fc.Arbitrary<Damage> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.oneof(fc.string({ maxLength: 3 }), fc.constantFrom('"', '{', '}', ']', ',', '\\', '\u0000')) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('drop' as const), at: fc.nat() }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'singleQuotes' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'trailingComma' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'twice' as const }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('replace' as const),
      body: fc.oneof(
        fc.constantFrom(
          '',
          ' ',
          'null',
          'true',
          '0',
          '"session"',
          '[]',
          '{}',
          `<xml><session>${MARKER_TAG}</session></xml>`,
          `session=${MARKER}&queryResult=x`,
          '\u0000\u0001\u0002',
          '{"session": "a", "queryResult": ',
          `{"session": {"${MARKER}": 1}}`,
          '{"result": {"action": "x"}, "sessionId": "s"}',
        ),
        fc.string({ maxLength: 50 }),
        fc.jsonValue({ maxDepth: 2 }).map((v) => JSON.stringify(v) ?? ''),
      ),
    }),
  },
);

export function applyDamage(text: string, d: Damage): string {
  const at = (n: number) => (text.length === 0 ? 0 : n % text.length);
  switch (d.kind) {
    case 'truncate':
      return text.slice(0, at(d.at));
    case 'insert':
      return text.slice(0, at(d.at)) + d.text + text.slice(at(d.at));
    case 'drop':
      return text.slice(0, at(d.at)) + text.slice(at(d.at) + 1);
    case 'singleQuotes':
      return text.replace(/"/g, "'");
    case 'trailingComma':
      return `${text},`;
    case 'twice':
      return text + text;
    case 'replace':
      return d.body;
  }
}

export type Auth = 'header' | 'basic' | 'none' | 'wrong' | 'emptyBasic';

export const transportArb = fc.record({
  auth: fc.oneof(
    { weight: 12, arbitrary: fc.constantFrom<Auth>('header', 'basic') },
    { weight: 1, arbitrary: fc.constantFrom<Auth>('none', 'wrong', 'emptyBasic') },
  ),
  base64: fc.oneof({ weight: 9, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
  contentType: fc.oneof(
    { weight: 9, arbitrary: fc.constant('application/json') },
    { weight: 1, arbitrary: fc.constantFrom('text/plain', 'application/xml', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', '') },
  ),
});
export type Transport = { auth: Auth; base64: boolean; contentType: string };

export const authOk = (t: Transport) => t.auth === 'header' || t.auth === 'basic';

export function httpEvent(body: string, t: Transport): APIGatewayProxyEventV2 {
  const headers: Record<string, string> = { 'content-type': t.contentType };
  if (t.auth === 'header') headers['x-webhook-secret'] = SECRET;
  if (t.auth === 'basic') headers.authorization = `Basic ${Buffer.from(`dialogflow:${SECRET}`).toString('base64')}`;
  if (t.auth === 'wrong') headers['x-webhook-secret'] = `${SECRET}x`;
  if (t.auth === 'emptyBasic') headers.authorization = 'Basic ';
  const event = apiGatewayEvent(t.base64 ? Buffer.from(body, 'utf8').toString('base64') : body, headers);
  return { ...event, isBase64Encoded: t.base64 };
}

export interface GoogleCase {
  snapshot: number | null;
  utterance: Utterance;
  languageCode: string | null;
  overrides: Partial<SessionState> | null;
  junk: ContextJunk | null;
  bodyMutations: Mutation[];
  damage: Damage | null;
  transport: Transport;
  stored: Progress | null;
}

export const utteranceArb: fc.Arbitrary<Utterance> = fc.record({
  intent: intentArb,
  parameters: parametersArb,
  queryText: fc.oneof(fc.constant(''), nastyString),
});

export const googleCaseArb = (o: { tamper: boolean; bodyMutations: number; damage: boolean; transport: boolean }): fc.Arbitrary<GoogleCase> =>
  fc.record({
    snapshot: fc.option(fc.nat(), { nil: null, freq: 8 }),
    utterance: utteranceArb,
    languageCode: rarely(languageCodeArb, 4),
    overrides: o.tamper ? rarely(stateOverridesArb, 2) : fc.constant(null),
    junk: o.tamper ? rarely(contextJunkArb, 2) : fc.constant(null),
    bodyMutations: fc.array(mutationArb, { maxLength: o.bodyMutations }),
    damage: o.damage ? rarely(damageArb, 2) : fc.constant(null),
    transport: o.transport ? transportArb : fc.constant<Transport>({ auth: 'header', base64: false, contentType: 'application/json' }),
    stored: fc.option(progressArb, { nil: null, freq: 2 }),
  });

/** Puts a value at the state inside the library's context data (or junk there). */
function withJunk(contexts: Context[], c: GoogleCase, session: string): unknown {
  const aog = `${session}/contexts/${AOG_CONTEXT}`;
  let out: unknown[] = contexts.map((ctx) => structuredClone(ctx));
  const mine = out.find((ctx): ctx is Context => (ctx as Context).name?.endsWith(`/contexts/${AOG_CONTEXT}`)) ?? null;
  if (c.overrides && mine) {
    const data = JSON.parse(String(mine.parameters?.data ?? '{}')) as Record<string, unknown>;
    const state = data[STATE_KEY];
    if (state && typeof state === 'object') mine.parameters = { ...mine.parameters, data: JSON.stringify({ ...data, [STATE_KEY]: { ...state, ...c.overrides } }) };
  }
  const junk = c.junk;
  if (!junk) return out;
  switch (junk.kind) {
    case 'data':
      if (mine) mine.parameters = { ...mine.parameters, data: junk.data };
      else out.push({ name: aog, lifespanCount: 99, parameters: { data: junk.data } });
      return out;
    case 'state':
      if (mine) mine.parameters = { ...mine.parameters, data: JSON.stringify({ [STATE_KEY]: junk.state }) };
      else out.push({ name: aog, lifespanCount: 99, parameters: { data: JSON.stringify({ [STATE_KEY]: junk.state }) } });
      return out;
    case 'extra':
      return [...out, junk.context];
    case 'contexts':
      return junk.contexts;
  }
}

/** The raw body and HTTP event of a case. */
export function requestOf(c: GoogleCase, pool: readonly GoogleSnapshot[]): { body: string; parsed: unknown; event: APIGatewayProxyEventV2 } {
  const snapshot = c.snapshot === null ? null : pickSnapshot(pool, c.snapshot);
  const session = snapshot?.session ?? `${PROJECT}/sessions/fuzz-new`;
  const userStorage = c.stored || !snapshot ? JSON.stringify({ data: { hipCoachId: FUZZ_USER } }) : snapshot.userStorage;
  const request = webhookRequest(c.utterance, {
    contexts: [],
    userStorage,
    languageCode: c.languageCode ?? snapshot?.languageCode ?? 'en-US',
    session,
    turn: snapshot ? 2 : 1,
  }) as Record<string, any>;
  request.queryResult.outputContexts = withJunk(snapshot?.contexts ?? [], c, session);
  const mutated = c.bodyMutations.length ? mutate(request, c.bodyMutations) : request;
  const json = JSON.stringify(mutated) ?? '';
  const body = c.damage ? applyDamage(json, c.damage) : json;
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    parsed = undefined;
  }
  return { body, parsed, event: httpEvent(body, c.transport) };
}

export async function googleHandlerFor(stored: Progress | null): Promise<{ handler: GoogleLambda; deps: ReturnType<typeof fuzzDeps> }> {
  const store = createMemoryStore();
  if (stored) await store.save(FUZZ_USER, stored, null);
  const deps = fuzzDeps(store);
  return { handler: createGoogleLambda(deps, { secret: SECRET }), deps };
}
