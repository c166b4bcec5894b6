// Cold start: a fresh `node` that requires a bundle and exits, the closest
// local stand-in for a Lambda init. Each target is timed from spawn to exit,
// and the require itself is also timed inside the child: process start-up
// jitter (often 10 to 30 ms here) is as large as the overheads being compared.
import { spawnSync } from 'node:child_process';

export interface ColdTarget {
  name: string;
  /** The script given to `node -e`. */
  script: string;
}

/** The script, wrapped so the child prints how long the script itself took. */
const timed = (script: string) =>
  `const t0 = process.hrtime.bigint(); ${script}; process.stdout.write(String(Number(process.hrtime.bigint() - t0) / 1e6));`;

function runOnce(target: ColdTarget, cwd: string): { wallMs: number; inProcessMs: number } {
  const start = process.hrtime.bigint();
  const child = spawnSync(process.execPath, ['-e', timed(target.script)], { cwd, encoding: 'utf8' });
  const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
  // A bundle that throws on require would look very fast: refuse to time it.
  if (child.status !== 0) throw new Error(`cold start of ${target.name} failed (${child.status ?? child.signal}): ${child.stderr.slice(0, 500)}`);
  return { wallMs, inProcessMs: Number(child.stdout) };
}

export interface ColdStat {
  medianMs: number;
  /** Interquartile range: how much to trust a difference of a few ms. */
  iqrMs: number;
  /** Median time of the script itself, measured inside the child (the require, without process start-up). */
  inProcessMs: number;
}

/** Linear-interpolated quantile of sorted values. */
export function quantile(sorted: number[], q: number): number {
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  return sorted[lo]! + (sorted[Math.ceil(at)]! - sorted[lo]!) * (at - lo);
}

/**
 * Median wall time (and spread) per target over `runs` rounds. Targets take turns within
 * each round, so drift in machine load hits them all alike; one untimed round
 * first fills the file cache.
 */
export function coldStarts(targets: ColdTarget[], runs: number, cwd: string): Record<string, ColdStat> {
  for (const target of targets) runOnce(target, cwd);
  const times = new Map<string, { wallMs: number; inProcessMs: number }[]>(targets.map((t) => [t.name, []]));
  for (let round = 0; round < runs; round++) for (const target of targets) times.get(target.name)!.push(runOnce(target, cwd));
  return Object.fromEntries(
    targets.map((t) => {
      const wall = times.get(t.name)!.map((r) => r.wallMs).sort((a, b) => a - b);
      const inside = times.get(t.name)!.map((r) => r.inProcessMs).sort((a, b) => a - b);
      return [t.name, { medianMs: quantile(wall, 0.5), iqrMs: quantile(wall, 0.75) - quantile(wall, 0.25), inProcessMs: quantile(inside, 0.5) }];
    }),
  );
}
