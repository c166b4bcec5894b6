// Custom slot types. Pain pattern ids are the engine's PainPattern values, so
// the Record type fails to compile if the two lists drift apart.
import { PAIN_PATTERNS, type PainPattern } from '../src/flow/content/patterns';
import type { SlotTypeDef } from './types';

const PATTERN_SYNONYMS: Record<PainPattern, readonly string[]> = {
  sitting: [
    'after sitting', 'sitting down', 'sitting all day', 'after sitting all day', 'after sitting for a long time',
    'sitting for long periods', 'sitting too long', 'when i sit', 'after i sit', 'driving', 'when driving',
    'when i drive', 'long drives', 'after long drives', 'at my desk', 'working at my desk', 'desk work',
    'at the computer', 'on the couch', 'in the car', 'on long flights',
  ],
  bending: [
    'bending over', 'bending down', 'when i bend', 'when i bend over', 'lifting', 'lifting things',
    'when i lift', 'when i lift something', 'picking things up', 'picking up my kids', 'picking up the kids',
    'carrying the kids', 'deadlifts', 'doing deadlifts', 'gardening', 'tying my shoes', 'putting on my socks',
    'unloading the dishwasher', 'carrying shopping', 'carrying groceries', 'moving furniture',
  ],
  morning: [
    'mornings', 'in the morning', 'in the mornings', 'first thing in the morning', 'when i wake up',
    'when i get up', 'when i get out of bed', 'getting out of bed', 'after sleeping', 'after i sleep',
    "after a night's sleep", 'early in the day', 'on waking',
  ],
  workout: [
    'workouts', 'during workouts', 'after workouts', 'during my workout', 'after my workout', 'at the gym',
    'after the gym', 'exercising', 'when i exercise', 'after exercise', 'squats', 'doing squats', 'running',
    'after running', 'when i run', 'playing sport', 'playing sports', 'lifting weights', 'training',
    'after training',
  ],
  stress: [
    'stressed', "when i'm stressed", "when i'm stressed out", 'after a stressful week', 'after a stressful day',
    'stressful weeks', 'during stressful times', "when i'm anxious", "when i'm tense", 'when work is busy',
    "when i'm under pressure", 'after a long week',
  ],
  varies: [
    'it varies', 'all the time', 'random', 'randomly', 'at random', 'no pattern', "there's no pattern",
    'no particular time', 'it changes', 'it depends', 'all sorts of times', 'different times', 'any time',
    'it comes and goes', "it's random",
  ],
};

export const PAIN_PATTERN_TYPE: SlotTypeDef = {
  name: 'PainPatternType',
  values: PAIN_PATTERNS.map((id) => ({ id, value: id, synonyms: PATTERN_SYNONYMS[id] })),
};

export const SLOT_TYPES: readonly SlotTypeDef[] = [PAIN_PATTERN_TYPE];
