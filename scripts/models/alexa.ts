// skill-package/interactionModels/custom/<locale>.json, one per locale.
import type { Locale } from '../../speech/types';
import { INTENTS, alexaSamples, invocationFor, slotTypesFor } from '../../intents/model';

export function interactionModel(locale: Locale) {
  const intents = INTENTS.map((intent) => ({
    name: intent.name,
    ...(intent.slots?.length ? { slots: intent.slots.map(({ name, type }) => ({ name, type })) } : {}),
    samples: alexaSamples(intent, locale),
  }));
  const types = slotTypesFor(locale).map((t) => ({
    name: t.name,
    values: t.values.map((v) => ({ id: v.id, name: { value: v.value, synonyms: [...v.synonyms] } })),
  }));
  return { interactionModel: { languageModel: { invocationName: invocationFor(locale), intents, types } } };
}
