// The part of aws4 (a SigV4 request signer, no types shipped) the DynamoDB client uses.
declare module 'aws4' {
  export interface Credentials {
    accessKeyId: string;
    secretAccessKey: string;
    sessionToken?: string;
  }
  export interface Request {
    host?: string;
    path?: string;
    method?: string;
    service?: string;
    region?: string;
    headers?: Record<string, string | number>;
    body?: string;
  }
  /** Adds Authorization, X-Amz-Date (and X-Amz-Security-Token) to request.headers; returns request. */
  export function sign<T extends Request>(request: T, credentials?: Credentials): T & { headers: Record<string, string | number> };
}
