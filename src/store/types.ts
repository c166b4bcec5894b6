// One interface for remembering progress between sessions. Implementations:
// DynamoDB (dynamo.ts, its own small client) on Lambda, a JSON file or memory for `npm start`.
import type { Progress } from '../flow/progress';

export interface StoredProgress {
  progress: Progress;
  /** Bumped on every write; writes are conditional on it (no lost updates across devices). */
  version: number;
}

/** Another device wrote first; the caller may reload and retry. */
export class VersionConflictError extends Error {
  constructor(userId: string) {
    super(`progress for ${userId.slice(0, 8)}... changed since it was read`);
    this.name = 'VersionConflictError';
  }
}

export interface ProgressStore {
  /** The stored record, or null when there is none or it is unreadable (corrupt records reset). */
  load(userId: string): Promise<StoredProgress | null>;
  /**
   * Writes progress if the stored version still equals expectedVersion (null: no record yet).
   * Returns the new version. Throws VersionConflictError when someone else wrote first.
   */
  save(userId: string, progress: Progress, expectedVersion: number | null): Promise<number>;
  delete(userId: string): Promise<void>;
}
