// A DynamoDB client of about a hundred lines: DynamoDB's JSON API over node:http(s),
// signed with aws4, on a keep-alive agent. It replaces AWS SDK v3, whose
// require alone cost about 70 ms of every cold start for the three calls this
// store makes (GetItem, PutItem, DeleteItem).
import type { IncomingMessage } from 'node:http';
import { isIP, type Socket } from 'node:net';
import { sign, type Credentials } from 'aws4';

export type { Credentials };
export type Operation = 'GetItem' | 'PutItem' | 'DeleteItem';

export interface DynamoHttpOptions {
  region: string;
  credentials: Credentials;
  /** A local DynamoDB (dynalite, DynamoDB Local), e.g. http://127.0.0.1:8000. Default: the region's HTTPS endpoint. */
  endpoint?: string;
  /** Tries per call, the first included; each retry waits a jittered backoff and never outlasts the call's signal. */
  maxAttempts?: number;
}

/** An error answer from DynamoDB, or a connection that failed. */
export class DynamoError extends Error {
  constructor(
    /** DynamoDB's error type without its namespace (ConditionalCheckFailedException), or the socket's code (ECONNRESET). */
    readonly code: string,
    message: string,
    /** The HTTP status; 0 when no answer came. */
    readonly status: number,
  ) {
    super(`${code}: ${message}`);
    this.name = 'DynamoError';
  }
}

// What is worth another try within the same budget: throttling, DynamoDB's own
// faults, and a connection that broke (a keep-alive socket the server had
// already closed while Lambda kept the container frozen is the common one).
const THROTTLING = new Set([
  'ProvisionedThroughputExceededException',
  'ThrottlingException',
  'RequestLimitExceeded',
  'LimitExceededException',
  'TransactionInProgressException',
]);
const BROKEN_CONNECTION = new Set(['ECONNRESET', 'EPIPE', 'ECONNREFUSED', 'ETIMEDOUT', 'EAI_AGAIN']);
const retryable = (e: DynamoError) => THROTTLING.has(e.code) || BROKEN_CONNECTION.has(e.code) || e.status >= 500;

const BACKOFF_BASE_MS = 25;

export interface DynamoClient {
  /** One API call: the request body in, the parsed answer out; throws DynamoError. */
  call(operation: Operation, input: object, signal: AbortSignal): Promise<Record<string, unknown>>;
  /**
   * Starts opening the connection (DNS, TCP, TLS) without a request, for the init
   * phase of a Lambda: the first call takes the socket over, even mid-handshake, so
   * it never waits for more than the handshake it would have made anyway.
   * Resolves when the socket is up or has failed; never throws.
   */
  warm(): Promise<void>;
}

export function createDynamoClient(options: DynamoHttpOptions): DynamoClient {
  const url = new URL(options.endpoint ?? `https://dynamodb.${options.region}.amazonaws.com`);
  // Only the transport the endpoint needs is loaded: node:https brings tls and its
  // crypto with it (about 3.5 MB of RSS, measured by npm run bench), which a local
  // DynamoDB over plain HTTP never uses. getBuiltinModule works in CJS bundles and ESM tests alike.
  const secure = url.protocol === 'https:';
  const transport = secure ? process.getBuiltinModule('node:https') : process.getBuiltinModule('node:http');
  const send = transport.request;
  // One socket reused across turns: a warm turn pays no handshake.
  const agent = new transport.Agent({ keepAlive: true });
  const port = Number(url.port) || (secure ? 443 : 80);
  const target = { protocol: url.protocol, hostname: url.hostname, port, agent };
  const host = url.host;
  const maxAttempts = options.maxAttempts ?? 3;

  // The socket warm() opened, until the agent's first connection takes it.
  let opened: Socket | null = null;
  let warming: Promise<void> | null = null;
  const connect = agent.createConnection.bind(agent);
  agent.createConnection = (...args: Parameters<typeof connect>) => {
    const socket = opened;
    opened = null;
    if (!socket || socket.destroyed) return connect(...args);
    socket.ref(); // in use now: the agent unrefs it again when it goes back to the pool
    return socket;
  };

  const exchange = (headers: Record<string, string | number>, body: string, signal: AbortSignal) =>
    new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = send({ ...target, method: 'POST', path: '/', headers, signal }, (res: IncomingMessage) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      });
      req.on('error', reject);
      req.end(body);
    });

  async function attempt(operation: Operation, body: string, signal: AbortSignal): Promise<Record<string, unknown>> {
    // Signed per attempt: a signature carries its time.
    const signed = sign(
      {
        host,
        path: '/',
        method: 'POST',
        service: 'dynamodb',
        region: options.region,
        headers: { 'content-type': 'application/x-amz-json-1.0', 'x-amz-target': `DynamoDB_20120810.${operation}` },
        body,
      },
      options.credentials,
    );
    let answer: { status: number; text: string };
    try {
      answer = await exchange(signed.headers, body, signal);
    } catch (error) {
      if (signal.aborted) throw error;
      const code = (error as NodeJS.ErrnoException).code ?? 'NetworkError';
      throw new DynamoError(code, (error as Error).message, 0);
    }
    let parsed: Record<string, unknown>;
    try {
      parsed = answer.text ? (JSON.parse(answer.text) as Record<string, unknown>) : {};
    } catch {
      throw new DynamoError('UnreadableResponse', `HTTP ${answer.status}, not JSON`, answer.status);
    }
    if (answer.status === 200) return parsed;
    // "com.amazonaws.dynamodb.v20120810#ConditionalCheckFailedException" -> "ConditionalCheckFailedException"
    const type = String(parsed.__type ?? `HTTP${answer.status}`);
    const message = String(parsed.message ?? parsed.Message ?? '');
    throw new DynamoError(type.slice(type.lastIndexOf('#') + 1), message, answer.status);
  }

  const pause = (ms: number, signal: AbortSignal) =>
    new Promise<void>((resolve, reject) => {
      const onAbort = () => {
        clearTimeout(timer);
        reject(signal.reason);
      };
      const timer = setTimeout(() => {
        signal.removeEventListener('abort', onAbort);
        resolve();
      }, ms);
      signal.addEventListener('abort', onAbort, { once: true });
    });

  return {
    async call(operation, input, signal) {
      const body = JSON.stringify(input);
      for (let tries = 1; ; tries++) {
        signal.throwIfAborted();
        try {
          return await attempt(operation, body, signal);
        } catch (error) {
          if (!(error instanceof DynamoError) || !retryable(error) || tries >= maxAttempts) throw error;
          // Full jitter: racing Lambdas must not retry in step.
          await pause(Math.random() * BACKOFF_BASE_MS * 2 ** tries, signal);
        }
      }
    },
    warm() {
      // Not a request (an earlier version sent GET /, and the first call then waited a whole
      // extra round trip for its answer: npm run bench measured it costing, not saving).
      return (warming ??= new Promise<void>((resolve) => {
        const socket = secure
          ? process.getBuiltinModule('node:tls').connect({ host: url.hostname, port, servername: isIP(url.hostname) ? undefined : url.hostname })
          : process.getBuiltinModule('node:net').connect({ host: url.hostname, port });
        socket.once(secure ? 'secureConnect' : 'connect', () => resolve());
        // A failed warm-up is only a lost head start: the first call connects itself, and retries.
        socket.once('error', () => resolve());
        // Unclaimed, it must not keep a process alive (the terminal, a test), as the agent's idle sockets don't.
        socket.unref();
        opened = socket;
      }));
    },
  };
}
