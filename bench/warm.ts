// The warm-latency phase as its own program: run.ts bundles it with esbuild and
// runs it under plain node, so its peak RSS is that of the skill code, not of
// tsx and the TypeScript sources. Prints one JSON line.
import { alexaLatency, googleLatency } from './latency';

const [warmup, conversations] = process.argv.slice(2).map(Number);

(async () => {
  const alexa = await alexaLatency(warmup ?? 20, conversations ?? 200);
  const google = await googleLatency(warmup ?? 20, conversations ?? 200);
  const peakRssMb = process.resourceUsage().maxRSS / 1024; // maxRSS is in KiB
  console.log(JSON.stringify({ alexa, google, peakRssMb }));
})().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
