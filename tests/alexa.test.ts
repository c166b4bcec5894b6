// The Alexa skill end to end: real request envelopes through skill.invoke.
import { describe, expect, it } from 'vitest';
import { STATE_KEY } from '../src/platforms/alexa/skill';
import { breakSeconds } from '../src/render/ssml';
import { alexaHarness } from './support/alexa';

const EXERCISE_WORDS = /bridge|clamshell|pigeon|couch|dead bug|hinge|wall tap|ninety|abduction|flexor/i;

describe('Alexa: a full session', () => {
  it('triage, then the whole routine by "next", then the closing check-in', async () => {
    const t = alexaHarness();
    const painQuestion = await t.throughTriage();
    expect(painQuestion).toMatch(/0 to 10/);
    expect(await t.user('pain 3')).toMatch(/below the knee/);
    await t.user('no');
    const preview = await t.user('pattern sitting');
    // The stop rules come before the first exercise, which the preview then sets up.
    expect(preview).toMatch(/stop if the pain turns sharp, it shoots down a leg, or goes above 5 out of 10/);
    expect(preview.indexOf('stop if the pain')).toBeLessThan(preview.indexOf('First up'));
    expect(preview).toMatch(/First up: the couch stretch/);

    const heard: string[] = [preview];
    let nexts = 0;
    for (let i = 0; i < 20 && !t.last.ended && !/how is your back feeling now/.test(heard.at(-1) ?? ''); i++) {
      heard.push(await t.user('next'));
      nexts++;
      // Every open turn has a reprompt of its own, and stays within Alexa's limits.
      expect(t.last.repromptSsml).toBeTruthy();
      expect(t.last.repromptSsml).not.toBe(t.last.ssml);
      expect(t.last.ssml.length).toBeLessThanOrEqual(8000);
      expect(JSON.stringify(t.last.envelope).length).toBeLessThanOrEqual(24 * 1024);
      for (const s of breakSeconds(t.last.ssml)) expect(s).toBeLessThanOrEqual(10);
    }
    expect(nexts).toBeLessThanOrEqual(8);
    const all = heard.join('\n').toLowerCase();
    for (const name of ['couch stretch', 'glute bridge', 'wall tap']) expect(all).toContain(name);
    expect(heard.at(-1)).toMatch(/That's today's routine done.*how is your back feeling now\?/);
    const closing = await t.user('pain 2');
    expect(closing).toMatch(/You started at 3 and you're at 2 now/);
    expect(t.last.ended).toBe(true);
    const saved = await t.store!.load('amzn1.ask.account.LOCALUSER');
    expect(saved?.progress).toMatchObject({ countedDays: ['2026-11-28'], completed: ['2026-11-28'], painHistory: [] });
    // Program progress only: never a triage answer or an outcome.
    expect(JSON.stringify(saved?.progress)).not.toMatch(/SEE_PHYSIO|CLEAR"|outcome|nerve/);
  });

  it.each([
    ['en-US', 'Call 911'],
    ['en-CA', 'Call 911'],
    ['en-GB', 'Call 999'],
    ['en-AU', 'Call 000'],
    ['en-IN', 'Call 112'],
  ])('a red-flag yes in %s gives the emergency number, names no exercise, and ends', async (locale, call) => {
    const t = alexaHarness({ locale });
    await t.user('launch');
    await t.user('yes');
    const said = await t.user('yes'); // saddle numbness
    expect(said).toContain(call);
    expect(said).not.toMatch(EXERCISE_WORDS);
    expect(t.last.ended).toBe(true);
    expect(t.last.envelope.response.reprompt).toBeUndefined();
  });

  it('a red-flag statement mid-routine stops it', async () => {
    const t = alexaHarness();
    await t.throughTriage();
    await t.user('pain 2');
    await t.user('no');
    await t.user('pattern varies');
    await t.user('next');
    const said = await t.user('red flag');
    expect(said).toMatch(/Call 911/);
    expect(t.last.ended).toBe(true);
  });
});

describe('Alexa: a red-flag intent whose words the lexicon cannot read', () => {
  it('is never dropped: one confirming question, and an unclear answer counts as yes', async () => {
    const t = alexaHarness();
    await t.throughTriage();
    await t.user('pain 2');
    await t.user('no');
    await t.user('pattern varies');
    await t.user('next');
    const asked = await t.user({ type: 'IntentRequest', intent: 'RedFlagIntent', slots: { area: { value: 'zorgle' }, sensation: { value: 'blorp' } } });
    expect(asked).toMatch(/groin, your bottom or your inner thighs\?/);
    expect(await t.user('gibberish')).toMatch(/Call 911 now/);
  });
});

describe('Alexa: bad input gets a spoken recovery', () => {
  it('an unknown intent gets a helpful reprompt and keeps the place', async () => {
    const t = alexaHarness();
    await t.throughTriage();
    const said = await t.user({ type: 'IntentRequest', intent: 'SomethingWeNeverDefined' });
    expect(said).toMatch(/0 to 10/);
    expect(t.last.ended).toBe(false);
    expect(t.last.repromptSsml).toMatch(/0 to 10/);
  });

  it('a missing, non-numeric or out-of-range pain level is asked again', async () => {
    const t = alexaHarness();
    await t.throughTriage();
    expect(await t.user('pain 11')).toMatch(/only goes from 0 to 10/);
    expect(await t.user('pain ?')).toMatch(/one number from 0 to 10/i);
    expect(await t.user({ type: 'IntentRequest', intent: 'PainLevelIntent' })).toMatch(/0 to 10/);
    expect(await t.user('pain 4')).toMatch(/below the knee/);
  });

  it('an ER_SUCCESS_NO_MATCH pattern slot gets a retry', async () => {
    const t = alexaHarness();
    await t.throughTriage();
    await t.user('pain 0');
    const said = await t.user({
      type: 'IntentRequest',
      intent: 'PainPatternIntent',
      slots: { pattern: { value: 'when juggling', resolution: { status: 'ER_SUCCESS_NO_MATCH' } } },
    });
    expect(said).toMatch(/When does your back bother you most/);
    expect(t.last.ended).toBe(false);
  });

  it('session attributes from an older version, or tampered ones, restart the session safely', async () => {
    for (const junk of [{ v: 0, phase: 'routine' }, { v: 1, phase: 'routine', segment: 9999 }, 'not even an object', { v: 1, phase: 'hacked' }]) {
      const t = alexaHarness();
      await t.user('launch');
      t.conversation.setAttributes({ [STATE_KEY]: junk });
      const said = await t.user('next');
      expect(said).toMatch(/16 or older/);
      expect(t.last.ended).toBe(false);
      expect(t.logger.lines.map((l) => l.event)).toContain('state.reset');
    }
  });

  it('tampered state that says a red flag was cleared cannot skip triage', async () => {
    const t = alexaHarness();
    await t.user('launch');
    const state = t.conversation.attributes[STATE_KEY] as Record<string, unknown>;
    t.conversation.setAttributes({ [STATE_KEY]: { ...state, phase: 'routine', routine: { week: 9, gentle: false, includeHinge: true, pattern: 'x' } } });
    expect(await t.user('next')).toMatch(/16 or older/);
  });

  it('SessionEndedRequest gets an empty response', async () => {
    const t = alexaHarness();
    await t.user('launch');
    await t.user({ type: 'SessionEndedRequest', reason: 'EXCEEDED_MAX_REPROMPTS' });
    expect(t.last.envelope.response.outputSpeech).toBeUndefined();
  });

  it('an intent with no session state starts a session instead of failing', async () => {
    const t = alexaHarness();
    expect(await t.user('next')).toMatch(/Welcome to Hip Coach/);
  });

  it('a red flag as the very first words is heard', async () => {
    const t = alexaHarness();
    expect(await t.user('red flag')).toMatch(/Call 911/);
    expect(t.last.ended).toBe(true);
  });
});

describe('Alexa: progress across sessions', () => {
  it('a second session welcomes the user back with the short re-check', async () => {
    const t = alexaHarness();
    await t.throughTriage();
    await t.user('pain 2');
    await t.user('no');
    await t.user('pattern varies');
    await t.user('stop');
    expect(t.last.ended).toBe(true);
    const said = await t.user('launch');
    expect(said).toMatch(/Welcome back. This is week 1, session 1/);
    expect(said).toMatch(/anything else new or worse\?/);
  });
});

describe('Alexa: opening', () => {
  it('gives the disclaimer and the age check, then the safety questions', async () => {
    const t = alexaHarness();
    const hello = await t.user('launch');
    expect(hello).toMatch(/not medical advice/);
    expect(hello).toMatch(/16 or older\?$/);
    expect(await t.user('yes')).toMatch(/safety questions/);
  });

  it('hears an age said as a bound: "under 16" is a no, "over 16" a yes, "under 18" is asked again', async () => {
    const age = (intent: string, value: string) => ({ type: 'IntentRequest' as const, intent, slots: { age: { value } } });
    const young = alexaHarness();
    await young.user('launch');
    expect(await young.user(age('AgeUnderIntent', '16'))).toMatch(/made for people 16 and over/);
    expect(young.last.ended).toBe(true);
    const adult = alexaHarness();
    await adult.user('launch');
    expect(await adult.user(age('AgeOverIntent', '16'))).toMatch(/safety questions/);
    const unsure = alexaHarness();
    await unsure.user('launch');
    expect(await unsure.user(age('AgeUnderIntent', '18'))).toMatch(/16 or older\?/);
  });
});

describe('Alexa: who may call', () => {
  it('refuses requests for another skill id (ask-sdk skill id check)', async () => {
    const { createAlexaSkill } = await import('../src/platforms/alexa/skill');
    const { createAlexaConversation } = await import('../src/platforms/alexa/conversation');
    const { silentLogger } = await import('../src/platforms/logger');
    const ours = 'amzn1.ask.skill.11111111-2222-3333-4444-555555555555';
    const skill = createAlexaSkill({ store: null, clock: () => new Date(), random: () => 0, painHistoryAllowed: false, logger: silentLogger, skillId: ours });
    const stranger = createAlexaConversation(skill, { applicationId: 'amzn1.ask.skill.99999999-0000-0000-0000-000000000000' });
    await expect(stranger.send({ type: 'LaunchRequest' })).rejects.toThrow(/skill ?id/i);
    const friend = createAlexaConversation(skill, { applicationId: ours });
    expect((await friend.send({ type: 'LaunchRequest' })).ssml).toMatch(/Welcome to Hip Coach/);
  });
});

describe('Alexa: the deployment decides about pain scores', () => {
  it('a tampered painHistoryAllowed in the session attributes is ignored', async () => {
    const t = alexaHarness({ painHistoryAllowed: false });
    await t.completeSession({ before: 3, after: 2 }).catch(() => undefined);
    const t2 = alexaHarness({ painHistoryAllowed: false, store: t.store });
    await t2.throughTriage();
    const state = t2.conversation.attributes[STATE_KEY] as Record<string, unknown>;
    t2.conversation.setAttributes({ [STATE_KEY]: { ...state, painHistoryAllowed: true } });
    await t2.user('pain 2');
    await t2.user('no');
    await t2.user('pattern varies');
    for (let i = 0; i < 80 && !/how is your back feeling now\?$/.test(await t2.user('next')); i++);
    expect(await t2.user('pain 1')).not.toMatch(/remember your pain scores/);
  });
});

describe('Alexa: a bug in a turn', () => {
  it('gets a short spoken recovery with no detail, and the session stays open', async () => {
    const { createAlexaSkill } = await import('../src/platforms/alexa/skill');
    const { createAlexaConversation } = await import('../src/platforms/alexa/conversation');
    const { memoryLogger } = await import('../src/platforms/logger');
    const logger = memoryLogger();
    const broken = () => {
      throw new Error('clock exploded at /srv/app/src/x.ts:1');
    };
    const skill = createAlexaSkill({ store: null, clock: broken, random: () => 0, painHistoryAllowed: false, logger });
    const turn = await createAlexaConversation(skill, { clock: () => new Date() }).send({ type: 'LaunchRequest' });
    expect(turn.ssml).toMatch(/Sorry, I didn't catch that/);
    expect(turn.ssml).not.toMatch(/exploded|\.ts|Error/);
    expect(turn.ended).toBe(false);
    expect(logger.lines.map((l) => l.event)).toContain('turn.failed');
  });
});
