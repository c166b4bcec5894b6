// virtual-alexa with the generated interaction model, for tests: the intent
// and slots an utterance reaches (null where Alexa would send the fallback).
import { VirtualAlexa } from 'virtual-alexa';
import type { IntentRequest } from 'ask-sdk-model';
import { interactionModel } from '../../scripts/models/alexa';
import type { Locale } from '../../speech/types';

export function simulator(locale: Locale) {
  let request: IntentRequest | null = null;
  const alexa = VirtualAlexa.Builder()
    .handler((envelope: { request: IntentRequest }, _context: unknown, callback: (e: unknown, r: unknown) => void) => {
      request = envelope.request;
      callback(null, { version: '1.0', response: {} });
    })
    .interactionModel(interactionModel(locale))
    .locale(locale)
    .create();
  return async (utterance: string): Promise<IntentRequest['intent'] | null> => {
    request = null;
    try {
      await alexa.utter(utterance);
    } catch {
      return null;
    }
    return (request as IntentRequest | null)?.intent ?? null;
  };
}
