// dialogflow-agent/: a Dialogflow ES agent in the export/import layout, from
// the same intents as the Alexa model. Built-ins become plain intents with
// their known phrases, since Dialogflow has no built-ins.
import type { Locale } from '../../speech/types';
import {
  INTENTS, MODEL_LOCALES, SLOT_TYPES, allSamples, slotTypesFor, welcomeFor, type IntentDef, type SlotTypeDef, type SlotTypeName,
} from '../../intents/model';
import { stableId, stableJson } from './json';
import { PREFIXED_STATEMENTS } from '../../intents/carriers';

/** Our slot types as Dialogflow entities. */
export const DF_ENTITIES: Record<SlotTypeDef['name'], string> = {
  PainPatternType: 'PainPattern',
  BodyAreaType: 'BodyArea',
  SensationType: 'Sensation',
  RoutineLengthType: 'RoutineLength',
  FillerType: 'Filler',
  AnswerType: 'Answer',
  CommandType: 'Command',
};
export const DF_ENTITY = DF_ENTITIES.PainPatternType;
/**
 * Slot type to Dialogflow entity reference. AMAZON.SearchQuery has no use
 * here: the agent has no statement intent (see STATEMENT_INTENT below).
 */
export const DF_META: Record<SlotTypeName, string> = {
  'AMAZON.NUMBER': '@sys.number',
  'AMAZON.SearchQuery': '@sys.any',
  PainPatternType: `@${DF_ENTITIES.PainPatternType}`,
  BodyAreaType: `@${DF_ENTITIES.BodyAreaType}`,
  SensationType: `@${DF_ENTITIES.SensationType}`,
  RoutineLengthType: `@${DF_ENTITIES.RoutineLengthType}`,
  FillerType: `@${DF_ENTITIES.FillerType}`,
  AnswerType: `@${DF_ENTITIES.AnswerType}`,
  CommandType: `@${DF_ENTITIES.CommandType}`,
};
/**
 * Alexa needs a statement intent (AMAZON.SearchQuery behind carrier phrases) to
 * hand us free words at all. Dialogflow always does: the fallback carries the
 * queryText. An "i @sys.any" intent would only compete with real intents in
 * Dialogflow's ML matching ("i'm ready" is one word from "i @sys.any"), so the
 * agent leaves it out and the webhook reads the fallback's queryText.
 */
export const DF_SKIPPED_INTENTS = ['StatementIntent', ...PREFIXED_STATEMENTS.map((s) => s.name)];
/**
 * Dialogflow language code per locale; en-US is the agent's root language.
 * Dialogflow ES has German as 'de', Spanish as 'es' (Spain) and 'es-419'
 * (Latin America, which Mexico and US Spanish share), French as 'fr' (France)
 * and 'fr-ca'.
 */
const DF_LANG: Partial<Record<Locale, string>> = { 'en-US': 'en', 'de-DE': 'de', 'es-ES': 'es', 'es-MX': 'es-419', 'es-US': 'es-419', 'fr-FR': 'fr', 'fr-CA': 'fr-ca' };
export const dfLang = (locale: Locale) => DF_LANG[locale] ?? locale.toLowerCase();
/** One locale per Dialogflow language (es-MX stands for es-419, which es-US shares). */
export const DF_LOCALES: readonly Locale[] = MODEL_LOCALES.filter((l, i) => MODEL_LOCALES.findIndex((m) => dfLang(m) === dfLang(l)) === i);
export const dfName = (alexaName: string) => alexaName.replace(/^AMAZON\./, '');

// Example slot fillers for annotated training phrases, rotated for variety.
const NUMBER_EXAMPLES = ['five', '3', 'seven', 'two', '8', 'four', 'six', '10'];
const typeOf = (name: SlotTypeName, locale: Locale) => slotTypesFor(locale).find((t) => t.name === name);
const valueExample = (type: SlotTypeDef, k: number) => {
  const values = type.values;
  const v = values[k % values.length]!;
  const phrases = [v.value, ...v.synonyms];
  return phrases[Math.floor(k / values.length) % phrases.length]!;
};
const example = (type: SlotTypeName, k: number, locale: Locale) => {
  const custom = typeOf(type, locale);
  return custom ? valueExample(custom, k) : NUMBER_EXAMPLES[k % NUMBER_EXAMPLES.length]!;
};

function usersays(intentName: string, slots: IntentDef['slots'], samples: readonly string[], locale: Locale) {
  const lang = dfLang(locale);
  return samples.map((sample, k) => {
    const data = sample.split(/\{(\w+)\}/).flatMap((text, i) => {
      if (i % 2 === 0) return text ? [{ text, userDefined: false }] : [];
      const type = slots?.find((s) => s.name === text)?.type ?? 'AMAZON.NUMBER';
      // Two slots of one sample get different examples ("3 or seven").
      return [{ text: example(type, k + i, locale), alias: text, meta: DF_META[type], userDefined: true }];
    });
    return { id: stableId(`usersays:${lang}:${intentName}:${sample}`), data, isTemplate: false, count: 0, lang, updated: 0 };
  });
}

interface DfIntentSpec {
  name: string;
  slots?: IntentDef['slots'];
  action?: string;
  events?: string[];
  fallback?: boolean;
}

function intentFile({ name, slots, action = '', events = [], fallback = false }: DfIntentSpec) {
  const parameters = (slots ?? []).map((s) => ({
    id: stableId(`parameter:${name}:${s.name}`),
    name: s.name,
    required: false,
    dataType: DF_META[s.type],
    value: `$${s.name}`,
    defaultValue: '',
    isList: false,
    prompts: [],
    promptMessages: [],
    noMatchPromptMessages: [],
    noInputPromptMessages: [],
    outputDialogContexts: [],
  }));
  return {
    id: stableId(`intent:${name}`),
    name,
    auto: true,
    contexts: [],
    // Replies come from the webhook, so there are no static messages.
    responses: [{ resetContexts: false, action, affectedContexts: [], parameters, messages: [], speech: [] }],
    priority: 500000,
    webhookUsed: true,
    webhookForSlotFilling: false,
    fallbackIntent: fallback,
    events: events.map((e) => ({ name: e })),
    conditionalResponses: [],
    condition: '',
    conditionalFollowupEvents: [],
  };
}

function agentFile() {
  return {
    displayName: 'hip-coach',
    description: 'Hands-free voice coach for recurring low back pain. General exercise guidance, not medical advice.',
    language: 'en',
    supportedLanguages: DF_LOCALES.filter((l) => l !== 'en-US').map(dfLang),
    defaultTimezone: 'America/New_York',
    webhook: {
      url: 'https://hipcoach.example/google',
      username: '',
      headers: {},
      available: true,
      useForDomains: false,
      cloudFunctionsEnabled: false,
      cloudFunctionsInitialized: false,
    },
    apiVersion: 'API_VERSION_V2',
    enableOnePlatformResponses: true,
    onePlatformApiVersion: 'v2modern',
    isPrivate: true,
    mlMinConfidence: 0.3,
    disableInteractionLogs: false,
    disableStackdriverLogs: true,
    analyzeQueryTextSentiment: false,
    enabledKnowledgeBaseNames: [],
    knowledgeServiceConfidenceAdjustment: 0,
    dialogBuilderMode: false,
    enableSpellCorrection: false,
    shortDescription: '',
    examples: '',
    linkToDocs: '',
    baseActionPackagesUrl: '',
  };
}

/** Files of the agent, keyed by path relative to dialogflow-agent/. */
export function dialogflowAgent(): Record<string, string> {
  const files: Record<string, string> = {
    'agent.json': stableJson(agentFile()),
    'package.json': stableJson({ version: '1.0.0' }),
  };
  const add = (spec: DfIntentSpec, samplesFor: (l: Locale) => readonly string[]) => {
    files[`intents/${spec.name}.json`] = stableJson(intentFile(spec));
    for (const locale of DF_LOCALES) {
      const samples = samplesFor(locale);
      if (samples.length === 0) continue;
      files[`intents/${spec.name}_usersays_${dfLang(locale)}.json`] = stableJson(usersays(spec.name, spec.slots, samples, locale));
    }
  };
  add({ name: 'WelcomeIntent', action: 'input.welcome', events: ['WELCOME'] }, welcomeFor);
  for (const intent of INTENTS) {
    const name = dfName(intent.name);
    if (DF_SKIPPED_INTENTS.includes(name)) continue;
    const spec: DfIntentSpec = name === 'FallbackIntent' ? { name, action: 'input.unknown', fallback: true } : { name, slots: intent.slots };
    add(spec, (locale) => (spec.fallback ? [] : allSamples(intent, locale)));
  }
  for (const type of SLOT_TYPES) {
    const entity = DF_ENTITIES[type.name];
    files[`entities/${entity}.json`] = stableJson({
      id: stableId(`entity:${entity}`),
      name: entity,
      isOverridable: true,
      isEnum: false,
      isRegexp: false,
      automatedExpansion: false,
      allowFuzzyExtraction: false,
    });
    for (const locale of DF_LOCALES) {
      const words = slotTypesFor(locale).find((t) => t.name === type.name) ?? type;
      // Dialogflow matches the reference value only if it is listed among the synonyms.
      const entries = words.values.map((v) => ({ value: v.id, synonyms: [v.value, ...v.synonyms] }));
      files[`entities/${entity}_entries_${dfLang(locale)}.json`] = stableJson(entries);
    }
  }
  return files;
}
