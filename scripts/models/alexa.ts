// skill-package/interactionModels/custom/<locale>.json, one per locale.
import type { Locale } from '../../speech/types';
import { INTENTS, alexaSamples, invocationFor, slotTypesFor } from '../../intents/model';

export function interactionModel(locale: Locale) {
  const all = INTENTS.map((intent) => ({
    name: intent.name,
    ...(intent.slots?.length ? { slots: intent.slots.map(({ name, type }) => ({ name, type })) } : {}),
    samples: alexaSamples(intent, locale),
  }));
  // Alexa refuses a custom intent without samples: a language that has no words for a composed
  // intent (the English filler and answer compositions) leaves it out, and so do its slot types.
  const intents = all.filter((i) => i.name.startsWith('AMAZON.') || i.samples.length > 0);
  const used = new Set(intents.flatMap((i) => ('slots' in i ? (i.slots ?? []).map((s) => s.type) : [])));
  const types = slotTypesFor(locale).filter((t) => used.has(t.name)).map((t) => ({
    name: t.name,
    values: t.values.map((v) => ({ id: v.id, name: { value: v.value, synonyms: [...v.synonyms] } })),
  }));
  return { interactionModel: { languageModel: { invocationName: invocationFor(locale), intents, types } } };
}
