// A store whose implementation is loaded on first need. A bundle loaded
// without a table configured should not build a client, and one with a table
// starts at once, so on Lambda the set-up (and the connection warm-up) happens
// during init.
import type { ProgressStore } from './types';

export function lazyStore(load: () => Promise<ProgressStore>): ProgressStore {
  let pending: Promise<ProgressStore> | null = null;
  const store = () => (pending ??= load());
  store().catch(() => {
    // Reported by the first call that needs the store; retried then.
    pending = null;
  });
  return {
    load: async (userId) => (await store()).load(userId),
    save: async (userId, progress, expectedVersion) => (await store()).save(userId, progress, expectedVersion),
    delete: async (userId) => (await store()).delete(userId),
  };
}
