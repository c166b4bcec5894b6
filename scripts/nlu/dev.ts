// DEVELOPMENT SET for tuning the NLU (npm run nlu -- --dev). Written fresh for
// tuning, separate from the held-out evaluation set tests/nlu/en.ts, which is
// only ever scored, never read or tuned on. Misses of this set may be read
// (scripts/nlu/dev-results.json); misses of the held-out set may not.
import type { Category, Expected, NluCase, PromptId } from '../../tests/nlu/types';

type Kind = 'redFlag' | 'urgent' | 'lasting' | 'stopSymptom' | 'hurts' | 'harmless';
const c = (text: string, prompt: PromptId, expect: Expected, category: Category, locale?: string): NluCase =>
  locale ? { text, prompt, expect, category, locale } : { text, prompt, expect, category };

const flag = (kind: Kind, prompt: PromptId, texts: readonly string[]) => texts.map((t) => c(t, prompt, { safety: kind }, 'redFlag'));
const alike = (prompt: PromptId, texts: readonly string[]) => texts.map((t) => c(t, prompt, { safety: 'harmless' }, 'lookAlike'));
const answer = (event: 'yes' | 'no' | 'notSure', prompt: PromptId, texts: readonly string[]) => texts.map((t) => c(t, prompt, { event }, 'yesNo'));
const num = (prompt: PromptId, pairs: readonly [string, number][]) => pairs.map(([t, value]) => c(t, prompt, { event: 'number', value }, 'numbers'));
type Pattern = 'sitting' | 'bending' | 'morning' | 'workout' | 'stress' | 'varies';
const pat = (value: Pattern, texts: readonly string[]) => texts.map((t) => c(t, 'pattern', { event: 'pattern', value }, 'patterns'));
type Nav = 'next' | 'previous' | 'repeat' | 'pause' | 'resume' | 'skip' | 'startOver' | 'help' | 'howTo' | 'why' | 'progress' | 'deleteData' | 'stop';
const nav = (event: Nav, prompt: PromptId, texts: readonly string[], category: Category = 'navigation') =>
  texts.map((t) => c(t, prompt, { event }, category));

export const DEV_CASES: readonly NluCase[] = [
  // --- Red flags in everyday words, at every kind of prompt ---
  ...flag('redFlag', 'routine', [
    'um my privates feel numb', "there's no feeling around my crotch", 'so my backside has gone completely numb',
    'numb between the legs', 'I think my groin is going numb', 'pins and needles in my crotch',
    "okay so I can't really feel down below", 'tingling around my inner thighs', 'my bottom feels dead',
    'honestly my saddle area feels tingly', 'both my legs have gone weak', 'my legs just went from under me',
    "I can't stand up properly anymore", 'walking has become really difficult', 'I keep wetting myself when I stand up',
    "I've been leaking when I cough", "I couldn't hold my wee", 'I had an accident and wet my trousers',
    'my chest feels tight and heavy', 'there is a crushing pain in my chest', "I can't get my breath",
    'I slipped on the stairs yesterday', 'I fell off my bike last week', 'someone rear ended my car',
    'both feet are numb', 'numbness in both legs', 'my legs keep buckling under me',
  ]),
  ...flag('redFlag', 'inPosition', [
    'wait my bum is numb', 'hold on I cannot feel my bottom', 'my genitals feel numb', 'I tripped and fell on the ice',
    "my legs won't hold me up", 'I had a bad fall this morning', 'my chest hurts when I lie down',
  ]),
  ...flag('redFlag', 'painNow', [
    'I peed myself a bit earlier', 'I had a car accident on Monday', 'my crotch is tingling',
    "I haven't been able to pee since yesterday", 'I can hardly walk at all',
  ]),
  ...flag('redFlag', 'pattern', ['I fell down some steps', 'since I came off my motorbike', 'my inner thighs have gone numb']),
  ...flag('redFlag', 'preview', ["I'm getting chest pains", 'pins and needles between my legs', "I can't feel my legs"]),
  ...flag('urgent', 'routine', [
    "I've been feeling shivery and hot", 'I think I have a temperature', "I've dropped a lot of weight and I'm not dieting",
    'the pain keeps me up all night and nothing helps', 'I get night sweats and chills', 'I used to inject heroin',
  ]),
  ...flag('urgent', 'painNow', ["I've had a high fever since Sunday", 'I feel awful and feverish']),
  ...flag('lasting', 'routine', ['I was treated for cancer a few years ago', 'I had chemo last year', 'my immune system is weak']),
  ...flag('lasting', 'painNow', ['I had prostate cancer', 'I had a tumour removed']),
  ...flag('stopSymptom', 'routine', [
    "that's a really sharp pain", 'ow a stabbing pain', 'it sends a shock down my leg', 'the pain is shooting into my calf',
    'I felt something sharp in my back', 'it zings down my leg',
  ]),
  ...flag('stopSymptom', 'inPosition', ['a sharp pain shot through my back', 'it shoots down to my foot']),
  // --- Harmless look-alikes ---
  ...alike('routine', [
    'my glutes are on fire', 'my bum muscles are burning', 'phew my legs are tired', 'I nearly fell asleep',
    'I can feel it in my backside', "I can't feel my glutes doing anything", 'my thighs are shaking',
    "I'm a bit out of breath", 'my hamstrings feel really tight', 'I can feel the stretch in my groin',
    "my legs feel like jelly after that", 'I almost fell over laughing', "I'm sweating a lot",
    'my butt is burning in a good way', 'my hip flexors are stretched', 'I feel the burn in my bum',
    "I can't feel the stretch much", 'my legs are knackered', 'my core is shaking',
  ]),
  ...alike('inPosition', ['I can feel it working in my glutes', 'my foot fell asleep while I was sitting', "I'm a little breathless"]),
  ...alike('painNow', ['my legs are just tired from running']),
  // --- Yes, no, not sure at yes/no prompts ---
  ...answer('yes', 'triage', [
    'um yes', 'yes I have actually', 'yeah I think I have', 'yes unfortunately', 'yeah a little', 'uh yeah',
    'yes I do have that', 'I have yes', 'yeah that happens', 'yes that does happen',
  ]),
  ...answer('no', 'triage', [
    'um no', 'no no not at all', 'nope never', 'no none of that', 'nothing like that no', 'no I have not',
    "honestly no", 'no I never have', "no I don't think so", 'none of that applies', "no that doesn't happen",
    'nah none of those', 'no to all of that', 'none of it', "I haven't had anything like that",
  ]),
  ...answer('notSure', 'triage', ["um I'm not sure", 'I really am not sure', "I'm honestly not sure", 'I have no clue', 'maybe a little bit']),
  ...answer('yes', 'age', ["yes I'm over sixteen", 'yes I am yeah', 'yeah I am an adult', 'of course I am']),
  ...answer('no', 'age', ["no I'm not sixteen", 'not yet no']),
  ...answer('yes', 'belowKnee', ['yes it goes down to my ankle', 'yeah it does go down', 'it does sometimes']),
  ...answer('no', 'belowKnee', ['no it stays in my back', 'no just my lower back', 'no it stops at my bum']),
  ...answer('yes', 'clearance', ['yes my doctor said it was fine', 'yes the doctor cleared me']),
  ...answer('no', 'clearance', ["no I haven't seen a doctor", 'no not yet']),
  ...answer('yes', 'consent', ['yes you can', 'sure go ahead', 'yes please remember them']),
  ...answer('no', 'consent', ["no I'd rather you didn't", 'no thanks please don\'t']),
  ...answer('no', 'recheck', ['no nothing new since then', "no everything's the same", 'nope all the same as last time']),
  ...answer('yes', 'sharpCheck', ['yes it was sharp', 'yeah it went down my leg']),
  ...answer('no', 'sharpCheck', ["no it's just sore", 'no more of an ache', 'no just a dull ache']),
  c("um I'm thirty two", 'age', { event: 'age', value: 32 }, 'yesNo'),
  c('I am forty five', 'age', { event: 'age', value: 45 }, 'yesNo'),
  c("yeah I'm 27 so yes", 'age', { event: 'age', value: 27 }, 'yesNo'),
  c("I'm fifty this year", 'age', { event: 'age', value: 50 }, 'yesNo'),
  c('thirty nine years', 'age', { event: 'age', value: 39 }, 'yesNo'),
  c("I'm only fifteen actually", 'age', { event: 'age', value: 15 }, 'yesNo'),
  // "None" and zero at a yes/no prompt are a no.
  c('zero of those', 'triage', { event: 'no' }, 'yesNo'),
  // --- Numbers ---
  ...num('painNow', [
    ['um a four', 4], ['maybe like a six', 6], ['I guess a two really', 2], ["it's probably a five today", 5], ['five or six', 6],
    ['between two and three', 3], ['um about a seven', 7], ['I would say maybe three', 3], ['a three or so today', 3],
    ['honestly about a four', 4], ['a zero really', 0], ['nothing really', 0], ["there's no pain at the moment", 0],
    ["it's only a one", 1], ['six out of ten maybe', 6], ['a low two', 2], ["I'd put it at a five", 5],
    ["it's an eight", 8], ['probably four or five', 5], ['eight or nine', 9], ['currently a three', 3], ['well a two', 2],
    ['solid six', 6], ['a four today I think', 4], ["it's a two at most", 2],
  ]),
  ...num('painAfter', [
    ['about the same a three', 3], ['down to a two now', 2], ['maybe one', 1], ['still a four', 4], ['no pain now at all', 0],
    ['a bit better maybe a three', 3], ['two or three', 3], ["it's a five now I'd say", 5], ['zero now', 0], ['it went up to a six', 6],
  ]),
  // --- Pain patterns ---
  ...pat('sitting', ['after a long car journey', 'mostly when I sit at work', 'sitting at my desk all day', 'um after sitting',
    'when I drive for a long time', 'after a day at the office', 'sitting for hours', 'on long car rides']),
  ...pat('bending', ['when I lift heavy things', 'bending to pick stuff up', 'when I pick up my son', 'lifting the laundry basket',
    'um mostly bending over', 'when I bend down to tie my shoelaces', 'after carrying heavy bags']),
  ...pat('morning', ['right when I wake up', 'first thing in the day', 'in the morning when I get up', 'mornings are the worst', 'after a night in bed mostly', 'when I get out of bed in the morning']),
  ...pat('workout', ['during my gym sessions', 'after a run', 'when I work out hard', 'after lifting at the gym', 'during exercise mostly', 'after playing tennis']),
  ...pat('stress', ["when I'm stressed at work", 'after a stressful week mostly', 'when things are stressful', "when I'm under a lot of stress"]),
  ...pat('varies', ['it kind of varies', 'all of the time', 'no real pattern', 'honestly it varies', 'all of them really', 'it depends on the day']),
  // --- Navigation ---
  ...nav('next', 'routine', ['okay then next', 'done next', 'um next', "I'm done with that", 'finished that set', "ok that's done", 'next one please', 'right next']),
  ...nav('next', 'inPosition', ["okay I'm ready", "yep I'm in position", "alright I'm set", 'ready when you are', "okay I'm in place", "I'm ready to go", 'um ready']),
  ...nav('next', 'preview', ["let's start then", "okay let's begin", 'sounds good let\'s go', 'yes let\'s do it', 'okay go ahead']),
  ...nav('next', 'hurtsChoice', ['carry on with the next set', 'carry on gently', 'keep going with it']),
  ...nav('skip', 'hurtsChoice', ['skip this exercise please', 'skip it please', "let's skip it"]),
  ...nav('stop', 'hurtsChoice', ['stop for today', "let's stop for today", "I'll stop now"]),
  ...nav('previous', 'routine', ['go back please', 'the previous one', 'back to the last one', 'can we do the previous exercise']),
  ...nav('repeat', 'routine', ['say again', 'can you say that again please', 'repeat that please', 'sorry can you repeat', 'what did you just say', 'once more please']),
  ...nav('pause', 'routine', ['pause please', 'hold on a sec', 'wait a moment', 'can we pause', 'give me a sec', 'one second please']),
  ...nav('resume', 'routine', ["ok I'm back now", 'resume please', "let's carry on now"]),
  ...nav('startOver', 'routine', ['start again please', "let's start from the beginning", 'start the whole thing over']),
  ...nav('help', 'routine', ['help please', 'what can I say here', 'I need some help']),
  c('a short one please', 'preview', { event: 'length', value: 'quick' }, 'navigation'),
  c('the quick one', 'preview', { event: 'length', value: 'quick' }, 'navigation'),
  c("let's do the full one", 'preview', { event: 'length', value: 'full' }, 'navigation'),
  c('um the whole routine please', 'preview', { event: 'length', value: 'full' }, 'navigation'),
  c('just a short session today', 'preview', { event: 'length', value: 'quick' }, 'navigation'),
  // --- Other ---
  ...nav('howTo', 'inPosition', ['how do I do that one', 'how does this one go', 'remind me how to do it', 'what do I do', 'how should I stand', 'tell me how to do this'], 'other'),
  ...nav('why', 'routine', ['why are we doing this one', 'what is this one for', 'why is this good', 'how is this helping'], 'other'),
  ...nav('stop', 'routine', ["I'm done for the day", 'stop please', "let's call it a day", 'I want to stop now', 'end it here'], 'other'),
  ...nav('progress', 'routine', ['how am I doing so far', 'what week is this', 'how many sessions have I done so far'], 'other'),
  ...nav('deleteData', 'routine', ['delete all my data', 'please forget me', 'erase all my progress'], 'other'),
  ...flag('hurts', 'routine', ['ouch that is sore', 'ow that hurt', 'this one hurts', "that's really sore", 'that hurts a bit']).map((x) => ({ ...x, category: 'other' as const })),
  // --- Locale extras ---
  c('my bum has gone numb', 'routine', { safety: 'redFlag' }, 'redFlag', 'en-GB'),
  c("I can't feel my bum at all", 'inPosition', { safety: 'redFlag' }, 'redFlag', 'en-AU'),
  c('I wee myself sometimes now', 'routine', { safety: 'redFlag' }, 'redFlag', 'en-GB'),
  c('yeah nah mate', 'triage', { event: 'no' }, 'yesNo', 'en-AU'),
  c('nah yeah I have', 'triage', { event: 'yes' }, 'yesNo', 'en-AU'),
  c("I'm feeling a bit crook", 'routine', { safety: 'urgent' }, 'redFlag', 'en-AU'),
  c('I am having fever since two days', 'routine', { safety: 'urgent' }, 'redFlag', 'en-IN'),
  c('kindly say that again', 'routine', { event: 'repeat' }, 'navigation', 'en-IN'),
  c('hang about a second', 'routine', { event: 'pause' }, 'navigation', 'en-GB'),
];
