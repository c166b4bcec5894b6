// The interaction model's words in one language: samples for every intent,
// values and synonyms for every custom slot type, the welcome phrases, and
// the skill's store listing. The intents themselves (names, slots, events)
// are shared by every language (intents/custom.ts, intents/builtins.ts);
// only the words differ. Written natively, never translated word for word.

/** Samples in Alexa's format: lowercase words, apostrophes, number words, {slot} placeholders. */
export interface IntentWords {
  /** For custom intents: the samples. For built-ins (AMAZON.*): what extends Alexa's own localized phrases. */
  samples: readonly string[];
  /** Built-ins only: phrases Alexa already understands in this language (the terminal and Dialogflow need them). */
  known?: readonly string[];
}

export interface SlotValueWords {
  value: string;
  synonyms: readonly string[];
}

export interface SkillListing {
  /** The skill's name in the store (may stay "Hip Coach"). */
  name: string;
  /** The spoken invocation name, lowercase (Alexa rules: two words or more, no "alexa"). */
  invocationName: string;
  summary: string;
  /** What the skill does, then the health disclaimer: general exercise guidance, not medical advice, no diagnosis, where to seek care, the emergency number. */
  description: (facts: { emergencyNumber: string; doctor: string }) => string;
  /** "Alexa, öffne hip coach", ... : each phrase after the invocation must be a sample of the model. */
  examplePhrases: readonly string[];
  keywords: readonly string[];
}

export interface LanguageModelWords {
  /** Keyed by intent name as in intents/ (e.g. 'RedFlagIntent', 'AMAZON.YesIntent'). */
  intents: Readonly<Record<string, IntentWords>>;
  /** Keyed by custom slot type name, then by the value id the engine reads (e.g. PainPatternType -> sitting). */
  slotTypes: Readonly<Record<string, Readonly<Record<string, SlotValueWords>>>>;
  /** Dialogflow's welcome intent phrases ("öffne hip coach", "hallo"). */
  welcome: readonly string[];
  skill: SkillListing;
}
