// Lambda entry point for the Dialogflow fulfillment webhook (serverless.yml:
// functions.google, an HTTP API POST /google, payload format 2.0).
import { createGoogleLambda } from '../platforms/google/lambda';
import { depsFromEnv } from './deps';

export const handler = createGoogleLambda(depsFromEnv());
