// The shape of the interaction model source. Everything the Alexa model, the
// Dialogflow agent and the terminal matcher need is derived from these.

export type SlotTypeName =
  | 'AMAZON.NUMBER'
  /** Free words after a carrier phrase: the statement intent's text for the safety classifier. */
  | 'AMAZON.SearchQuery'
  | 'PainPatternType'
  | 'BodyAreaType'
  | 'SensationType'
  | 'RoutineLengthType'
  /** "um", "okay so", "to be honest": said before the point (intents/compose.ts). */
  | 'FillerType'
  /** Yes, no or not sure in the built-ins' words, behind fillers (AnswerIntent). */
  | 'AnswerType'
  /** Next, back, repeat, pause... in the built-ins' words, behind fillers (CommandIntent). */
  | 'CommandType';

/** Amazon's own slot types (no values of ours). */
export type BuiltinSlotTypeName = Extract<SlotTypeName, `AMAZON.${string}`>;

export interface SlotDef {
  name: string;
  type: SlotTypeName;
}

export interface IntentDef {
  /** Alexa name; Dialogflow drops the "AMAZON." prefix. */
  name: string;
  slots?: readonly SlotDef[];
  /**
   * Samples in Alexa's format: lowercase words, apostrophes, number words,
   * {slot} placeholders. For built-ins these extend Alexa's own phrases.
   */
  samples: readonly string[];
  /**
   * Built-ins only: phrases Alexa already understands. Not sent to Alexa, but
   * the terminal matcher and Dialogflow have no built-ins, so they need them.
   */
  known?: readonly string[];
  /** False where Alexa rejects extra samples (Fallback, NavigateHome). */
  alexaExtendable?: boolean;
}

export interface SlotValue {
  /** Stable id the app reads from entity resolution. */
  id: string;
  value: string;
  /** Other ways to say it (not repeating value). */
  synonyms: readonly string[];
}

export interface SlotTypeDef {
  name: Exclude<SlotTypeName, BuiltinSlotTypeName>;
  values: readonly SlotValue[];
}
