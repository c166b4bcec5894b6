// Custom slot types. Pain pattern ids are the engine's PainPattern values, so
// the Record type fails to compile if the two lists drift apart.
import { PAIN_PATTERNS, type PainPattern } from '../src/flow/content/patterns';
import { ANSWER_TYPE, COMMAND_TYPE, FILLER_TYPE } from './compose';
import { patternPhrases } from './pattern-phrases';
import type { SlotTypeDef } from './types';

const PATTERN_SYNONYMS: Record<PainPattern, readonly string[]> = {
  sitting: [
    'after sitting', 'sitting down', 'sitting all day', 'after sitting all day', 'after sitting for a long time',
    'sitting for long periods', 'sitting too long', 'when i sit', 'after i sit', 'driving', 'when driving',
    'when i drive', 'long drives', 'after long drives', 'at my desk', 'working at my desk', 'desk work',
    'at the computer', 'on the couch', 'in the car', 'on long flights', 'after sitting or driving', 'sitting or driving',
    'after driving', 'after a long drive', 'after work', 'after a day at work', 'from sitting', 'when sitting',
    'after sitting at my desk', 'on the sofa', 'watching tv', 'on my commute', 'after a long day at my desk',
  ],
  bending: [
    'bending over', 'bending down', 'when i bend', 'when i bend over', 'lifting', 'lifting things',
    'when i lift', 'when i lift something', 'picking things up', 'picking up my kids', 'picking up the kids',
    'carrying the kids', 'deadlifts', 'doing deadlifts', 'gardening', 'tying my shoes', 'putting on my socks',
    'unloading the dishwasher', 'carrying shopping', 'carrying groceries', 'moving furniture', 'when bending or lifting',
    'bending or lifting', 'after bending', 'after lifting', 'when bending', 'when lifting', 'bending and lifting',
    'lifting heavy things', 'picking stuff up', 'doing housework', 'vacuuming', 'lifting boxes', 'after lifting something heavy',
  ],
  morning: [
    'mornings', 'in the morning', 'in the mornings', 'first thing in the morning', 'when i wake up',
    'when i get up', 'when i get out of bed', 'getting out of bed', 'after sleeping', 'after i sleep',
    "after a night's sleep", 'early in the day', 'on waking', 'in the morning mostly', 'after a night in bed',
    'after lying in bed', 'when i first get up', 'first thing', 'as soon as i wake up', 'when i wake',
  ],
  workout: [
    'workouts', 'during workouts', 'after workouts', 'during my workout', 'after my workout', 'at the gym',
    'after the gym', 'exercising', 'when i exercise', 'after exercise', 'squats', 'doing squats', 'running',
    'after running', 'when i run', 'playing sport', 'playing sports', 'lifting weights', 'training',
    'after training', 'during workouts or after', 'working out', 'when i work out', 'after working out', 'at the gym mostly',
    'during exercise', 'while exercising', 'during sport', 'after football', 'playing football', 'during my runs',
  ],
  stress: [
    'stressed', "when i'm stressed", "when i'm stressed out", 'after a stressful week', 'after a stressful day',
    'stressful weeks', 'during stressful times', "when i'm anxious", "when i'm tense", 'when work is busy',
    "when i'm under pressure", 'after a long week', 'after stress', 'when stressed', 'after a hard week',
    'when life gets busy', 'after a busy week',
  ],
  varies: [
    'it varies', 'all the time', 'random', 'randomly', 'at random', 'no pattern', "there's no pattern",
    'no particular time', 'it changes', 'it depends', 'all sorts of times', 'different times', 'any time',
    'it comes and goes', "it's random", 'all of them', 'all of those', 'all of the above', 'a bit of everything',
    'a mix', 'a bit of all of them', "i can't say", 'not one thing', 'lots of times', 'whenever',
  ],
};

/** The hand list first, then the composed phrases; each phrase once, in the first value that has it. */
function patternValues(): SlotTypeDef['values'] {
  const composed = patternPhrases();
  const seen = new Set<string>(PAIN_PATTERNS);
  return PAIN_PATTERNS.map((id) => {
    const synonyms = [...PATTERN_SYNONYMS[id], ...composed[id]].filter((p) => !seen.has(p) && Boolean(seen.add(p)));
    return { id, value: id, synonyms };
  });
}

export const PAIN_PATTERN_TYPE: SlotTypeDef = {
  name: 'PainPatternType',
  values: patternValues(),
};

// Body areas and sensations, the two halves of an everyday symptom ("my bum is
// numb"). Values are what people say, look-alikes included ("glutes",
// "burning"): the slots only carry the words; the engine's safety classifier
// decides what they mean, so ids here are for grouping, never for triage.
const value = (id: string, synonyms: readonly string[]) => ({ id, value: id.replace(/_/g, ' '), synonyms });

export const BODY_AREA_TYPE: SlotTypeDef = {
  name: 'BodyAreaType',
  values: [
    value('groin', ['crotch', 'privates', 'private parts', 'genitals', 'genital area', 'down there', 'down below', 'between my legs', 'saddle area', 'saddle', 'nether regions', 'penis', 'vagina', 'testicles', 'balls']),
    value('bottom', ['bum', 'butt', 'backside', 'buttocks', 'buttock', 'bum cheeks', 'butt cheeks', 'behind', 'rear', 'back passage', 'anus', 'bum area', 'tailbone']),
    value('inner_thighs', ['inner thigh', 'inside of my thighs', 'inside of my legs', 'thighs', 'thigh']),
    value('legs', ['leg', 'both legs', 'left leg', 'right leg', 'one leg', 'lower legs', 'calf', 'calves', 'knee', 'knees', 'foot', 'feet', 'toes', 'ankle', 'shin']),
    value('glutes', ['glute', 'bum muscles', 'butt muscles', 'hips', 'hip', 'hamstrings', 'hamstring', 'hip flexors', 'quads', 'core', 'abs', 'stomach']),
    value('back', ['lower back', 'spine', 'upper back']),
    value('chest', ['heart', 'ribs', 'chest area']),
    value('bladder', ['bowels', 'bowel', 'pee', 'wee', 'urine', 'poo']),
  ],
};

export const SENSATION_TYPE: SlotTypeDef = {
  name: 'SensationType',
  values: [
    value('numb', ['numbness', 'gone numb', 'going numb', 'numb all over', 'dead', 'gone dead', 'no feeling', 'lost feeling', 'lost all feeling', 'without feeling', 'not much feeling']),
    value('tingling', ['tingly', 'tingle', 'tingles', 'pins and needles', 'prickling', 'prickly', 'fizzing', 'buzzing', 'electric']),
    value('weak', ['weakness', 'giving way', 'gave way', 'given way', 'buckling', 'wobbly', 'like jelly', 'heavy', 'no strength']),
    value('sharp', ['sharp pain', 'stabbing', 'stabbing pain', 'shooting', 'shooting pain', 'shoots', 'shoots down', 'electric shock', 'searing']),
    value('pain', ['painful', 'hurting', 'sore', 'aching', 'achy', 'ache', 'tight', 'tightness', 'pressure', 'crushing']),
    value('burning', ['burn', 'on fire', 'working', 'tired', 'exhausted', 'stretched', 'pumped', 'shaking', 'shaky', 'warm']),
  ],
};

export const ROUTINE_LENGTH_TYPE: SlotTypeDef = {
  name: 'RoutineLengthType',
  values: [
    value('quick', ['a quick one', 'a short one', 'quick one', 'short one', 'a quick session', 'a short session', 'a quick routine', 'a short routine', 'the short version', 'the quick version', 'something quick', 'something short', 'the seven minute one', 'a shorter one', 'short', 'shorter']),
    value('full', ['the full routine', 'the full one', 'full routine', 'the full session', 'the whole routine', 'the whole thing', 'all ten', 'all ten exercises', 'every exercise', 'the long one', 'the long version', 'a long one', 'a longer one', 'the complete routine', 'everything', 'full', 'longer']),
  ],
};

export const SLOT_TYPES: readonly SlotTypeDef[] = [
  PAIN_PATTERN_TYPE, BODY_AREA_TYPE, SENSATION_TYPE, ROUTINE_LENGTH_TYPE, FILLER_TYPE, ANSWER_TYPE, COMMAND_TYPE,
];
