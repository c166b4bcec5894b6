// virtual-alexa with the generated interaction model, for tests: the intent
// and slots an utterance reaches (null where Alexa would send the fallback),
// and what the engine takes that intent to mean at a prompt.
import { VirtualAlexa } from 'virtual-alexa';
import type { IntentRequest, RequestEnvelope } from 'ask-sdk-model';
import { interactionModel } from '../../scripts/models/alexa';
import { withoutLaunchPhrases } from '../../scripts/nlu/launchPhrases';
import { eventOf } from '../../src/platforms/alexa/event';
import { understand, type Meaning, type PromptKind } from '../../src/flow/understand';
import type { FlowEvent } from '../../src/flow/events';
import { parseNumber } from '../../src/cli/numbers';
import { normalize } from '../../src/cli/normalize';
import type { Locale } from '../../speech/types';

type Heard = IntentRequest['intent'];

/** The simulator; `without` leaves intents out of the model (to compare what a sample means with and without them). */
export function simulator(locale: Locale, without: ReadonlySet<string> = new Set()) {
  let request: IntentRequest | null = null;
  const model = interactionModel(locale);
  const languageModel = model.interactionModel.languageModel;
  const filtered = { ...model, interactionModel: { ...model.interactionModel, languageModel: { ...languageModel, intents: languageModel.intents.filter((i) => !without.has(i.name)) } } };
  const alexa = VirtualAlexa.Builder()
    .handler((envelope: { request: IntentRequest }, _context: unknown, callback: (e: unknown, r: unknown) => void) => {
      request = envelope.request;
      callback(null, { version: '1.0', response: {} });
    })
    .interactionModel(filtered)
    .locale(locale)
    .create();
  // virtual-alexa reads any utterance containing "ask", "tell" or "open" (even inside "basket" or
  // "task") as a one-shot launch; in an open session Alexa sends them to the model, so we do too.
  withoutLaunchPhrases(alexa);
  return async (utterance: string): Promise<Heard | null> => {
    request = null;
    try {
      await alexa.utter(utterance);
    } catch {
      return null;
    }
    return (request as IntentRequest | null)?.intent ?? null;
  };
}

/** What the engine takes the heard intent to mean at a prompt (numbers as Alexa sends them: digits). */
export function meaningOf(heard: Heard | null, prompt: PromptKind): Meaning | null {
  if (!heard) return null;
  const slots = Object.fromEntries(
    Object.entries(heard.slots ?? {}).map(([name, slot]) => {
      const n = slot.value && ['level', 'upper', 'age'].includes(name) ? parseNumber(normalize(slot.value)) : null;
      return [name, n === null ? slot : { ...slot, value: String(n) }];
    }),
  );
  const envelope = { request: { type: 'IntentRequest', intent: { ...heard, slots } } } as unknown as RequestEnvelope;
  const event = eventOf(envelope);
  return event.type === 'skillDisabled' || event.type === 'ignored' ? null : understand({ ...event, language: 'en' } as FlowEvent, prompt);
}
