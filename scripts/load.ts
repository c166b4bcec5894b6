// `npm run load [-- --duration 30 --connections 50]`: loopback load on the
// self-hosted server. Starts it in this process on 127.0.0.1 (a free port,
// verification off, memory store), plays whole scripted conversations on half
// the connections through POST /alexa and half through POST /google, then
// prints throughput, latency, failures and memory. Exits 1 if any request
// failed (error, timeout or non-2xx). Server and load share one event loop, so
// the numbers are a floor for the server alone.
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { alexaRequests } from '../src/server/load/alexaRequests';
import { googleRequests } from '../src/server/load/googleRequests';
import { sampleMemory, trendOf, type Trend } from '../src/server/load/memory';
import { SCRIPT, newStats, type ConversationStats } from '../src/server/load/script';
import { countingLogger } from '../src/server/load/serverLog';
import { createServer } from '../src/server/server';
import { createMemoryStore } from '../src/store/memory';

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
  const counted = countingLogger();
  const deps = { store: createMemoryStore(), clock: () => new Date(), random: Math.random, painHistoryAllowed: false, logger: counted.logger };
  // Loopback load only: no Alexa signature (it would need Amazon's certificate) and no webhook secret.
  const server = createServer({ deps, logger: counted.logger, verifyAlexa: false, webhookAuth: 'off' });
  await new Promise<void>((resolve) => server.listen(0, HOST, resolve));
  const url = `http://${HOST}:${(server.address() as AddressInfo).port}`;
  const alexaConnections = Math.floor(connections / 2);
  const googleConnections = connections - alexaConnections;
  console.log(`load: ${url}, ${duration} s, ${alexaConnections} Alexa + ${googleConnections} Google connections, ${SCRIPT.length}-turn conversations on repeat`);

  const rssBeforeMB = process.memoryUsage().rss / 1024 / 1024;
  const memory = sampleMemory();
  const progress = setInterval(() => {
    const last = memory.samples.at(-1)!;
    console.log(`  ${fmt(last.seconds)} s: ${fmt(counted.requests)} requests, rss ${fmt(last.rssMB, 1)} MB, heap ${fmt(last.heapMB, 1)} MB`);
  }, 5000);

  const stats = { alexa: newStats(), google: newStats() };
  const common = { url, duration, timeout: 10, skipAggregateResult: true };
  const alexaOptions = { ...common, title: 'alexa', connections: alexaConnections, requests: alexaRequests(stats.alexa) };
  const googleOptions = { ...common, title: 'google', connections: googleConnections, requests: googleRequests(stats.google) };
  const [alexaRaw, googleRaw] = await Promise.all([autocannon(alexaOptions), autocannon(googleOptions)]);

  clearInterval(progress);
  memory.stop();
  const rssAfterMB = process.memoryUsage().rss / 1024 / 1024;
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));

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

  console.log('\nserver side (time inside the request handler, ms)');
  const statuses = [...counted.statuses].sort(([a], [b]) => a - b).map(([s, n]) => `${s}: ${fmt(n)}`).join(', ');
  console.log(table([
    ['requests', 'p50', 'p99', 'statuses'],
    [fmt(counted.requests), fmt(counted.percentile(0.5), 1), fmt(counted.percentile(0.99), 1), statuses],
  ]));
  const warnings = [...counted.events].filter(([e]) => e.startsWith('warn ')).map(([e, n]) => `${e.slice(5)} ×${fmt(n)}`);
  console.log(`warnings logged: ${warnings.length ? warnings.join(', ') : 'none'}; unreadable responses: ${allStats.unreadable}`);

  const rss = trendOf(memory.samples, (s) => s.rssMB, WARMUP_SECONDS);
  const heap = trendOf(memory.samples, (s) => s.heapMB, WARMUP_SECONDS);
  console.log(`\nmemory (MB): rss before ${fmt(rssBeforeMB, 1)}, after ${fmt(rssAfterMB, 1)}; trend over the ${rss.samples} one-second samples after a ${WARMUP_SECONDS} s warm-up`);
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
