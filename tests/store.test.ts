// One contract for every ProgressStore (memory, file, DynamoDB on dynalite),
// then what only one backend has: the file format, the DynamoDB item, outages.
import { PutItemCommand, GetItemCommand } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { createServer as createHttpServer, type IncomingMessage, type Server as HttpServer } from 'node:http';
import { createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { newProgress, type Progress } from '../src/flow/progress';
import { createDynamoStore, TTL_DAYS } from '../src/store/dynamo';
import { createDynamoClient, DynamoError } from '../src/store/dynamoHttp';
import { createFileStore } from '../src/store/file';
import { painHistoryAllowed, storeFromEnv } from '../src/store/fromEnv';
import { createMemoryStore } from '../src/store/memory';
import { VersionConflictError, type ProgressStore } from '../src/store/types';
import { startDynalite, TEST_CREDENTIALS, TEST_REGION, type DynaliteHandle } from './support/dynalite';

const progressAt = (week: Progress['week'], completed: string[] = []): Progress => ({
  ...newProgress(),
  onboarded: true,
  week,
  completed,
});

interface Fixture {
  store: ProgressStore;
  /** Write a raw record straight into the backend, bypassing the store. */
  plant(userId: string, raw: unknown): Promise<void>;
}

let db: DynaliteHandle;
let tmp: string;
beforeAll(async () => {
  db = await startDynalite();
  tmp = await mkdtemp(join(tmpdir(), 'hip-coach-store-'));
});
afterAll(async () => {
  await db?.close();
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

let fileCount = 0;
const backends: Record<string, () => Fixture> = {
  memory: () => {
    const records = new Map<string, unknown>();
    return { store: createMemoryStore(records), plant: async (id, raw) => void records.set(id, raw) };
  },
  file: () => {
    const path = join(tmp, `run-${++fileCount}`, 'nested', 'progress.json');
    const store = createFileStore(path);
    return {
      store,
      plant: async (id, raw) => {
        await mkdir(dirname(path), { recursive: true });
        const current = JSON.parse(await readFile(path, 'utf8').catch(() => '{}'));
        await writeFile(path, JSON.stringify({ ...current, [id]: raw }));
      },
    };
  },
  dynamodb: () => {
    const docs = DynamoDBDocumentClient.from(db.client);
    return {
      store: createDynamoStore({ tableName: db.tableName, endpoint: db.endpoint, region: TEST_REGION, credentials: TEST_CREDENTIALS }),
      plant: async (id, raw) => void (await docs.send(new PutCommand({ TableName: db.tableName, Item: { ...(raw as object), userId: id } }))),
    };
  },
};

let userSeq = 0;
const newUser = () => `amzn1.ask.account.TEST${++userSeq}-${Date.now()}`;

describe.each(Object.keys(backends))('ProgressStore contract: %s', (backend) => {
  let store: ProgressStore;
  let plant: Fixture['plant'];
  let user: string;
  beforeEach(() => {
    ({ store, plant } = backends[backend]!());
    user = newUser();
  });

  it('loads null for a user it has never seen', async () => {
    expect(await store.load(user)).toBeNull();
  });

  it('saves a new record as version 1 and loads it back', async () => {
    const progress = progressAt(2, ['2025-01-06']);
    expect(await store.save(user, progress, null)).toBe(1);
    expect(await store.load(user)).toEqual({ progress, version: 1 });
  });

  it('bumps the version on each write', async () => {
    await store.save(user, progressAt(1), null);
    expect(await store.save(user, progressAt(2), 1)).toBe(2);
    expect(await store.save(user, progressAt(3), 2)).toBe(3);
    expect((await store.load(user))?.progress.week).toBe(3);
  });

  it('rejects a save with a stale version and keeps the newer record', async () => {
    await store.save(user, progressAt(1), null);
    await store.save(user, progressAt(2), 1); // the other device
    await expect(store.save(user, progressAt(4), 1)).rejects.toBeInstanceOf(VersionConflictError);
    expect(await store.load(user)).toEqual({ progress: progressAt(2), version: 2 });
  });

  it('rejects a "new" save when a readable record exists', async () => {
    await store.save(user, progressAt(3), null);
    await expect(store.save(user, progressAt(1), null)).rejects.toBeInstanceOf(VersionConflictError);
    expect((await store.load(user))?.progress.week).toBe(3);
  });

  it('rejects an update of a record that does not exist', async () => {
    await expect(store.save(user, progressAt(1), 1)).rejects.toBeInstanceOf(VersionConflictError);
    expect(await store.load(user)).toBeNull();
  });

  it('lets exactly one of two racing saves win', async () => {
    await store.save(user, progressAt(1), null);
    const results = await Promise.allSettled([store.save(user, progressAt(2), 1), store.save(user, progressAt(3), 1)]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const lost = results.find((r) => r.status === 'rejected');
    expect((lost as PromiseRejectedResult).reason).toBeInstanceOf(VersionConflictError);
    expect((await store.load(user))?.version).toBe(2);
  });

  it('deletes, and deleting nothing is fine', async () => {
    await store.save(user, progressAt(2), null);
    await store.delete(user);
    expect(await store.load(user)).toBeNull();
    await store.delete(user);
    expect(await store.save(user, progressAt(1), null)).toBe(1);
  });

  it('keeps users apart', async () => {
    const other = newUser();
    await store.save(user, progressAt(2), null);
    await store.save(other, progressAt(5), null);
    await store.delete(other);
    expect((await store.load(user))?.progress.week).toBe(2);
  });

  it('hands out copies, not the stored object', async () => {
    const progress = progressAt(1, ['2025-01-06']);
    await store.save(user, progress, null);
    progress.completed.push('2025-01-07');
    const loaded = await store.load(user);
    loaded!.progress.completed.push('2025-01-08');
    expect((await store.load(user))?.progress.completed).toEqual(['2025-01-06']);
  });

  const corrupt: Record<string, unknown> = {
    'junk progress': { progress: 'garbage', version: 1 },
    'unknown progress version': { progress: { ...progressAt(2), v: 99 }, version: 4 },
    'out-of-range field': { progress: { ...progressAt(2), week: 99 }, version: 2 },
    'missing version': { progress: progressAt(2) },
    'string version': { progress: progressAt(2), version: 'x' },
    'no progress at all': { version: 3 },
  };
  it.each(Object.entries(corrupt))('loads a corrupt record (%s) as null, and a new save replaces it', async (_, raw) => {
    await plant(user, raw);
    expect(await store.load(user)).toBeNull();
    // load() said "none", so a first save must succeed (else the user is stuck in conflicts forever).
    const version = await store.save(user, progressAt(1), null);
    const seen = (raw as { version?: unknown }).version;
    expect(version).toBe(typeof seen === 'number' ? seen + 1 : 1);
    expect(await store.load(user)).toEqual({ progress: progressAt(1), version });
  });
});

describe('file store', () => {
  it('creates its folder, writes plain JSON and leaves no temp files', async () => {
    const dir = join(tmp, 'fresh', 'deeper');
    const store = createFileStore(join(dir, 'progress.json'));
    await store.save('u1', progressAt(2), null);
    await store.save('u2', progressAt(3), null);
    expect(await readdir(dir)).toEqual(['progress.json']);
    const data = JSON.parse(await readFile(join(dir, 'progress.json'), 'utf8'));
    expect(data.u1).toEqual({ progress: progressAt(2), version: 1 });
    expect(Object.keys(data)).toEqual(['u1', 'u2']);
  });

  it('reads an unparseable file as empty and recovers on the next save', async () => {
    const path = join(tmp, 'broken.json');
    await writeFile(path, '{"u1": {"progress": ');
    const store = createFileStore(path);
    expect(await store.load('u1')).toBeNull();
    expect(await store.save('u1', progressAt(1), null)).toBe(1);
    expect((await store.load('u1'))?.version).toBe(1);
    // The unreadable file is kept aside for a person to look at, not overwritten.
    const aside = (await readdir(tmp)).filter((f) => f.startsWith('broken.json.unreadable-'));
    expect(aside).toHaveLength(1);
    expect(await readFile(join(tmp, aside[0]!), 'utf8')).toBe('{"u1": {"progress": ');
  });

  it('treats "__proto__" as an ordinary user id', async () => {
    const store = createFileStore(join(tmp, 'proto.json'));
    await store.save('__proto__', progressAt(2), null);
    expect((await store.load('__proto__'))?.progress.week).toBe(2);
  });
});

describe('DynamoDB store', () => {
  const storeOn = (endpoint: string, timeoutMs?: number) =>
    createDynamoStore({ tableName: db.tableName, endpoint, region: TEST_REGION, credentials: TEST_CREDENTIALS, timeoutMs });

  it('writes { userId, progress, version, expiresAt } with a TTL 400 days out', async () => {
    const now = Date.UTC(2025, 0, 6, 12);
    const store = createDynamoStore({ tableName: db.tableName, endpoint: db.endpoint, region: TEST_REGION, credentials: TEST_CREDENTIALS, now: () => now });
    await store.save('ttl-user', progressAt(2), null);
    const { Item } = await db.client.send(new GetItemCommand({ TableName: db.tableName, Key: { userId: { S: 'ttl-user' } } }));
    expect(Object.keys(Item!).sort()).toEqual(['expiresAt', 'progress', 'userId', 'version']);
    expect(Item!.version).toEqual({ N: '1' });
    expect(Item!.progress?.M).toBeDefined();
    expect(Number(Item!.expiresAt!.N)).toBe(now / 1000 + TTL_DAYS * 86_400);
  });

  it('loads null, not an exception, for values the SDK cannot turn into JS', async () => {
    const store = storeOn(db.endpoint);
    await db.client.send(
      new PutItemCommand({
        TableName: db.tableName,
        Item: { userId: { S: 'odd-types' }, progress: { SS: ['a', 'b'] }, version: { N: '123456789012345678901234567890' } },
      }),
    );
    expect(await store.load('odd-types')).toBeNull();
    expect(await store.save('odd-types', progressAt(1), null)).toBe(1);
  });

  it('fails fast while DynamoDB is down, and finds its data again after', async () => {
    const store = storeOn(db.endpoint);
    await store.save('outage-user', progressAt(3), null);
    await db.stop();
    try {
      for (const call of [() => store.load('outage-user'), () => store.save('outage-user', progressAt(4), 1)]) {
        const started = performance.now();
        await expect(call()).rejects.toThrow();
        const ms = performance.now() - started;
        console.info(`[outage] rejected in ${ms.toFixed(0)} ms`);
        expect(ms).toBeLessThan(4000); // fails fast (connection refused), not after a hang
      }
    } finally {
      await db.restart();
    }
    expect(await store.load('outage-user')).toEqual({ progress: progressAt(3), version: 1 });
    expect(await store.save('outage-user', progressAt(4), 1)).toBe(2);
  });

  describe('against a server that accepts connections and never answers', () => {
    let blackHole: Server;
    const sockets = new Set<Socket>();
    beforeAll(async () => {
      blackHole = createServer((socket) => void sockets.add(socket));
      await new Promise<void>((r) => blackHole.listen(0, '127.0.0.1', r));
    });
    afterEach(() => sockets.forEach((s) => s.destroy()));
    afterAll(() => new Promise<void>((r) => blackHole.close(() => r())));

    it('gives up after timeoutMs instead of hanging', async () => {
      const { port } = blackHole.address() as { port: number };
      const store = storeOn(`http://127.0.0.1:${port}`);
      for (const call of [() => store.load('u'), () => store.save('u', progressAt(1), null), () => store.delete('u')]) {
        const started = performance.now();
        await expect(call()).rejects.toThrow();
        const ms = performance.now() - started;
        console.info(`[hang] rejected in ${ms.toFixed(0)} ms`);
        expect(ms).toBeGreaterThanOrEqual(900);
        expect(ms).toBeLessThan(4000); // the abort, not a hang: generous for a loaded CI machine
      }
    });
  });
});

describe('DynamoDB client (node:http + aws4)', () => {
  // A scripted stand-in for DynamoDB: each request gets the next answer, and is recorded.
  let server: HttpServer;
  let answers: { status: number; body: object }[];
  let seen: { target: string; headers: IncomingMessage['headers']; socket: number }[];
  let endpoint: string;
  beforeAll(async () => {
    const sockets = new Map<object, number>();
    server = createHttpServer((req, res) => {
      if (!sockets.has(req.socket)) sockets.set(req.socket, sockets.size + 1);
      seen.push({ target: String(req.headers['x-amz-target'] ?? req.method), headers: req.headers, socket: sockets.get(req.socket)! });
      req.resume();
      req.on('end', () => {
        const answer = answers.shift() ?? { status: 200, body: {} };
        res.writeHead(answer.status, { 'content-type': 'application/x-amz-json-1.0' }).end(JSON.stringify(answer.body));
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    endpoint = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  });
  beforeEach(() => {
    answers = [];
    seen = [];
  });
  afterAll(() => {
    server.closeAllConnections();
    return new Promise<void>((r) => server.close(() => r()));
  });

  const throttled = { status: 400, body: { __type: 'com.amazonaws.dynamodb.v20120810#ProvisionedThroughputExceededException', message: 'slow down' } };
  const client = (maxAttempts?: number) =>
    createDynamoClient({ endpoint, region: TEST_REGION, credentials: { ...TEST_CREDENTIALS, sessionToken: 'session-token' }, maxAttempts });

  it('signs each call with SigV4 for dynamodb, session token included', async () => {
    await client().call('GetItem', { TableName: 't', Key: { userId: { S: 'u' } } }, AbortSignal.timeout(1000));
    expect(seen[0]!.target).toBe('DynamoDB_20120810.GetItem');
    expect(seen[0]!.headers.authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=x\/\d{8}\/us-east-1\/dynamodb\/aws4_request, SignedHeaders=.*x-amz-target/);
    expect(seen[0]!.headers['x-amz-security-token']).toBe('session-token');
  });

  it('retries throttling with backoff, then answers', async () => {
    answers = [throttled, throttled, { status: 200, body: { Item: { userId: { S: 'u' } } } }];
    const out = await client().call('GetItem', {}, AbortSignal.timeout(1000));
    expect(out).toEqual({ Item: { userId: { S: 'u' } } });
    expect(seen).toHaveLength(3);
  });

  it('gives up after maxAttempts, with the error DynamoDB named', async () => {
    answers = [throttled, throttled, throttled];
    await expect(client(2).call('PutItem', {}, AbortSignal.timeout(1000))).rejects.toMatchObject({ code: 'ProvisionedThroughputExceededException', status: 400 });
    expect(seen).toHaveLength(2);
  });

  it('does not retry what another try cannot fix (a failed condition)', async () => {
    answers = [{ status: 400, body: { __type: 'com.amazonaws.dynamodb.v20120810#ConditionalCheckFailedException', message: 'The conditional request failed' } }];
    const error = await client().call('PutItem', {}, AbortSignal.timeout(1000)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DynamoError);
    expect((error as DynamoError).code).toBe('ConditionalCheckFailedException');
    expect(seen).toHaveLength(1);
  });

  it('retries a server fault but stops at the signal: the budget covers the backoffs', async () => {
    answers = Array.from({ length: 50 }, () => ({ status: 500, body: { __type: 'InternalServerError' } }));
    const started = performance.now();
    await expect(client(50).call('GetItem', {}, AbortSignal.timeout(300))).rejects.toThrow();
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('warms one connection without a request, and the first calls ride on it', async () => {
    let connections = 0;
    const count = () => connections++;
    server.on('connection', count);
    try {
      const warmed = client();
      await warmed.warm();
      expect(connections).toBe(1);
      expect(seen).toHaveLength(0); // a socket, not a request: the first call waits for no extra round trip
      await warmed.call('GetItem', {}, AbortSignal.timeout(1000));
      await warmed.call('GetItem', {}, AbortSignal.timeout(1000));
      expect(seen.map((s) => s.target)).toEqual(['DynamoDB_20120810.GetItem', 'DynamoDB_20120810.GetItem']);
      expect(connections).toBe(1);
    } finally {
      server.off('connection', count);
    }
  });

  it('takes the warmed socket over mid-handshake: a call right after warm() needs no second connection', async () => {
    let connections = 0;
    const count = () => connections++;
    server.on('connection', count);
    try {
      const warmed = client();
      void warmed.warm();
      await warmed.call('GetItem', {}, AbortSignal.timeout(1000));
      expect(connections).toBe(1);
      expect(seen).toHaveLength(1);
    } finally {
      server.off('connection', count);
    }
  });

  it('a warm-up that fails costs nothing: the first call connects itself', async () => {
    const dead = createDynamoClient({ endpoint: 'http://127.0.0.1:1', region: TEST_REGION, credentials: TEST_CREDENTIALS, maxAttempts: 1 });
    await expect(dead.warm()).resolves.toBeUndefined();
    await expect(dead.call('GetItem', {}, AbortSignal.timeout(1000))).rejects.toMatchObject({ code: 'ECONNREFUSED', status: 0 });
    const live = client();
    await live.call('GetItem', {}, AbortSignal.timeout(1000));
    expect(seen).toHaveLength(1);
  });

  it('speaks TLS to an https endpoint (the real one): this plain-HTTP server answers no handshake', async () => {
    const tls = createDynamoClient({ endpoint: endpoint.replace('http:', 'https:'), region: TEST_REGION, credentials: TEST_CREDENTIALS, maxAttempts: 1 });
    const error = await tls.call('GetItem', {}, AbortSignal.timeout(1000)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DynamoError);
    expect((error as DynamoError).status).toBe(0);
    expect(seen).toHaveLength(0); // no HTTP request reached the server: the bytes sent were a TLS hello
  });

  it('reads a store through a conflict: a failed condition is a VersionConflictError', async () => {
    const store = createDynamoStore({ tableName: 't', region: TEST_REGION, credentials: TEST_CREDENTIALS, client: client() });
    answers = [{ status: 400, body: { __type: 'com.amazonaws.dynamodb.v20120810#ConditionalCheckFailedException' } }];
    await expect(store.save('u', progressAt(1), 3)).rejects.toBeInstanceOf(VersionConflictError);
  });
});

describe('storeFromEnv', () => {
  it('gives no store without PROGRESS_TABLE', () => {
    expect(storeFromEnv({})).toBeNull();
    expect(storeFromEnv({ PROGRESS_TABLE: '  ', DYNAMODB_ENDPOINT: db.endpoint })).toBeNull();
  });

  it('gives a working DynamoDB store for PROGRESS_TABLE and DYNAMODB_ENDPOINT', async () => {
    const store = storeFromEnv({ PROGRESS_TABLE: db.tableName, DYNAMODB_ENDPOINT: db.endpoint })!;
    await store.save('env-user', progressAt(2), null);
    expect((await store.load('env-user'))?.version).toBe(1);
  });

  it('takes region and keys from the Lambda environment, and says which one is missing', async () => {
    await expect(storeFromEnv({ PROGRESS_TABLE: 't' })!.load('u')).rejects.toThrow(/AWS_REGION/);
    await expect(storeFromEnv({ PROGRESS_TABLE: 't', AWS_REGION: 'eu-west-1' })!.load('u')).rejects.toThrow(/AWS_ACCESS_KEY_ID/);
    const store = storeFromEnv({ PROGRESS_TABLE: db.tableName, DYNAMODB_ENDPOINT: db.endpoint, AWS_REGION: 'eu-west-1', AWS_ACCESS_KEY_ID: 'a', AWS_SECRET_ACCESS_KEY: 'b', AWS_SESSION_TOKEN: 'c' })!;
    await store.save('env-keys-user', progressAt(3), null); // dynalite accepts any signature
    expect((await store.load('env-keys-user'))?.progress.week).toBe(3);
  });

  it('gives a JSON file store for PROGRESS_FILE when there is no table (self-hosting)', async () => {
    const file = join(await mkdtemp(join(tmpdir(), 'hip-coach-env-')), 'progress.json');
    const store = storeFromEnv({ PROGRESS_FILE: file })!;
    await store.save('file-user', progressAt(1), null);
    expect((await storeFromEnv({ PROGRESS_FILE: file })!.load('file-user'))?.version).toBe(1);
  });

  it('allows pain history only for exactly PAIN_HISTORY=on', () => {
    expect(painHistoryAllowed({ PAIN_HISTORY: 'on' })).toBe(true);
    for (const value of [undefined, 'off', 'ON', 'true', '1', '']) expect(painHistoryAllowed({ PAIN_HISTORY: value })).toBe(false);
  });
});
