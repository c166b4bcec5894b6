// DEVELOPMENT FIXTURE ONLY: a small set of cases written for building the
// runner, not the held-out evaluation set. `npm run nlu` uses tests/nlu/en.ts
// (EN_CASES) as soon as that file exists; see cases.ts.
import type { NluCase } from '../../tests/nlu/types';

export const FIXTURE_CASES: readonly NluCase[] = [
  // Red flags and urgent signs in everyday words.
  { text: 'my crotch has gone numb', prompt: 'routine', expect: { safety: 'redFlag' }, category: 'redFlag' },
  { text: "there's tingling between my legs", prompt: 'routine', expect: { safety: 'redFlag' }, category: 'redFlag' },
  { text: "I think I've wet myself", prompt: 'routine', expect: { safety: 'redFlag' }, category: 'redFlag' },
  { text: 'both of my legs feel like jelly', prompt: 'inPosition', expect: { safety: 'redFlag' }, category: 'redFlag' },
  { text: 'I slipped on the ice this morning', prompt: 'painNow', expect: { safety: 'redFlag' }, category: 'redFlag' },
  { text: 'my chest feels really tight', prompt: 'routine', expect: { safety: 'redFlag' }, category: 'redFlag' },
  { text: 'I can barely walk today', prompt: 'preview', expect: { safety: 'redFlag' }, category: 'redFlag' },
  { text: "I'm running a temperature", prompt: 'routine', expect: { safety: 'urgent' }, category: 'redFlag' },
  { text: 'I had breast cancer a few years back', prompt: 'routine', expect: { safety: 'lasting' }, category: 'redFlag' },
  { text: 'it shoots right down my leg', prompt: 'routine', expect: { safety: 'stopSymptom' }, category: 'redFlag' },
  // Harmless look-alikes.
  { text: 'my glutes are really burning', prompt: 'routine', expect: { safety: 'harmless' }, category: 'lookAlike' },
  { text: 'I nearly fell asleep there', prompt: 'routine', expect: { safety: 'harmless' }, category: 'lookAlike' },
  { text: 'my legs are a bit tired', prompt: 'routine', expect: { safety: 'harmless' }, category: 'lookAlike' },
  { text: 'I can feel that in my bum', prompt: 'routine', expect: { safety: 'harmless' }, category: 'lookAlike' },
  { text: "I can't feel my glutes working", prompt: 'routine', expect: { safety: 'harmless' }, category: 'lookAlike' },
  // Yes and no.
  { text: 'yeah I have actually', prompt: 'triage', expect: { event: 'yes' }, category: 'yesNo' },
  { text: 'no nothing like that at all', prompt: 'triage', expect: { event: 'no' }, category: 'yesNo' },
  { text: 'nope, none of those', prompt: 'triage', expect: { event: 'no' }, category: 'yesNo' },
  { text: 'um definitely not', prompt: 'triage', expect: { event: 'no' }, category: 'yesNo' },
  { text: "I'm 41", prompt: 'age', expect: { event: 'age', value: 41 }, category: 'yesNo' },
  { text: "yes, it goes past my knee", prompt: 'belowKnee', expect: { event: 'yes' }, category: 'yesNo' },
  { text: "I'm not too sure", prompt: 'triage', expect: { event: 'notSure' }, category: 'yesNo' },
  // Numbers.
  { text: 'probably a five', prompt: 'painNow', expect: { event: 'number', value: 5 }, category: 'numbers' },
  { text: 'maybe 2 or 3', prompt: 'painNow', expect: { event: 'number', value: 3 }, category: 'numbers' },
  { text: "honestly I'd say a six", prompt: 'painAfter', expect: { event: 'number', value: 6 }, category: 'numbers' },
  { text: 'no pain at the moment', prompt: 'painNow', expect: { event: 'number', value: 0 }, category: 'numbers' },
  { text: 'four out of ten', prompt: 'painAfter', expect: { event: 'number', value: 4 }, category: 'numbers' },
  // Patterns.
  { text: 'after sitting at work all day', prompt: 'pattern', expect: { event: 'pattern', value: 'sitting' }, category: 'patterns' },
  { text: 'when I pick up my toddler', prompt: 'pattern', expect: { event: 'pattern', value: 'bending' }, category: 'patterns' },
  { text: 'mostly when I wake up', prompt: 'pattern', expect: { event: 'pattern', value: 'morning' }, category: 'patterns' },
  { text: 'after a stressful week', prompt: 'pattern', expect: { event: 'pattern', value: 'stress' }, category: 'patterns' },
  { text: 'it really varies', prompt: 'pattern', expect: { event: 'pattern', value: 'varies' }, category: 'patterns' },
  // Navigation.
  { text: "okay, let's keep going", prompt: 'routine', expect: { event: 'next' }, category: 'navigation' },
  { text: "right, I'm in position", prompt: 'inPosition', expect: { event: 'next' }, category: 'navigation' },
  { text: 'can you say that one more time', prompt: 'routine', expect: { event: 'repeat' }, category: 'navigation' },
  { text: 'hang on a second', prompt: 'routine', expect: { event: 'pause' }, category: 'navigation' },
  { text: "let's skip this one", prompt: 'inPosition', expect: { event: 'skip' }, category: 'navigation' },
  { text: 'just a quick one today', prompt: 'preview', expect: { event: 'length', value: 'quick' }, category: 'navigation' },
  // Other.
  { text: 'how am I meant to do this one', prompt: 'inPosition', expect: { event: 'howTo' }, category: 'other' },
  { text: "what's the point of this exercise", prompt: 'routine', expect: { event: 'why' }, category: 'other' },
  { text: "that's enough for today", prompt: 'routine', expect: { event: 'stop' }, category: 'other' },
  { text: 'please delete my data', prompt: 'routine', expect: { event: 'deleteData' }, category: 'other' },
];
