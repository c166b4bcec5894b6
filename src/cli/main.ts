// `npm start`: a Hip Coach conversation in the terminal against the real
// handlers, with no cloud. Progress is kept in .data/ (or memory with --no-save).
import { createAlexaSkill } from '../platforms/alexa/skill';
import { silentLogger } from '../platforms/logger';
import { createFileStore } from '../store/file';
import { createMemoryStore } from '../store/memory';
import { parseCliArgs } from './args';
import { alexaClient } from './alexaClient';
import { chat } from './chat';
import { speakingClock } from '../platforms/speakingClock';

async function main(): Promise<void> {
  const options = parseCliArgs(process.argv.slice(2));
  // The terminal prints a response at once: its clock moves on as if it had been spoken.
  const clock = speakingClock();
  const deps = {
    store: options.save ? createFileStore(options.dataFile) : createMemoryStore(),
    clock: clock.now,
    random: Math.random,
    // The local store never leaves this machine, so pain history is on here (the user is still asked).
    painHistoryAllowed: process.env.PAIN_HISTORY !== 'off',
    logger: silentLogger,
  };
  const client = options.platform === 'google'
    ? (await import('./googleClient')).googleClient(deps, options.locale)
    : alexaClient(createAlexaSkill(deps), options.locale, { screen: options.screen });
  await chat(client, { realtime: options.realtime, interactive: process.stdin.isTTY === true, heard: clock.heard });
}

main().catch((error: unknown) => {
  console.error(`hip coach: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
