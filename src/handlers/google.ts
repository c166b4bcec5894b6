// Lambda entry point for the Dialogflow fulfillment webhook (serverless.yml:
// functions.google, an HTTP API POST /google, payload format 2.0).
import { createGoogleLambda } from '../platforms/google/lambda';
import { depsFromEnv } from './deps';

// Fails closed: with no DIALOGFLOW_WEBHOOK_SECRET set, every call gets a 401.
export const handler = createGoogleLambda(depsFromEnv(), { secret: process.env.DIALOGFLOW_WEBHOOK_SECRET ?? '' });
