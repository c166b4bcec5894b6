// A store whose implementation is loaded on first need. The DynamoDB store
// pulls in the AWS SDK (about 75 ms to require); a bundle loaded without a
// table configured should not pay that, and one with a table starts the load
// at once, so on Lambda it still happens during init.
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
