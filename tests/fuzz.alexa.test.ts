// Fuzzing the Alexa skill through skill.invoke: requests generated from valid
// ones and from real mid-conversation session attributes, then mutated. Every
// response must be one Alexa accepts (tests/support/fuzz/checks.ts). Seeded:
// fast-check prints the seed and path of a failure; FUZZ_SEED and FUZZ_SCALE
// explore further (e.g. FUZZ_SEED=7 FUZZ_SCALE=10 npx vitest run tests/fuzz.alexa.test.ts).
import fc from 'fast-check';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAlexaSkill } from '../src/platforms/alexa/skill';
import { alexaEnvelope } from '../src/platforms/alexa/envelope';
import { eventOf } from '../src/platforms/alexa/event';
import { SIMPLE_EVENTS } from '../src/flow/events';
import { PAIN_PATTERNS } from '../src/flow/content/patterns';
import { createMemoryStore } from '../src/store/memory';
import { alexaProblems } from './support/fuzz/checks';
import {
  alexaCaseArb,
  alexaSnapshots,
  APPLICATION_ID,
  describeEnvelope,
  envelopeOf,
  fuzzDeps,
  localeArb,
  NOW,
  OTHER_REQUEST_TYPES,
  specArb,
  USER_ID,
  type AlexaCase,
  type Snapshot,
} from './support/fuzz/alexa';
import { progressArb } from './support/fuzz/engine';
import { mutate, mutationArb, rarely, runs, seedFor } from './support/fuzz/mutate';

const TIMEOUT = 600_000;
let pool: Snapshot[] = [];
const stats = { requests: 0, recovered: 0, ended: 0, empty: 0 };

beforeAll(async () => {
  pool = await alexaSnapshots();
});

afterAll(() => {
  console.log(`Alexa fuzz: ${stats.requests} requests (${stats.recovered} answered by the error handler, ${stats.ended} ended the session, ${stats.empty} empty responses)`);
});

type Deps = ReturnType<typeof fuzzDeps>;

/** Sends one envelope; throws with everything wrong with the response. */
async function send(skill: ReturnType<typeof createAlexaSkill>, deps: Deps, envelope: RequestEnvelope, options: { noCrash: boolean; noReset?: boolean }): Promise<ResponseEnvelope> {
  stats.requests++;
  const before = deps.logger.lines.length;
  let response: ResponseEnvelope;
  try {
    response = await skill.invoke(envelope);
  } catch (error) {
    throw new Error(`skill.invoke threw: ${String(error)}\n  request: ${describeEnvelope(envelope)}`);
  }
  const requestType = (envelope as { request?: { type?: unknown } } | null)?.request?.type;
  const problems = alexaProblems(response, { requestType });
  const errors = deps.logger.lines.slice(before).filter((l) => l.event === 'alexa.error');
  if (errors.length) stats.recovered++;
  if (options.noCrash && errors.length) problems.push(`the skill crashed and recovered: ${JSON.stringify(errors[0]!.data)}`);
  // A state the skill itself wrote must read back: a reset here would restart real conversations.
  if (options.noReset && deps.logger.lines.slice(before).some((l) => l.event === 'state.reset')) problems.push('a state from a real conversation was reset');
  if (response.response?.shouldEndSession) stats.ended++;
  if (!response.response?.outputSpeech) stats.empty++;
  if (problems.length) {
    throw new Error(`${problems.join('\n  ')}\n  request: ${describeEnvelope(envelope)}\n  response: ${describeEnvelope(response)}`);
  }
  return response;
}

async function runCase(c: AlexaCase, options: { noCrash: boolean; noReset?: boolean }) {
  const store = createMemoryStore();
  if (c.stored) await store.save(USER_ID, c.stored, null);
  const deps = fuzzDeps(store);
  const skill = createAlexaSkill(deps);
  await send(skill, deps, envelopeOf(c, pool), options);
}

describe('Alexa fuzz: every response is valid', () => {
  it('valid requests at every point of real conversations, in any locale, with any stored progress', async () => {
    expect(pool.length).toBeGreaterThan(100);
    await fc.assert(
      fc.asyncProperty(alexaCaseArb({ stateMutations: 0, garbage: false, envelopeMutations: 0, otherTypes: true }), (c) => runCase(c, { noCrash: true, noReset: true })),
      { seed: seedFor(101), numRuns: runs(1500) },
    );
  }, TIMEOUT);

  it('tampered session attributes: one field of a real state changed, or garbage instead', async () => {
    // Whatever the attributes hold, the skill must not crash on them: it resets the session.
    await fc.assert(
      fc.asyncProperty(alexaCaseArb({ stateMutations: 3, garbage: true, envelopeMutations: 0, otherTypes: false }), (c) => runCase(c, { noCrash: true })),
      { seed: seedFor(102), numRuns: runs(1200) },
    );
  }, TIMEOUT);

  it('mutated envelopes: missing, null and wrongly typed fields anywhere', async () => {
    await fc.assert(
      fc.asyncProperty(alexaCaseArb({ stateMutations: 1, garbage: true, envelopeMutations: 4, otherTypes: true }), (c) => runCase(c, { noCrash: true })),
      { seed: seedFor(103), numRuns: runs(1600) },
    );
  }, TIMEOUT);

  it('whole conversations of generated requests, attributes carried between turns like Alexa does', async () => {
    const turnArb = fc.record({
      spec: specArb,
      locale: fc.oneof({ weight: 9, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: localeArb }),
      otherType: rarely(fc.constantFrom(...OTHER_REQUEST_TYPES), 20),
      mutations: fc.oneof({ weight: 9, arbitrary: fc.constant([]) }, { weight: 1, arbitrary: fc.array(mutationArb, { minLength: 1, maxLength: 2 }) }),
    });
    await fc.assert(
      fc.asyncProperty(localeArb, fc.option(progressArb, { nil: null }), fc.array(turnArb, { minLength: 5, maxLength: 20 }), async (locale, stored, turns) => {
        const store = createMemoryStore();
        if (stored) await store.save(USER_ID, stored, null);
        const deps = fuzzDeps(store);
        const skill = createAlexaSkill(deps);
        let attributes: Record<string, unknown> = {};
        let isNew = true;
        for (const [i, t] of [{ spec: { type: 'LaunchRequest' as const }, locale: null, otherType: null, mutations: [] }, ...turns].entries()) {
          let envelope = alexaEnvelope(t.spec, {
            applicationId: APPLICATION_ID,
            userId: USER_ID,
            sessionId: `amzn1.echo-api.session.${i}`,
            locale: t.locale ?? locale,
            isNew,
            attributes,
            timestamp: NOW.toISOString(),
          });
          if (t.otherType) (envelope.request as { type: string }).type = t.otherType;
          if (t.mutations.length) envelope = mutate(envelope, t.mutations);
          const response = await send(skill, deps, envelope, { noCrash: true });
          const ended = response.response?.shouldEndSession === true || envelope.request?.type === 'SessionEndedRequest';
          attributes = ended ? {} : ((response.sessionAttributes ?? {}) as Record<string, unknown>);
          isNew = ended;
        }
      }),
      { seed: seedFor(104), numRuns: runs(120) },
    );
  }, TIMEOUT);

  it('sent at least 5,000 requests', () => {
    if (!process.env.FUZZ_SCALE) expect(stats.requests).toBeGreaterThanOrEqual(5000);
  });
});

describe('the Alexa oracle catches what it must (so a green fuzz run means something)', () => {
  const reply = (ssml: string, extra: Record<string, unknown> = {}) => ({
    version: '1.0',
    response: { outputSpeech: { type: 'SSML', ssml }, reprompt: { outputSpeech: { type: 'SSML', ssml: '<speak>Say next.</speak>' } }, shouldEndSession: false, ...extra },
  });
  const intent = { requestType: 'IntentRequest' };
  it.each([
    ['an unescaped ampersand', '<speak>a & b</speak>'],
    ['an injected tag after the root', '<speak>hi</speak><audio src="x"/>'],
    ['an injected audio tag', '<speak>hi <audio src="x"/></speak>'],
    ['a break over 10 s', '<speak>hi <break time="11s"/></speak>'],
    ['undefined', '<speak>Set undefined of 3.</speak>'],
    ['NaN', '<speak>Hold for NaN seconds.</speak>'],
    ['an object', '<speak>Next up: [object Object].</speak>'],
    ['a stack trace', '<speak>TypeError at handle (/var/task/skill.js:12:3)</speak>'],
    ['the marker echoed', '<speak>You said &lt;zzmarker&gt;</speak>'],
    ['over 8,000 characters', `<speak>${'a'.repeat(8000)}</speak>`],
    ['nothing to say in an open session', '<speak></speak>'],
  ])('%s', (_, ssml) => {
    expect(alexaProblems(reply(ssml), intent)).not.toEqual([]);
  });
  it('speech in the answer to a SessionEndedRequest, or an open session without a reprompt', () => {
    expect(alexaProblems(reply('<speak>Bye.</speak>'), { requestType: 'SessionEndedRequest' })).not.toEqual([]);
    expect(alexaProblems({ version: '1.0', response: { outputSpeech: { type: 'SSML', ssml: '<speak>Hi.</speak>' } } }, intent)).not.toEqual([]);
    expect(alexaProblems({ response: {} }, intent)).not.toEqual([]);
  });
  it('and passes a good response', () => {
    expect(alexaProblems(reply('<speak>Call <say-as interpret-as="digits">911</say-as> now. <break time="10s"/> Okay.</speak>'), intent)).toEqual([]);
    expect(alexaProblems({ version: '1.0', response: {} }, { requestType: 'SessionEndedRequest' })).toEqual([]);
  });
});

describe('Alexa requests map to known engine events', () => {
  it('whatever the envelope holds, eventOf gives an event the engine knows, with a number or null, a pattern or null', () => {
    const known = new Set<string>([...SIMPLE_EVENTS, 'launch', 'number', 'pattern', 'statement', 'age', 'length', 'skillDisabled', 'ignored']);
    fc.assert(
      fc.property(alexaCaseArb({ stateMutations: 0, garbage: false, envelopeMutations: 3, otherTypes: true }), (c) => {
        const envelope = envelopeOf(c, pool);
        // A touch (APL UserEvent) carries the engine event it means.
        const found = eventOf(envelope);
        const event = found.type === 'touch' ? found.event : found;
        const problems: string[] = [];
        if (typeof event.type !== 'string' || !known.has(event.type)) problems.push(`unknown event type ${String(event.type)}`);
        if (event.type === 'number' && event.value !== null && !Number.isFinite(event.value)) problems.push(`number ${event.value}`);
        if (event.type === 'pattern' && event.pattern !== null && !(PAIN_PATTERNS as readonly string[]).includes(event.pattern)) problems.push(`pattern ${event.pattern}`);
        if (event.type === 'statement' && (typeof event.text !== 'string' || event.text.trim() === '')) problems.push('empty statement');
        if (problems.length) throw new Error(`${problems.join('; ')}\n  request: ${describeEnvelope(envelope.request)}`);
      }),
      { seed: seedFor(105), numRuns: runs(3000) },
    );
  }, TIMEOUT);
});
