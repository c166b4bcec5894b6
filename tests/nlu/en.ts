// The English held-out evaluation set: what 25 to 45 year olds with a sore back
// actually say to a speaker, tagged with the prompt it answers and what the
// coach should understand. Written fresh; none of it is a sample of the model
// (heldout.test.ts checks), and most of it is deliberately not the canonical
// phrasing, because that is what a held-out set is for.
//
// Texts are written the way people type or the way Alexa transcribes them
// (lowercase, numbers as words or digits); both appear on purpose.
import type { Category, Expected, NluCase, PromptId } from './types';
import { age, cmd, HARMLESS, HURTS, LASTING, NO, NOT_SURE, num, pattern, RED, STOP, URGENT, YES } from './expect';

/** A text, or [text, locale (undefined: every locale), note]. */
type Line = string | readonly [text: string, locale: string | undefined, note?: string];

function group(category: Category, prompt: PromptId, expect: Expected, lines: readonly Line[]): NluCase[] {
  return lines.map((line) => {
    if (typeof line === 'string') return { text: line, prompt, expect, category };
    const [text, locale, note] = line;
    return { text, prompt, expect, category, ...(locale ? { locale } : {}), ...(note ? { note } : {}) };
  });
}


const ONE_LEG = 'one leg or both is unclear: the confirming question (legs) is the right reading';
const SLIPPED = 'a slip may or may not be a fall: the confirming question (fall) is the right reading';

// ---------------------------------------------------------------- red flags
const SADDLE = group('redFlag', 'routine', RED, [
  "um i've actually got numbness in my groin",
  "my groin's gone a bit numb",
  "there's this weird tingling down there",
  "okay so i can't really feel anything down there",
  "it's gone numb between my legs",
  'my privates feel numb',
  'to be honest my crotch has been tingling since yesterday',
  ["i've got pins and needles round my bum", 'en-GB'],
  ["my bum's gone completely numb", 'en-GB'],
  ['my butt feels totally numb', 'en-US'],
  ['my butt cheeks are tingling', 'en-US'],
  ['numb bum, like properly numb', 'en-AU'],
  'the inside of my thighs feel numb',
  'my inner thighs have gone all tingly',
  "there's no feeling round my backside",
  "i can't feel my backside properly",
  'it feels dead down below',
  "i've lost the feeling down there since this morning",
  'kind of numb in my saddle area',
  'my bottom feels numb when i sit on the loo',
  ["it's numb when i wipe", undefined, 'a classic description of saddle numbness; no area named (ambiguous saddle is fine)'],
  'pins and needles in my groin area',
  "there's numbness in my genitals",
  'numb around my private parts',
  ['i have got no sensation in my bottom', 'en-IN'],
  'i cant feel my bum at all',
  'my crotch feels numb and weird',
]);

const SADDLE_TRIAGE = group('redFlag', 'triage', RED, [
  'yes my groin is a bit numb',
  "yeah there's some tingling down below",
  'actually yes my bum has been numb',
]);

const BLADDER = group('redFlag', 'routine', RED, [
  ["i had a little accident, didn't make it to the loo", 'en-GB'],
  "i've wet myself twice today",
  "i can't seem to pee properly",
  ["i've been having trouble weeing", 'en-GB'],
  'i peed a bit without realising',
  "i've lost control of my bladder a bit",
  "i can't hold my wee anymore",
  'i keep leaking when i stand up',
  'i pooed myself this morning',
  "i'm struggling to pee, nothing comes out",
  "i haven't been able to pee since last night",
  "my bowels have gone funny and i can't control them",
  "i think i've become incontinent",
  ["i can't feel when i need a wee", 'en-GB'],
  ['i am having problems passing urine', 'en-IN'],
  'i soiled myself earlier',
  "i can't tell when i need to go any more",
  ["i've had a couple of bladder accidents", 'en-US'],
  'i wet the bed last night',
]);

const BLADDER_TRIAGE = group('redFlag', 'triage', RED, [
  "yes i've had trouble peeing",
  'um yeah i did wet myself once',
]);

const LEGS = group('redFlag', 'routine', RED, [
  'both my legs have gone weak',
  'my legs feel really weak and wobbly',
  'my legs just gave out on me',
  'my legs keep buckling',
  'my knees keep giving way',
  'i can barely walk today',
  "i'm really struggling to walk today",
  "i can't walk properly since this morning",
  "i can't put any weight on my legs",
  "my legs won't hold me up",
  "i can't feel either of my legs",
  'both my feet are numb',
  'tingling in both legs now',
  'numbness down both my legs',
  ['my left leg is tingling now', undefined, ONE_LEG],
  ['um my leg is numb', undefined, ONE_LEG],
  ["my right foot's gone numb", undefined, ONE_LEG],
  'my foot keeps dragging when i walk',
  "my leg's getting weaker and weaker",
  ["i can't lift my foot up properly", undefined, 'a foot drop'],
  'my legs feel heavy and numb',
  'pins and needles in my feet, both of them',
  ["i can't stand up straight, my legs won't work", undefined, 'two signs'],
  ["i'm not able to walk properly", 'en-IN'],
  ["i'm finding it hard to walk", 'en-GB'],
  ['my thighs have both gone numb', undefined],
]);

const FALLS = group('redFlag', 'routine', RED, [
  'i fell off a ladder last week',
  'i had a nasty fall on the stairs',
  'i slipped in the shower and landed on my back',
  'i came off my bike on sunday',
  'i took a tumble yesterday',
  'i fell over playing football',
  'someone rear ended me on the way home',
  'i was in a car accident on friday',
  'i fell down the stairs at work',
  'i slipped on the ice and went down hard',
  'i landed on my tailbone',
  'i fell backwards off a chair',
  ['we had a crash on the motorway', 'en-GB'],
  ['i stacked it on my bike', 'en-AU'],
  'i had a bad fall last night',
  'i tripped and fell on the pavement',
  ['oh i slipped', undefined, SLIPPED],
  "i fell, that's when the pain started",
  "my back's been bad since i fell off my horse",
  ["i was in a wreck last month", 'en-US'],
  ["i've had a fall recently", 'en-GB'],
]);

const FALLS_TRIAGE = group('redFlag', 'triage', RED, [
  'yes i fell on some ice',
  'yeah it started after a car crash',
  'yes i had a fall',
]);

const CHEST = group('redFlag', 'routine', RED, [
  "i've got this tightness in my chest",
  'my chest feels tight and heavy',
  "there's a crushing feeling in my chest",
  'um pain in my chest',
  'my chest is really hurting',
  "i'm struggling to breathe a bit",
  "i can't catch my breath and my chest hurts",
  'my chest hurts when i breathe in',
  "i'm finding it hard to breathe",
  'chest pains, quite bad',
  "i'm getting chest pain",
  "i think i'm having a heart attack",
  ['i am having pain in chest', 'en-IN'],
  "i can't get my breath properly",
  "there's a lot of pressure on my chest",
  ['my chest is tight from the stretch', undefined, 'chest tightness blamed on a stretch: ambiguous (chest) is the right reading'],
]);

const URGENT_SIGNS = group('redFlag', 'routine', URGENT, [
  "i've been running a temperature",
  'i think i have a fever',
  "i've been really feverish",
  ["i've got a temperature and the shivers", 'en-GB'],
  ['i am having fever since yesterday', 'en-IN'],
  ['i am having high fever', 'en-IN'],
  "i've had chills all day",
  "i'm hot and cold all the time",
  "i've been getting night sweats",
  ["i've got the flu and my back's bad", undefined],
  'i feel properly ill',
  ["i'm feeling really poorly", 'en-GB'],
  ["i've been feeling a bit crook", 'en-AU'],
  ["i'm feeling under the weather", undefined],
  'i feel sick and shivery',
  "i haven't been feeling well",
  'i feel awful today',
  ["i've lost a lot of weight and i'm not dieting", undefined],
  "i've dropped about five kilos without trying",
  'i keep losing weight for no reason',
  "i've lost loads of weight and i don't know why",
  ["my clothes are falling off me and i haven't been trying", undefined],
  'it keeps me awake at night and nothing helps the pain',
  'the pain is there all night even when i lie still',
  "it's worse at night and resting doesn't help",
  'the pain never goes away even lying down',
  'the pain wakes me every night',
  "i can't sleep because of the pain, it's constant",
  "i've got osteoporosis and i knocked my back on the door",
  "i'm on prednisolone and i bumped my back",
  'i have brittle bones and i banged my spine',
  'i take steroid tablets and i knocked my back last week',
  'i used to inject heroin',
  "i've injected drugs before",
  'i share needles sometimes',
  'i use iv drugs',
  ['i feel feverish and achy all over', undefined],
  ["i'm feeling really run down and ill", undefined],
]);

const URGENT_TRIAGE = group('redFlag', 'triage', URGENT, [
  'yes i have had a temperature',
  'yeah i feel really unwell actually',
  "yes i've lost weight without trying",
]);

const LASTING_ITEMS = group('redFlag', 'triage', LASTING, [
  'i had cancer a few years back',
  'i was treated for breast cancer',
  ["i've had chemo", undefined],
  "i'm in remission from lymphoma",
  'i had a tumour removed last year',
  'i had radiotherapy for prostate cancer',
  "i'm immunocompromised",
  "i'm on immunosuppressants after my transplant",
  'i have hiv',
  "i've got a weakened immune system",
  ["i'm on methotrexate", undefined, 'an immune-suppressing drug'],
  'yes i had cancer when i was younger',
]);

const RED_MIDDLE = group('redFlag', 'inPosition', RED, [
  'hang on my legs have gone numb',
  'wait i just slipped and fell',
  'hold on my groin is tingling',
]);
const RED_SHARP = group('redFlag', 'sharpCheck', RED, [
  'no but i cant feel my bum',
  'not really but i peed myself a bit',
]);
const RED_PAIN = group('redFlag', 'painNow', RED, [
  "it's an eight and my legs are numb",
  "like a 6 but i can't feel down there",
]);
const RED_RECHECK = group('redFlag', 'recheck', RED, [
  "yeah i've had a fall since last time",
  "yes my bladder's been a bit weird and i can't hold it",
]);

// ---------------------------------------------------------------- look-alikes
const LOOK_ALIKES = group('lookAlike', 'routine', HARMLESS, [
  'my legs are so tired',
  'my legs feel like jelly',
  'my legs are shaking',
  ['my legs are absolutely knackered', 'en-GB'],
  'my thighs are burning',
  'my glutes are on fire',
  ["my bum's burning after those bridges", 'en-GB'],
  ['my butt is burning from the bridges', 'en-US'],
  'i can really feel it in my bum',
  'i can feel it in my glutes now',
  "i can't feel my glutes working",
  "i can't really feel it in my glutes",
  "i can't feel the stretch",
  "i can't feel much in my hips",
  'i fell asleep on the couch last night',
  'i nearly fell asleep in pigeon',
  'i fell behind with my sessions',
  "i've fallen a bit behind",
  "i'm totally falling for this program",
  'i fell off the wagon last week',
  'i fell out of the habit',
  'it slipped my mind yesterday',
  'the band slipped off my knees',
  'my phone fell off the table',
  'the mat slipped a bit',
  'i had a slipped disc years ago',
  'i can feel the stretch in my groin',
  'my groin feels a bit tight in this one',
  ['hang on i need a wee', 'en-GB'],
  ['hold on i need the bathroom', 'en-US'],
  "phew i'm out of breath",
  ["i'm puffed out mate", 'en-AU'],
  "i'm breathing really hard",
  'i feel the stretch across my chest',
  'my chest is opening up nicely',
  'my hips are so tight',
  'my hamstrings are really tight',
  'my mum had breast cancer',
  'my dad had a fall last week',
  "i'm trying to lose weight",
  "i've lost a bit of weight on my diet",
  "i'm sick of sitting all day",
  "i'm sick and tired of this back",
  "i'm sweating loads",
  'i usually train at night',
  'i walked a lot today and my legs are heavy',
  'my kid fell off the sofa',
  'no numbness or tingling anywhere',
  "i haven't had any falls",
  "i've never wet myself",
  "i don't have a fever",
  'not numb, just really tired',
  'the pins and needles are in my hand from lying on it',
  ["my arm's gone dead from lying on it", undefined],
  ['the fall weather makes my back stiff', 'en-US', '"fall" is the season'],
  "i'm going to fall asleep in this stretch",
  'the weight slipped out of my hand',
  'my grip slipped on the band',
  'i crashed on the sofa after work',
  'i had an injection in my back last month',
  'i take insulin injections',
  ['i had a flu jab yesterday', 'en-GB'],
  'my immune system is fine',
  "i've got a weak core",
  'my glutes are weak',
  "i'm a bit stiff this morning",
  'the bottom of my foot feels tight',
  "i'm leaking sweat everywhere",
  "my water bottle's leaking",
  ["i can't say i've had a fall", undefined, 'negation with its scope'],
  'nope, no falls or anything',
  "i didn't fall, i just sat down too fast",
]);

const LOOK_ALIKE_PAIN = group('lookAlike', 'routine', HURTS, [
  'ooh my hamstrings',
  "ooh that's tender",
  'that pinches a bit',
  'it aches in my lower back',
  'my groin is a bit sore in this stretch',
  'my bum is sore from the bridges',
  "it hurts a little but it's fine",
  'ow my hip',
  "that's a bit uncomfortable",
  "my glutes are sore from yesterday's session",
  ['my legs are crook after that', 'en-AU', 'en-AU "crook" is ill or bad: here bad legs, so plain pain (relabelled from harmless)'],
]);

// ---------------------------------------------------------------- yes / no
const YES_NO = [
  ...group('yesNo', 'triage', NO, [
    'um nothing like that', 'none of those, no', 'definitely not, no', 'no, not at all thankfully', "um i don't think so", 'nope none of those',
    'nah nothing like that', 'um no', 'okay so no', 'to be honest no', 'not really no',
    ['yeah nah, all good', 'en-AU'], ['yeah nah mate', 'en-AU'], ['nah not at all', 'en-AU'], ['no i am not having any of these', 'en-IN'],
    'no i have not had that', 'nope not me', 'not lately no', "i'd say no", 'no no',
  ]),
  ...group('yesNo', 'triage', YES, [
    'yeah i am unfortunately', 'yeah i do actually', 'yes i have, once', 'um yes', 'yes unfortunately', 'yeah a bit sometimes',     ['nah yeah a little', 'en-AU', 'en-AU: yes'], 'yes sometimes', 'uh huh yeah', 'oh yeah definitely',
    ['yes i am having that', 'en-IN'], 'i do yeah', 'yeah actually', 'yes i did once',
  ]),
  ...group('yesNo', 'triage', NOT_SURE, [
    "i'm honestly not sure", 'maybe, not sure', 'um not sure', "i don't really know", 'possibly, hard to tell', 'hard to say really',
    "i can't remember to be honest", 'no idea really', 'maybe a little', 'not sure to be honest',
  ]),
  ...group('yesNo', 'recheck', NO, ['nope all the same', 'no nothing new or worse']),
  ...group('yesNo', 'recheck', YES, ['yeah something has changed', 'yes a bit worse']),
  ...group('yesNo', 'clearance', YES, ['yes the doctor said it was fine', 'yeah my gp cleared me', 'yes they said exercise is okay']),
  ...group('yesNo', 'clearance', NO, ["no i haven't seen anyone", 'no not yet']),
  ...group('yesNo', 'clearance', NOT_SURE, ["i can't really remember", 'i think so but not sure']),
  ...group('yesNo', 'belowKnee', YES, ['yes down to my calf sometimes', 'yeah it goes to my foot']),
  ...group('yesNo', 'belowKnee', NO, ['no, only in my back really', 'no it stays in my bum', 'no just my lower back']),
  ...group('yesNo', 'age', YES, ["yes i'm over sixteen", 'yeah way older', 'yep definitely']),
  ...group('yesNo', 'consent', YES, ['yes go ahead', 'sure thing go for it', 'yeah that would be good']),
  ...group('yesNo', 'consent', NO, ["no i'd rather you didn't", 'no thanks not today', "no don't store anything"]),
  ...group('yesNo', 'sharpCheck', NO, ['no just sore', "no it's more of an ache", 'nope, just a bit tender']),
  ...group('yesNo', 'sharpCheck', YES, ["yes it's sharp", 'yeah it goes down my leg']),
];

// ---------------------------------------------------------------- numbers
const NUMBERS = [
  ...group('numbers', 'painNow', num(4), ['um 3 or 4', 'between three and four', 'maybe three or four', 'um four i guess']),
  ...group('numbers', 'painNow', num(3), ["it's like a 3 today", 'a three i guess, maybe', 'three ish', "i'd go with a three", 'probably like a three today']),
  ...group('numbers', 'painNow', num(0), ['none really', 'no pain at all right now', "zero it's fine", 'nothing at the moment']),
  ...group('numbers', 'painNow', num(2), ['two out of ten i think', 'a two maybe', 'only a 2', "it's a two at most", 'low, like a two']),
  ...group('numbers', 'painNow', num(5), ['five i reckon', "i'd say five out of ten", 'about halfway so five', 'four or five probably']),
  ...group('numbers', 'painNow', num(6), ['6 i think', 'six-ish today', 'a six, it is a bad day', 'five or six honestly']),
  ...group('numbers', 'painNow', num(7), ['a seven i would say', 'honestly a seven', 'it feels like a seven today', 'seven out of ten maybe']),
  ...group('numbers', 'painNow', num(8), ['eight i reckon', 'an eight, easily', 'seven or eight today', "it's about an eight"]),
  ...group('numbers', 'painNow', num(1), ['one really', 'just a one', 'a one, barely anything']),
  ...group('numbers', 'painNow', num(10), ['ten, the worst', "it's a ten, it's awful"]),
  ...group('numbers', 'painAfter', num(2), ['two now']),
  ...group('numbers', 'painAfter', num(3), ['still a three', 'about the same, three']),
  ...group('numbers', 'painAfter', num(1), ['feels like a one now']),
  ...group('numbers', 'painAfter', num(0), ["no pain now, it's gone", 'zero now']),
  ...group('numbers', 'painAfter', num(4), ['went up to a four', 'four maybe']),
  ...group('numbers', 'age', age(29), ['29 years', 'twenty nine this year']),
  ...group('numbers', 'age', age(42), ["i'm forty two, so yes", '42 this year']),
  ...group('numbers', 'age', age(15), ['fifteen and a half']),
  ...group('numbers', 'age', age(33), [['i am 33 years', 'en-IN']]),
  ...group('numbers', 'age', age(26), ['turned 26 last month']),
];

// ---------------------------------------------------------------- patterns
const PATTERNS = [
  ...group('patterns', 'pattern', pattern('bending'), [
    'um when bending or lifting', 'bending or lifting mainly', 'when i bend down to pick stuff up', 'mostly when lifting the kids',
    'whenever i pick something up', 'usually bending over the sink', 'um when i lift things at work', 'when i do deadlifts at the gym',
  ]),
  ...group('patterns', 'pattern', pattern('sitting'), [
    'after sitting or driving i guess', 'sitting or driving mostly', 'sitting in meetings all day',
    'mainly after driving for work', 'when i sit too long', 'at work sitting at the computer',
    ['after sitting in the car on the school run', 'en-GB'],
  ]),
  ...group('patterns', 'pattern', pattern('morning'), [
    'first thing in the morning mostly', 'mornings mostly', "it's always worst when i wake up",
    'right after getting out of bed', 'early morning', ['in the morning when i get up', 'en-IN'],
  ]),
  ...group('patterns', 'pattern', pattern('workout'), [
    'during workouts usually', 'when i go for a run',     'during my training', 'after a big session at the gym',
  ]),
  ...group('patterns', 'pattern', pattern('stress'), [
    'after a really stressful week', 'when work gets stressful', "when i'm stressed at work", 'stressful weeks mostly',
    'when life gets busy and stressful', "when i'm really anxious",
  ]),
  ...group('patterns', 'pattern', pattern('varies'), [
    'all of them really', 'um all of those', 'it really varies', 'no real pattern', 'kind of random',
    "i can't really say, it changes", 'honestly anytime', 'a mix of all of those', 'it depends on the day',
  ]),
];

// ---------------------------------------------------------------- navigation
const NAVIGATION = [
  ...group('navigation', 'inPosition', cmd('next'), [
    'go ahead then', 'got it thanks', 'alright coach', 'okay go ahead', 'ok got it', 'alright then', 'i am in position now', "yep i'm there",
    'okay ready now', 'sorted', ['right, ready', 'en-GB'], ['ready mate', 'en-AU'], 'all right let us go', 'go on, ready',
  ]),
  ...group('navigation', 'routine', cmd('next'), [
    'keep going then', 'next set please', 'that set is done', 'finished that one', "okay what's after this",
    'move on please', 'onto the next one', 'next exercise please', "okay i'm done with that", 'go on then', 'um next',
  ]),
  ...group('navigation', 'preview', cmd('next'), ['sounds good let us start', 'okay start']),
  ...group('navigation', 'preview', { event: 'length', value: 'quick' }, [
    'um a quick one', 'just a quick one today', 'the short version please', "i'm short on time, quick one", 'quick session please',
    'can we do a short one',
  ]),
  ...group('navigation', 'preview', { event: 'length', value: 'full' }, [
    'the full routine please', 'give me the full routine', "let's do the whole thing", 'the long one please', 'full session today',
    'all of it please',
  ]),
  ...group('navigation', 'routine', cmd('repeat'), [
    'can you do that again', 'say that once more', 'sorry can you repeat', 'repeat that please',
    ['kindly repeat once again', 'en-IN'], ['come again mate', 'en-AU'], "sorry i didn't hear you",
    'could you say it again',
  ]),
  ...group('navigation', 'routine', cmd('previous'), [
    'go back one please', 'the previous one again', 'can we go back to the last exercise', 'back to the one before',
    'go back to the bridges',
  ]),
  ...group('navigation', 'routine', cmd('pause'), [
    'hang on a minute', 'wait a sec', 'pause please', 'give me a sec', 'hold on a moment', 'can we pause',
    ['hang about a minute', 'en-GB'], 'one second', 'just give me a minute',
  ]),
  ...group('navigation', 'routine', cmd('resume'), [
    "okay i'm back now", 'resume please', "let's keep going now", 'pick it back up', "alright let's carry on",
    'right back to it',
  ]),
  ...group('navigation', 'routine', cmd('skip'), [
    'skip this one please', "i'll pass on this one", 'can we skip it', 'skip that exercise', "let's skip the pigeon",
    'not this one today',
  ]),
  ...group('navigation', 'hurtsChoice', cmd('skip'), ['skip this exercise then', "let's skip it"]),
  ...group('navigation', 'hurtsChoice', cmd('next'), ['carry on with the next set', 'carry on gently']),
  ...group('navigation', 'hurtsChoice', cmd('stop'), ['stop for today', "let's stop for today"]),
  ...group('navigation', 'routine', cmd('startOver'), ['start the session again', 'can we start from the top', "let's restart"]),
  ...group('navigation', 'routine', cmd('stop'), [
    "that's me done for today", "i'm gonna stop there", "let's call it a day", 'stop the session', "ok that's enough",
  ]),
];

// ---------------------------------------------------------------- other
const OTHER = [
  ...group('other', 'inPosition', cmd('howTo'), [
    'how do i get into this one', 'what am i meant to be doing', "i'm not sure how to do this", 'can you explain how',
    'how does this one go', 'what position am i in for this', 'remind me how to do it',
  ]),
  ...group('other', 'routine', cmd('why'), [
    "what's this one good for", 'why are we doing these', 'how is this helping my back', 'what does this one help with',
    'why bridges',
  ]),
  ...group('other', 'routine', cmd('help'), ['what can i ask you', 'help please', "i'm lost", 'what are the options']),
  ...group('other', 'preview', cmd('progress'), [
    "how's my progress going", 'which week is this', "how many sessions have i done so far", 'am i making progress',
  ]),
  ...group('other', 'consent', cmd('deleteData'), ['please delete everything you have on me', 'wipe all my data']),
  ...group('other', 'painAfter', cmd('stop'), ['bye for now', "that's it thanks"]),
  ...group('other', 'routine', STOP, [
    'sharp pain in my back', "it's sharp, really sharp", 'it kind of shoots down my leg', 'ow that was a sharp one', "there's a stabbing pain in my back",
    'it feels like an electric shock down my leg', 'i get a shooting pain into my calf', 'it went right down my leg',
    'pain is going down the back of my thigh', "it's like a knife in my back",
  ]),
  ...group('other', 'sharpCheck', STOP, ['yeah sharp and it goes into my foot', 'it is a shooting pain']),
  ...group('other', 'routine', HURTS, [
    'ouch ouch', "ooh that's sore", 'it hurts a bit there', 'ow ow ow', 'that hurts my back a bit', 'my back is aching',
    "it's a bit painful", 'that one is really sore', ["that's a bit crook", 'en-AU'],
  ]),
];

export const EN_CASES: readonly NluCase[] = [
  ...SADDLE, ...SADDLE_TRIAGE, ...BLADDER, ...BLADDER_TRIAGE, ...LEGS, ...FALLS, ...FALLS_TRIAGE, ...CHEST,
  ...URGENT_SIGNS, ...URGENT_TRIAGE, ...LASTING_ITEMS, ...RED_MIDDLE, ...RED_SHARP, ...RED_PAIN, ...RED_RECHECK,
  ...LOOK_ALIKES, ...LOOK_ALIKE_PAIN, ...YES_NO, ...NUMBERS, ...PATTERNS, ...NAVIGATION, ...OTHER,
];
