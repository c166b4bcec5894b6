// `npm run bench` (after `npm run build`): warm turn latency, cold start,
// bundle size, peak memory, the first turn with the store and scripted sessions (bench/sessions.ts) in one run, checked against budgets; prints a
// table and writes bench/results.json. Budgets report PASS/FAIL and never
// change the exit code: only a crash does.
import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, relative } from 'node:path';
import { coldStarts } from './coldStart';
import { buildStoreVariants, firstTurns, seedProgressFile, startBenchDynamo, warmStoreTurns, type FirstTurnTarget } from './firstTurn';
import { warmRun } from './warmRun';
import { sessionsBench, SESSIONS_HEADING } from './sessions';
import { buildHelloGetItem, buildHelloWorld, contributors, ROOT, sizeOf, WORK, type Contributor } from './size';

const WARMUP_CONVERSATIONS = 20;
const CONVERSATIONS = 200; // about 45 turns each: ~9,000 samples, enough for a steady p99
const COLD_RUNS = 31; // process start-up jitter is ~10 ms, the size of what is measured: many runs, median
const FIRST_TURN_RUNS = Number(process.env.BENCH_FIRST_TURN_RUNS) || 25;
const WARM_STORE_TURNS = 2000;

const MiB = 1024 * 1024;
const BUDGET = {
  alexaSizeVsHello: 1.5, // × hello-world, minified
  googleBytes: 1 * MiB,
  alexaColdVsHello: 1.5, // × hello-world's require overhead
  googleColdVsHello: 3,
  turnP99Ms: 2,
  peakRssMb: 100,
  storeFirstTurnVsHello: 2.0, // issue 11; the goal beyond it is 1.6
  storeFirstTurnGoal: 1.6,
  storeRssOverNoStoreMb: 5,
  storeTurnP99Ms: 2,
};

const fmt = (x: number, digits = 2) => x.toFixed(digits);
const kib = (bytes: number) => fmt(bytes / 1024, 1);

/** Left-aligned first column, right-aligned numbers. */
function table(head: string[], rows: (string | number)[][]): string {
  const cells = [head, ...rows.map((r) => r.map(String))];
  const widths = head.map((_, i) => Math.max(...cells.map((r) => r[i]!.length)));
  return cells.map((r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('   ')).join('\n');
}

async function main() {
  const say = (s = '') => console.log(s);
  say(`Hip Coach bench: node ${process.version}, ${process.platform} ${process.arch}, ${cpus().length} CPUs, ${cpus()[0]?.model ?? ''}`);

  // 1. Warm latency, bundled and run under plain node: its peak RSS is the skill's, not tsx's.
  const { alexa, google, peakRssMb: rss } = await warmRun(WARMUP_CONVERSATIONS, CONVERSATIONS);
  const peakRssMb = Math.max(rss.alexa, rss.google);

  say(`\nWarm turns, in-process (${CONVERSATIONS} scripted conversations after ${WARMUP_CONVERSATIONS} warm-up, one new user each)`);
  say(
    table(
      ['platform', 'turns', 'p50 ms', 'p99 ms', 'mean ms', 'max ms'],
      [
        ['alexa', alexa.turns, fmt(alexa.p50Ms, 3), fmt(alexa.p99Ms, 3), fmt(alexa.meanMs, 3), fmt(alexa.maxMs, 3)],
        ['google', google.turns, fmt(google.p50Ms, 3), fmt(google.p99Ms, 3), fmt(google.meanMs, 3), fmt(google.maxMs, 3)],
      ],
    ),
  );
  say(`peak RSS of the warm-run processes (plain node, bundled, one per platform): alexa ${fmt(rss.alexa, 1)} MB, google ${fmt(rss.google, 1)} MB`);

  // 2 and 3. Bundles: dist/ comes from `npm run build`; hello-world is built here the same way.
  const helloFile = await buildHelloWorld();
  const files = { hello: helloFile, alexa: join(ROOT, 'dist/alexa.js'), google: join(ROOT, 'dist/google.js') };
  const size = { hello: sizeOf(files.hello), alexa: sizeOf(files.alexa), google: sizeOf(files.google) };

  const requireOf = (file: string) => `require(${JSON.stringify('./' + relative(ROOT, file))})`;
  const cold = coldStarts(
    [
      { name: 'baseline', script: '0' },
      { name: 'hello', script: requireOf(files.hello) },
      { name: 'alexa', script: requireOf(files.alexa) },
      { name: 'google', script: requireOf(files.google) },
      // Not a budget: what requiring AWS SDK v3's DynamoDB clients alone costs (the store before issue 11).
      { name: 'awsSdk', script: "require('@aws-sdk/client-dynamodb'); require('@aws-sdk/lib-dynamodb')" },
    ],
    COLD_RUNS,
    ROOT,
  );
  const median = (name: string) => cold[name]!.medianMs;
  // The require overhead, timed inside the child: steadier than (wall time minus node -e 0),
  // which is printed too.
  const overhead = (name: string) => cold[name]!.inProcessMs;
  const wallOverhead = (name: string) => median(name) - median('baseline');
  const coldRatio = (name: string) => overhead(name) / overhead('hello');

  say(`\nCold start: a fresh \`node -e <script>\` to exit, median of ${COLD_RUNS} interleaved runs`);
  say(
    table(
      ['target', 'wall median ms', 'wall IQR ms', 'wall - node -e 0 ms', 'require in-process ms', '× hello (in-process)'],
      [
        ['node -e 0', fmt(median('baseline'), 1), fmt(cold.baseline!.iqrMs, 1), '-', '-', '-'],
        ...[
          ['hello-world (ask-sdk-core)', 'hello'],
          ['dist/alexa.js', 'alexa'],
          ['dist/google.js', 'google'],
          ['(info) @aws-sdk dynamodb clients', 'awsSdk'],
        ].map(([label, name]) => [label!, fmt(median(name!), 1), fmt(cold[name!]!.iqrMs, 1), fmt(wallOverhead(name!), 1), fmt(overhead(name!), 1), fmt(coldRatio(name!))]),
      ],
    ),
  );

  const sizeRow = (label: string, s: { bytes: number; gzipBytes: number }) => [
    label,
    s.bytes,
    kib(s.bytes),
    kib(s.gzipBytes),
    fmt(s.bytes / size.hello.bytes),
    fmt(s.gzipBytes / size.hello.gzipBytes),
  ];
  say('\nBundle size (minified; gzip via zlib.gzipSync at the default level)');
  say(
    table(
      ['bundle', 'bytes', 'KiB', 'gzip KiB', '× hello min', '× hello gzip'],
      [sizeRow('hello-world', size.hello), sizeRow('dist/alexa.js', size.alexa), sizeRow('dist/google.js', size.google)],
    ),
  );

  // What fills each bundle, from esbuild's metafile: where the size (and much of the parse time) goes.
  const inputs: Record<string, Contributor[]> = {
    hello: await contributors(join(WORK, 'hello.ts')),
    alexa: await contributors('src/handlers/alexa.ts'),
    google: await contributors('src/handlers/google.ts'),
  };
  say('\nLargest inputs per bundle (minified KiB in the output)');
  for (const [name, list] of Object.entries(inputs)) {
    say(`  ${name.padEnd(6)}  ${list.map((c) => `${c.name} ${kib(c.bytes)}`).join(', ')}`);
  }

  // 4. First turn with the store: cold start to the first answered LaunchRequest of a
  // returning user, read from dynalite (own process), per store client.
  const variants = await buildStoreVariants();
  const helloGetItem = await buildHelloGetItem();
  const progressFile = join(WORK, 'returning-user.json');
  await seedProgressFile(progressFile);
  const dynamo = await startBenchDynamo();
  // Every child first loads what Lambda's runtime has loaded before the handler (RUNTIME_PRELOAD
  // in firstTurn.ts: node:http); the two "bare node" rows leave it out.
  const firstTurnTargets: FirstTurnTarget[] = [
    { name: 'hello', label: 'hello-world ask-sdk-core skill', bundle: files.hello, store: false },
    { name: 'helloGetItem', label: 'hello-world + one GetItem, aws4 on node:http (the floor)', bundle: helloGetItem, store: true },
    { name: 'noStore', label: 'dist/alexa.js, no store', bundle: files.alexa, store: false },
    { name: 'file', label: '  (info) the same returning user from a file (PROGRESS_FILE)', bundle: files.alexa, store: false, env: { PROGRESS_FILE: progressFile } },
    { name: 'sdkV3', label: 'dist/alexa.js + DynamoDB store on AWS SDK v3 (before)', bundle: variants.sdkV3, store: true },
    { name: 'awsLite', label: 'dist/alexa.js + store on @aws-lite/client', bundle: variants.awsLite, store: true },
    { name: 'aws4', label: 'dist/alexa.js + store on aws4 + node:http(s) (shipped)', bundle: files.alexa, store: true },
    { name: 'aws4Cold', label: '  the same, no connection warm-up at init (STORE_WARM=off)', bundle: files.alexa, store: true, env: { STORE_WARM: 'off' } },
    { name: 'aws4Maps', label: '  the same, with --enable-source-maps (as deployed)', bundle: files.alexa, store: true, execArgv: ['--enable-source-maps'] },
    { name: 'helloBare', label: '  (info) bare node: hello-world', bundle: files.hello, store: false, bare: true },
    { name: 'noStoreBare', label: '  (info) bare node: dist/alexa.js, no store', bundle: files.alexa, store: false, bare: true },
    { name: 'aws4Bare', label: '  (info) bare node: dist/alexa.js + store (shipped)', bundle: files.alexa, store: true, bare: true },
  ];
  let firstTurn: Record<string, import('./firstTurn').FirstTurnStat>;
  let warmStore: Record<string, import('./firstTurn').WarmStoreStat>;
  try {
    firstTurn = firstTurns(firstTurnTargets, FIRST_TURN_RUNS, dynamo);
    warmStore = Object.fromEntries(
      firstTurnTargets.filter((t) => ['noStore', 'helloGetItem', 'sdkV3', 'awsLite', 'aws4'].includes(t.name)).map((t) => [t.name, warmStoreTurns(t, dynamo, 200, WARM_STORE_TURNS)]),
    );
  } finally {
    dynamo.stop();
  }
  const ft = (name: string) => firstTurn[name]!;
  // Bare rows are compared with the bare hello-world, the others with hello-world as on Lambda.
  const helloOf = (name: string) => (firstTurnTargets.find((t) => t.name === name)?.bare ? 'helloBare' : 'hello');
  const vsHello = (name: string) => ft(name).firstTurnMs / ft(helloOf(name)).firstTurnMs;
  say(`\nFirst turn with the store: process start to the first answered LaunchRequest of a returning user (dynalite${process.env.BENCH_TLS === 'on' ? ' over TLS' : ''}${process.env.BENCH_RTT_MS ? `, ${process.env.BENCH_RTT_MS} ms round trip` : ''}), median of ${FIRST_TURN_RUNS} interleaved runs; each child first loads node:http as Lambda's runtime does, except the bare rows`);
  say(
    table(
      ['variant', 'first turn ms', 'IQR ms', '× hello', 'peak RSS MB', 'require + turn ms', 'wall (spawn to exit) ms', 'warm store turn p50 / p99 ms'],
      firstTurnTargets.map((t) => [
        t.label,
        fmt(ft(t.name).firstTurnMs, 1),
        fmt(ft(t.name).iqrMs, 1),
        fmt(vsHello(t.name)),
        fmt(ft(t.name).peakRssMb, 1),
        fmt(ft(t.name).requireTurnMs, 1),
        fmt(ft(t.name).wallMs, 1),
        warmStore[t.name] ? `${fmt(warmStore[t.name]!.p50Ms, 3)} / ${fmt(warmStore[t.name]!.p99Ms, 3)}` : '-',
      ]),
    ),
  );
  say(
    `source maps (--enable-source-maps) add ${fmt(ft('aws4Maps').firstTurnMs - ft('aws4').firstTurnMs, 1)} ms and ${fmt(ft('aws4Maps').peakRssMb - ft('aws4').peakRssMb, 1)} MB; ` +
      `the warm-up at init changes the first turn by ${fmt(ft('aws4').firstTurnMs - ft('aws4Cold').firstTurnMs, 1)} ms (negative: it helps)`,
  );

  // 5. Scripted sessions through the Alexa handler (issue 8): turns, words and "next"s to the
  // first counted set, estimated minutes, coverage, and six weeks of three sessions a week.
  const sessions = await sessionsBench();
  say(`\n${SESSIONS_HEADING}`);
  say(sessions.text);

  // More sections go here (before the budgets), each printing its table and adding its budgets below.

  const budgets = [
    {
      name: `dist/alexa.js size <= ${BUDGET.alexaSizeVsHello}x hello-world (minified)`,
      actual: `${fmt(size.alexa.bytes / size.hello.bytes)}x (${kib(size.alexa.bytes)} vs ${kib(size.hello.bytes)} KiB; gzip ${fmt(size.alexa.gzipBytes / size.hello.gzipBytes)}x)`,
      pass: size.alexa.bytes <= BUDGET.alexaSizeVsHello * size.hello.bytes,
    },
    {
      name: 'dist/google.js size <= 1 MiB',
      actual: `${kib(size.google.bytes)} KiB`,
      pass: size.google.bytes <= BUDGET.googleBytes,
    },
    {
      name: `alexa cold require overhead <= ${BUDGET.alexaColdVsHello}x hello-world's`,
      actual: `${fmt(coldRatio('alexa'))}x (${fmt(overhead('alexa'), 1)} vs ${fmt(overhead('hello'), 1)} ms)`,
      pass: coldRatio('alexa') <= BUDGET.alexaColdVsHello,
    },
    {
      name: `google cold require overhead <= ${BUDGET.googleColdVsHello}x hello-world's`,
      actual: `${fmt(coldRatio('google'))}x (${fmt(overhead('google'), 1)} vs ${fmt(overhead('hello'), 1)} ms)`,
      pass: coldRatio('google') <= BUDGET.googleColdVsHello,
    },
    { name: `alexa warm turn p99 < ${BUDGET.turnP99Ms} ms`, actual: `${fmt(alexa.p99Ms, 3)} ms`, pass: alexa.p99Ms < BUDGET.turnP99Ms },
    { name: `google warm turn p99 < ${BUDGET.turnP99Ms} ms`, actual: `${fmt(google.p99Ms, 3)} ms`, pass: google.p99Ms < BUDGET.turnP99Ms },
    { name: `peak RSS <= ${BUDGET.peakRssMb} MB (the larger of the two platforms)`, actual: `${fmt(peakRssMb, 1)} MB`, pass: peakRssMb <= BUDGET.peakRssMb },
    {
      name: `first turn with the store <= ${BUDGET.storeFirstTurnVsHello}x hello-world's (goal ${BUDGET.storeFirstTurnGoal}x)`,
      actual: `${fmt(vsHello('aws4'))}x (${fmt(ft('aws4').firstTurnMs, 1)} vs ${fmt(ft('hello').firstTurnMs, 1)} ms; SDK v3 was ${fmt(vsHello('sdkV3'))}x)${vsHello('aws4') <= BUDGET.storeFirstTurnGoal ? ', goal met' : ''}`,
      pass: vsHello('aws4') <= BUDGET.storeFirstTurnVsHello,
    },
    {
      name: `peak RSS with the store <= without + ${BUDGET.storeRssOverNoStoreMb} MB`,
      actual: `+${fmt(ft('aws4').peakRssMb - ft('noStore').peakRssMb, 1)} MB (${fmt(ft('aws4').peakRssMb, 1)} vs ${fmt(ft('noStore').peakRssMb, 1)} MB)`,
      pass: ft('aws4').peakRssMb <= ft('noStore').peakRssMb + BUDGET.storeRssOverNoStoreMb,
    },
    {
      name: `warm store turn p99 < ${BUDGET.storeTurnP99Ms} ms`,
      actual: `${fmt(warmStore.aws4!.p99Ms, 3)} ms (SDK v3 ${fmt(warmStore.sdkV3!.p99Ms, 3)} ms; the floor, one bare GetItem on this machine's dynalite: ${fmt(warmStore.helloGetItem!.p99Ms, 3)} ms)`,
      pass: warmStore.aws4!.p99Ms < BUDGET.storeTurnP99Ms,
    },
    ...sessions.budgets,
  ];
  say('\nBudgets');
  for (const b of budgets) say(`${b.pass ? 'PASS' : 'FAIL'}  ${b.name}: ${b.actual}`);
  say(`${budgets.filter((b) => b.pass).length}/${budgets.length} budgets pass`);

  const results = {
    date: new Date().toISOString(),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    cpus: cpus().length,
    latency: { alexa, google },
    peakRssMb,
    coldStart: {
      runs: COLD_RUNS,
      targets: cold,
      overheadMs: Object.fromEntries(Object.keys(cold).filter((k) => k !== 'baseline').map((k) => [k, overhead(k)])),
      ratioToHello: { alexa: coldRatio('alexa'), google: coldRatio('google') },
    },
    firstTurn: { runs: FIRST_TURN_RUNS, targets: firstTurn, ratioToHello: Object.fromEntries(firstTurnTargets.map((t) => [t.name, vsHello(t.name)])), warmStoreTurns: warmStore },
    size,
    largestInputs: inputs,
    sessions: sessions.results,
    budgets,
  };
  writeFileSync(join(ROOT, 'bench', 'results.json'), JSON.stringify(results, null, 2) + '\n');
  say('\nwrote bench/results.json');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
