// Warm per-turn latency: the real skill and webhook in-process, driven by the
// same conversation drivers as the terminal client and the tests.
import { createAlexaConversation } from '../src/platforms/alexa/conversation';
import { createAlexaSkill } from '../src/platforms/alexa/skill';
import { createGoogleConversation } from '../src/platforms/google/conversation';
import { createGoogleLambda } from '../src/platforms/google/lambda';
import { silentLogger } from '../src/platforms/logger';
import type { TurnDeps } from '../src/platforms/turn';
import { ssmlToText } from '../src/render/ssml';
import { createMemoryStore } from '../src/store/memory';
import { specOf } from '../tests/support/alexa';
import { dialogflowOf } from '../tests/support/scenarios';

export interface LatencyStats {
  conversations: number;
  turns: number;
  p50Ms: number;
  p99Ms: number;
  meanMs: number;
  maxMs: number;
}

/** One platform's view of a conversation: say a shorthand line, get plain text back and how long the turn took. */
type Say = (line: string) => Promise<{ ms: number; text: string; ended: boolean }>;

const msSince = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;

const OPENING = ['launch', 'yes', ...Array<string>(13).fill('no'), 'pain 3', 'no', 'pattern sitting'];
const CLOSING_PAIN = /0 to 10/; // the after-routine question ("from 0 to 10, how is your back feeling now?")
const MAX_NEXTS = 100; // a routine that never reaches the closing question is a bug, not a slow turn

const deps = (): TurnDeps => ({ store: createMemoryStore(), clock: () => new Date(), random: Math.random, painHistoryAllowed: true, logger: silentLogger });

/**
 * Plays the scripted conversation once, collecting each turn's time. Throws when
 * the script goes off course: timing the wrong conversation would be worse
 * than no number.
 */
async function playScript(say: Say, samples: number[]): Promise<void> {
  const turn = async (line: string) => {
    const result = await say(line);
    samples.push(result.ms);
    if (result.ended) throw new Error(`session ended early after "${line}": ${result.text.slice(0, 120)}`);
    return result.text;
  };
  for (const line of OPENING) await turn(line);
  let nexts = 0;
  while (!CLOSING_PAIN.test(await turn('next'))) {
    if (++nexts > MAX_NEXTS) throw new Error('never reached the closing pain question');
  }
  const last = await turn('pain 2');
  if (!/You started at 3/.test(last)) throw new Error(`unexpected closing: ${last.slice(0, 120)}`);
}

function stats(samples: number[], conversations: number): LatencyStats {
  const sorted = [...samples].sort((a, b) => a - b);
  // Nearest-rank percentile.
  const at = (q: number) => sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)]!;
  const mean = sorted.reduce((sum, x) => sum + x, 0) / sorted.length;
  return { conversations, turns: sorted.length, p50Ms: at(0.5), p99Ms: at(0.99), meanMs: mean, maxMs: sorted[sorted.length - 1]! };
}

/** Warm-up conversations are played but not counted (JIT, lazy requires, caches). */
async function measure(newConversation: (n: number) => Say, warmup: number, conversations: number): Promise<LatencyStats> {
  const discard: number[] = [];
  for (let n = 0; n < warmup; n++) await playScript(newConversation(n), discard);
  const samples: number[] = [];
  for (let n = 0; n < conversations; n++) await playScript(newConversation(warmup + n), samples);
  return stats(samples, conversations);
}

// One skill / one webhook for the whole run (a warm container), and a new user
// per conversation: the same user would move on through the program (a later
// session, another week) and no longer follow the script.
export function alexaLatency(warmup: number, conversations: number): Promise<LatencyStats> {
  const skill = createAlexaSkill(deps());
  return measure(
    (n) => {
      const conversation = createAlexaConversation(skill, { userId: `amzn1.ask.account.BENCH${n}` });
      return async (line) => {
        // Only the request through the skill is timed, not the shorthand mapping or the SSML-to-text check.
        const spec = specOf(line);
        const start = process.hrtime.bigint();
        const turn = await conversation.send(spec);
        const ms = msSince(start);
        return { ms, text: ssmlToText(turn.ssml), ended: turn.ended };
      };
    },
    warmup,
    conversations,
  );
}

export function googleLatency(warmup: number, conversations: number): Promise<LatencyStats> {
  const handler = createGoogleLambda(deps(), 'off');
  return measure(
    () => {
      // A new driver has no user storage yet, so the webhook sees a new user.
      const conversation = createGoogleConversation(handler);
      return async (line) => {
        const utterance = dialogflowOf(line);
        const start = process.hrtime.bigint();
        const turn = await conversation.send(utterance); // includes the JSON body both ways, as on Lambda
        const ms = msSince(start);
        return { ms, text: turn.text, ended: turn.ended };
      };
    },
    warmup,
    conversations,
  );
}
