// The server under load, in its own process, so its memory is measured alone
// (autocannon's own buffers and histograms stay in the parent). Started by
// bench/load/run.ts with IPC: it says "ready" with its port, samples its memory
// every second, and on "stop" reports and exits.
import type { AddressInfo } from 'node:net';
import { createServer } from '../../src/server/server';
import { createMemoryStore } from '../../src/store/memory';
import { sampleMemory, type MemorySample } from './memory';
import { countingLogger } from './serverLog';

export type ServerMessage =
  | { type: 'ready'; port: number; rssMB: number }
  | {
      type: 'report';
      samples: MemorySample[];
      requests: number;
      p50Ms: number;
      p99Ms: number;
      statuses: [number, number][];
      warnings: [string, number][];
    };

const send = (message: ServerMessage) => process.send?.(message);

const counted = countingLogger();
const deps = { store: createMemoryStore(), clock: () => new Date(), random: Math.random, painHistoryAllowed: false, logger: counted.logger };
// Loopback load only: no Alexa signature (it would need Amazon's certificate) and no webhook secret.
const server = createServer({ deps, logger: counted.logger, verifyAlexa: false, webhookAuth: 'off' });

server.listen(0, '127.0.0.1', () => {
  const memory = sampleMemory();
  send({ type: 'ready', port: (server.address() as AddressInfo).port, rssMB: memory.samples[0]!.rssMB });
  process.on('message', (message) => {
    if (message !== 'stop') return;
    memory.stop();
    send({
      type: 'report',
      samples: memory.samples,
      requests: counted.requests,
      p50Ms: counted.percentile(0.5),
      p99Ms: counted.percentile(0.99),
      statuses: [...counted.statuses],
      warnings: [...counted.events].filter(([e]) => e.startsWith('warn ')),
    });
    server.closeAllConnections();
    server.close(() => process.exit(0));
  });
});
