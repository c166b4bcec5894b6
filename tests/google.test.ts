// The Dialogflow webhook: HTTP-level checks, bad bodies, auth, and the
// response formats (Assistant payload and generic Dialogflow text).
import { describe, expect, it } from 'vitest';
import { googleHarness, WEBHOOK_SECRET } from './support/google';
import { createGoogleLambda } from '../src/platforms/google/lambda';
import { apiGatewayEvent } from '../src/platforms/google/conversation';
import { silentLogger } from '../src/platforms/logger';
import { createMemoryStore } from '../src/store/memory';
import type { ProgressStore } from '../src/store/types';

const request = (overrides: Record<string, unknown> = {}) =>
  JSON.stringify({
    responseId: 'r1',
    session: 'projects/p/agent/sessions/s1',
    queryResult: { queryText: 'hi', intent: { displayName: 'WelcomeIntent' }, parameters: {}, languageCode: 'en-US' },
    ...overrides,
  });

describe('Google webhook over HTTP', () => {
  it('answers in both formats: the Assistant payload and the generic Dialogflow text', async () => {
    const g = googleHarness();
    await g.user('launch');
    const { response } = g.last;
    expect(response.payload.google.expectUserResponse).toBe(true);
    expect(response.payload.google.richResponse.items[0].simpleResponse.textToSpeech).toMatch(/^<speak>.*<\/speak>$/s);
    expect(response.payload.google.richResponse.items[0].simpleResponse.displayText).toMatch(/16 or older/);
    expect(response.fulfillmentText).toMatch(/16 or older\?$/);
    // The text first and whole; the screen follows as a card and quick replies (tests/screens.google.test.ts).
    expect(response.fulfillmentMessages[0]).toEqual({ text: { text: [response.fulfillmentText] } });
    expect(response.outputContexts[0].name).toMatch(/contexts\/_actions_on_google$/);
    expect(response.payload.google.noInputPrompts[0].textToSpeech).toMatch(/Please say yes or no/);
  });

  it('uses the locale of queryResult.languageCode and Google\'s SSML for the emergency number', async () => {
    const g = googleHarness({ languageCode: 'en-IN' });
    await g.user('launch');
    await g.user('yes');
    const said = await g.user('yes');
    expect(said).toMatch(/Call 112 now/);
    expect(g.last.ssml).toContain('<say-as interpret-as="characters">112</say-as>');
    expect(g.last.ended).toBe(true);
  });

  it.each([
    ['not JSON', 'this is {not json'],
    ['an array', '[1,2,3]'],
    ['no session', JSON.stringify({ queryResult: {} })],
    ['a v1 request', JSON.stringify({ result: { action: 'x' }, sessionId: 's' })],
    ['empty', ''],
  ])('a body that is %s gets a 400 with a JSON error', async (_, body) => {
    const g = googleHarness();
    const result = await g.conversation.sendRaw(body);
    expect(result.statusCode).toBe(400);
    expect(JSON.parse(String(result.body))).toHaveProperty('error');
  });

  it('a missing queryResult, an unknown intent or wrongly typed parameters get a spoken recovery', async () => {
    const g = googleHarness();
    for (const body of [
      request({ queryResult: undefined }),
      request({ queryResult: { intent: { displayName: 'NoSuchIntent' }, parameters: {}, languageCode: 'en-US' } }),
      request({ queryResult: { intent: { displayName: 'PainLevelIntent' }, parameters: { level: { nested: true } }, languageCode: 'xx' } }),
      request({ queryResult: { intent: 42, parameters: 'junk', outputContexts: 'junk' } }),
      request({ queryResult: { queryText: '', intent: { displayName: 'FallbackIntent' } } }),
    ]) {
      const result = await g.conversation.sendRaw(body);
      expect(result.statusCode).toBe(200);
      const parsed = JSON.parse(String(result.body));
      expect(parsed.fulfillmentText.length).toBeGreaterThan(10);
      expect(parsed.fulfillmentText).not.toMatch(/undefined|Error|at .*\.js/);
    }
  });

  it('junk or old state in the _actions_on_google context restarts safely', async () => {
    const g = googleHarness();
    for (const data of ['{"hipCoach":{"v":0,"phase":"routine"}}', 'not json at all', '{"hipCoach":"x"}', '[]']) {
      const result = await g.conversation.sendRaw(
        request({
          queryResult: {
            intent: { displayName: 'NextIntent' },
            parameters: {},
            languageCode: 'en-US',
            outputContexts: [{ name: 'projects/p/agent/sessions/s1/contexts/_actions_on_google', lifespanCount: 99, parameters: { data } }],
          },
        }),
      );
      expect(result.statusCode).toBe(200);
      expect(JSON.parse(String(result.body)).fulfillmentText).toMatch(/Welcome to Hip Coach/);
    }
  });

  it('refuses a missing or wrong secret with a 401, and accepts basic auth with the secret as password', async () => {
    const handler = createGoogleLambda({ store: null, clock: () => new Date(), random: () => 0, painHistoryAllowed: false, logger: silentLogger }, { secret: WEBHOOK_SECRET });
    expect((await handler(apiGatewayEvent(request()))).statusCode).toBe(401);
    expect((await handler(apiGatewayEvent(request(), { 'x-webhook-secret': 'wrong' }))).statusCode).toBe(401);
    const basic = `Basic ${Buffer.from(`dialogflow:${WEBHOOK_SECRET}`).toString('base64')}`;
    expect((await handler(apiGatewayEvent(request(), { authorization: basic }))).statusCode).toBe(200);
    expect((await handler(apiGatewayEvent(request(), { 'X-Webhook-Secret': WEBHOOK_SECRET }))).statusCode).toBe(200);
  });

  it('fails closed when no secret is configured', async () => {
    const handler = createGoogleLambda({ store: null, clock: () => new Date(), random: () => 0, painHistoryAllowed: false, logger: silentLogger }, { secret: '' });
    expect((await handler(apiGatewayEvent(request(), { 'x-webhook-secret': '' }))).statusCode).toBe(401);
  });

  it('keeps a stable user id in user storage across sessions', async () => {
    const g = googleHarness();
    await g.user('launch');
    await g.user('yes');
    await g.user('stop');
    expect(await g.user('launch')).toMatch(/Welcome back|Good to hear from you again/);
  });
});

describe('Google webhook: locale', () => {
  const emergencyWith = async (languageCode: string, userLocale?: string) => {
    const g = googleHarness();
    const body = (intent: string) =>
      request({
        queryResult: { intent: { displayName: intent }, parameters: {}, languageCode },
        originalDetectIntentRequest: { payload: userLocale ? { user: { locale: userLocale } } : {} },
      });
    const result = await g.conversation.sendRaw(body('RedFlagIntent'));
    return JSON.parse(String(result.body)).fulfillmentText as string;
  };

  it('uses the Assistant user locale when there is one', async () => {
    expect(await emergencyWith('en', 'en-GB')).toMatch(/Call 999 now/);
  });

  it('names no number for the bare agent language or an English locale we do not serve', async () => {
    expect(await emergencyWith('en')).toMatch(/Call your local emergency number now/);
    expect(await emergencyWith('en-ie')).toMatch(/Call your local emergency number now/);
  });
});

describe('Google webhook: unreadable user storage', () => {
  it('is dropped instead of failing the turn', async () => {
    const g = googleHarness();
    const result = await g.conversation.sendRaw(request({ originalDetectIntentRequest: { payload: { user: { userStorage: '{broken' } } } }));
    expect(result.statusCode).toBe(200);
    expect(JSON.parse(String(result.body)).fulfillmentText).toMatch(/Welcome to Hip Coach/);
  });
});

describe('Google webhook: integrations without user storage', () => {
  it('keep nothing, since no later session could find it again', async () => {
    const calls: string[] = [];
    const inner = createMemoryStore();
    const store: ProgressStore = {
      load: (id) => (calls.push('load'), inner.load(id)),
      save: (id, p, v) => (calls.push('save'), inner.save(id, p, v)),
      delete: (id) => (calls.push('delete'), inner.delete(id)),
    };
    const g = googleHarness({ store });
    const body = (intent: string, outputContexts: unknown[] = []) =>
      request({ queryResult: { intent: { displayName: intent }, parameters: {}, languageCode: 'en', outputContexts }, originalDetectIntentRequest: { source: 'telephony', payload: {} } });
    const first = JSON.parse(String((await g.conversation.sendRaw(body('WelcomeIntent'))).body));
    expect(first.fulfillmentText).toMatch(/16 or older/);
    const second = JSON.parse(String((await g.conversation.sendRaw(body('YesIntent', first.outputContexts))).body));
    expect(second.fulfillmentText).toMatch(/safety questions/);
    expect(calls).toEqual([]);
    expect(second.payload.google.userStorage).toBeUndefined();
  });
});
