// `npm run load [-- --duration 30 --connections 50]` (this file; bench/load/ holds its parts): loopback load on the
// self-hosted server. Starts it in a child process on 127.0.0.1 (a free port,
// verification off, memory store), plays whole scripted conversations on half
// the connections through POST /alexa and half through POST /google, then
// prints throughput, latency, failures and the server's memory. Exits 1 if any
// request failed (error, timeout or non-2xx).
import { fork } from 'node:child_process';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { alexaRequests } from './alexaRequests';
import { googleRequests } from './googleRequests';
import { trendOf, type Trend } from './memory';
import { SCRIPT, newStats, type ConversationStats } from './script';
import type { ServerMessage } from './serverProcess';

const HOST = '127.0.0.1';
const WARMUP_SECONDS = 5;

function options() {
  const { values } = parseArgs({ args: process.argv.slice(2), options: { duration: { type: 'string', default: '30' }, connections: { type: 'string', default: '50' } }, strict: true });
  const duration = Number(values.duration);
  const connections = Number(values.connections);
  if (!(Number.isInteger(duration) && duration > 0)) throw new Error(`--duration must be whole seconds: ${values.duration}`);
  if (!(Number.isInteger(connections) && connections >= 2)) throw new Error(`--connections must be 2 or more: ${values.connections}`);
  return { duration, connections };
}

const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  return rows.map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ')).join('\n');
}

function loadRow(name: string, r: autocannon.Result, connections: number, stats: ConversationStats): string[] {
  return [name, String(connections), fmt(r.requests.total), fmt(r.requests.total / r.duration), fmt(r.latency.p50, 1), fmt(r.latency.p99, 1), fmt(r.latency.max, 1), String(r.errors), String(r.timeouts), String(r.non2xx), `${fmt(stats.completed)}/${fmt(stats.played)}`];
}

const memoryRow = (name: string, t: Trend) => [name, fmt(t.firstThirdMB, 1), fmt(t.lastThirdMB, 1), `${t.growthMB >= 0 ? '+' : ''}${fmt(t.growthMB, 1)}`, fmt(t.slopeMBPerMin, 2), t.growing ? 'GROWING' : 'flat'];

async function main(): Promise<number> {
  const { duration, connections } = options();
  const child = fork(join(__dirname, './serverProcess.ts'), [], { execArgv: ['--import', 'tsx'] });
  const next = () => new Promise<ServerMessage>((resolve, reject) => {
    child.once('message', (m) => resolve(m as ServerMessage));
    child.once('exit', (code) => reject(new Error(`server exited (${code})`)));
  });
  const ready = await next();
  if (ready.type !== 'ready') throw new Error('server did not start');
  const url = `http://${HOST}:${ready.port}`;
  const alexaConnections = Math.floor(connections / 2);
  const googleConnections = connections - alexaConnections;
  console.log(`load: ${url}, ${duration} s, ${alexaConnections} Alexa + ${googleConnections} Google connections, ${SCRIPT.length}-turn conversations on repeat`);

  const started = Date.now();
  const progress = setInterval(() => console.log(`  ${fmt((Date.now() - started) / 1000)} s`), 10_000);

  const stats = { alexa: newStats(), google: newStats() };
  const common = { url, duration, timeout: 10, skipAggregateResult: true };
  const alexaOptions = { ...common, title: 'alexa', connections: alexaConnections, requests: alexaRequests(stats.alexa) };
  const googleOptions = { ...common, title: 'google', connections: googleConnections, requests: googleRequests(stats.google) };
  const [alexaRaw, googleRaw] = await Promise.all([autocannon(alexaOptions), autocannon(googleOptions)]);

  clearInterval(progress);
  child.send('stop');
  const report = await next();
  if (report.type !== 'report') throw new Error('server did not report');

  const alexa = autocannon.aggregateResult([alexaRaw], alexaOptions);
  const google = autocannon.aggregateResult([googleRaw], googleOptions);
  const total = autocannon.aggregateResult([alexaRaw, googleRaw], { ...common, connections });
  const allStats: ConversationStats = { played: stats.alexa.played + stats.google.played, completed: stats.alexa.completed + stats.google.completed, unreadable: stats.alexa.unreadable + stats.google.unreadable };

  console.log('\nclient side (autocannon; latency in ms)');
  console.log(table([
    ['', 'conns', 'requests', 'req/s', 'p50', 'p99', 'max', 'errors', 'timeouts', 'non-2xx', 'conversations ended/played'],
    loadRow('alexa', alexa, alexaConnections, stats.alexa),
    loadRow('google', google, googleConnections, stats.google),
    loadRow('total', total, connections, allStats),
  ]));

  console.log('\nserver side (its own process; time inside the request handler, ms)');
  const statuses = report.statuses.sort(([a], [b]) => a - b).map(([s, n]) => `${s}: ${fmt(n)}`).join(', ');
  console.log(table([
    ['requests', 'p50', 'p99', 'statuses'],
    [fmt(report.requests), fmt(report.p50Ms, 1), fmt(report.p99Ms, 1), statuses],
  ]));
  const warnings = report.warnings.map(([e, n]) => `${e.slice(5)} ×${fmt(n)}`);
  console.log(`warnings logged: ${warnings.length ? warnings.join(', ') : 'none'}; unreadable responses: ${allStats.unreadable}`);

  const rss = trendOf(report.samples, (s) => s.rssMB, WARMUP_SECONDS);
  const heap = trendOf(report.samples, (s) => s.heapMB, WARMUP_SECONDS);
  const rssBefore = report.samples[0]!.rssMB;
  const rssAfter = report.samples.at(-1)!.rssMB;
  console.log(`\nserver memory (MB): rss before ${fmt(rssBefore, 1)}, after ${fmt(rssAfter, 1)}; trend over the ${rss.samples} one-second samples after a ${WARMUP_SECONDS} s warm-up`);
  console.log(table([['', 'first third', 'last third', 'growth', 'MB/min', 'trend'], memoryRow('rss', rss), memoryRow('heap used', heap)]));

  const failures = total.errors + total.timeouts + total.non2xx;
  console.log(`\n${failures === 0 ? 'PASS' : 'FAIL'}: ${fmt(total.requests.total / total.duration)} req/s, p99 ${fmt(total.latency.p99, 1)} ms, ${failures} failed requests (errors ${total.errors}, timeouts ${total.timeouts}, non-2xx ${total.non2xx})`);
  return failures === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`load: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
