// Bundles bench/warm.ts like dist/ and runs it under plain node, once per platform (see warm.ts).
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { LatencyStats } from './latency';
import { OPTIONS, ROOT, WORK } from './size';

export interface WarmResult {
  alexa: LatencyStats;
  google: LatencyStats;
  peakRssMb: { alexa: number; google: number };
}

export async function warmRun(warmup: number, conversations: number): Promise<WarmResult> {
  const outfile = join(WORK, 'warm.js');
  await build({ ...OPTIONS, entryPoints: [join(ROOT, 'bench', 'warm.ts')], outfile });
  const runOne = (platform: 'alexa' | 'google') => {
    const out = execFileSync(process.execPath, [outfile, platform, String(warmup), String(conversations)], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 20 });
    return JSON.parse(out.trim().split('\n').pop()!) as { stats: LatencyStats; peakRssMb: number };
  };
  const alexa = runOne('alexa');
  const google = runOne('google');
  return { alexa: alexa.stats, google: google.stats, peakRssMb: { alexa: alexa.peakRssMb, google: google.peakRssMb } };
}
