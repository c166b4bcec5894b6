// The three paths `npm run nlu` measures, each from typed words to the engine's
// meaning (understand() of src/flow/understand.ts, the engine's own reading):
// (a) Alexa: virtual-alexa matches the words against the generated interaction
//     model, our in-process skill receives the envelope, eventOf() reads it;
// (b) the terminal: the terminal NLU, then the envelope it sends, then eventOf();
// (c) Dialogflow: the same NLU, then the WebhookRequest the terminal sends, through
//     the webhook's request check and its adapter. Dialogflow's own NLU cannot run
//     offline, so (c) measures our webhook side, not Google's matching.
import type { RequestEnvelope } from 'ask-sdk-model';
import { VirtualAlexa } from 'virtual-alexa';
import { intentRequestOf } from '../../src/cli/alexaClient';
import { dialogflowUtteranceOf } from '../../src/cli/googleClient';
import { matchUtterance } from '../../src/cli/nlu';
import { normalize } from '../../src/cli/normalize';
import { NUMBER_SOURCE, parseNumber } from '../../src/cli/numbers';
import type { FlowEvent } from '../../src/flow/events';
import { understand, type Meaning, type PromptKind } from '../../src/flow/understand';
import { alexaEnvelope } from '../../src/platforms/alexa/envelope';
import { eventOf, type AlexaEvent } from '../../src/platforms/alexa/event';
import { createAlexaSkill } from '../../src/platforms/alexa/skill';
import { webhookRequest } from '../../src/platforms/google/conversation';
import { eventOfIntent } from '../../src/platforms/google/event';
import { toWebhookRequest } from '../../src/platforms/google/webhook';
import { silentLogger } from '../../src/platforms/logger';
import type { PlatformEvent } from '../../src/platforms/turn';
import { createMemoryStore } from '../../src/store/memory';
import { languageOf, type Locale } from '../../speech/types';
import { interactionModel } from '../models/alexa';
import { withoutLaunchPhrases } from './launchPhrases';

export type PathName = 'alexa' | 'terminal' | 'dialogflow';
export const PATHS: readonly PathName[] = ['alexa', 'terminal', 'dialogflow'];

export interface Heard {
  /** The intent the platform matched (for the report). */
  intent: string;
  event: PlatformEvent | null;
  meaning: Meaning | null;
}

/** The engine's reading, in the locale's language (the turn runner adds it to every event the same way). */
const meaningOf = (event: AlexaEvent | PlatformEvent | null, prompt: PromptKind, locale: Locale): Meaning | null =>
  event && event.type !== 'skillDisabled' && event.type !== 'ignored' ? understand({ ...event, language: languageOf(locale) } as FlowEvent, prompt) : null;

/** Text as Alexa's speech recognition writes it: lowercase words, apostrophes, numbers above twenty as digits. */
const BIG_NUMBER = new RegExp(`\\b${NUMBER_SOURCE}\\b`, 'g');
export function asRecognised(text: string): string {
  const words = text.toLowerCase().replace(/[‘’`]/g, "'").replace(/-/g, ' ').replace(/[^a-z0-9' ]+/g, ' ').replace(/\s+/g, ' ').trim();
  // virtual-alexa knows number words up to twenty only; Alexa hears them all.
  return words.replace(BIG_NUMBER, (m) => {
    const n = parseNumber(m);
    return n !== null && n > 20 && !/^\d+$/.test(m) ? String(n) : m;
  });
}

/** virtual-alexa leaves AMAZON.NUMBER values as words ("five"); Alexa sends digits. */
function numbersAsAlexaSends(envelope: RequestEnvelope): void {
  if (envelope.request.type !== 'IntentRequest') return;
  for (const slot of Object.values(envelope.request.intent.slots ?? {})) {
    const n = slot.value ? parseNumber(normalize(slot.value)) : null;
    if (n !== null && ['level', 'upper', 'age'].includes(slot.name)) slot.value = String(n);
  }
}

/** Path (a): one virtual-alexa per locale, driving the in-process skill with the generated model. */
export function alexaPath(locale: Locale) {
  const skill = createAlexaSkill({ store: createMemoryStore(), clock: () => new Date('2026-11-28T09:00:00Z'), random: () => 0, painHistoryAllowed: false, logger: silentLogger });
  let received: RequestEnvelope | null = null;
  const alexa = VirtualAlexa.Builder()
    .handler(async (envelope: RequestEnvelope, _context: unknown, callback?: (error: unknown, result?: unknown) => void) => {
      numbersAsAlexaSends(envelope);
      received = envelope;
      const response = await skill.invoke(envelope);
      callback?.(null, response);
      return response;
    })
    .interactionModel(interactionModel(locale))
    .locale(locale)
    .create();
  // virtual-alexa reads any utterance containing "ask", "tell" or "open" (even inside "basket" or
  // "task") as a one-shot launch; in an open session Alexa sends them to the model, so we do too.
  withoutLaunchPhrases(alexa);
  return async (text: string, prompt: PromptKind): Promise<Heard> => {
    received = null;
    try {
      await alexa.utter(asRecognised(text));
    } catch {
      // virtual-alexa throws where Alexa would send AMAZON.FallbackIntent.
      return { intent: 'AMAZON.FallbackIntent', event: { type: 'fallback' }, meaning: null };
    }
    const envelope = received as RequestEnvelope | null;
    const event = envelope ? eventOf(envelope) : null;
    const intent = envelope?.request.type === 'IntentRequest' ? envelope.request.intent.name : (envelope?.request.type ?? 'none');
    return { intent, event: event as PlatformEvent | null, meaning: meaningOf(event, prompt, locale) };
  };
}

const SESSION = { applicationId: 'amzn1.ask.skill.nlu', userId: 'amzn1.ask.account.NLU', sessionId: 'amzn1.echo-api.session.nlu', isNew: true, attributes: {} };

/** Path (b): the terminal NLU and the envelope the terminal sends. */
export function terminalPath(locale: Locale) {
  return async (text: string, prompt: PromptKind): Promise<Heard> => {
    const match = await matchUtterance(text, locale);
    const event = eventOf(alexaEnvelope(intentRequestOf(match), { ...SESSION, locale }));
    return { intent: match.intent, event: event as PlatformEvent, meaning: meaningOf(event, prompt, locale) };
  };
}

/** Path (c): the same NLU, then the WebhookRequest the terminal sends, read as the webhook reads it. */
export function dialogflowPath(locale: Locale) {
  return async (text: string, prompt: PromptKind): Promise<Heard> => {
    const utterance = dialogflowUtteranceOf(await matchUtterance(text, locale), text);
    const body = webhookRequest(utterance, { session: 'projects/hip-coach-local/agent/sessions/nlu', turn: 2, languageCode: locale, contexts: [] });
    const checked = toWebhookRequest(JSON.parse(JSON.stringify(body))) as { queryResult: { intent: { displayName: string }; parameters: unknown; queryText: string } };
    const q = checked.queryResult;
    const event = eventOfIntent(q.intent.displayName, q.parameters, q.queryText, languageOf(locale));
    return { intent: q.intent.displayName, event, meaning: meaningOf(event, prompt, locale) };
  };
}
