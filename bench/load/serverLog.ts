// A Logger for the server under load: instead of writing, it counts. Request
// durations go into fixed 0.1 ms buckets and events are tallied by name, so
// memory stays flat however long the run (a growing log would look like a leak).
import type { Logger } from '../../src/platforms/logger';

const BUCKET_MS = 0.1;
const BUCKETS = 20_000; // up to 2 s; slower requests land in the last bucket

export function countingLogger() {
  const buckets = new Uint32Array(BUCKETS);
  const events = new Map<string, number>();
  const statuses = new Map<number, number>();
  let requests = 0;
  const count = (level: string, event: string, data: Record<string, unknown> = {}) => {
    events.set(`${level} ${event}`, (events.get(`${level} ${event}`) ?? 0) + 1);
    if (event !== 'http.request') return;
    requests++;
    const status = Number(data.status);
    statuses.set(status, (statuses.get(status) ?? 0) + 1);
    buckets[Math.min(BUCKETS - 1, Math.floor(Number(data.durationMs) / BUCKET_MS))]!++;
  };
  const logger: Logger = { debug: () => {}, info: (event, data) => count('info', event, data), warn: (event, data) => count('warn', event, data) };

  /** The duration (ms) under which the given fraction of requests finished. */
  const percentile = (p: number): number => {
    let seen = 0;
    for (let i = 0; i < BUCKETS; i++) {
      seen += buckets[i]!;
      if (seen >= p * requests) return (i + 1) * BUCKET_MS;
    }
    return BUCKETS * BUCKET_MS;
  };
  return { logger, events, statuses, percentile, get requests() { return requests; } };
}
