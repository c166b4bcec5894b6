// Store calls for one turn: each within the turn's time budget, a save retried
// once, a write conflict merged, and never a throw (the conversation goes on
// without saving, and the loss is logged).
import { mergeProgress, type Progress } from '../flow/progress';
import type { SessionState } from '../flow/state';
import { VersionConflictError, type StoredProgress } from '../store/types';
import type { TurnDeps } from './turnTypes';

const DEFAULT_STORE_TIMEOUT_MS = 1000;
const DEFAULT_STORE_BUDGET_MS = 1500;

/** Time left for store calls in this turn: each call gets at most its timeout, and never past the turn's deadline. */
export type StoreClock = () => number;
export function storeClock(deps: TurnDeps): StoreClock {
  const deadline = Date.now() + (deps.storeBudgetMs ?? DEFAULT_STORE_BUDGET_MS);
  return () => Math.min(deps.storeTimeoutMs ?? DEFAULT_STORE_TIMEOUT_MS, deadline - Date.now());
}

function withTimeout<T>(work: () => Promise<T>, ms: number): Promise<T> {
  if (ms < 50) return Promise.reject(new Error('no time left for the store in this turn'));
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`store call timed out after ${ms} ms`)), ms);
  });
  return Promise.race([work(), timeout]).finally(() => clearTimeout(timer));
}

export async function loadProgress(deps: TurnDeps, userId: string, timeLeft: StoreClock): Promise<StoredProgress | null> {
  const store = deps.store;
  if (!store) return null;
  try {
    return await withTimeout(() => store.load(userId), timeLeft());
  } catch (error) {
    // The session goes on without the saved progress; nothing is overwritten
    // because the version stays unknown (a later save then conflicts and merges).
    deps.logger.warn('store.load_failed', { error: String(error) });
    return null;
  }
}

/**
 * Saves with one retry; a conflict merges what this turn changed since `base`
 * (the progress the session last read or wrote) into what the other device wrote. Never throws.
 */
export async function saveProgress(
  deps: TurnDeps,
  userId: string,
  timeLeft: StoreClock,
  base: Progress,
  state: SessionState,
  save: Progress | 'delete',
): Promise<SessionState> {
  const store = deps.store;
  if (!store) return state;
  for (let attempt = 1; attempt <= 2; attempt++) {
    try {
      if (save === 'delete') {
        await withTimeout(() => store.delete(userId), timeLeft());
        return { ...state, storeVersion: null };
      }
      const expected = state.storeVersion;
      const version = await withTimeout(() => store.save(userId, state.progress, expected), timeLeft());
      return { ...state, storeVersion: version };
    } catch (error) {
      if (error instanceof VersionConflictError && save !== 'delete') {
        const theirs = await loadProgress(deps, userId, timeLeft);
        state = theirs
          ? { ...state, progress: mergeProgress(base, state.progress, theirs.progress), storeVersion: theirs.version }
          : { ...state, storeVersion: null };
        // What the other device wrote is now part of ours: a second conflict must not add it again.
        if (theirs) base = theirs.progress;
        continue;
      }
      deps.logger.warn('store.save_failed', { attempt, error: String(error) });
    }
  }
  deps.logger.warn('store.progress_not_saved', {});
  return state;
}
