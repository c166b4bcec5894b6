// The words of the values a prompt asks for, in one language other than
// English (English keeps its own in ../spokenValues.ts): what the engine reads
// from free words the platform could not match to a value intent.
import type { PainPattern } from '../patterns';

export interface LanguageValues {
  /**
   * Number words from zero to ten, index = value ("null", "eins", ... "zehn").
   * Each entry lists every spelling of that number ("eins|ein|eine"), lowercase,
   * accents as the language writes them (they are matched after lowercasing and,
   * for Spanish and French, after folding accents: write those without accents).
   */
  scoreWords: readonly (readonly string[])[];
  /** "No pain at all", "nothing", "it doesn't hurt": a pain score of 0 when no number is said. Matched on lowercased, folded text. */
  noPain: RegExp;
  /**
   * The scale said with a score ("sieben von zehn", "siete de diez", "del cero al diez"): the last word
   * of each match (the scale's ten) is not a score. A match may take the score in too; only its last word is dropped.
   */
  scale?: RegExp;
  /** Cue words of each pain pattern, first match wins, in this order: varies, stress, morning, workout, bending, sitting. */
  patternCues: readonly (readonly [PainPattern, RegExp])[];
}
