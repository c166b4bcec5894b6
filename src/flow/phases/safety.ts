// What the engine does with free words: the safety classifier reads them first
// (a red flag outranks every other reading, at any point), then a yes or no in
// free words answers the question on the table, and anything else gets a short
// re-prompt that says how to report pain.
import { cue } from '../cues';
import type { FlowEvent, TextLanguage } from '../events';
import type { ConfirmTopic } from '../safety';
import { inRoutine, promptKindOf, prompt } from '../present';
import type { PhaseName, SessionState } from '../state';
import { moveTo, open, type Answer, type StepResult } from '../transitions';
import { understandText, type Meaning } from '../understand';
import { emergency, urgent } from './opening';
import { hurtsDuringRoutine, sharpStop } from './routine';

/** Phases before the plan is fixed: the pain questions still shape it. */
export const BEFORE_PLAN: readonly PhaseName[] = ['age', 'recheck', 'triage', 'clearance', 'painNow', 'belowKnee', 'pattern'];

/**
 * Free words (a statement, or a slot the platform could not match): a safety
 * reading acts at once; a yes or no in free words is returned as that answer
 * for the phase; null when nothing in them is understood.
 */
export function readWords(state: SessionState, text: string, at: number | undefined, language?: TextLanguage): { result: StepResult } | { answer: FlowEvent } | null {
  const meaning: Meaning | null = understandText(text, promptKindOf(state), language);
  if (meaning && 'safety' in meaning) {
    switch (meaning.safety) {
      case 'redFlag':
        return { result: emergency(state) };
      case 'urgent':
        return { result: urgent(state) };
      case 'lasting':
        return { result: askClearance(state, meaning.lasting ?? 'cancer') };
      case 'ambiguous':
        return { result: askToConfirm(state, meaning.topic ?? 'legs') };
      case 'stopSymptom':
        // A stop rule named outright ("it's sharp", "it shoots down my leg"): no need to ask which.
        if (inRoutine(state.phase) || state.phase === 'ready' || state.phase === 'painAfter') return { result: sharpStop({ ...state, phase: 'routine' }) };
        return { result: hurts(state, at) };
      case 'hurts':
        return { result: hurts(state, at) };
      case 'harmless':
        break;
    }
  }
  const when = at === undefined ? {} : { at };
  if (meaning && 'event' in meaning && (meaning.event === 'yes' || meaning.event === 'no' || meaning.event === 'notSure')) return { answer: { type: meaning.event, ...when } };
  // The value the question asks for, in free words: the same events the value intents send.
  if (meaning && 'event' in meaning && meaning.event === 'number') return { answer: { type: 'number', value: meaning.value, ...when } };
  if (meaning && 'event' in meaning && meaning.event === 'age') return { answer: { type: 'age', value: meaning.value, ...when } };
  if (meaning && 'event' in meaning && meaning.event === 'pattern') return { answer: { type: 'pattern', pattern: meaning.value, ...when } };
  if (meaning && 'event' in meaning && meaning.event === 'length') return { answer: { type: 'length', length: meaning.value, ...when } };
  // A command in free words ("give me a sec", "let's call it a day"): the same event its intent sends.
  if (meaning && 'event' in meaning) return { answer: { type: meaning.event, ...when } };
  return null;
}

/** Words that were not understood: a short re-prompt, with how to report pain once exercise is near. */
export function notUnderstood(state: SessionState): StepResult {
  return open(state, [cue('notUnderstood'), ...(BEFORE_PLAN.includes(state.phase) ? [] : [cue('reportPainHint')]), ...prompt(state)]);
}

/** "It hurts" (or "ouch", "that's sore") wherever it is said. */
export function hurts(state: SessionState, at: number | undefined): StepResult {
  if (inRoutine(state.phase) || state.phase === 'painAfter') {
    if (state.phase === 'sharpCheck' || state.phase === 'hurtsChoice') return open(state, prompt(state));
    return hurtsDuringRoutine(state, at);
  }
  // Before the plan is fixed, the pain questions still shape it; at the preview, the stop rules are what matters.
  if (BEFORE_PLAN.includes(state.phase)) return open(state, [cue('hurtsBeforeExercise'), ...prompt(state)]);
  if (state.phase === 'ready') return moveTo({ ...state, phase: 'routine' }, 'sharpCheck');
  return open(state, prompt(state));
}

/** A question on the way returns to where the conversation was, never to another question on the way. */
const backTo = (state: SessionState): PhaseName | null => (ASIDE.includes(state.phase) ? state.returnTo : state.phase);
const ASIDE: readonly PhaseName[] = ['confirmSafety', 'confirmStartOver', 'confirmDelete', 'clearance'];

function askToConfirm(state: SessionState, topic: ConfirmTopic): StepResult {
  const returnTo = backTo(state);
  return moveTo({ ...state, confirm: topic, returnTo }, 'confirmSafety');
}

/** A red-flag intent whose words the lexicon cannot read: ask about the saddle area, the first and gravest sign. */
export const confirmHeardFlag = (state: SessionState): StepResult => askToConfirm(state, 'saddle');

/** A lasting history item said later ("I had cancer years ago"): the clearance follow-up, then back. */
function askClearance(state: SessionState, lasting: 'cancer' | 'immune'): StepResult {
  const returnTo = backTo(state);
  return moveTo({ ...state, lasting, returnTo }, 'clearance');
}

/** The confirming question: yes, not sure or unclear is the red flag (triage.md); a no goes back. */
export function answerConfirm(state: SessionState, a: Answer): StepResult {
  if (a !== 'no') return emergency(state);
  const back = state.returnTo ?? 'ready';
  const next: SessionState = { ...state, confirm: null, returnTo: null };
  // One leg, not both: a nerve sign. Mid-exercise, a new leg symptom stops exercise for today.
  if (state.confirm === 'legs') {
    if (inRoutine(back) || back === 'ready' || back === 'painAfter') return sharpStop({ ...next, phase: 'routine', nerve: true });
    return moveTo({ ...next, nerve: true }, back);
  }
  return moveTo(next, back);
}
