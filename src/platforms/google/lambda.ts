// The Dialogflow webhook as an API Gateway HTTP API (payload 2.0) handler.
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import type { TurnDeps } from '../turn';
import { createGoogleApp } from './app';
import type { WebhookAuth } from './auth';
import { badRequest, handleWebhook, type DialogflowApp } from './webhook';

export type GoogleLambda = (event: APIGatewayProxyEventV2) => Promise<APIGatewayProxyStructuredResultV2>;

export function createGoogleLambda(deps: TurnDeps, auth: WebhookAuth): GoogleLambda {
  const app = createGoogleApp(deps) as unknown as DialogflowApp;
  return async (event) => {
    try {
      const raw = event.body ?? '';
      const body = event.isBase64Encoded ? Buffer.from(raw, 'base64').toString('utf8') : raw;
      return await handleWebhook(app, body, event.headers ?? {}, auth);
    } catch (error) {
      deps.logger.warn('google.handler_failed', { error: String(error).slice(0, 200) });
      return badRequest(500, 'internal error');
    }
  };
}
