// The shape of the speech layer: typed templates keyed by cue id, per locale.
// No logic beyond choosing words lives in speech/.
import type { CueId, CueParams } from '../src/flow/cues';
import type { ExerciseId, Part, VariationId } from '../src/flow/content/exercises';
import type { TriageQuestionId } from '../src/flow/content/triage';
import type { PainPattern } from '../src/flow/content/patterns';

/** The markets we serve, by language: a language is a speech pack and a model (speech/languages.ts). */
export const MARKETS = {
  en: ['en-US', 'en-GB', 'en-CA', 'en-AU', 'en-IN'],
  es: ['es-ES', 'es-MX', 'es-US'],
  de: ['de-DE'],
  fr: ['fr-FR', 'fr-CA'],
} as const;
export type Language = keyof typeof MARKETS;
export type Locale = (typeof MARKETS)[Language][number];
export const LANGUAGES = Object.keys(MARKETS) as Language[];
export const LOCALES: readonly Locale[] = LANGUAGES.flatMap((l) => MARKETS[l]);
export const DEFAULT_LOCALE: Locale = 'en-US';
/**
 * What we speak: every market, plus each bare language for any other regional
 * variant of it (and 'en' for an unknown locale), where we cannot know the
 * emergency number and say "your local emergency number" instead of guessing one.
 */
export const SPEECH_LOCALES: readonly (Locale | Language)[] = [...LOCALES, ...LANGUAGES];
export type SpeechLocale = Locale | Language;

/** The language a locale speaks. */
export const languageOf = (locale: SpeechLocale): Language => locale.slice(0, 2) as Language;

/** One line, or several variations of it (one is picked by injected randomness). */
export type Text = string | readonly string[];

/**
 * A cue's words. Values are SSML fragments; string parameters arrive already
 * escaped (the renderer escapes them, in one place).
 */
export interface Template<P> {
  say: Text | ((params: P) => Text);
  /** Said when the user is silent; present on every cue that asks something. */
  reprompt?: Text | ((params: P) => Text);
}

export type SpeechPack = { [K in CueId]: Template<CueParams[K]> };

/** Facts that differ between English-speaking locales. */
export interface LocaleFacts {
  /** null where the country is unknown. */
  emergencyNumber: string | null;
  /** A second number said with the first where a country has two (France: 15 for medical emergencies, or 112). */
  alsoEmergencyNumber?: string;
  /** "the emergency room", "A and E", ... */
  emergencyPlace: string;
  /** The wall tap distance, in the locale's usual unit. */
  wallDistance: string;
  /** "doctor" or "GP". */
  doctor: string;
  /** Polite word for the behind: "butt", "bottom". */
  behind: string;
}

export interface ExerciseWords {
  /** Spoken name, e.g. "glute bridge". */
  name: string;
  /** Plural or "sets of" form for "that's your glute bridges done". */
  donePhrase: string;
  /** How to get into position: one or two short sentences. */
  setup: string;
  /** What one rep or hold looks like: short sentences, said before the first set. */
  steps: readonly string[];
  /** Short form cues, said mid-set and on "how do I do this?". At least 4. */
  formCues: readonly string[];
  /** Common mistakes, phrased as what to avoid. At least 2. */
  mistakes: readonly string[];
  /** One line: why this one helps the back. */
  reason: string;
}

export interface VariationWords {
  /** Spoken name of the form, e.g. "single leg glute bridge". */
  name: string;
  /** How to get into this form's position: it replaces the standard setup. */
  setup: string;
  /** What one rep or hold looks like in this form. */
  steps: readonly string[];
}

export interface ContentWords {
  exercises: Record<ExerciseId, ExerciseWords>;
  variations: Record<Exclude<VariationId, 'standard'>, VariationWords>;
  parts: Record<Part, { intro: string; why: string }>;
  triage: Record<TriageQuestionId, { ask: string; rephrase: string }>;
  patterns: Record<PainPattern, { ack: string }>;
}

/** A market's facts: its emergency number is always known. */
export type MarketFacts = LocaleFacts & { emergencyNumber: string };
