// Which store a deployment uses, from its environment (serverless.yml sets these on Lambda).
import { lazyStore } from './lazy';
import type { ProgressStore } from './types';

type Env = Record<string, string | undefined>;

/**
 * DynamoDB when PROGRESS_TABLE is set; else a JSON file when PROGRESS_FILE is
 * set (self-hosting on one machine); else null: nothing is remembered.
 *
 * DynamoDB's region and keys come from the standard variables, the ones Lambda
 * sets for the function's role: AWS_REGION (or AWS_DEFAULT_REGION),
 * AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN. Profiles,
 * SSO and instance metadata are not read (see the README for self-hosting).
 */
export function storeFromEnv(env: Env = process.env): ProgressStore | null {
  const tableName = env.PROGRESS_TABLE?.trim();
  const file = env.PROGRESS_FILE?.trim();
  if (!tableName) return file ? lazyStore(async () => (await import('./file')).createFileStore(file)) : null;
  const endpoint = env.DYNAMODB_ENDPOINT?.trim() || undefined;
  const local = endpoint !== undefined && !env.AWS_ACCESS_KEY_ID;
  return lazyStore(async () => {
    // A local endpoint needs some region and some keys to sign with; a real one needs the real ones.
    const region = env.AWS_REGION || env.AWS_DEFAULT_REGION || (endpoint ? 'us-east-1' : '');
    const accessKeyId = local ? 'local' : env.AWS_ACCESS_KEY_ID;
    const secretAccessKey = local ? 'local' : env.AWS_SECRET_ACCESS_KEY;
    if (!region) throw new Error('PROGRESS_TABLE is set but AWS_REGION is not');
    if (!accessKeyId || !secretAccessKey) throw new Error('PROGRESS_TABLE is set but AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY are not');
    const sessionToken = local ? undefined : env.AWS_SESSION_TOKEN || undefined;
    const { createDynamoStore } = await import('./dynamo');
    return createDynamoStore({
      tableName,
      endpoint,
      region,
      credentials: { accessKeyId, secretAccessKey, ...(sessionToken && { sessionToken }) },
      // Lambda gives init a full CPU and the connection set-up is otherwise paid by the first turn; off: STORE_WARM=off.
      warm: env.STORE_WARM !== 'off',
    });
  });
}

/** Pain scores may be stored only where the deployment opted in (off unless exactly 'on'). */
export const painHistoryAllowed = (env: Env = process.env): boolean => env.PAIN_HISTORY === 'on';
