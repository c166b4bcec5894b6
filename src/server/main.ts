// `npm run serve`: the skill and the webhook as a self-hosted HTTP server on
// 127.0.0.1 (put a TLS-terminating reverse proxy in front of it). Reads the same
// environment as the Lambdas: ALEXA_SKILL_ID, DIALOGFLOW_WEBHOOK_SECRET,
// PROGRESS_TABLE, PAIN_HISTORY.
import type { AddressInfo } from 'node:net';
import { depsFromEnv } from '../handlers/deps';
import { jsonLogger } from '../platforms/logger';
import { parseServeArgs } from './args';
import { createServer } from './server';

const HOST = '127.0.0.1';

const INSECURE_WARNING = [
  '',
  '!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!',
  '!!  --insecure-local: Alexa request verification and the Dialogflow    !!',
  '!!  webhook secret are OFF. Anyone who reaches this port can act as    !!',
  '!!  any user. For local testing only; never expose this server.        !!',
  '!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!',
  '',
].join('\n');

function main(): void {
  const args = parseServeArgs(process.argv.slice(2));
  const env = process.env;
  const logger = jsonLogger();
  const deps = depsFromEnv(env);
  if (args.insecureLocal) console.error(INSECURE_WARNING);
  else if (!env.DIALOGFLOW_WEBHOOK_SECRET) console.error('hip coach: DIALOGFLOW_WEBHOOK_SECRET is not set, so every POST /google gets a 401.');
  if (!deps.store) console.error('hip coach: PROGRESS_TABLE is not set, so progress is not saved between sessions.');

  const server = createServer({
    deps,
    alexaSkillId: env.ALEXA_SKILL_ID || undefined,
    webhookAuth: args.insecureLocal ? 'off' : { secret: env.DIALOGFLOW_WEBHOOK_SECRET ?? '' },
    verifyAlexa: !args.insecureLocal,
    logger,
  });
  server.on('error', (error) => {
    console.error(`hip coach: ${error.message}`);
    process.exit(1);
  });
  server.listen(args.port, HOST, () => {
    const { port } = server.address() as AddressInfo;
    logger.info('server.listening', { host: HOST, port, insecureLocal: args.insecureLocal });
    console.error(`hip coach: listening on http://${HOST}:${port} (POST /alexa, POST /google, GET /healthz)`);
  });
  // Finish the requests in flight, then exit.
  const stop = () => {
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 5000).unref();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

try {
  main();
} catch (error) {
  console.error(`hip coach: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
