// Progress across sessions, stored in a real DynamoDB-compatible server
// (dynalite on 127.0.0.1, started here), through the Alexa skill.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PutCommand, DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { createDynamoStore } from '../src/store/dynamo';
import type { ProgressStore } from '../src/store/types';
import { startDynalite, TEST_CREDENTIALS, TEST_REGION, type DynaliteHandle } from './support/dynalite';
import { alexaHarness } from './support/alexa';
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import { googleHarness } from './support/google';

let db: DynaliteHandle;
let store: ProgressStore;
let users = 0;
const newUser = () => `amzn1.ask.account.PROGRESS${++users}`;
const day = (d: string) => new Date(`${d}T09:00:00Z`);

beforeAll(async () => {
  db = await startDynalite();
  store = createDynamoStore({ tableName: db.tableName, endpoint: db.endpoint, region: TEST_REGION, credentials: TEST_CREDENTIALS, timeoutMs: 500 });
});
afterAll(async () => {
  await db.close();
});

const session = (userId: string, date: string, painHistoryAllowed = false) =>
  alexaHarness({ store, userId, now: day(date), painHistoryAllowed });

describe('the six-week program across sessions', () => {
  it('welcomes a returning user by week and session, with the short re-check within 7 days', async () => {
    const userId = newUser();
    await session(userId, '2026-11-02').completeSession({ before: 3, after: 2 });
    const t = session(userId, '2026-11-04');
    const hello = await t.user('launch');
    expect(hello).toMatch(/week 1,( and this is)? session 2/);
    expect(hello).toMatch(/anything else new or worse\?$/);
    // After 7 days, the full triage again.
    const later = session(userId, '2026-11-12');
    expect(await later.user('launch')).toMatch(/safety questions/);
  });

  it('advances a week after three completed sessions where pain was no worse', async () => {
    const userId = newUser();
    await session(userId, '2026-11-02').completeSession({ before: 3, after: 2 });
    await session(userId, '2026-11-03').completeSession({ before: 3, after: 5 }); // worse: does not count
    await session(userId, '2026-11-04').completeSession({ before: 2, after: 2 });
    // Three counted days, but the week began only three days ago: the calendar decides.
    const third = await session(userId, '2026-11-05').completeSession({ before: 2, after: 1 });
    expect(third.join(' ')).toMatch(/In 4 more days, we can move up/);
    // A week later the next session opens week 2.
    const t = session(userId, '2026-11-09');
    expect(await t.user('launch')).toMatch(/week 2, session 1.*today we start week 2/i);
    const fourth = await session(userId, '2026-11-09').completeSession({ before: 2, after: 1 });
    expect(fourth.join(' ')).toMatch(/That counts toward week 2/);
    const saved = await store.load(userId);
    expect(saved?.progress).toMatchObject({ week: 2, countedDays: ['2026-11-09'], weekStarted: '2026-11-09' });
    expect(saved?.progress.completed).toHaveLength(5);
  });

  it('"how am I doing?" gives a spoken summary', async () => {
    const userId = newUser();
    await session(userId, '2026-11-02').completeSession({ before: 3, after: 2 });
    await session(userId, '2026-11-03').completeSession({ before: 3, after: 2 });
    const t = session(userId, '2026-11-03');
    await t.user('launch');
    expect(await t.user('how am I doing')).toMatch(/You're in week 1 of 6, with 2 sessions done this week and 2 in total. You're on a 2 day streak/);
  });

  it('"start over" asks for confirmation, then resets the program', async () => {
    const userId = newUser();
    for (const d of ['2026-11-02', '2026-11-03', '2026-11-04']) await session(userId, d).completeSession({ before: 2, after: 2 });
    expect((await store.load(userId))?.progress.countedDays).toHaveLength(3);
    const t = session(userId, '2026-11-05');
    await t.user('launch');
    expect(await t.user('start over')).toMatch(/start the six-week program over from week 1\?/);
    expect(await t.user('yes')).toMatch(/back at week 1/);
    expect((await store.load(userId))?.progress).toMatchObject({ week: 1, countedDays: [], completed: [] });
  });

  it('an interrupted routine resumes where it stopped', async () => {
    const userId = newUser();
    const first = session(userId, '2026-11-02');
    await first.throughTriage();
    await first.user('pain 2');
    await first.user('no');
    await first.user('pattern varies');
    await first.user('next');
    await first.user('next');
    await first.user('skip');
    const stop = await first.user('stop');
    expect(stop, stop).toMatch(/Next time we'll pick up with the clamshell/);
    // The next session leads its glute work with the clamshell.
    const second = session(userId, '2026-11-03');
    await second.throughTriage();
    await second.user('pain 2');
    const preview = await second.user('no');
    expect(preview).not.toMatch(/clamshell/); // mobility first
    await second.user('next');
    expect(await second.user('next')).toMatch(/Now let’s switch on the muscles.*the clamshell/);
  });
});

describe('pain history: only where allowed and agreed', () => {
  it('is never asked for or stored when the deployment does not allow it', async () => {
    const userId = newUser();
    const heard = await session(userId, '2026-11-02', false).completeSession({ before: 4, after: 2 });
    expect(heard.join(' ')).not.toMatch(/remember your pain scores/);
    expect((await store.load(userId))?.progress).toMatchObject({ painConsent: 'unasked', painHistory: [] });
  });

  it('is asked once; a no is respected and remembered', async () => {
    const userId = newUser();
    const heard = await session(userId, '2026-11-02', true).completeSession({ before: 4, after: 2, consent: 'no' });
    expect(heard.at(-2)).toMatch(/I can remember your pain scores to show you your trend. Shall I\?$/);
    expect((await store.load(userId))?.progress).toMatchObject({ painConsent: 'no', painHistory: [] });
    const again = await session(userId, '2026-11-03', true).completeSession({ before: 4, after: 2 });
    expect(again.join(' ')).not.toMatch(/remember your pain scores/);
  });

  it('with a yes, stores pre and post scores and reports a meaningful trend', async () => {
    const userId = newUser();
    await session(userId, '2026-11-02', true).completeSession({ before: 5, after: 5, consent: 'yes' });
    await session(userId, '2026-11-03', true).completeSession({ before: 4, after: 3 });
    const saved = await store.load(userId);
    expect(saved?.progress.painHistory).toEqual([
      { date: '2026-11-02', before: 5, after: 5 },
      { date: '2026-11-03', before: 4, after: 3 },
    ]);
    const t = session(userId, '2026-11-04', true);
    expect(await t.user('launch')).toMatch(/Your pain after sessions has dropped from 5 to 3 this week/);
  });

  it('lowers the dose when pain is worse than last time', async () => {
    const userId = newUser();
    await session(userId, '2026-11-02', true).completeSession({ before: 2, after: 2, consent: 'yes' });
    const t = session(userId, '2026-11-03', true);
    await t.throughTriage();
    await t.user('pain 3');
    expect(await t.user('no')).toMatch(/gentler today/);
  });
});

describe('storage faults', () => {
  it('an outage mid-conversation: the session goes on, the loss is logged, earlier progress is intact', async () => {
    const userId = newUser();
    await session(userId, '2026-11-02').completeSession({ before: 3, after: 2 });
    const before = await store.load(userId);
    const t = session(userId, '2026-11-03');
    await t.throughTriage();
    await t.user('pain 2');
    await t.user('no');
    await t.user('pattern varies');
    await db.stop();
    try {
      const started = Date.now();
      for (let i = 0; i < 3; i++) expect(await t.user('next')).not.toMatch(/sorry|error|problem/i);
      const stop = await t.user('stop');
      expect(Date.now() - started).toBeLessThan(6000);
      expect(stop).toMatch(/pick up with/);
      expect(t.logger.lines.map((l) => l.event)).toContain('store.progress_not_saved');
      expect(t.logger.lines.filter((l) => l.event === 'store.save_failed')).toHaveLength(2); // retried once
    } finally {
      await db.restart();
    }
    expect(await store.load(userId)).toEqual(before);
  });

  it('a store that cannot be reached at launch still gives a working session', async () => {
    await db.stop();
    try {
      const t = alexaHarness({ store, userId: newUser(), now: day('2026-11-02') });
      const started = Date.now();
      expect(await t.user('launch')).toMatch(/Welcome to Hip Coach/);
      expect(Date.now() - started).toBeLessThan(2000);
      expect(t.logger.lines.map((l) => l.event)).toContain('store.load_failed');
    } finally {
      await db.restart();
    }
  });

  it('a corrupt stored record resets instead of failing', async () => {
    const userId = newUser();
    const doc = DynamoDBDocumentClient.from(db.client);
    await doc.send(new PutCommand({ TableName: db.tableName, Item: { userId, version: 3, progress: { v: 99, week: 'seven' } } }));
    const t = session(userId, '2026-11-02');
    expect(await t.user('launch')).toMatch(/Welcome to Hip Coach/);
    await t.user('yes');
    expect((await store.load(userId))?.progress.onboarded).toBe(true);
  });

  it('two devices at once: conditional writes merge instead of overwriting', async () => {
    const userId = newUser();
    await session(userId, '2026-11-02').completeSession({ before: 2, after: 2 });
    const kitchen = session(userId, '2026-11-03');
    const bedroom = session(userId, '2026-11-03');
    await kitchen.throughTriage();
    await bedroom.throughTriage();
    for (const t of [kitchen, bedroom]) {
      await t.user('pain 2');
      await t.user('no');
      await t.user('pattern varies');
      for (let i = 0; i < 80 && !/how is your back feeling now\?$/.test(await t.user('next')); i++);
      await t.user('pain 1');
    }
    const saved = await store.load(userId);
    expect(saved?.progress.completed).toEqual(['2026-11-02', '2026-11-03', '2026-11-03']);
    // Counted once a day: the two sessions on the 3rd are one counted day.
    expect(saved?.progress.countedDays).toEqual(['2026-11-02', '2026-11-03']);
  });
});

describe('slow and throttled stores', () => {
  it('a store that never answers: every turn still answers, cut short by the turn budget', async () => {
    const sockets = new Set<import('node:net').Socket>();
    const silent = createNetServer((socket) => sockets.add(socket.on('data', () => {}))); // accepts, never replies
    await new Promise<void>((done) => silent.listen(0, '127.0.0.1', done));
    const { port } = silent.address() as AddressInfo;
    // The store's own timeout is long on purpose: the turn's budget must cut it short.
    const slow = createDynamoStore({ tableName: db.tableName, endpoint: `http://127.0.0.1:${port}`, region: TEST_REGION, credentials: TEST_CREDENTIALS, timeoutMs: 10_000 });
    try {
      // A small budget keeps the test quick; production's is 1.5 s per turn (under Alexa's 8 s and our 2 s goal).
      const t = alexaHarness({ store: slow, userId: newUser(), now: day('2026-11-02'), storeTimeoutMs: 200, storeBudgetMs: 300 });
      for (const line of ['launch', 'yes', 'no']) {
        const started = Date.now();
        expect(await t.user(line)).toMatch(/\?$/);
        expect(Date.now() - started).toBeLessThan(1500); // 300 ms budget, generous margin for a loaded machine
      }
      expect(t.logger.lines.map((l) => l.event)).toEqual(expect.arrayContaining(['store.load_failed', 'store.progress_not_saved']));
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((done) => silent.close(() => done()));
    }
  }, 15_000);

  it('throttling: the turn answers, the write is retried once, and nothing stored is lost', async () => {
    const userId = newUser();
    await session(userId, '2026-11-02').completeSession({ before: 3, after: 2 });
    const before = await store.load(userId);
    let throttled = 0;
    const throttling: ProgressStore = {
      load: (id) => store.load(id),
      delete: (id) => store.delete(id),
      save: async () => {
        throttled++;
        throw Object.assign(new Error('Rate of requests exceeds the allowed throughput.'), { name: 'ThrottlingException' });
      },
    };
    const t = alexaHarness({ store: throttling, userId, now: day('2026-11-03') });
    await t.throughTriage();
    await t.user('pain 2');
    await t.user('no');
    await t.user('pattern varies');
    await t.user('next');
    expect(await t.user('stop')).toMatch(/pick up with/);
    expect(throttled).toBe(2);
    expect(await store.load(userId)).toEqual(before);
  });
});

describe('deleting data', () => {
  it('"delete my data" asks for confirmation, then removes the record (Alexa)', async () => {
    const userId = newUser();
    await session(userId, '2026-11-02').completeSession({ before: 2, after: 2 });
    const t = session(userId, '2026-11-03');
    await t.user('launch');
    expect(await t.user('delete my data')).toMatch(/delete everything I've saved about you/);
    expect(await t.user('no')).toMatch(/kept your data/);
    expect(await store.load(userId)).not.toBeNull();
    await t.user('delete my data');
    expect(await t.user('yes')).toMatch(/deleted/);
    expect(t.last.ended).toBe(true);
    expect(await store.load(userId)).toBeNull();
  });

  it('"delete my data" works on Google too', async () => {
    const g = googleHarness({ store, now: day('2026-11-02') });
    await g.user('launch');
    await g.user('yes');
    await g.user('delete my data');
    expect(await g.user('yes')).toMatch(/deleted/);
    const userStorage = JSON.parse(g.last.response.payload.google.userStorage ?? '{"data":{}}');
    const id = userStorage.data.hipCoachId;
    if (id) expect(await store.load(id)).toBeNull();
  });

  it('disabling the Alexa skill removes the record', async () => {
    const userId = newUser();
    await session(userId, '2026-11-02').completeSession({ before: 2, after: 2 });
    const t = session(userId, '2026-11-03');
    await t.user({ type: 'AlexaSkillEvent.SkillDisabled' });
    expect(await store.load(userId)).toBeNull();
  });
});
