// Samples the process's memory once a second, and says whether it trends
// upward once warmed up: the average of the last third of the samples against
// the first third (RSS only grows in steps, so a slope alone would mislead).
export interface MemorySample {
  seconds: number;
  rssMB: number;
  heapMB: number;
}

const MB = 1024 * 1024;

export function sampleMemory(everyMs = 1000) {
  const started = Date.now();
  const samples: MemorySample[] = [];
  const take = () => {
    const { rss, heapUsed } = process.memoryUsage();
    samples.push({ seconds: (Date.now() - started) / 1000, rssMB: rss / MB, heapMB: heapUsed / MB });
  };
  take();
  const timer = setInterval(take, everyMs);
  return {
    samples,
    stop() {
      clearInterval(timer);
      take();
    },
  };
}

export interface Trend {
  samples: number;
  firstThirdMB: number;
  lastThirdMB: number;
  growthMB: number;
  /** MB per minute, least squares over the samples after warm-up. */
  slopeMBPerMin: number;
  growing: boolean;
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(xs.length, 1);

/** Growth counts as a trend past 5 MB and 5 % (allocator steps and GC timing are noise below that). */
export function trendOf(samples: MemorySample[], pick: (s: MemorySample) => number, warmupSeconds: number): Trend {
  const steady = samples.filter((s) => s.seconds >= warmupSeconds);
  const third = Math.max(1, Math.floor(steady.length / 3));
  const firstThirdMB = mean(steady.slice(0, third).map(pick));
  const lastThirdMB = mean(steady.slice(-third).map(pick));
  const xs = steady.map((s) => s.seconds);
  const ys = steady.map(pick);
  const mx = mean(xs);
  const my = mean(ys);
  const sxx = xs.reduce((a, x) => a + (x - mx) ** 2, 0);
  const slope = sxx === 0 ? 0 : xs.reduce((a, x, i) => a + (x - mx) * (ys[i]! - my), 0) / sxx;
  const growthMB = lastThirdMB - firstThirdMB;
  return { samples: steady.length, firstThirdMB, lastThirdMB, growthMB, slopeMBPerMin: slope * 60, growing: steady.length >= 6 && growthMB > 5 && growthMB > firstThirdMB * 0.05 };
}
