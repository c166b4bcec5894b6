// What a route hands back to the server: a status, a JSON body already
// serialized, and what the request log may say about it.
import type { IncomingHttpHeaders } from 'node:http';

export interface Reply {
  status: number;
  /** JSON text. */
  body: string;
  /** The user the request was for (hashed before it is logged). */
  userId?: string;
  /** A short machine-readable reason for the log (never request content). */
  note?: string;
  /** Close the connection after answering (the body was not read to the end). */
  close?: boolean;
  headers?: Record<string, string>;
}

export const jsonReply = (status: number, value: unknown, extra: Omit<Reply, 'status' | 'body'> = {}): Reply => ({ status, body: JSON.stringify(value), ...extra });

export const errorReply = (status: number, error: string, extra: Omit<Reply, 'status' | 'body'> = {}): Reply => jsonReply(status, { error }, extra);

/** A POST endpoint: the raw body and headers in, a reply out. */
export type Route = (rawBody: string, headers: IncomingHttpHeaders) => Promise<Reply>;
