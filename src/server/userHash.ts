// Logs may say which user a request was for, but never the raw id: a keyed
// hash (HMAC) follows one user's requests through the logs and cannot be
// matched against any other system's hashes. The key is LOG_HASH_KEY when set
// (stable across restarts), else random per process.
import { createHmac, randomBytes } from 'node:crypto';

const key = process.env.LOG_HASH_KEY || randomBytes(32).toString('hex');

export const hashUserId = (userId: string): string => createHmac('sha256', key).update(userId, 'utf8').digest('hex').slice(0, 16);
