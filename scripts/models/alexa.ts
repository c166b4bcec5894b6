// skill-package/interactionModels/custom/<locale>.json, one per locale.
import type { Locale } from '../../speech/types';
import { INTENTS, INVOCATION_NAME, SLOT_TYPES, alexaSamples } from '../../intents/model';

export function interactionModel(locale: Locale) {
  const intents = INTENTS.map((intent) => ({
    name: intent.name,
    ...(intent.slots?.length ? { slots: intent.slots.map(({ name, type }) => ({ name, type })) } : {}),
    samples: alexaSamples(intent, locale),
  }));
  const types = SLOT_TYPES.map((t) => ({
    name: t.name,
    values: t.values.map((v) => ({ id: v.id, name: { value: v.value, synonyms: [...v.synonyms] } })),
  }));
  return { interactionModel: { languageModel: { invocationName: INVOCATION_NAME, intents, types } } };
}
