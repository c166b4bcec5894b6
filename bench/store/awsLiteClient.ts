// The DynamoClient of src/store/dynamoHttp.ts on @aws-lite/client (+ @aws-lite/dynamodb),
// for the bench's comparison row only: bench/firstTurn.ts bundles dist/alexa.js with
// this file in place of dynamoHttp.ts. aws-lite signs with aws4 too, but has no abort
// signal: a call is raced against the signal, and a hung socket stays open.
import awsLite from '@aws-lite/client';
import dynamodbPlugin from '@aws-lite/dynamodb';
import { DynamoError, type DynamoClient, type DynamoHttpOptions, type Operation } from '../../src/store/dynamoHttp';

export { DynamoError };

type AwsLiteClient = (params: Record<string, unknown>) => Promise<{ payload: Record<string, unknown> | null }>;

const raced = <T>(work: Promise<T>, signal: AbortSignal) =>
  new Promise<T>((resolve, reject) => {
    signal.throwIfAborted();
    signal.addEventListener('abort', () => reject(signal.reason), { once: true });
    work.then(resolve, reject);
  });

export function createDynamoClient(options: DynamoHttpOptions): DynamoClient {
  const client: Promise<AwsLiteClient> = awsLite({
    region: options.region,
    ...options.credentials,
    ...(options.endpoint && { endpoint: options.endpoint }),
    plugins: [dynamodbPlugin],
    retries: (options.maxAttempts ?? 3) - 1,
    keepAlive: true,
    // Plain JSON back: this store reads DynamoDB's AttributeValues itself.
    responseContentType: 'application/json',
  }) as unknown as Promise<AwsLiteClient>;
  const call = async (operation: Operation, input: object) => {
    try {
      const out = await (await client)({
        service: 'dynamodb',
        path: '/',
        headers: { 'content-type': 'application/x-amz-json-1.0', 'x-amz-target': `DynamoDB_20120810.${operation}` },
        payload: input,
        awsjson: false,
      });
      return out.payload ?? {};
    } catch (error) {
      const e = error as { __type?: string; code?: string; name?: string; message?: string; statusCode?: number };
      const type = String(e.__type ?? e.code ?? e.name ?? 'Error');
      throw new DynamoError(type.slice(type.lastIndexOf('#') + 1), e.message ?? '', e.statusCode ?? 0);
    }
  };
  return {
    call: (operation, input, signal) => raced(call(operation, input), signal),
    warm: async () => void (await client.catch(() => undefined)),
  };
}
