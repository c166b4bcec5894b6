// The DynamoDB store as it was on AWS SDK v3 (before issue 11), kept only for the
// bench's comparison row: bench/firstTurn.ts bundles dist/alexa.js with this file
// in place of src/store/dynamo.ts. Same item, same conditions; not used in production.
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  DeleteCommand,
  DynamoDBDocumentClient,
  GetCommand,
  NumberValue,
  PutCommand,
  type PutCommandInput,
} from '@aws-sdk/lib-dynamodb';
import type { Progress } from '../../src/flow/progress';
import { mayOverwrite, nextVersion, rawVersion, readRecord } from '../../src/store/record';
import { VersionConflictError, type ProgressStore } from '../../src/store/types';

/** Items of users who stop using the skill disappear this long after their last session. */
export const TTL_DAYS = 400;

export interface DynamoStoreOptions {
  tableName: string;
  /** Bring your own client (its retry settings then apply, not ours). */
  client?: DynamoDBClient;
  /** A local DynamoDB (dynalite, DynamoDB Local). */
  endpoint?: string;
  region?: string;
  credentials?: { accessKeyId: string; secretAccessKey: string };
  /** Budget for one load/save/delete, retries included. A voice reply can't wait on a dead database. */
  timeoutMs?: number;
  /** Clock for the TTL, in ms. */
  now?: () => number;
  /** Accepted for the same options as src/store/dynamo.ts; the SDK has no warm-up. */
  warm?: boolean;
}

type Condition = Pick<PutCommandInput, 'ConditionExpression' | 'ExpressionAttributeNames' | 'ExpressionAttributeValues'>;

const isConditionFailure = (err: unknown): boolean =>
  (err as { name?: unknown } | null)?.name === 'ConditionalCheckFailedException';

// The DynamoDB forms of mayOverwrite() (record.ts).
const names = { '#v': 'version' };
const noRecord: Condition = { ConditionExpression: 'attribute_not_exists(userId)' };
const atVersion = (expected: unknown): Condition => ({
  ConditionExpression: '#v = :expected',
  ExpressionAttributeNames: names,
  ExpressionAttributeValues: { ':expected': expected },
});
/** Replacing a corrupt record: only while it is still the one we saw. */
function stillCorrupt(raw: unknown): Condition {
  const seen = rawVersion(raw);
  if (typeof seen === 'number' || typeof seen === 'string' || seen instanceof NumberValue) return atVersion(seen);
  // Absent, or of a type not worth comparing (map, list, set, bool): replace while it is still no number.
  return {
    ConditionExpression: 'attribute_exists(userId) AND (attribute_not_exists(#v) OR NOT attribute_type(#v, :number))',
    ExpressionAttributeNames: names,
    ExpressionAttributeValues: { ':number': 'N' },
  };
}

export function createDynamoStore(options: DynamoStoreOptions): ProgressStore {
  const { tableName, timeoutMs = 1000, now = Date.now } = options;

  // Built on first use: a store that is never called (CLI, tests) never builds a client.
  let doc: DynamoDBDocumentClient | undefined;
  const client = (): DynamoDBDocumentClient =>
    (doc ??= DynamoDBDocumentClient.from(
      options.client ??
        new DynamoDBClient({
          // One retry at most: the SDK default (3 attempts with backoff) would outlast the timeout.
          maxAttempts: 2,
          ...(options.endpoint && { endpoint: options.endpoint }),
          ...(options.region && { region: options.region }),
          ...(options.credentials && { credentials: options.credentials }),
        }),
      {
        marshallOptions: { removeUndefinedValues: true },
        // The default throws on numbers JS can't hold exactly, but bad data must read as null.
        // Those stay exact NumberValues instead: corrupt to parseProgress, yet comparable in a condition.
        unmarshallOptions: { wrapNumbers: (value: string) => (String(Number(value)) === value ? Number(value) : NumberValue.from(value)) },
      },
    ));

  const getRaw = async (userId: string, abortSignal: AbortSignal): Promise<unknown> => {
    // Strongly consistent: a stale read would hand out an old version and turn the next save into a conflict.
    const out = await client().send(new GetCommand({ TableName: tableName, Key: { userId }, ConsistentRead: true }), { abortSignal });
    return out.Item;
  };

  const put = async (userId: string, progress: Progress, version: number, condition: Condition, abortSignal: AbortSignal) => {
    const expiresAt = Math.floor(now() / 1000) + TTL_DAYS * 86_400;
    try {
      await client().send(
        new PutCommand({ TableName: tableName, Item: { userId, progress, version, expiresAt }, ...condition }),
        { abortSignal },
      );
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
      await client().send(new DeleteCommand({ TableName: tableName, Key: { userId } }), { abortSignal: AbortSignal.timeout(timeoutMs) });
    },
  };
}
