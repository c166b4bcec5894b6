// The terminal client's stand-in for Alexa NLU.
import { describe, expect, it } from 'vitest';
import { INTENTS, MODEL_LOCALES, PAIN_PATTERN_TYPE, allSamples } from '../intents/model';
import { matchUtterance } from '../src/cli/matcher';

const en = (text: string) => matchUtterance(text, 'en-US');

describe('matchUtterance', () => {
  it.each([
    ['yes please', 'AMAZON.YesIntent'],
    ["I've lost feeling in my groin", 'RedFlagIntent'],
    ["I've got tingling in my groin", 'RedFlagIntent'],
    ['pins and needles down there', 'RedFlagIntent'],
    ["it's numb down there", 'RedFlagIntent'],
    ['my leg went numb', 'RedFlagIntent'],
    ['my leg suddenly feels weak', 'RedFlagIntent'],
    ["I can't walk", 'RedFlagIntent'],
    ["I can't stand up", 'RedFlagIntent'],
    ['I fell', 'RedFlagIntent'],
    ['I just fell over', 'RedFlagIntent'],
    ['I had a fall', 'RedFlagIntent'],
    ['I was in a car crash', 'RedFlagIntent'],
    ["I'm on steroid tablets and I fell", 'RedFlagIntent'],
    ["I've got a fever", 'UrgentFlagIntent'],
    ['I feel feverish', 'UrgentFlagIntent'],
    ['I have chills', 'UrgentFlagIntent'],
    ['I feel really unwell', 'UrgentFlagIntent'],
    ["I've been losing weight without trying", 'UrgentFlagIntent'],
    ["the pain is worse at night and won't ease", 'UrgentFlagIntent'],
    ['it hurts all the time even lying down', 'UrgentFlagIntent'],
    ['I have cancer', 'UrgentFlagIntent'],
    ['I had cancer', 'UrgentFlagIntent'],
    ['my immune system is weak', 'UrgentFlagIntent'],
    ['How do I do this?', 'HowToIntent'],
    ['why does this help', 'WhyIntent'],
    ['next', 'AMAZON.NextIntent'],
    ["I'm ready", 'AMAZON.NextIntent'],
    ['done', 'AMAZON.NextIntent'],
    ["I'm done for today", 'AMAZON.StopIntent'],
    ['forget it', 'AMAZON.CancelIntent'],
    ['forget me', 'DeleteDataIntent'],
    ['hold on', 'AMAZON.PauseIntent'],
    ['keep going', 'AMAZON.ResumeIntent'],
    ['say that again', 'AMAZON.RepeatIntent'],
    ['go back', 'AMAZON.PreviousIntent'],
    ['go home', 'AMAZON.NavigateHomeIntent'],
    ['start over', 'AMAZON.StartOverIntent'],
    ['what can I say', 'AMAZON.HelpIntent'],
    ['I have no idea', 'NotSureIntent'],
    ['ouch', 'HurtsIntent'],
    ['skip this one', 'SkipIntent'],
    ['what week am I on', 'ProgressIntent'],
    ['delete my data', 'DeleteDataIntent'],
  ])('"%s" is %s', (text, intent) => {
    expect(en(text)).toEqual({ intent, slots: {} });
  });

  it.each([
    ["it's about a four", '4'],
    ['eleven', '11'],
    ['three', '3'],
    ['7', '7'],
    ['about 6 out of 10', '6'],
    ['my pain is twenty-one', '21'],
    ['a hundred', '100'],
    ['zero', '0'],
  ])('"%s" is a pain level of %s', (text, value) => {
    expect(en(text)).toEqual({ intent: 'PainLevelIntent', slots: { level: { value } } });
  });

  it.each([
    ['after sitting all day', 'sitting'],
    ['mostly when I bend over', 'bending'],
    ['first thing in the morning', 'morning'],
    ["it's worse after a stressful week", 'stress'],
    ['it flares up at the gym', 'workout'],
    ['it varies', 'varies'],
    ['it hurts when I sit at my desk at work', 'sitting'],
  ])('"%s" is the %s pattern', (text, id) => {
    const match = en(text);
    expect(match.intent).toBe('PainPatternIntent');
    expect(match.slots.pattern?.resolution).toEqual({ status: 'ER_SUCCESS_MATCH', id });
  });

  it('reports an unknown pattern as Alexa does', () => {
    expect(en('mostly when I sneeze')).toEqual({
      intent: 'PainPatternIntent',
      slots: { pattern: { value: 'when i sneeze', resolution: { status: 'ER_SUCCESS_NO_MATCH' } } },
    });
  });

  it('accepts close misspellings', () => {
    expect(en('how do i do ths').intent).toBe('HowToIntent');
    expect(en('my pane is five')).toEqual({ intent: 'PainLevelIntent', slots: { level: { value: '5' } } });
    expect(en("I've lost all feeling in my groin").intent).toBe('RedFlagIntent');
    expect(en("I've got tingling in my grion").intent).toBe('RedFlagIntent');
    expect(en("I've got a fevr").intent).toBe('UrgentFlagIntent');
  });

  it.each(['blorf zzkt quux', 'the weather in paris', '', '?!'])('"%s" falls back', (text) => {
    expect(en(text)).toEqual({ intent: 'AMAZON.FallbackIntent', slots: {} });
  });

  it('knows locale extras only in their locale, and defaults unknown locales to en-US', () => {
    expect(matchUtterance('yeah nah', 'en-AU').intent).toBe('AMAZON.NoIntent');
    expect(matchUtterance("I can't feel my bum", 'en-GB').intent).toBe('RedFlagIntent');
    expect(matchUtterance('I am having fever', 'en-IN').intent).toBe('UrgentFlagIntent');
    expect(matchUtterance("I've got a temperature", 'en-GB').intent).toBe('UrgentFlagIntent');
    expect(matchUtterance('yes please', 'fr-FR').intent).toBe('AMAZON.YesIntent');
  });

  it('matches every sample of every intent back to that intent, in every locale', () => {
    const fills = { level: 'five', pattern: PAIN_PATTERN_TYPE.values[0]!.synonyms[0]! };
    for (const locale of MODEL_LOCALES) {
      for (const intent of INTENTS) {
        for (const sample of allSamples(intent, locale)) {
          const text = sample.replace(/\{(\w+)\}/g, (_, n: keyof typeof fills) => fills[n]);
          expect(matchUtterance(text, locale).intent, `${locale} "${text}"`).toBe(intent.name);
        }
      }
    }
  });
});

describe('close matches never flip the meaning', () => {
  it.each([
    ['i can walk', 'RedFlagIntent'],
    ['i can stand up', 'RedFlagIntent'],
    ['i can feel my legs', 'RedFlagIntent'],
    ['i feel really well', 'UrgentFlagIntent'],
  ])('"%s" is not %s', (text, intent) => {
    expect(matchUtterance(text, 'en-US').intent).not.toBe(intent);
  });

  it('still hears the real thing', () => {
    expect(matchUtterance("I can't walk", 'en-US').intent).toBe('RedFlagIntent');
    expect(matchUtterance('I feel really unwell', 'en-US').intent).toBe('UrgentFlagIntent');
  });
});
