// Pain pattern phrases composed from what people do and how they put it
// ("after sitting at my desk", "when i drive for a long time", "during my runs"),
// so the slot values reach further than a hand list. Custom slot values must
// be said whole, so the composition is spelled out here, once.
import type { PainPattern } from '../src/flow/content/patterns';

interface Activity {
  /** "sitting at my desk": after / when / while / from ... */
  gerunds?: readonly string[];
  /** "a long drive": after / during / on ... */
  nouns?: readonly string[];
  /** "sit at my desk": when i / after i / if i / whenever i ... */
  verbs?: readonly string[];
}

const ACTIVITIES: Record<Exclude<PainPattern, 'varies'>, Activity> = {
  sitting: {
    gerunds: [
      'sitting', 'sitting down', 'sitting at work', 'sitting at my desk', 'sitting at a desk', 'sitting at the computer',
      'sitting for a long time', 'sitting for long', 'sitting for hours', 'sitting all day', 'sitting too long', 'sitting a lot',
      'sitting on the sofa', 'sitting on the couch', 'sitting in the car', 'sitting in meetings', 'driving', 'driving a lot',
      'driving for a long time', 'driving for hours', 'driving to work', 'commuting', 'flying', 'working at my desk',
      'working at a desk', 'working at the computer', 'working from home', 'being at my desk', 'being sat down', 'watching tv',
      'studying', 'gaming', 'being in the car',
    ],
    nouns: [
      'a long drive', 'long drives', 'a long car journey', 'long car journeys', 'a car journey', 'car journeys', 'a car ride',
      'long car rides', 'a long car ride', 'the commute', 'my commute', 'a flight', 'a long flight', 'long flights', 'work',
      'a day at work', 'a day at the office', 'a long day at work', 'a day at my desk', 'a long day at the computer', 'desk work',
      'a long meeting', 'long meetings', 'a film', 'a long day sitting', 'a work day', 'the drive to work',
    ],
    verbs: ['sit', 'sit down', 'sit at my desk', 'sit at work', 'sit for a long time', 'sit for long', 'sit too long', 'sit all day', 'drive', 'drive for a long time', 'drive for long', 'work at my desk', 'work at the computer', 'fly', 'commute', 'watch tv', 'study'],
  },
  bending: {
    gerunds: [
      'bending', 'bending down', 'bending forward', 'bending over', 'lifting', 'lifting something', 'lifting things', 'lifting heavy stuff',
      'lifting heavy things', 'lifting boxes', 'picking things up', 'picking stuff up', 'picking up the kids', 'picking up my son',
      'picking up my daughter', 'picking up my baby', 'picking up my toddler', 'carrying things', 'carrying heavy things',
      'carrying heavy bags', 'carrying the shopping', 'carrying my kids', 'carrying the baby', 'doing the laundry', 'loading the washing machine',
      'making the bed', 'doing the dishes', 'gardening', 'weeding', 'hoovering', 'vacuuming', 'cleaning', 'housework', 'moving things',
      'moving boxes', 'putting my shoes on', 'putting on my shoes', 'tying my shoelaces', 'reaching down', 'leaning forward',
    ],
    nouns: ['a heavy lift', 'heavy lifting', 'lifting at work', 'the housework', 'the gardening', 'the school run', 'the shopping'],
    verbs: ['bend', 'bend down', 'bend over', 'bend forward', 'lift', 'lift something', 'lift things', 'lift something heavy', 'pick things up', 'pick something up', 'pick up my kids', 'pick up the baby', 'carry things', 'carry something heavy', 'do housework', 'do the gardening', 'lean forward', 'reach down', 'tie my shoes'],
  },
  morning: {
    gerunds: ['waking up', 'getting up', 'getting out of bed', 'sleeping', 'lying in bed', 'lying down all night', 'first getting up'],
    nouns: ['a night in bed', 'a night of sleep', 'a long sleep', 'sleep', 'bed', 'the night', 'first thing in the morning', 'mornings'],
    verbs: ['wake up', 'get up', 'get out of bed', 'first get up', 'first wake up', 'sleep', 'wake'],
  },
  workout: {
    gerunds: [
      'working out', 'exercising', 'training', 'running', 'jogging', 'lifting weights', 'weight lifting', 'weightlifting', 'squatting',
      'doing squats', 'doing deadlifts', 'playing sport', 'playing sports', 'playing football', 'playing tennis', 'playing golf',
      'playing squash', 'playing rugby', 'playing basketball', 'cycling', 'doing yoga', 'doing crossfit', 'swimming', 'hiking',
      'going to the gym', 'being at the gym', 'doing sport', 'doing exercise',
    ],
    nouns: [
      'a workout', 'workouts', 'my workouts', 'a run', 'runs', 'my runs', 'a long run', 'the gym', 'a gym session', 'gym sessions',
      'my gym sessions', 'training', 'a training session', 'football', 'tennis', 'golf', 'sport', 'sports', 'exercise', 'a class',
      'a fitness class', 'yoga', 'crossfit', 'a match', 'a game', 'a bike ride', 'leg day', 'a heavy session',
    ],
    verbs: ['work out', 'exercise', 'train', 'run', 'jog', 'go running', 'go to the gym', 'lift weights', 'squat', 'play sport', 'play football', 'play tennis', 'play golf', 'cycle', 'do yoga'],
  },
  stress: {
    gerunds: ['being stressed', 'being under stress', 'being anxious', 'being busy', 'worrying'],
    nouns: [
      'a stressful week', 'a stressful day', 'a hard week', 'a busy week', 'a tough week', 'a long week', 'a bad week', 'stress',
      'a lot of stress', 'stressful times', 'busy times', 'deadlines', 'a stressful time', 'a rough week', 'a crazy week',
    ],
    verbs: ["i'm stressed", "i'm stressed out", "i'm anxious", "i'm tense", "i'm under pressure", "i'm busy", "i'm worried", "i've had a stressful week", "work is stressful", "things are stressful", "life is stressful", "work gets busy", "i'm under a lot of stress"],
  },
};

const GERUND_LEADS = ['', 'after ', 'when ', 'while ', 'from '];
const NOUN_LEADS = ['', 'after ', 'during ', 'on '];
const VERB_LEADS = ['when i ', 'after i ', 'if i ', 'whenever i ', 'every time i '];
/** Stress verbs are whole clauses ("i'm stressed"): only the conjunction goes in front. */
const CLAUSE_LEADS = ['when ', 'if ', 'whenever ', 'after ', 'every time '];

const VARIES = [
  'varies', 'it varies', 'it varies a lot', 'it depends', 'depends', 'it changes', 'it changes a lot', 'it comes and goes',
  'comes and goes', 'all the time',
  'most of the time', 'random', 'randomly', 'at random', "it's random", "it's pretty random", "it's totally random", 'no pattern',
  "there's no pattern", "there's no real pattern", 'there is no pattern', 'no particular pattern', 'no particular time',
  'not really a pattern', "i haven't noticed a pattern", "i can't say", 'hard to tell', 'it differs', 'different times',
  'all sorts of times', 'any time', 'anytime', 'any time of day', 'whenever', 'all day', 'all day long', 'constantly', 'always',
  'all of them', 'all of those', 'all of the above', 'a bit of everything', 'a bit of all of them', 'a mix', 'a mixture', 'a combination',
  'a bit of each', 'all of it', 'everything', 'not one thing', 'lots of times', 'no one thing', 'it is random', 'it just happens',
];

/**
 * Composed phrases that are word for word cases of the held-out evaluation set
 * (tests/nlu/heldout.test.ts): left out so the set stays held out. Natural
 * compositions, not tuning: the lead may restore them and drop the two cases.
 */
const HELD_OUT = new Set(['whenever i pick something up', 'when i sit too long']);

export function patternPhrases(): Record<PainPattern, readonly string[]> {
  const out = {} as Record<PainPattern, string[]>;
  for (const [id, a] of Object.entries(ACTIVITIES) as [Exclude<PainPattern, 'varies'>, Activity][]) {
    const leadsForVerbs = id === 'stress' ? CLAUSE_LEADS : VERB_LEADS;
    out[id] = [
      ...(a.gerunds ?? []).flatMap((g) => GERUND_LEADS.map((l) => l + g)),
      ...(a.nouns ?? []).flatMap((n) => NOUN_LEADS.map((l) => l + n)),
      ...(a.verbs ?? []).flatMap((v) => leadsForVerbs.map((l) => l + v)),
    ].filter((p) => !HELD_OUT.has(p));
  }
  out.varies = [...VARIES];
  return out;
}
