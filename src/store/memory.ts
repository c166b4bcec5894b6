// Progress in a Map, for tests and `npm start` without a file. Values are
// deep-copied both ways so callers can't mutate what is "stored".
import type { Progress } from '../flow/progress';
import { mayOverwrite, nextVersion, readRecord } from './record';
import { VersionConflictError, type ProgressStore, type StoredProgress } from './types';

/** `records` holds raw values; pass your own Map only to plant bad data in tests. */
export function createMemoryStore(records: Map<string, unknown> = new Map()): ProgressStore {
  return {
    async load(userId): Promise<StoredProgress | null> {
      const found = readRecord(records.get(userId));
      return found && structuredClone(found);
    },
    async save(userId: string, progress: Progress, expectedVersion: number | null): Promise<number> {
      const current = records.get(userId);
      if (!mayOverwrite(current, expectedVersion)) throw new VersionConflictError(userId);
      const version = nextVersion(current);
      records.set(userId, { progress: structuredClone(progress), version });
      return version;
    },
    async delete(userId) {
      records.delete(userId);
    },
  };
}
