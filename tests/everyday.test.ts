// Everyday words through the real handlers: what Alexa's statement intents
// carry (the opener put back), Dialogflow's fallback text and the terminal's
// lines mean what their own intent means; signs said with a negation in
// them are still signs. Transcripts, as a user would have them.
import { describe, expect, it } from 'vitest';
import { commandIn } from '../src/flow/commands';
import { matchUtterance } from '../src/cli/nlu';
import { alexaHarness } from './support/alexa';
import { googleHarness } from './support/google';

const statement = (intent: string, words: string) => ({ type: 'IntentRequest' as const, intent, slots: { statement: { value: words } } });

/** Triage, pain 2, no nerve sign, a pattern, the preview: the coach waits for "next". */
async function atPreview() {
  const t = alexaHarness();
  await t.throughTriage();
  await t.user('pain 2');
  await t.user('no');
  await t.user('pattern varies');
  return t;
}

/** In position for the first exercise. */
async function inPosition() {
  const t = await atPreview();
  await t.user('next');
  return t;
}

describe('Alexa: an opener carries the words, and they mean what their own intent means', () => {
  it.each([
    ['"give me a sec"', statement('GiveStatementIntent', 'me a sec'), 'pause'],
    ['"say that again"', statement('SayStatementIntent', 'that again'), 'repeat'],
    ['"why are we doing this one"', statement('WhyStatementIntent', 'are we doing this one'), 'why does this help'],
    ['"how should I stand"', statement('HowStatementIntent', 'should i stand'), 'how do I do this'],
    ['"okay then next" (a filler the statement intent drops)', statement('StatementIntent', 'then next'), 'next'],
    ['"let\'s call it a day"', statement('LetsStatementIntent', 'call it a day'), 'stop'],
  ] as const)('%s', async (_said, words, own) => {
    const heard = await inPosition();
    const reference = await inPosition();
    expect(await heard.user(words)).toBe(await reference.user(own));
  });

  it('"the quick one" at the preview is the quick routine', async () => {
    const heard = await atPreview();
    const reference = await atPreview();
    expect(await heard.user(statement('StatementIntent', 'quick one'))).toBe(await reference.user('length quick'));
  });
});

describe('Alexa: a sign said with a negation in it is still a sign', () => {
  it.each([
    ['"I haven\'t been able to pee since yesterday"', statement('NotStatementIntent', 'been able to pee since yesterday')],
    ['"there\'s no feeling in my crotch"', statement('NoneStatementIntent', 'feeling in my crotch')],
    ['"I couldn\'t make it to the loo in time"', statement('CantStatementIntent', 'make it to the loo in time')],
    ['"numb between the legs"', statement('NumbStatementIntent', 'between the legs')],
    ['"walking has become really difficult"', statement('WalkingStatementIntent', 'has become really difficult')],
  ] as const)('%s mid-exercise is an emergency', async (_said, words) => {
    const t = await inPosition();
    expect(await t.user(words)).toMatch(/Call 911 now/);
    expect(t.last.ended).toBe(true);
  });

  it('new numbness in one leg during exercise is an emergency; before it, one confirming question', async () => {
    const during = await inPosition();
    expect(await during.user('says: my left leg has gone numb')).toMatch(/Call 911 now/);
    const before = alexaHarness();
    await before.throughTriage();
    expect(await before.user('says: my left leg is tingling')).toMatch(/both legs, or around your groin or bottom\?/);
    // A foot gone to sleep is not numbness named outright: the question, even mid-exercise.
    const asleep = await inPosition();
    expect(await asleep.user('says: my foot fell asleep')).toMatch(/both legs, or around your groin or bottom\?/);
  });

  it('"no, there\'s no pain down my leg" answers the below-knee question with a no', async () => {
    const t = alexaHarness();
    await t.throughTriage();
    await t.user('pain 2');
    expect(await t.user(statement('NoneStatementIntent', 'pain down my leg'))).toMatch(/When does your pain usually show up/);
  });

  it('"yes, it goes down to my ankle" answers it with a yes', async () => {
    const yes = alexaHarness();
    await yes.throughTriage();
    await yes.user('pain 2');
    const reference = alexaHarness();
    await reference.throughTriage();
    await reference.user('pain 2');
    expect(await yes.user(statement('YesStatementIntent', 'it goes down to my ankle'))).toBe(await reference.user('yes'));
  });
});

describe('Dialogflow: the fallback text is read the same way', () => {
  it('"give me a sec" mid-exercise pauses, "let\'s call it a day" stops', async () => {
    const t = googleHarness();
    await t.user('launch');
    await t.user('yes');
    for (let i = 0; i < 20 && !/0 to 10/.test(t.last.text); i++) await t.user('no');
    await t.user({ intent: 'PainLevelIntent', parameters: { level: 2 }, queryText: 'two' });
    await t.user('no');
    await t.user({ intent: 'PainPatternIntent', parameters: { pattern: 'varies' }, queryText: 'it varies' });
    await t.user('next');
    expect(await t.user({ intent: 'Default Fallback Intent', queryText: 'give me a sec' })).toMatch(/Paused/);
    expect(await t.user({ intent: 'Default Fallback Intent', queryText: "let's call it a day" })).toMatch(/stopping here|Bye/i);
  });
});

describe('the terminal: a command phrase overrules what the classifier guessed', () => {
  it('"let\'s call it a day" goes to the engine, which reads a stop', async () => {
    const heard = await matchUtterance("let's call it a day", 'en-US');
    expect(heard.intent).toBe('StatementIntent');
    expect(commandIn("let's call it a day")).toBe('stop');
  });

  it('a sample said as written keeps its intent ("sounds good" is a yes)', async () => {
    expect((await matchUtterance('sounds good', 'en-US')).intent).toBe('AMAZON.YesIntent');
  });
});

describe('commandIn: phrases, negation, and words that count only alone', () => {
  it.each([
    ['okay then next', 'next'],
    ['hang on a sec', 'pause'],
    ['ok I am back', 'resume'],
    ['can we do the previous exercise', 'previous'],
    ['start the whole thing over', 'startOver'],
    ["I'm done for the day", 'stop'],
    ['wait, go back', 'previous'],
    ['skip it and move on', 'skip'],
    ['restart the whole session', 'startOver'],
    ['the full one, let\'s go', 'full'],
    ['back please', 'previous'],
  ] as const)('"%s" is %s', (text, command) => expect(commandIn(text)).toBe(command));

  it.each([
    "don't stop", "I'm not ready", "I'm not done yet", 'no need to repeat that', "I can't stop shaking",
    'my back is fine', "I've had enough of sitting all day", 'this is the last one', 'this doesn\'t help',
  ])('"%s" is no command', (text) => expect(commandIn(text)).toBeNull());

  it('reads German, Spanish and French', () => {
    expect(commandIn('Schluss für heute', 'de')).toBe('stop');
    expect(commandIn('un momento por favor', 'es')).toBe('pause');
    expect(commandIn('on arrête là', 'fr')).toBe('stop');
  });
});
