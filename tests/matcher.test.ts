// The terminal NLU (NLP.js trained on intents/), standing in for Alexa's.
import { describe, expect, it } from 'vitest';
import { COMPOSED_INTENTS, INTENTS, MODEL_LOCALES, allSamples, isComposedSample } from '../intents/model';
import { SAFETY_INTENTS, matchUtterance } from '../src/cli/nlu';
import { cleanUserText } from '../src/cli/nlu/text';

const en = (text: string) => matchUtterance(text, 'en-US');
const statement = (text: string) => ({ intent: 'StatementIntent', slots: { statement: { value: text } } });

describe('terminal NLU', () => {
  it.each([
    ['yes please', 'AMAZON.YesIntent'], ['yeah I do', 'AMAZON.YesIntent'], ['definitely not', 'AMAZON.NoIntent'],
    ['nothing like that', 'AMAZON.NoIntent'], ['none of those', 'AMAZON.NoIntent'], ['only in my back', 'AMAZON.NoIntent'],
    ['How do I do this?', 'HowToIntent'], ['why does this help', 'WhyIntent'], ['next', 'AMAZON.NextIntent'],
    ["I'm ready", 'AMAZON.NextIntent'], ['I am ready', 'AMAZON.NextIntent'], ['got it', 'AMAZON.NextIntent'], ['alright', 'AMAZON.NextIntent'],
    ['keep going', 'AMAZON.ResumeIntent'], ['carry on', 'AMAZON.ResumeIntent'], ['go on', 'AMAZON.ResumeIntent'], ['go ahead', 'AMAZON.ResumeIntent'],
    ['do that again', 'AMAZON.RepeatIntent'], ["I'm done for today", 'AMAZON.StopIntent'], ['forget me', 'DeleteDataIntent'],
    ['hold on', 'AMAZON.PauseIntent'], ['go back', 'AMAZON.PreviousIntent'], ['start over', 'AMAZON.StartOverIntent'],
    ['I have no idea', 'NotSureIntent'], ['skip this one', 'SkipIntent'], ['what week am I on', 'ProgressIntent'],
    ['none', 'NoPainIntent'], ['no pain', 'NoPainIntent'],
  ])('"%s" is %s', async (text, intent) => {
    expect(await en(text)).toEqual({ intent, slots: {} });
  });

  it('ignores fillers, spells out contractions and reads number words', async () => {
    expect(cleanUserText('Um, okay so... next')).toBe('next');
    expect(cleanUserText("to be honest I'm ready")).toBe('i am ready');
    expect(cleanUserText('twenty-one')).toBe('21');
    expect((await en('um okay so next')).intent).toBe('AMAZON.NextIntent');
    expect((await en('to be honest, a three I guess')).slots.level).toEqual({ value: '3' });
  });

  it.each([
    ["it's about a four", { level: { value: '4' } }], ['eleven', { level: { value: '11' } }], ['about 6 out of 10', { level: { value: '6' } }],
    ['3 or 4', { level: { value: '3' }, upper: { value: '4' } }], ["it's like a 3", { level: { value: '3' } }],
  ])('"%s" is a pain level', async (text, slots) => {
    expect(await en(text)).toEqual({ intent: 'PainLevelIntent', slots });
  });

  it('hears a stated age and a length', async () => {
    expect(await en("I'm 38")).toEqual({ intent: 'AgeIntent', slots: { age: { value: '38' } } });
    expect((await en('a quick one')).slots.length?.resolution).toEqual({ status: 'ER_SUCCESS_MATCH', id: 'quick' });
    expect((await en('the full routine')).slots.length?.resolution).toEqual({ status: 'ER_SUCCESS_MATCH', id: 'full' });
    expect((await en('all ten')).slots.length?.resolution).toEqual({ status: 'ER_SUCCESS_MATCH', id: 'full' });
  });

  it.each([
    ['after sitting or driving', 'sitting'], ['when bending or lifting', 'bending'], ['first thing in the morning', 'morning'],
    ["it's worse after a stressful week", 'stress'], ['it flares up at the gym', 'workout'], ['it varies', 'varies'], ['all of them', 'varies'],
  ])('"%s" is the %s pattern', async (text, id) => {
    const match = await en(text);
    expect(match.intent).toBe('PainPatternIntent');
    expect(match.slots.pattern?.resolution).toEqual({ status: 'ER_SUCCESS_MATCH', id });
  });

  it.each([
    "I've lost feeling in my groin", 'numbness in my groin', "I can't feel my glutes", 'my glutes are burning', 'I fell asleep',
    'I fell', "I can't walk", 'I have chest pain', "I've got a fever", 'I had cancer years ago', 'sharp pain', 'it shoots down my leg',
    'ouch', 'my left leg is tingling', 'blorf zzkt quux', 'the weather in paris',
  ])('"%s" goes to the engine as a statement with the raw words', async (text) => {
    expect(await en(text)).toEqual(statement(text));
  });

  // English fills ("groin", "five"); the other languages' terminal NLU is measured by npm run nlu and a session in tests/cli.test.ts.
  it('never answers with a safety intent, for any sample of any English locale', async () => {
    for (const locale of MODEL_LOCALES.filter((l) => l.startsWith('en'))) {
      for (const intent of INTENTS.filter((i) => SAFETY_INTENTS.includes(i.name))) {
        for (const sample of allSamples(intent, locale).filter((s) => !isComposedSample(s))) {
          const text = sample.replace(/\{area\}/g, 'groin').replace(/\{sensation\}/g, 'numb');
          expect((await matchUtterance(text, locale)).intent, `${locale} "${text}"`).toBe('StatementIntent');
        }
      }
    }
  }, 30_000);

  it('knows locale extras only in their locale, and defaults unknown locales to en-US', async () => {
    expect((await matchUtterance('yeah nah', 'en-AU')).intent).toBe('AMAZON.NoIntent');
    expect((await matchUtterance('kindly repeat', 'en-IN')).intent).toBe('AMAZON.RepeatIntent');
    expect((await matchUtterance('yes please', 'it-IT')).intent).toBe('AMAZON.YesIntent');
  });

  it('matches every non-safety sample back to its intent, in every English locale', async () => {
    const fills: Record<string, string> = { level: 'five', upper: 'six', age: 'thirty eight', pattern: 'after sitting all day', length: 'a quick one' };
    for (const locale of MODEL_LOCALES.filter((l) => l.startsWith('en'))) {
      // Filler-composed samples and intents are for Alexa and Dialogflow; the terminal strips fillers itself.
      const statementIntent = (i: (typeof INTENTS)[number]) => i.slots?.some((s) => s.type === 'AMAZON.SearchQuery');
      for (const intent of INTENTS.filter((i) => !SAFETY_INTENTS.includes(i.name) && !statementIntent(i) && !COMPOSED_INTENTS.includes(i.name))) {
        for (const sample of allSamples(intent, locale).filter((s) => !isComposedSample(s))) {
          const text = sample.replace(/\{(\w+)\}/g, (_, n: string) => fills[n]!);
          expect((await matchUtterance(text, locale)).intent, `${locale} "${text}"`).toBe(intent.name);
        }
      }
    }
  }, 30_000);
});
