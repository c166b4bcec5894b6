// Progress in DynamoDB (Lambda). One item per user:
// { userId (key), progress (map), version (number), expiresAt (TTL, epoch seconds) }.
// Writes are conditional on the version read, so two devices can't silently
// overwrite each other's session. The progress is stored as a plain JSON
// document: fields it gains later need no change here.
import type { Progress } from '../flow/progress';
import { ExactNumber, fromItem, toAttribute, toItem, type Item } from './attributeValue';
import { createDynamoClient, DynamoError, type Credentials, type DynamoClient } from './dynamoHttp';
import { mayOverwrite, nextVersion, rawVersion, readRecord } from './record';
import { VersionConflictError, type ProgressStore } from './types';

/** Items of users who stop using the skill disappear this long after their last session. */
export const TTL_DAYS = 400;

export interface DynamoStoreOptions {
  tableName: string;
  region: string;
  credentials: Credentials;
  /** A local DynamoDB (dynalite, DynamoDB Local). Default: the region's endpoint. */
  endpoint?: string;
  /** Bring your own client (tests, a bench variant). */
  client?: DynamoClient;
  /** Budget for one load/save/delete, retries included. A voice reply can't wait on a dead database. */
  timeoutMs?: number;
  /** Open the connection now (Lambda init), not in the first turn. */
  warm?: boolean;
  /** Clock for the TTL, in ms. */
  now?: () => number;
}

interface Condition {
  ConditionExpression: string;
  ExpressionAttributeNames?: Record<string, string>;
  ExpressionAttributeValues?: Item;
}

const isConditionFailure = (err: unknown): boolean => err instanceof DynamoError && err.code === 'ConditionalCheckFailedException';

// The DynamoDB forms of mayOverwrite() (record.ts).
const names = { '#v': 'version' };
const noRecord: Condition = { ConditionExpression: 'attribute_not_exists(userId)' };
const atVersion = (expected: number | string | ExactNumber): Condition => ({
  ConditionExpression: '#v = :expected',
  ExpressionAttributeNames: names,
  ExpressionAttributeValues: { ':expected': toAttribute(expected) },
});
/** Replacing a corrupt record: only while it is still the one we saw. */
function stillCorrupt(raw: unknown): Condition {
  const seen = rawVersion(raw);
  if (typeof seen === 'number' || typeof seen === 'string' || seen instanceof ExactNumber) return atVersion(seen);
  // Absent, or of a type not worth comparing (map, list, set, bool): replace while it is still no number.
  return {
    ConditionExpression: 'attribute_exists(userId) AND (attribute_not_exists(#v) OR NOT attribute_type(#v, :number))',
    ExpressionAttributeNames: names,
    ExpressionAttributeValues: { ':number': { S: 'N' } },
  };
}

export function createDynamoStore(options: DynamoStoreOptions): ProgressStore {
  const { tableName, timeoutMs = 1000, now = Date.now } = options;
  const client = options.client ?? createDynamoClient(options);
  if (options.warm) void client.warm();
  const key = (userId: string): Item => ({ userId: { S: userId } });

  const getRaw = async (userId: string, signal: AbortSignal): Promise<unknown> => {
    // Strongly consistent: a stale read would hand out an old version and turn the next save into a conflict.
    const out = await client.call('GetItem', { TableName: tableName, Key: key(userId), ConsistentRead: true }, signal);
    return out.Item ? fromItem(out.Item as Item) : undefined;
  };

  const put = async (userId: string, progress: Progress, version: number, condition: Condition, signal: AbortSignal) => {
    const expiresAt = Math.floor(now() / 1000) + TTL_DAYS * 86_400;
    const Item = { ...key(userId), ...toItem({ progress, version, expiresAt }) };
    try {
      await client.call('PutItem', { TableName: tableName, Item, ...condition }, signal);
    } catch (err) {
      throw isConditionFailure(err) ? new VersionConflictError(userId) : err;
    }
    return version;
  };

  return {
    async load(userId) {
      return readRecord(await getRaw(userId, AbortSignal.timeout(timeoutMs)));
    },

    async save(userId, progress, expectedVersion) {
      const signal = AbortSignal.timeout(timeoutMs);
      // The common cases need no read: a first save, or an update of the version loaded.
      if (expectedVersion !== null) {
        return put(userId, progress, expectedVersion + 1, atVersion(expectedVersion), signal);
      }
      try {
        return await put(userId, progress, 1, noRecord, signal);
      } catch (err) {
        if (!(err instanceof VersionConflictError)) throw err;
      }
      // A record exists although load() said none: fine only if it is corrupt (see record.ts).
      const raw = await getRaw(userId, signal);
      if (raw === undefined || !mayOverwrite(raw, null)) throw new VersionConflictError(userId);
      return put(userId, progress, nextVersion(raw), stillCorrupt(raw), signal);
    },

    async delete(userId) {
      await client.call('DeleteItem', { TableName: tableName, Key: key(userId) }, AbortSignal.timeout(timeoutMs));
    },
  };
}
