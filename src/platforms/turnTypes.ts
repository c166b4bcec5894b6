// What a turn depends on, in a file of its own: turn.ts and storeCalls.ts both
// need it, and neither should import the other's types.
import type { Random } from '../render/render';
import type { ProgressStore } from '../store/types';
import type { Logger } from './logger';

export interface TurnDeps {
  store: ProgressStore | null;
  clock: () => Date;
  random: Random;
  /** The deployment allows storing pain scores (PAIN_HISTORY=on). */
  painHistoryAllowed: boolean;
  logger: Logger;
  /** Longest one store call may take before the turn goes on without it. */
  storeTimeoutMs?: number;
  /** Longest all store calls of one turn may take together (a voice reply must not wait). */
  storeBudgetMs?: number;
}
