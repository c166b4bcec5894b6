// The write rules every store shares, so memory, file and DynamoDB agree on
// what a conflict is. A stored record is "raw" (unknown) until it is read here.
import { parseProgress } from '../flow/progress';
import type { StoredProgress } from './types';

const isObject = (raw: unknown): raw is Record<string, unknown> => typeof raw === 'object' && raw !== null;
export const isVersion = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 1;

/** The stored version as written, whatever its type (undefined when absent). */
export const rawVersion = (raw: unknown): unknown => (isObject(raw) ? raw.version : undefined);

/** A readable record, or null for anything corrupt or of an unknown progress version. */
export function readRecord(raw: unknown): StoredProgress | null {
  if (!isObject(raw) || !isVersion(raw.version)) return null;
  const progress = parseProgress(raw.progress);
  return progress ? { progress, version: raw.version } : null;
}

/**
 * Whether a save expecting `expected` may replace `raw` (undefined: no record).
 * A corrupt record counts as "no record" for a null expectation: load() reported
 * null, so without this the user could never save again (every retry conflicts).
 */
export function mayOverwrite(raw: unknown, expected: number | null): boolean {
  if (raw === undefined) return expected === null;
  if (expected === null) return readRecord(raw) === null;
  return rawVersion(raw) === expected;
}

/** The version a successful save writes over `raw`: always above the one replaced. */
export function nextVersion(raw: unknown): number {
  const v = rawVersion(raw);
  return isVersion(v) ? v + 1 : 1;
}
