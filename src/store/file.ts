// Progress in one JSON file (`npm start`, local runs): { [userId]: { progress, version } }.
// Writes go to a temp file that is renamed over the old one, so a crash leaves
// either the old or the new file, never half of one.
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { Progress } from '../flow/progress';
import { mayOverwrite, nextVersion, readRecord } from './record';
import { VersionConflictError, type ProgressStore } from './types';

// A Map, not a plain object: a userId like "__proto__" must stay an ordinary key.
type Records = Map<string, unknown>;

// Read-check-write must not interleave, or two saves could both pass the
// version check. One queue per file across the process (not across processes).
const queues = new Map<string, Promise<unknown>>();
function serialized<T>(file: string, task: () => Promise<T>): Promise<T> {
  const run = (queues.get(file) ?? Promise.resolve()).then(task, task);
  queues.set(file, run.catch(() => undefined));
  return run;
}

async function readAll(file: string): Promise<Records> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return new Map();
    throw err;
  }
  // An unreadable file reads as empty (records reset) rather than failing every session, but it
  // is first moved aside: the next save must not overwrite every other user's progress with one record.
  try {
    const data: unknown = JSON.parse(text);
    if (typeof data === 'object' && data !== null && !Array.isArray(data)) return new Map(Object.entries(data));
  } catch {
    // moved aside below
  }
  await rename(file, `${file}.unreadable-${Date.now()}`);
  return new Map();
}

async function writeAll(file: string, records: Records): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    const handle = await open(temp, 'w');
    try {
      await handle.writeFile(JSON.stringify(Object.fromEntries(records), null, 2));
      await handle.sync(); // on disk before the rename makes it visible
    } finally {
      await handle.close();
    }
    await rename(temp, file);
  } catch (err) {
    await rm(temp, { force: true });
    throw err;
  }
}

export function createFileStore(path: string): ProgressStore {
  const file = resolve(path);
  return {
    load: (userId) => serialized(file, async () => readRecord((await readAll(file)).get(userId))),
    save: (userId: string, progress: Progress, expectedVersion: number | null) =>
      serialized(file, async () => {
        const records = await readAll(file);
        const current = records.get(userId);
        if (!mayOverwrite(current, expectedVersion)) throw new VersionConflictError(userId);
        const version = nextVersion(current);
        records.set(userId, { progress, version });
        await writeAll(file, records);
        return version;
      }),
    delete: (userId) =>
      serialized(file, async () => {
        const records = await readAll(file);
        if (!records.delete(userId)) return;
        await writeAll(file, records);
      }),
  };
}
