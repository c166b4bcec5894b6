// Reads a request body up to a byte limit. Past the limit it stops buffering
// and resolves null at once (the caller answers 413 and closes the connection),
// so an oversized or endless body never sits in memory.
import type { IncomingMessage } from 'node:http';

export const MAX_BODY_BYTES = 256 * 1024;

export function readBody(req: IncomingMessage, limit: number = MAX_BODY_BYTES): Promise<string | null> {
  // A declared length over the limit is refused before reading a byte.
  if (Number(req.headers['content-length']) > limit) return Promise.resolve(null);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const done = () => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        done();
        req.pause();
        resolve(null);
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => {
      done();
      resolve(Buffer.concat(chunks, size).toString('utf8'));
    };
    const onError = (error: Error) => {
      done();
      reject(error);
    };
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
  });
}
