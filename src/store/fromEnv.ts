// Which store a deployment uses, from its environment (serverless.yml sets these on Lambda).
import { lazyStore } from './lazy';
import type { ProgressStore } from './types';

type Env = Record<string, string | undefined>;

/**
 * DynamoDB when PROGRESS_TABLE is set; else a JSON file when PROGRESS_FILE is
 * set (self-hosting on one machine); else null: nothing is remembered.
 */
export function storeFromEnv(env: Env = process.env): ProgressStore | null {
  const tableName = env.PROGRESS_TABLE?.trim();
  const file = env.PROGRESS_FILE?.trim();
  if (!tableName) return file ? lazyStore(async () => (await import('./file')).createFileStore(file)) : null;
  const endpoint = env.DYNAMODB_ENDPOINT?.trim() || undefined;
  const options = {
    tableName,
    endpoint,
    // A local endpoint needs some region and some keys to sign with; on Lambda the SDK finds both itself.
    region: env.AWS_REGION || env.AWS_DEFAULT_REGION || (endpoint ? 'us-east-1' : undefined),
    credentials: endpoint && !env.AWS_ACCESS_KEY_ID ? { accessKeyId: 'local', secretAccessKey: 'local' } : undefined,
  };
  return lazyStore(async () => (await import('./dynamo')).createDynamoStore(options));
}

/** Pain scores may be stored only where the deployment opted in (off unless exactly 'on'). */
export const painHistoryAllowed = (env: Env = process.env): boolean => env.PAIN_HISTORY === 'on';
