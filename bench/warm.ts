// The warm-latency phase as its own program: run.ts bundles it with esbuild and
// runs it under plain node, one process per platform (as on Lambda, where each
// function has its own), so its peak RSS is that of the skill code, not of tsx
// and the TypeScript sources. Prints one JSON line.
import { alexaLatency, googleLatency } from './latency';

const [platform, warmup, conversations] = process.argv.slice(2);
const run = platform === 'google' ? googleLatency : alexaLatency;

run(Number(warmup ?? 20), Number(conversations ?? 200))
  .then((stats) => console.log(JSON.stringify({ stats, peakRssMb: process.resourceUsage().maxRSS / 1024 }))) // maxRSS is in KiB
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
