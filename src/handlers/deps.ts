// Production dependencies, read once per Lambda container from the environment.
import { jsonLogger } from '../platforms/logger';
import type { TurnDeps } from '../platforms/turn';
import { painHistoryAllowed, storeFromEnv } from '../store/fromEnv';

export function depsFromEnv(env: NodeJS.ProcessEnv = process.env): TurnDeps {
  return {
    store: storeFromEnv(env),
    clock: () => new Date(),
    random: Math.random,
    painHistoryAllowed: painHistoryAllowed(env),
    logger: jsonLogger(),
  };
}
