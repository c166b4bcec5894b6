// Logs may say which user a request was for, but never the raw id: a
// truncated sha256 is enough to follow one user's requests through the logs.
import { createHash } from 'node:crypto';

export const hashUserId = (userId: string): string => createHash('sha256').update(userId, 'utf8').digest('hex').slice(0, 16);
