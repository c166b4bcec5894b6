// The engine's safety classifier: free text in, what it means for safety out.
// Pure and deterministic; its lexicons are data in src/flow/content/safety/,
// its rules (classify.ts) read only concept ids, so it works the same on every
// platform and for every language that has a lexicon. Compiled once per
// language on first use; a call takes some 15 to 25 microseconds (measured with
// tsx on the eval phrases; not yet in npm run bench).
import { SAFETY_LEXICONS } from '../content/safety';
import type { TextLanguage } from '../events';
import { type CompiledAnswers, compileAnswers, readWords } from './answer';
import { type CompiledLexicon, classifyWords, compileLexicon } from './classify';
import { toWords } from './text';

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
  /** For 'ambiguous' about one leg: the words name numbness or weakness, a new nerve sign (not an odd feeling). */
  nerve?: boolean;
  /** For 'lasting': which history item. */
  lasting?: 'cancer' | 'immune';
}

interface Compiled {
  safety: CompiledLexicon;
  answers: CompiledAnswers;
}

const compiled = new Map<TextLanguage, Compiled>();

function compiledFor(language: TextLanguage): Compiled {
  let entry = compiled.get(language);
  if (!entry) {
    const lexicon = SAFETY_LEXICONS[language] ?? SAFETY_LEXICONS.en;
    entry = { safety: compileLexicon(lexicon), answers: compileAnswers(lexicon) };
    compiled.set(language, entry);
  }
  return entry;
}

export function classifySafety(text: string, language: TextLanguage = 'en'): SafetyReading {
  const { safety } = compiledFor(language);
  return classifyWords(toWords(text, safety.lexicon), safety);
}

/** A yes/no/not-sure answer in free words ("nothing like that", "yeah I do"), or null when it is not one. */
export function readAnswer(text: string, language: TextLanguage = 'en'): 'yes' | 'no' | 'notSure' | null {
  const { safety, answers } = compiledFor(language);
  return readWords(toWords(text, safety.lexicon), answers, safety);
}
