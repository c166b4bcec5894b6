// A real (in-memory) DynamoDB API for tests: dynalite on 127.0.0.1 and a free port.
// stop()/restart() close and reopen only the HTTP listener on the same port, so
// the data survives an "outage" (dynalite's own close() would drop it).
import { CreateTableCommand, DescribeTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';

// dynalite ships no types; it returns a plain http.Server with a close() that also closes its database.
const dynalite = createRequire(import.meta.url)('dynalite') as (options: { createTableMs?: number }) => Server;

export const TEST_CREDENTIALS = { accessKeyId: 'x', secretAccessKey: 'x' };
export const TEST_REGION = 'us-east-1';

export interface DynaliteHandle {
  endpoint: string;
  tableName: string;
  /** Low-level client for planting raw items (no retries). */
  client: DynamoDBClient;
  /** Simulate an outage: stop listening and cut open connections. */
  stop(): Promise<void>;
  /** Listen again on the same port; data from before stop() is still there. */
  restart(): Promise<void>;
  /** Final teardown. */
  close(): Promise<void>;
}

const HOST = '127.0.0.1';

function listen(server: Server, port: number): Promise<void> {
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, HOST, () => {
      server.off('error', fail);
      done();
    });
  });
}

export async function startDynalite(tableName = 'hip-coach-test-progress'): Promise<DynaliteHandle> {
  const server = dynalite({ createTableMs: 0 });
  await listen(server, 0);
  const { port } = server.address() as AddressInfo;
  const endpoint = `http://${HOST}:${port}`;
  const client = new DynamoDBClient({ endpoint, region: TEST_REGION, credentials: TEST_CREDENTIALS, maxAttempts: 1 });

  await client.send(
    new CreateTableCommand({
      TableName: tableName,
      KeySchema: [{ AttributeName: 'userId', KeyType: 'HASH' }],
      AttributeDefinitions: [{ AttributeName: 'userId', AttributeType: 'S' }],
      BillingMode: 'PAY_PER_REQUEST',
    }),
  );
  for (let tries = 0; ; tries++) {
    const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
    if (Table?.TableStatus === 'ACTIVE') break;
    if (tries > 100) throw new Error(`table ${tableName} never became ACTIVE`);
    await new Promise((r) => setTimeout(r, 10));
  }

  return {
    endpoint,
    tableName,
    client,
    stop: () =>
      new Promise<void>((done, fail) => {
        if (!server.listening) return done();
        // The prototype's close, not dynalite's: keep the in-memory database.
        Server.prototype.close.call(server, (err) => (err ? fail(err) : done()));
        server.closeAllConnections(); // keep-alive sockets would otherwise keep "serving"
      }),
    restart: () => (server.listening ? Promise.resolve() : listen(server, port)),
    close: async () => {
      client.destroy();
      if (!server.listening) return;
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
    },
  };
}
