// Command-line options of `npm run serve`.
import { parseArgs } from 'node:util';

export interface ServeOptions {
  /** 0 picks a free port. */
  port: number;
  insecureLocal: boolean;
}

export function parseServeArgs(argv: string[], env: Record<string, string | undefined> = process.env): ServeOptions {
  const { values } = parseArgs({
    args: argv,
    options: { port: { type: 'string' }, 'insecure-local': { type: 'boolean', default: false } },
    strict: true,
  });
  const text = values.port ?? env.PORT ?? '3000';
  const port = Number(text);
  if (!/^\d+$/.test(text.trim()) || port > 65535) throw new Error(`not a port: ${text}`);
  return { port, insecureLocal: values['insecure-local'] === true };
}
