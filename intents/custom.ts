// Our own intents and their English samples, shared by every locale.
// Samples are Alexa-valid: lowercase, apostrophes only, numbers as words.
import { NEUTRAL_CARRIERS, PREFIXED_STATEMENTS } from './carriers';
import type { IntentDef } from './types';

export const CUSTOM_INTENTS: readonly IntentDef[] = [
  {
    name: 'NotSureIntent',
    samples: [
      "i'm not sure", 'not sure', 'maybe', "i don't know", "don't know", 'dunno', "i'm not certain", 'no idea',
      'i have no idea', 'hard to say', "it's hard to say", "i can't tell", "i can't remember", "i don't remember",
      'possibly', 'perhaps', 'could be', "it's possible", 'not really sure', "i'm unsure", 'unsure',
      "i'm not sure about that", 'sort of', 'kind of',
    ],
  },
  {
    // A pain score; a range ("3 or 4") fills `upper` too, and the adapter takes the higher end.
    name: 'PainLevelIntent',
    slots: [{ name: 'level', type: 'AMAZON.NUMBER' }, { name: 'upper', type: 'AMAZON.NUMBER' }],
    samples: [
      '{level}', 'a {level}', "it's {level}", "it's a {level}", "it's about {level}", "it's about a {level}",
      'about {level}', 'about a {level}', 'around {level}', 'around a {level}', 'maybe a {level}',
      'probably a {level}', '{level} out of ten', 'about {level} out of ten', "it's {level} out of ten",
      'my pain is {level}', 'my pain is a {level}', 'my pain is about {level}', 'my back is a {level}',
      'my back is at {level}', "i'd say {level}", "i'd say a {level}", "i'd say it's a {level}",
      'pain level {level}', 'level {level}', '{level} today', 'a {level} today', "it's a {level} today",
      "i'm at {level}", "i'm at a {level}", "i think it's a {level}", 'i think {level}',
      "it's like a {level}", 'like a {level}', 'a {level} i guess', '{level} i guess', 'i guess {level}', 'i guess a {level}',
      'probably {level}', 'roughly {level}', 'roughly a {level}', '{level} or so', 'a {level} or so',
      'a solid {level}', 'a good {level}', 'definitely a {level}', "i'd give it a {level}", "i'd rate it {level}",
      "i'd rate it a {level}", 'call it {level}', 'call it a {level}', "let's say {level}", "let's say a {level}",
      'a {level} right now', '{level} right now', "it's at {level}", "it's at a {level}", "it's sitting at {level}",
      "it's around {level}", "it's around a {level}", 'somewhere around {level}', 'i would say {level}',
      "it's {level} now", "it's a {level} now", 'now a {level}', 'now {level}', 'down to {level}', 'down to a {level}',
      'up to {level}', 'up to a {level}', '{level} out of ten today', 'a {level} out of ten', 'like {level}',
      'an {level}', "it's an {level}", 'about an {level}', 'maybe an {level}', "i'd put it at {level}", "i'd put it at a {level}",
      'a low {level}', 'a high {level}', 'a mild {level}', 'still {level}',
      'currently a {level}', 'currently {level}', 'at most a {level}', 'at least a {level}', 'it went up to {level}', 'it went up to a {level}',
      'it went down to {level}', 'it went down to a {level}', "it's gone down to a {level}", "it's gone up to a {level}",
      // Ranges: the higher end counts.
      '{level} or {upper}', 'a {level} or {upper}', '{level} or a {upper}', 'a {level} or a {upper}', '{level} to {upper}',
      'between {level} and {upper}', 'somewhere between {level} and {upper}', 'about {level} or {upper}',
      'maybe {level} or {upper}', "it's {level} or {upper}", "it's a {level} or {upper}", "it's about {level} or {upper}",
      'like a {level} or {upper}', "i'd say {level} or {upper}", '{level} or {upper} out of ten', 'a {level} or {upper} maybe',
      '{level} or {upper} i guess', 'around {level} or {upper}',
    ],
  },
  {
    // "None" and "no pain" answer a pain question with 0 (AMAZON.NUMBER does not hear them as numbers).
    name: 'NoPainIntent',
    samples: [
      'none', 'no pain', 'no pain at all', 'zero pain', "there's no pain", 'there is no pain', 'i have no pain',
      "i've got no pain", "i'm not in pain", "i'm not in any pain", "it doesn't hurt", "it doesn't hurt at all",
      "it doesn't hurt right now", 'pain free', "i'm pain free", 'no pain right now', 'no pain today', 'not hurting at all', "it's not hurting", "it's not hurting at all", 'no pain now',
      "it's fine right now", 'no pain whatsoever', 'totally pain free',
    ],
  },
  {
    // A stated age answers "Are you 16 or older?".
    name: 'AgeIntent',
    slots: [{ name: 'age', type: 'AMAZON.NUMBER' }],
    samples: [
      "i'm {age}", "i'm {age} years old", 'i am {age} years old', '{age} years old', "i'm {age} years of age",
      'i am {age} years of age', 'my age is {age}', "i'm aged {age}", 'aged {age}', 'age {age}',
      "i'm {age} now", 'i just turned {age}', 'i turned {age}',
      "i'm {age} actually", "yes i'm {age}", "yeah i'm {age}", "yes i'm {age} years old",
      "i'm {age} and a half", "i'm only {age}", "i'm just {age}",
    ],
  },
  {
    // Older than a number: "over 16" says 17 or more; "over 12" says too little (intentEvents.ts boundedAge).
    name: 'AgeOverIntent',
    slots: [{ name: 'age', type: 'AMAZON.NUMBER' }],
    samples: [
      "i'm over {age}", 'i am over {age}', "i'm older than {age}", 'i am older than {age}', 'over {age}', 'older than {age}',
      "i'm more than {age}", 'more than {age}', "i'm well over {age}", 'way over {age}', "yeah i'm well over {age}",
      "i'm above {age}", "i'm past {age}", "i'm over {age} years old", "yes i'm older than {age}", "i'm over the age of {age}",
    ],
  },
  {
    // Younger than a number, or not that age yet: "under 16" is a no; "under 18" says too little (boundedAge).
    name: 'AgeUnderIntent',
    slots: [{ name: 'age', type: 'AMAZON.NUMBER' }],
    samples: [
      "i'm under {age}", 'i am under {age}', "i'm younger than {age}", 'i am younger than {age}', 'under {age}', 'younger than {age}',
      "i'm not {age} yet", "i'm not quite {age}", "i'm almost {age}", "i'm nearly {age}", "i'll be {age} soon", "i'll be {age} next year",
      "i'm less than {age}", 'less than {age}', "no i'm under {age}", "i'm below {age}", "i turn {age} next year", "i'm under {age} years old",
    ],
  },
  {
    // "A quick one" / "the full routine", at the preview or one-shot at launch ("ask hip coach for a quick one").
    name: 'LengthIntent',
    slots: [{ name: 'length', type: 'RoutineLengthType' }],
    samples: [
      '{length}', 'for {length}', 'give me {length}', 'i want {length}', 'i want to do {length}', "let's do {length}",
      "i'd like {length}", 'i would like {length}', 'can i have {length}', 'can i do {length}', 'can we do {length}',
      'just {length}', 'do {length}', "i'll take {length}", "i'll do {length}", 'make it {length}', 'start {length}',
      'start me on {length}', 'i only have time for {length}', 'i have time for {length}', "let's go with {length}",
      'go with {length}', 'just {length} today', '{length} today', '{length} please', '{length} today please',
      'i fancy {length}', 'how about {length}', 'do {length} today', 'give me {length} today', 'i need {length}',
    ],
  },
  {
    name: 'PainPatternIntent',
    slots: [{ name: 'pattern', type: 'PainPatternType' }],
    samples: [
      '{pattern}', 'mostly {pattern}', 'mainly {pattern}', 'usually {pattern}', 'normally {pattern}',
      "it's usually {pattern}", 'it hurts {pattern}', 'it hurts most {pattern}', 'it flares up {pattern}',
      'it usually flares up {pattern}', 'it gets worse {pattern}', "it's worse {pattern}", "it's worst {pattern}",
      'it starts {pattern}', 'it comes on {pattern}', 'my back hurts {pattern}', 'my back gets sore {pattern}',
      'it tends to hurt {pattern}', 'i notice it {pattern}', 'it shows up {pattern}', 'it usually shows up {pattern}',
      'it tends to show up {pattern}', 'probably {pattern}', 'definitely {pattern}', 'i guess {pattern}', 'i think {pattern}',
      'i would say {pattern}', "i'd say {pattern}", 'it hurts the most {pattern}', 'it aches {pattern}', 'it aches most {pattern}',
      'mostly it hurts {pattern}', 'especially {pattern}', 'generally {pattern}', 'most of the time {pattern}', 'often {pattern}',
      'always {pattern}', 'it kicks in {pattern}', 'it gets bad {pattern}', 'my back aches {pattern}', 'it bothers me {pattern}',
      'it gets sore {pattern}', "it's bad {pattern}", "it's worse when {pattern}", 'the pain comes {pattern}', 'mostly just {pattern}',
      // Openers the statement carriers also start with: a pattern value after them is still a pattern.
      'it {pattern}', "it's {pattern}", "there's {pattern}", "it's mostly {pattern}", "it's often {pattern}", 'it mostly hurts {pattern}',
      'it usually hurts {pattern}', 'i feel it {pattern}', 'i feel it most {pattern}', 'the worst is {pattern}', 'typically {pattern}',
      'sometimes {pattern}', 'mainly just {pattern}', "i'd say mostly {pattern}", 'it tends to be {pattern}', 'it flares {pattern}',
      'usually just {pattern}', 'mostly when {pattern}', "it's always {pattern}", 'it hurts more {pattern}', 'it gets stiff {pattern}',
      'my back is worst {pattern}', 'my back gets bad {pattern}', 'it aches more {pattern}', 'it seems to be {pattern}',
    ],
  },
  {
    // EMERGENCY signs in everyday words, said at any moment. Two kinds of sample:
    // - body area and sensation as slots ("my {area} is {sensation}"): the adapters rebuild
    //   the words and send them to the engine as a statement, so the safety classifier
    //   (which knows look-alikes and negation) decides: a numb bottom is an emergency,
    //   burning glutes are not;
    // - whole phrases that are a red flag in any words (bladder, walking, falls, chest):
    //   these stay a redFlag event.
    name: 'RedFlagIntent',
    slots: [{ name: 'area', type: 'BodyAreaType' }, { name: 'sensation', type: 'SensationType' }],
    samples: [
      // Area and sensation.
      '{sensation} in my {area}', "i've got {sensation} in my {area}", 'i have {sensation} in my {area}',
      "i'm getting {sensation} in my {area}", 'i feel {sensation} in my {area}', "there's {sensation} in my {area}",
      'some {sensation} in my {area}', 'a bit of {sensation} in my {area}', 'i have some {sensation} in my {area}',
      "i've got some {sensation} in my {area}", 'i noticed {sensation} in my {area}', "i'm feeling {sensation} in my {area}",
      'my {area} is {sensation}', 'my {area} are {sensation}', 'my {area} feels {sensation}', 'my {area} feel {sensation}',
      'my {area} has gone {sensation}', 'my {area} have gone {sensation}', 'my {area} went {sensation}',
      'my {area} is going {sensation}', 'my {area} are going {sensation}', 'my {area} keeps going {sensation}',
      'my {area} is a bit {sensation}', 'my {area} feels a bit {sensation}', 'my {area} is really {sensation}',
      'my {area} feels kind of {sensation}', 'both my {area} are {sensation}', 'both my {area} feel {sensation}',
      'my {area} is all {sensation}',
      '{sensation} around my {area}', '{sensation} down my {area}', 'it {sensation} down my {area}',
      '{sensation} in both {area}', '{sensation} in both my {area}', '{sensation} down both {area}', '{sensation} in the {area}',
      '{sensation} around the {area}', 'both {area} are {sensation}', 'both {area} feel {sensation}', 'the {area} is {sensation}',
      'it goes {sensation} down my {area}', 'a {sensation} down my {area}', "there's a {sensation} down my {area}",
      // "Down there": no slot can hold it next to a sensation, and it is a red flag as it stands.
      'pins and needles down there', 'tingling down there', "it's numb down there", "i'm numb down there", 'numb down there',
      'numbness down there', "i've gone numb down there", 'tingling down below', 'numb down below', 'numbness between my legs',
      "i can't feel anything down there", "i've got no feeling down there", "i've got numbness down there",
      // Area only: no feeling there.
      "i can't feel my {area}", "i can't really feel my {area}", "i can't feel my {area} properly",
      "i've lost feeling in my {area}", 'i have no feeling in my {area}', 'no feeling in my {area}',
      "i can't feel anything in my {area}", "there's no feeling in my {area}", "i've lost all feeling in my {area}",
      // Sensation only.
      '{sensation}', "it's {sensation}", 'it feels {sensation}', 'it is {sensation}', "it's really {sensation}",
      "it's gone {sensation}", 'it went {sensation}', "it's a {sensation}", "i've got a {sensation}", 'a {sensation}',
      // Bladder or bowel.
      "i can't control my bladder", "i can't control my bowels", "i've lost bladder control", "i've lost control of my bladder",
      "i've lost control of my bowels", 'i wet myself', "i've wet myself", 'i peed myself', "i've peed myself", 'i just peed myself',
      'i wet my pants', "i can't pee", "i can't go to the toilet", "i can't go to the bathroom", "i'm having trouble peeing",
      "i'm struggling to pee", "i can't empty my bladder", "i can't hold my pee", "i can't hold it in", "i can't hold it",
      "i'm leaking", "i've been leaking", "i'm leaking pee", 'i had an accident', "i've had an accident", 'i had an accident in my pants',
      'i soiled myself', 'i pooed myself', "i can't feel when i need the toilet", "i can't feel when i need to pee",
      "i can't tell when i need to go", 'i keep wetting myself', "i haven't peed all day",
      // Walking and both legs.
      "i can't walk", "i can't walk properly", 'i can barely walk', 'i can hardly walk', "i'm struggling to walk",
      "i'm having trouble walking", 'walking is really hard', "i can't stand", "i can't stand up", "i can't get up",
      'my legs are giving way', 'my legs keep giving way', 'my legs gave out', 'my legs gave way', 'my leg gave way',
      'my leg keeps giving way', 'my legs are buckling', 'my foot keeps dragging', 'my foot is dragging', "i can't lift my foot",
      'i keep tripping over my foot', 'my leg is getting weaker', 'my legs are getting weaker', 'both legs are weak',
      // A fall, crash or other serious accident.
      'i fell', 'i fell over', 'i fell down', 'i just fell', 'i just fell over', 'i had a fall', "i've had a fall",
      'i slipped', 'i slipped and fell', 'i slipped over', 'i fell down the stairs', 'i fell off a ladder', 'i fell on my back',
      'i took a tumble', 'i had a tumble', 'the pain started after a fall', 'it started after i fell',
      "i'm on steroid tablets and i fell", 'i was in a car crash', 'i was in a car accident', 'i crashed my car',
      'i was in a crash', 'i was hit by a car', 'i got hit by a car', 'i came off my bike', "i've been in an accident",
      'i had a bad accident', 'i was in an accident',
      // Chest and breathing, and anything the user calls an emergency.
      'i have chest pain', "i've got chest pain", 'chest pain', 'my chest hurts', "i can't breathe", "i can't catch my breath",
      "i'm short of breath", "i'm struggling to breathe", "i'm having chest pains", 'i have chest pains',
      'this is an emergency', 'i need an ambulance', 'call an ambulance',
    ],
  },
  {
    // URGENT (triage.md block 2), said at any moment: speak to a doctor today, no exercise.
    // Lasting history items (cancer, a weakened immune system) are not here: said in
    // passing they reach the engine as a statement, whose classifier asks the clearance follow-up.
    name: 'UrgentFlagIntent',
    samples: [
      // Fever, chills, feeling generally unwell.
      "i've got a fever", 'i have a fever', "i'm running a fever", 'i feel feverish', "i'm feverish", 'i have chills', "i've got the chills",
      "i've got a high temperature", 'i have a high temperature', 'i feel really unwell', 'i feel very unwell', 'i feel generally unwell',
      "i'm shivering", "i'm burning up", 'i feel hot and shivery', 'i feel ill', 'i feel sick and feverish',
      // Weight loss without trying.
      "i've been losing weight without trying", "i've lost weight without trying", "i'm losing weight for no reason",
      "i've lost a lot of weight", "i'm losing weight and i don't know why",
      // Constant night pain not eased by rest or position.
      "the pain is worse at night and won't ease", 'it hurts all the time even lying down', 'the pain wakes me up at night',
      "the pain doesn't ease when i rest", 'nothing eases the pain', "it's constant and worse at night", "it never stops hurting",
      // Osteoporosis or long-term steroids with a knock (a fall is RedFlagIntent: block 1 covers any fall).
      "i'm on steroid tablets and i knocked my back", 'i have osteoporosis and i knocked my back',
      'i have brittle bones and i bumped my back',
      // Injected drugs.
      'i inject drugs', 'i use needles for drugs',
    ],
  },
  {
    name: 'HowToIntent',
    samples: [
      'how do i do this', 'how do i do it', 'how do i do that', 'how do i do this exercise', 'show me how',
      'tell me how', 'tell me how to do it', "what's the right form", "what's the correct form",
      "what's the proper form", "what's the technique", 'how should i do this', 'how should i be doing this',
      'explain the exercise', 'explain this exercise', 'describe the exercise', 'walk me through it',
      'talk me through it', 'what am i supposed to do', 'how do i get into position',
      'what position should i be in', 'give me the form cues', 'am i doing it right',
    ],
  },
  {
    name: 'WhyIntent',
    samples: [
      'why does this help', 'why', 'why am i doing this', 'why are we doing this', "what's this for",
      'what is this for', 'what is it for', "what's the point", "what's the point of this", 'why this exercise',
      'why this one', 'how does this help', 'how does this help my back', 'what does this do',
      'what does this exercise do', 'why is this good for my back', 'why do i need to do this',
      "what's the benefit", 'what are the benefits', 'explain why',
    ],
  },
  {
    name: 'HurtsIntent',
    samples: [
      'it hurts', 'that hurts', 'this hurts', 'that really hurts', 'ouch', 'ow', "that's painful",
      'this is painful', "it's painful", 'this is too painful',
      'this is hurting my back', "that's hurting my back", 'my back hurts', "it's hurting", "it's hurting me",
      "i'm in pain", 'the pain is getting worse', "it's making my back worse", 'i felt a twinge', 'i feel pain',
      "that's sore", "it's sore", 'this is sore', 'ow ow', 'ouch that hurts', 'owww', "that's uncomfortable", 'it aches',
      "that's too much", 'this is too much', 'not comfortable', "that doesn't feel good", "that doesn't feel right",
    ],
  },
  {
    // Free words behind a carrier phrase: whatever the user tells us that no other
    // intent covers ("i've got numbness down there", "my leg is tingling"). The text
    // goes to the engine as a statement for its safety classifier; it is never logged.
    // Carriers are first-person statements only, so commands ("i'm ready") keep
    // their own intents: tests/model.test.ts checks this in the simulator.
    name: 'StatementIntent',
    slots: [{ name: 'statement', type: 'AMAZON.SearchQuery' }],
    samples: [
      // Openers whose words the engine needs ("i", "my", "there's") are their own intents (carriers.ts), so
      // the words come back whole. These carriers can be dropped: what follows says it all.
      'ow {statement}', 'ouch {statement}', 'phew {statement}', 'wow {statement}', 'ever since {statement}',
      'some {statement}', 'this morning i {statement}', 'last week i {statement}', 'and {statement}', 'plus {statement}',
      ...NEUTRAL_CARRIERS.map((w) => `${w} {statement}`),
    ],
  },
  {
    name: 'SkipIntent',
    samples: [
      'skip', 'skip it', 'skip this', 'skip that', 'skip this one', 'skip this exercise', "i'll skip this one",
      "let's skip this one", 'can we skip this', 'can we skip this one', "i don't want to do this one",
      "i don't want to do this", "i'd rather not do this one", 'not this one', 'leave this one out', 'pass',
      'give me a different one', 'something else',
    ],
  },
  {
    name: 'ProgressIntent',
    samples: [
      'how am i doing', 'how am i getting on', 'what week am i on', 'which week am i on', 'what week is it',
      'show my progress', 'show me my progress', "what's my progress", 'tell me my progress', "how's my progress",
      'my progress', 'progress report', 'give me a progress report', 'how far along am i',
      'how many sessions have i done', "what's my streak", 'am i improving', 'am i getting better',
      'where am i in the program',
    ],
  },
  {
    name: 'DeleteDataIntent',
    samples: [
      'delete my data', 'forget me', 'forget my data', 'erase my progress', 'erase my data', 'delete my progress',
      'delete my history', 'delete everything', 'erase everything', 'remove my data', 'wipe my data',
      'wipe my progress', 'clear my data', 'clear my history', 'forget everything about me',
      'delete all my information', 'remove everything you know about me', 'i want you to forget me',
      'delete my account',
    ],
  },
  // Statement intents whose carrier the adapters put back (carriers.ts).
  ...PREFIXED_STATEMENTS.map((s): IntentDef => ({ name: s.name, slots: [{ name: 'statement', type: 'AMAZON.SearchQuery' }], samples: s.samples })),
];
