// Cold start to the first answered LaunchRequest, with the store reading a
// returning user from a local DynamoDB (dynalite in its own process; plain HTTP,
// or TLS like the real endpoint with BENCH_TLS=on).
// Each target is a fresh `node -e` that requires a bundle and answers one
// LaunchRequest: the closest local stand-in for a Lambda cold start. Targets take
// turns within each round; medians. Then, per store client, a warm process
// answers many launches in a row: the p99 of a turn that reads the store.
import { spawn, spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { CreateTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { build, type Plugin } from 'esbuild';
import { newProgress, type Progress } from '../src/flow/progress';
import { alexaEnvelope } from '../src/platforms/alexa/envelope';
import { createDynamoStore } from '../src/store/dynamo';
import { createFileStore } from '../src/store/file';
import { quantile } from './coldStart';
import { OPTIONS, ROOT, WORK } from './size';

export interface FirstTurnTarget {
  name: string;
  label: string;
  bundle: string;
  /** Which store the bundle is configured for: none, or DynamoDB on the bench's dynalite. */
  store: boolean;
  env?: Record<string, string>;
  execArgv?: string[];
  /** Skip what Lambda's runtime loads before the handler (RUNTIME_PRELOAD): a bare `node -e`. */
  bare?: boolean;
}

/**
 * What Lambda's Node.js runtime has loaded before it requires the handler: its
 * Runtime API client (aws-lambda-nodejs-runtime-interface-client, RAPIDClient)
 * talks to the Runtime API over node:http. Every function pays it in init, the
 * hello-world skill too, so a child that stands in for a Lambda loads it first;
 * otherwise the store would be charged for node:http, net and streams, which on
 * Lambda are already there. `bare` targets show the difference.
 */
export const RUNTIME_PRELOAD = "require('node:http');";

export interface FirstTurnStat {
  /** Median time from the child's process start (performance.now()) to the answered request. */
  firstTurnMs: number;
  iqrMs: number;
  /** Median time inside the child from before the require to the answered request (no node start-up). */
  requireTurnMs: number;
  /** Median wall time from spawn to exit (includes node's own start-up). */
  wallMs: number;
  /** Median peak RSS of the child when the first answer is out. */
  peakRssMb: number;
}

export interface WarmStoreStat {
  turns: number;
  p50Ms: number;
  p99Ms: number;
}

const TLS = process.env.BENCH_TLS === 'on';
const RTT_MS = Number(process.env.BENCH_RTT_MS) || 0;
const TABLE = 'hip-coach-bench-progress';
const USER = 'amzn1.ask.account.BENCH-RETURNING';
const REGION = 'us-east-1';
const KEYS = { accessKeyId: 'bench', secretAccessKey: 'bench' };

/** Bundles src/handlers/alexa.ts like dist/alexa.js, with one store module swapped for a bench variant. */
async function buildVariant(name: string, swap: { importer: string; specifier: string; replacement: string }): Promise<string> {
  const plugin: Plugin = {
    name: `bench-swap-${name}`,
    setup(b) {
      const filter = new RegExp(`^${swap.specifier.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`);
      b.onResolve({ filter }, (args) => (resolve(args.importer) === resolve(ROOT, swap.importer) ? { path: resolve(ROOT, swap.replacement) } : undefined));
    },
  };
  const outfile = join(WORK, `alexa-${name}.js`);
  await build({ ...OPTIONS, entryPoints: [join(ROOT, 'src/handlers/alexa.ts')], outfile, plugins: [...(OPTIONS.plugins ?? []), plugin] });
  return outfile;
}

/** dist/alexa.js with AWS SDK v3 (the store before issue 11), and with @aws-lite/client. */
export async function buildStoreVariants(): Promise<{ sdkV3: string; awsLite: string }> {
  const [sdkV3, awsLite] = await Promise.all([
    buildVariant('sdkv3', { importer: 'src/store/fromEnv.ts', specifier: './dynamo', replacement: 'bench/store/sdkV3Store.ts' }),
    buildVariant('awslite', { importer: 'src/store/dynamo.ts', specifier: './dynamoHttp', replacement: 'bench/store/awsLiteClient.ts' }),
  ]);
  return { sdkV3, awsLite };
}

const freePort = () =>
  new Promise<number>((done, fail) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
    probe.on('error', fail);
  });

export interface BenchDynamo {
  endpoint: string;
  stop(): void;
}

/**
 * dynalite in a child process (the timed children must not wait on the bench's own event loop).
 * BENCH_TLS=on serves it over TLS (self-signed, so the children run with NODE_TLS_REJECT_UNAUTHORIZED=0):
 * closer to the real endpoint, but on this loopback the server's own handshake work then lands in the client's time too.
 */
export async function startBenchDynamo(): Promise<BenchDynamo> {
  const port = await freePort();
  const child = spawn(process.execPath, [require.resolve('dynalite/cli.js'), ...(TLS ? ['--ssl'] : []), '--host', '127.0.0.1', '--port', String(port), '--createTableMs', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((done, fail) => {
    child.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('listening') && done());
    child.once('exit', (code) => fail(new Error(`dynalite exited (${code})`)));
  });
  const endpoint = `${TLS ? 'https' : 'http'}://127.0.0.1:${port}`;
  if (TLS) process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0'; // this process seeds the table over the same TLS
  const sdk = new DynamoDBClient({ endpoint, region: REGION, credentials: KEYS });
  await sdk.send(
    new CreateTableCommand({
      TableName: TABLE,
      KeySchema: [{ AttributeName: 'userId', KeyType: 'HASH' }],
      AttributeDefinitions: [{ AttributeName: 'userId', AttributeType: 'S' }],
      BillingMode: 'PAY_PER_REQUEST',
    }),
  );
  sdk.destroy();
  const store = createDynamoStore({ tableName: TABLE, endpoint, region: REGION, credentials: KEYS });
  await store.save(USER, RETURNING_USER, null);
  if (!RTT_MS) return { endpoint, stop: () => void child.kill() };
  // BENCH_RTT_MS=n: the children reach dynalite through a proxy that adds n ms of round trip (bench/store/delayProxy.cjs).
  const proxy = spawn(process.execPath, [join(__dirname, 'store', 'delayProxy.cjs'), new URL(endpoint).port, String(RTT_MS)], { stdio: ['ignore', 'pipe', 'inherit'] });
  const proxyPort = await new Promise<string>((done, fail) => {
    proxy.stdout!.on('data', (chunk: Buffer) => {
      const port = /listening (\d+)/.exec(chunk.toString())?.[1];
      if (port) done(port);
    });
    proxy.once('exit', (code) => fail(new Error(`delay proxy exited (${code})`)));
  });
  return {
    endpoint: `${TLS ? 'https' : 'http'}://127.0.0.1:${proxyPort}`,
    stop: () => {
      proxy.kill();
      child.kill();
    },
  };
}

// A returning user, three weeks in: the launch must read this record to greet them back.
const RETURNING_USER: Progress = { ...newProgress(), onboarded: true, week: 3, weekStarted: '2026-01-05', countedDays: ['2026-01-05'], completed: ['2026-01-05', '2026-01-07'], lastTriage: '2026-01-07' };

/** The same returning user in a progress file (PROGRESS_FILE): the engine's part of a returning launch, without a network. */
export async function seedProgressFile(file: string): Promise<void> {
  rmSync(file, { force: true });
  await createFileStore(file).save(USER, RETURNING_USER, null);
}

const launchEnvelope = () =>
  alexaEnvelope({ type: 'LaunchRequest' }, { applicationId: 'amzn1.ask.skill.bench', userId: USER, sessionId: 'amzn1.echo-api.session.bench', locale: 'en-US', isNew: true, attributes: {} });

/**
 * The child: require, answer one LaunchRequest, then (warm > 0) answer `warm` more and time each.
 * Works for async handlers (dist/) and ask-sdk's callback-style .lambda() (hello-world).
 */
function childScript(bundle: string, warm: number, bare: boolean): string {
  return `${bare ? '' : RUNTIME_PRELOAD}
const t0 = process.hrtime.bigint();
const { handler } = require(${JSON.stringify(bundle)});
const envelope = ${JSON.stringify(launchEnvelope())};
const ask = () => new Promise((res, rej) => { const p = handler(envelope, {}, (e, r) => (e ? rej(e) : res(r))); if (p && p.then) p.then(res, rej); });
ask().then(async (first) => {
  const firstTurnMs = performance.now(); // since the process started (node's own start-up included, as in a Lambda init)
  const requireTurnMs = Number(process.hrtime.bigint() - t0) / 1e6;
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  const warm = [];
  for (let i = 0; i < ${warm}; i++) { const s = process.hrtime.bigint(); await ask(); warm.push(Number(process.hrtime.bigint() - s) / 1e6); }
  process.stdout.write(JSON.stringify({ firstTurnMs, requireTurnMs, peakRssMb, speech: first.response.outputSpeech.ssml, warm }));
  process.exit(0);
}, (e) => { console.error(e); process.exit(1); });`;
}

interface ChildResult {
  firstTurnMs: number;
  requireTurnMs: number;
  peakRssMb: number;
  speech: string;
  warm: number[];
  wallMs: number;
}

function runChild(target: FirstTurnTarget, dynamo: BenchDynamo, warm = 0): ChildResult {
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, ...(TLS && { NODE_TLS_REJECT_UNAUTHORIZED: '0' }), ...target.env };
  if (target.store) Object.assign(env, { PROGRESS_TABLE: TABLE, DYNAMODB_ENDPOINT: dynamo.endpoint, AWS_REGION: REGION, AWS_ACCESS_KEY_ID: KEYS.accessKeyId, AWS_SECRET_ACCESS_KEY: KEYS.secretAccessKey });
  const start = process.hrtime.bigint();
  const child = spawnSync(process.execPath, [...(target.execArgv ?? []), '-e', childScript(target.bundle, warm, target.bare === true)], { cwd: ROOT, env, encoding: 'utf8', maxBuffer: 1 << 24 });
  const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
  if (child.status !== 0) throw new Error(`first turn of ${target.name} failed (${child.status ?? child.signal}): ${child.stderr.slice(0, 800)}`);
  return { ...(JSON.parse(child.stdout) as Omit<ChildResult, 'wallMs'>), wallMs };
}

/** Interleaved rounds (one untimed first); refuses a store target that did not greet the returning user. */
export function firstTurns(targets: FirstTurnTarget[], runs: number, dynamo: BenchDynamo): Record<string, FirstTurnStat> {
  for (const target of targets) {
    const { speech } = runChild(target, dynamo);
    if ((target.store || target.env?.PROGRESS_FILE) && !/\bweek 3\b/i.test(speech)) throw new Error(`${target.name} did not read the returning user: ${speech.slice(0, 200)}`);
  }
  const results = new Map<string, ChildResult[]>(targets.map((t) => [t.name, []]));
  for (let round = 0; round < runs; round++) for (const target of targets) results.get(target.name)!.push(runChild(target, dynamo));
  const median = (values: number[]) => quantile([...values].sort((a, b) => a - b), 0.5);
  return Object.fromEntries(
    targets.map((t) => {
      const rs = results.get(t.name)!;
      const first = rs.map((r) => r.firstTurnMs).sort((a, b) => a - b);
      return [t.name, { firstTurnMs: quantile(first, 0.5), iqrMs: quantile(first, 0.75) - quantile(first, 0.25), requireTurnMs: median(rs.map((r) => r.requireTurnMs)), wallMs: median(rs.map((r) => r.wallMs)), peakRssMb: median(rs.map((r) => r.peakRssMb)) }];
    }),
  );
}

/** Warm turns that read the store: one process, `warmup` launches discarded, then `turns` timed. */
export function warmStoreTurns(target: FirstTurnTarget, dynamo: BenchDynamo, warmup: number, turns: number): WarmStoreStat {
  const samples = runChild(target, dynamo, warmup + turns).warm.slice(warmup).sort((a, b) => a - b);
  const at = (q: number) => samples[Math.max(0, Math.ceil(q * samples.length) - 1)]!; // nearest rank
  return { turns: samples.length, p50Ms: at(0.5), p99Ms: at(0.99) };
}
