// What the engine takes an event to mean at a prompt: the one reading of user
// input that both the engine and the NLU evaluation (npm run nlu) use, so the
// measured understanding is the engine's own. Free text goes through the
// safety classifier first: a red flag outranks any other reading.
import type { FlowEvent, RoutineLength, SimpleEventType, TextLanguage } from './events';
import type { PainPattern } from './content/patterns';
import { classifySafety, readAnswer, type ConfirmTopic, type SafetyKind } from './safety';
import { commandIn } from './commands';
import { ageIn, painScoreIn, patternIn } from './values';

/** The kinds of prompt the coach can be waiting on (tests/nlu/types.ts PromptId uses the same names). */
export type PromptKind =
  | 'age'
  | 'recheck'
  | 'triage'
  | 'clearance'
  | 'painNow'
  | 'belowKnee'
  | 'pattern'
  | 'preview'
  | 'inPosition'
  | 'routine'
  | 'sharpCheck'
  | 'hurtsChoice'
  | 'painAfter'
  | 'consent';

const YES_NO_PROMPTS: readonly PromptKind[] = ['age', 'recheck', 'triage', 'clearance', 'belowKnee', 'sharpCheck', 'consent'];
const NUMBER_PROMPTS: readonly PromptKind[] = ['painNow', 'painAfter'];
/** Where "carry on" / "resume" / "keep going" and "next" are the same action. */
const FORWARD_PROMPTS: readonly PromptKind[] = ['preview', 'inPosition', 'routine', 'hurtsChoice'];

/** The prompts of the exercises themselves: in position, mid-set, and the it-hurts questions. */
const EXERCISE_PROMPTS: readonly PromptKind[] = ['inPosition', 'routine', 'sharpCheck', 'hurtsChoice'];

/** Where the coach waits for the user to start an exercise. */
const READY_PROMPTS: readonly PromptKind[] = ['preview', 'inPosition'];

export const isYesNoPrompt = (p: PromptKind) => YES_NO_PROMPTS.includes(p);

export type Meaning =
  | { event: 'yes' | 'no' | 'notSure' }
  | { event: 'number'; value: number }
  | { event: 'age'; value: number }
  | { event: 'pattern'; value: PainPattern }
  | { event: 'length'; value: Exclude<RoutineLength, 'standard'> | 'standard' }
  | { event: Exclude<SimpleEventType, 'yes' | 'no' | 'notSure' | 'redFlag' | 'urgentFlag' | 'hurts' | 'fallback' | 'sessionEnded'> }
  | { safety: Exclude<SafetyKind, 'unknown'>; topic?: ConfirmTopic; lasting?: 'cancer' | 'immune' };

/** The reading of free words at a prompt, or null when nothing in them is understood. */
export function understandText(text: string, prompt: PromptKind, language: TextLanguage = 'en'): Meaning | null {
  const reading = classifySafety(text, language);
  const asked = signAnswer(text, prompt, reading.kind, language);
  if (asked) return asked;
  // During exercise, new numbness or weakness is an emergency in whatever words (triage.md, "During
  // exercise"); before it, one leg is a nerve sign the confirming question sorts out.
  if (reading.kind === 'ambiguous' && reading.topic === 'legs' && reading.nerve && EXERCISE_PROMPTS.includes(prompt)) return { safety: 'redFlag' };
  if (reading.kind !== 'unknown' && reading.kind !== 'harmless') {
    return { safety: reading.kind, ...(reading.topic ? { topic: reading.topic } : {}), ...(reading.lasting ? { lasting: reading.lasting } : {}) };
  }
  if (isYesNoPrompt(prompt)) {
    const answer = readAnswer(text, language);
    if (answer) return { event: answer };
  }
  const value = valueIn(text, prompt, language);
  if (value) return value;
  const command = commandIn(text, language);
  if (command === 'quick' || command === 'full') return { event: 'length', value: command };
  if (command) return { event: command };
  return reading.kind === 'harmless' ? { safety: 'harmless' } : null;
}

/** Questions about the stop-rule signs themselves: "Does the pain spread below the knee?", "Is it sharp, or going down your leg?". */
const SIGN_PROMPTS: readonly PromptKind[] = ['belowKnee', 'sharpCheck'];

/**
 * At a question about pain or its stop-rule signs, naming them is the answer:
 * "yes, it goes down to my ankle" and "it's sharp" are a yes, "no, it's just
 * sore" a no. A red flag or an urgent sign is never taken for an answer.
 */
function signAnswer(text: string, prompt: PromptKind, kind: SafetyKind, language: TextLanguage): Meaning | null {
  if (SIGN_PROMPTS.includes(prompt) && (kind === 'stopSymptom' || kind === 'hurts')) {
    const answer = readAnswer(text, language);
    if (answer) return { event: answer };
    return kind === 'stopSymptom' ? { event: 'yes' } : null;
  }
  // Plain pain beside an answer to another yes/no question ("no, just a dull ache"): the answer counts.
  if (kind === 'hurts' && isYesNoPrompt(prompt)) {
    const answer = readAnswer(text, language);
    return answer ? { event: answer } : null;
  }
  return null;
}

/** The value the prompt asks for, said in free words ("I guess a two really", "it kind of varies"). */
function valueIn(text: string, prompt: PromptKind, language: TextLanguage): Meaning | null {
  if (NUMBER_PROMPTS.includes(prompt)) {
    const value = painScoreIn(text, language);
    return value === null ? null : { event: 'number', value };
  }
  if (prompt === 'age') {
    const value = ageIn(text, language);
    return value === null ? null : { event: 'age', value };
  }
  if (prompt === 'pattern') {
    const value = patternIn(text, language);
    return value === null ? null : { event: 'pattern', value };
  }
  return null;
}

/** What an event means at a prompt; null for "not understood" (a fallback, an empty slot). */
export function understand(event: FlowEvent, prompt: PromptKind): Meaning | null {
  switch (event.type) {
    case 'launch':
    case 'sessionEnded':
    case 'fallback':
      return null;
    case 'statement':
      // The engine asks one confirming question about words a red-flag intent matched but the lexicon cannot read.
      return understandText(event.text, prompt, event.language) ?? (event.heardAs === 'redFlag' ? { safety: 'ambiguous', topic: 'saddle' } : null);
    case 'number':
      if (event.value === null) return event.text ? understandText(event.text, prompt, event.language) : null;
      if (prompt === 'age') return { event: 'age', value: event.value };
      // "None", "zero" at a yes/no question is a no (transitions.ts toYesNo reads it the same way).
      return event.value === 0 && isYesNoPrompt(prompt) ? { event: 'no' } : { event: 'number', value: event.value };
    case 'age':
      return event.value === null ? null : { event: 'age', value: event.value };
    case 'pattern':
      if (event.pattern === null) return event.text ? understandText(event.text, prompt, event.language) : null;
      return { event: 'pattern', value: event.pattern };
    case 'length':
      return { event: 'length', value: event.length };
    case 'redFlag':
      return { safety: 'redFlag' };
    case 'urgentFlag':
      return { safety: 'urgent' };
    case 'hurts':
      return { safety: 'hurts' };
    case 'resume':
      return FORWARD_PROMPTS.includes(prompt) ? { event: 'next' } : { event: 'resume' };
    default:
      return { event: event.type };
  }
}

/** Two meanings that lead to the same action at this prompt (the evaluation compares with it). */
export function sameAction(a: Meaning | null, b: Meaning | null, prompt: PromptKind): boolean {
  if (a === null || b === null) return a === b;
  const norm = (m: Meaning): string => {
    // At a question about the stop-rule signs, naming one is the yes (signAnswer): the same action.
    if ('safety' in m) return m.safety === 'stopSymptom' && SIGN_PROMPTS.includes(prompt) ? 'yes' : `safety:${m.safety}`;
    if (m.event === 'resume' && FORWARD_PROMPTS.includes(prompt)) return 'next';
    // At the preview and in position, a yes starts the exercise as "next" does (routine.ts readyEvent).
    if (m.event === 'yes' && READY_PROMPTS.includes(prompt)) return 'next';
    // A stated age and a bare number answer the age question alike.
    if (m.event === 'age' || (m.event === 'number' && prompt === 'age')) return `age:${(m as { value: number }).value}`;
    return 'value' in m ? `${m.event}:${m.value}` : m.event;
  };
  return norm(a) === norm(b);
}

export { NUMBER_PROMPTS };
