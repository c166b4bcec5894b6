// The engine's safety classifier: free text in, what it means for safety out.
// Pure; its lexicons are data in src/flow/content/safety/. It works the same on
// every platform. (Interface first; the implementation lands with the lexicon.)
import type { TextLanguage } from '../events';

/**
 * - redFlag: EMERGENCY signs (saddle numbness, bladder or bowel, both legs, a fall or crash, chest pain)
 * - urgent: URGENT signs (fever, weight loss, constant night pain, osteoporosis or steroids with a knock, injected drugs)
 * - lasting: a lasting history item (past cancer, a weakened immune system): asks the clearance follow-up
 * - stopSymptom: a stop rule named outright (sharp pain, pain shooting down a leg)
 * - hurts: pain or discomfort without a stop-rule sign ("ouch", "that's sore")
 * - harmless: a look-alike that needs no action ("my glutes are burning", "I fell asleep")
 * - ambiguous: could be a red flag; ask the one confirming question of `topic`
 * - unknown: nothing safety-related recognised
 */
export type SafetyKind = 'redFlag' | 'urgent' | 'lasting' | 'stopSymptom' | 'hurts' | 'harmless' | 'ambiguous' | 'unknown';

/** What a confirming question asks about (kind 'ambiguous'). */
export type ConfirmTopic = 'saddle' | 'bladderBowel' | 'legs' | 'fall' | 'chest';

export interface SafetyReading {
  kind: SafetyKind;
  /** For 'ambiguous': the sign to confirm. */
  topic?: ConfirmTopic;
  /** For 'lasting': which history item. */
  lasting?: 'cancer' | 'immune';
}

export function classifySafety(text: string, language: TextLanguage = 'en'): SafetyReading {
  void text;
  void language;
  return { kind: 'unknown' };
}

/** A yes/no/not-sure answer in free words ("nothing like that", "yeah I do"), or null when it is not one. */
export function readAnswer(text: string, language: TextLanguage = 'en'): 'yes' | 'no' | 'notSure' | null {
  void text;
  void language;
  return null;
}
