// The engine's safety classifier, as tables of phrases and their readings.
import { describe, expect, it } from 'vitest';
import { classifySafety, readAnswer, type SafetyReading } from '../src/flow/safety';

const kindOf = (text: string): string => {
  const reading: SafetyReading = classifySafety(text);
  if (reading.kind === 'ambiguous') return `ambiguous:${reading.topic}`;
  if (reading.kind === 'lasting') return `lasting:${reading.lasting}`;
  return reading.kind;
};

describe('classifySafety: red flags in everyday words', () => {
  it.each([
    // Saddle area: an area word and a numbness word, in either order.
    ['numbness in my groin', 'redFlag'],
    ["I've got numbness down there", 'redFlag'],
    ['my saddle area is numb', 'redFlag'],
    ['my bum is numb', 'redFlag'],
    ['pins and needles between my legs', 'redFlag'],
    ['my crotch has gone dead', 'redFlag'],
    ['i cant feel my privates', 'redFlag'],
    ['tingling in my inner thighs', 'redFlag'],
    ['my backside feels numb', 'redFlag'],
    ['um okay so my butt is kind of tingly', 'redFlag'],
    ['down below is numb', 'redFlag'],
    ['my bum, it has gone numb', 'redFlag'],
    // Bladder and bowel.
    ['I wet myself', 'redFlag'],
    ['i peed myself a bit', 'redFlag'],
    ["I can't pee", 'redFlag'],
    ['i cant wee', 'redFlag'],
    ["I can't hold it in", 'redFlag'],
    ['I had an accident, like a bladder one', 'redFlag'],
    ["I've been leaking urine", 'redFlag'],
    // Legs.
    ['both legs feel weak', 'redFlag'],
    ['my legs keep giving way', 'redFlag'],
    ["I can't walk", 'redFlag'],
    ["i'm struggling to walk", 'redFlag'],
    ['my legs are numb', 'redFlag'],
    ['my knee gave way', 'redFlag'],
    // Falls and crashes.
    ['I fell', 'redFlag'],
    ['I fell down the stairs yesterday', 'redFlag'],
    ['i was in a car crash last week', 'redFlag'],
    ['I slipped on the ice', 'redFlag'],
    // Chest.
    ['chest pain', 'redFlag'],
    ['my chest feels really tight', 'redFlag'],
    ["i can't breathe", 'redFlag'],
    ['there is pressure in my chest', 'redFlag'],
  ])('%s -> %s', (text, expected) => expect(kindOf(text)).toBe(expected));
});

describe('classifySafety: urgent signs and lasting items', () => {
  it.each([
    ["I've got a fever", 'urgent'],
    ['i am having fever since two days', 'urgent'],
    ['I have the chills', 'urgent'],
    ['i feel really unwell', 'urgent'],
    ['feeling a bit crook today', 'urgent'],
    ["I've lost weight without trying", 'urgent'],
    ['the pain keeps me up at night and nothing eases it', 'urgent'],
    ['i have osteoporosis and i banged my back', 'urgent'],
    ["I'm on steroid tablets and knocked my back", 'urgent'],
    ['I used to inject drugs', 'urgent'],
    ['I had cancer years ago', 'lasting:cancer'],
    ['i had chemo last year', 'lasting:cancer'],
    ['my immune system is weak', 'lasting:immune'],
    ["i'm immunocompromised", 'lasting:immune'],
  ])('%s -> %s', (text, expected) => expect(kindOf(text)).toBe(expected));
});

describe('classifySafety: ambiguous words get one confirming question', () => {
  it.each([
    ['my leg is numb', 'ambiguous:legs'],
    ['my left leg is tingling', 'ambiguous:legs'],
    ['I slipped', 'ambiguous:fall'],
    ['I tripped over the dog', 'ambiguous:fall'],
    ['i nearly fell', 'ambiguous:fall'],
    ['it has gone numb', 'ambiguous:saddle'],
    ['my bum feels weird', 'ambiguous:saddle'],
    ["I'm leaking", 'ambiguous:bladderBowel'],
    ['my chest is tight from the stretch', 'ambiguous:chest'],
    ["I'm a bit short of breath", 'ambiguous:chest'],
    ['I had a fall years ago', 'ambiguous:fall'],
    ['my foot slipped', 'ambiguous:fall'],
  ])('%s -> %s', (text, expected) => expect(kindOf(text)).toBe(expected));
});

describe('classifySafety: the stop rule and plain pain', () => {
  it.each([
    ['sharp pain', 'stopSymptom'],
    ["it's sharp", 'stopSymptom'],
    ['it shoots down my leg', 'stopSymptom'],
    ['pain going down the back of my leg', 'stopSymptom'],
    ['its like an electric shock', 'stopSymptom'],
    ['ouch', 'hurts'],
    ["that's sore", 'hurts'],
    ['it hurts a bit', 'hurts'],
    ['not sharp, just sore', 'hurts'],
    ['my groin hurts a bit in this one', 'hurts'],
  ])('%s -> %s', (text, expected) => expect(kindOf(text)).toBe(expected));
});

describe('classifySafety: harmless look-alikes raise no alarm', () => {
  it.each([
    ['my legs are tired', 'harmless'],
    ['I fell asleep', 'harmless'],
    ['i fell behind on my sessions', 'harmless'],
    ['my glutes are burning', 'harmless'],
    ["I'm falling for this program", 'harmless'],
    ['my bum is burning after those bridges', 'harmless'],
    ['I can feel it in my bum', 'harmless'],
    ["I can't feel my glutes working", 'harmless'],
    ["I can't feel my glutes", 'harmless'],
    ['I can feel the stretch across my chest', 'harmless'],
    ['the band slipped', 'harmless'],
    ['it slipped my mind', 'harmless'],
    ['my mum had cancer', 'harmless'],
    ["I'm trying to lose weight", 'harmless'],
    ['I need a wee', 'harmless'],
    ['I skipped one by accident', 'harmless'],
    ["i'm a bit out of breath", 'harmless'],
    ['I had a slipped disc once', 'harmless'],
    ['last fall my back was bad', 'harmless'],
    ['my legs are shaking like jelly', 'harmless'],
    ['my arm went numb lying on it', 'harmless'],
    ["I'm sick of this exercise", 'harmless'],
  ])('%s -> %s', (text, expected) => expect(kindOf(text)).toBe(expected));
});

describe('classifySafety: negation and its scope', () => {
  it.each([
    ['no numbness', 'harmless'],
    ['no numbness or tingling down there', 'harmless'],
    ["I can't say I've had a fall", 'harmless'],
    ["I haven't fallen", 'harmless'],
    ['not numb, just tired', 'harmless'],
    ['not numb just tired', 'harmless'],
    ["I don't have a fever", 'harmless'],
    ["I've never had cancer", 'harmless'],
    ['no fever but i feel really unwell', 'urgent'],
    ["I didn't fall but my legs are numb", 'redFlag'],
    ['no, my bum is numb', 'redFlag'],
    ['no my bum is numb', 'redFlag'],
    ["I'm not sure if my groin is numb", 'redFlag'],
    ['nothing like that', 'unknown'],
  ])('%s -> %s', (text, expected) => expect(kindOf(text)).toBe(expected));
});

describe('readAnswer', () => {
  it.each([
    ['yes', 'yes'],
    ['yeah I am', 'yes'],
    ['yeah I do', 'yes'],
    ['um yes I have', 'yes'],
    ['nah yeah', 'yes'],
    ['a little bit', 'yes'],
    ['no', 'no'],
    ['nothing like that', 'no'],
    ['none of those', 'no'],
    ['definitely not', 'no'],
    ['no not at all', 'no'],
    ["I don't think so", 'no'],
    ['not that I know of', 'no'],
    ['yeah nah', 'no'],
    ['okay so no', 'no'],
    ['to be honest no', 'no'],
    ['nope, nothing like that', 'no'],
    ["I'm not sure", 'notSure'],
    ['maybe', 'notSure'],
    ['dunno', 'notSure'],
    ["i don't know", 'notSure'],
  ])('%s -> %s', (text, expected) => expect(readAnswer(text)).toBe(expected));

  it.each([
    ['I have chest pain'],
    ['next'],
    ['not feeling well'],
    ['no feeling in my legs'],
    ['how do I do this'],
    ['7'],
  ])('%s is not an answer', (text) => expect(readAnswer(text)).toBeNull());
});

describe('the lexicon is words and short patterns, not sentences', () => {
  // Eight English words: a negated sign must be one span ("not been able to go to the toilet"), or the negator would cancel it.
  it('no pattern is longer than eight words (English) or ten (languages whose negation takes more words) once its groups are expanded', async () => {
    const { SAFETY_LEXICONS } = await import('../src/flow/content/safety');
    const { expandGroups } = await import('../src/flow/safety/patterns');
    const long = Object.values(SAFETY_LEXICONS).flatMap((lexicon) =>
      Object.values(lexicon.concepts)
        .flat()
        .flatMap(expandGroups)
        .filter((pattern) => pattern.split(' ').length > (lexicon.language === 'en' ? 8 : 10)),
    );
    expect(long).toEqual([]);
  });
});
