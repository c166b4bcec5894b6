import { languageOf } from '../../../speech';
// The Dialogflow adapter, on actions-on-google's dialogflow() app: one
// dispatching handler (the fallback, which sees every intent) and one error
// handler. State rides in conv.data (the _actions_on_google context).
// Only the Dialogflow service is imported: the package root loads googleapis.
import { randomUUID } from 'node:crypto';
import { dialogflow, type DialogflowConversation } from 'actions-on-google/dist/service/dialogflow';
import { SimpleResponse } from 'actions-on-google/dist/service/actionssdk/conversation/response/simple';
import { render, resolveLocale } from '../../render/render';
import { runTurn, type TurnDeps } from '../turn';
import { eventOfIntent } from './event';
import type { Rendered } from '../../render/render';
import type { SessionState } from '../../flow/state';
import { screenOf } from '../../render/screens/model';
import { screenInputOf } from '../../render/screens/fromEngine';
import { assistantRich } from './rich';

export const STATE_KEY = 'hipCoach';

interface ConvData {
  [STATE_KEY]?: unknown;
}
interface UserStorage {
  hipCoachId?: string;
}
type Conv = DialogflowConversation<ConvData, UserStorage>;

/**
 * The Assistant sends the user's full locale (en-GB); other integrations only
 * the agent language in queryResult.languageCode, often just "en".
 */
function localeOf(conv: Conv): ReturnType<typeof resolveLocale> {
  const body = conv.body as { queryResult?: { languageCode?: unknown }; originalDetectIntentRequest?: { payload?: { user?: { locale?: unknown } } } };
  const userLocale = body.originalDetectIntentRequest?.payload?.user?.locale;
  return resolveLocale(typeof userLocale === 'string' && userLocale.includes('-') ? userLocale : body.queryResult?.languageCode);
}

/** The Assistant shows at most 640 characters of display text. */
const DISPLAY_LIMIT = 640;

/** Google's SSML reads numbers digit by digit with "characters", not Alexa's "digits". */
export const toGoogleSsml = (ssml: string) => ssml.replace(/interpret-as="digits"/g, 'interpret-as="characters"');

/**
 * Rich items where they can show: every integration but an Assistant surface
 * that says it has no screen (the surface, when sent, lists its capabilities).
 */
function richFor(conv: Conv, state: SessionState | null, rendered: Rendered, end: boolean) {
  const surface = (conv.body as { originalDetectIntentRequest?: { payload?: { surface?: unknown } } }).originalDetectIntentRequest?.payload?.surface;
  if (!state || (surface !== undefined && !conv.screen)) return [];
  const locale = localeOf(conv);
  return assistantRich(screenOf(screenInputOf(state, rendered.pieces, locale), locale), end);
}

function respond(conv: Conv, rendered: Rendered, end: boolean, state: SessionState | null = null): void {
  const text = rendered.text.length > DISPLAY_LIMIT ? `${rendered.text.slice(0, DISPLAY_LIMIT - 1)}…` : rendered.text;
  const response = new SimpleResponse({ speech: toGoogleSsml(rendered.ssml), text: text || ' ' });
  const rich = richFor(conv, state, rendered, end);
  if (end) {
    conv.close(response, ...rich);
    return;
  }
  conv.ask(response, ...rich);
  if (rendered.repromptSsml) conv.noInputs = [toGoogleSsml(rendered.repromptSsml)];
}

/**
 * A stable user id, kept in user storage where the integration keeps it (the
 * Assistant payload). Other integrations keep nothing between sessions: null.
 */
function userIdOf(conv: Conv): string | null {
  const body = conv.body as { originalDetectIntentRequest?: { payload?: { user?: unknown } } };
  if (!body.originalDetectIntentRequest?.payload?.user) return null;
  const stored = conv.user.storage.hipCoachId;
  if (typeof stored === 'string' && /^[\w-]{8,64}$/.test(stored)) return stored;
  const id = randomUUID();
  // A new object, so the library sees the change and sends userStorage back.
  conv.user.storage = { ...conv.user.storage, hipCoachId: id };
  return id;
}

export function createGoogleApp(deps: TurnDeps) {
  const app = dialogflow<ConvData, UserStorage>();

  app.fallback(async (conv: Conv) => {
    const locale = localeOf(conv);
    const event = eventOfIntent(conv.intent, conv.parameters, conv.query, languageOf(locale));
    const turn = await runTurn({ rawState: conv.data[STATE_KEY], event, userId: userIdOf(conv), locale }, deps);
    conv.data[STATE_KEY] = turn.state;
    respond(conv, turn.rendered, turn.end, turn.state);
  });

  app.catch((conv: Conv, error: Error) => {
    deps.logger.warn('google.error', { name: error.name, message: error.message.slice(0, 200) });
    const locale = localeOf(conv);
    respond(conv, render([{ id: 'notUnderstood', params: {} }, { id: 'keepGoingPrompt', params: {} }], locale, deps.random), false);
  });

  return app;
}
