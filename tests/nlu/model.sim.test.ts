// The generated Alexa model in a simulator (virtual-alexa): every sample still
// reaches its own intent, commands are never swallowed by the statement
// intent's carrier phrases, and every option a prompt offers is understood in
// the words it offers (read from the rendered prompts, so rewording keeps it checked).
import { describe, expect, it } from 'vitest';
import { COMPOSED_INTENTS, INTENTS, MODEL_LOCALES, SLOT_TYPES, alexaSamples } from '../../intents/model';
import { simpleEventOf } from '../../src/platforms/intentEvents';
import { SAFETY_INTENTS, matchUtterance } from '../../src/cli/nlu';
import { ssmlToText } from '../../src/render/ssml';
import { alexaHarness } from '../support/alexa';
import { OPENER_STATEMENTS } from '../../intents/carriers';
import { sameAction, type PromptKind } from '../../src/flow/understand';
import { meaningOf, simulator } from './virtualAlexa';

const OPENERS = new Set(OPENER_STATEMENTS.map((s) => s.name));
/** The prompt whose answer an intent gives, to compare meanings at. */
const PROMPT_OF: Record<string, PromptKind> = {
  PainLevelIntent: 'painNow', NoPainIntent: 'painNow', PainPatternIntent: 'pattern', AgeIntent: 'age', LengthIntent: 'preview',
  AnswerIntent: 'triage', 'AMAZON.YesIntent': 'triage', 'AMAZON.NoIntent': 'triage', NotSureIntent: 'triage',
};

const firstValue = (type: string) => SLOT_TYPES.find((t) => t.name === type)?.values[0]?.value;
const fill = (sample: string, intent: (typeof INTENTS)[number]) =>
  sample.replace(/\{(\w+)\}/g, (_, name: string) => {
    const type = intent.slots?.find((s) => s.name === name)?.type ?? 'AMAZON.NUMBER';
    if (type === 'AMAZON.NUMBER') return name === 'upper' ? 'six' : 'five';
    if (type === 'AMAZON.SearchQuery') return 'had a strange feeling';
    return firstValue(type)!;
  });

/** A composed intent's sample heard as the built-in of the same event (its slot's first value, e.g. yes or next). */
function sameEvent(intent: (typeof INTENTS)[number], heard: Awaited<ReturnType<ReturnType<typeof simulator>>>): boolean {
  const type = intent.slots?.find((s) => s.type !== 'FillerType')?.type;
  const id = SLOT_TYPES.find((t) => t.name === type)?.values[0]?.id;
  return heard !== null && id !== undefined && simpleEventOf(heard.name) === id;
}

describe('the Alexa model in virtual-alexa', () => {
  // virtual-alexa's built-in slots (AMAZON.NUMBER above all) know English only, so the simulator
  // check covers the English locales; the other languages' samples are checked for conflicts and
  // form in tests/model.test.ts and by their language's own test.
  it('sends every sample of every English locale to its own intent', async () => {
    const wrong: string[] = [];
    for (const locale of MODEL_LOCALES.filter((l) => l.startsWith('en'))) {
      const hear = simulator(locale);
      const hearWithoutOpeners = simulator(locale, new Set([...OPENERS, 'StatementIntent']));
      for (const intent of INTENTS) {
        // The other English locales share en-US's samples: each is checked for its own extras ("bum", "wee").
        const shared = locale === 'en-US' ? new Set<string>() : new Set(alexaSamples(intent, 'en-US'));
        for (const sample of alexaSamples(intent, locale).filter((s) => !shared.has(s))) {
          const text = fill(sample, intent);
          const got = await hear(text);
          const heard = got?.name ?? 'fallback';
          // An answer or a command behind fillers may be the built-in's own phrase ("yes please"): the event is what counts.
          if (heard === intent.name || (COMPOSED_INTENTS.includes(intent.name) && sameEvent(intent, got))) continue;
          // An opener may take a sample that starts with its word ("five", "first thing in the morning"), and
          // the plain statement intent one that starts with a word it drops ("the quick one"): the words reach
          // the engine, and must mean what the sample's own intent means.
          const prompt = PROMPT_OF[intent.name] ?? 'routine';
          if ((OPENERS.has(heard) || heard === 'StatementIntent') && sameAction(meaningOf(got, prompt), meaningOf(await hearWithoutOpeners(text), prompt), prompt)) continue;
          wrong.push(`${locale} "${text}" (${sample}): ${heard}, not ${intent.name}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  }, 120_000);

  it('never lets a statement carrier swallow a command', async () => {
    const hear = simulator('en-US');
    for (const text of ["i'm ready", 'i am ready', "i'm done", "i'm back", "i'm in position", 'i need a break', 'i want to stop', "i don't know", 'my progress', "i'm 38", 'i do', 'i have']) {
      expect((await hear(text))?.name, text).not.toMatch(/StatementIntent$/);
    }
    expect((await hear("i've got numbness down there"))?.name).toMatch(/^(\w*StatementIntent|RedFlagIntent)$/);
    expect((await hear('i had cancer years ago'))?.name).toMatch(/StatementIntent$/);
  });
});

/** Every prompt a session speaks: launch, triage (with a retry), the pain questions, the pattern (with a retry), the routine. */
async function spokenPrompts(): Promise<string[]> {
  const h = alexaHarness();
  const said: string[] = [];
  const say = async (line: string) => {
    said.push(await h.user(line));
    if (h.last.repromptSsml) said.push(ssmlToText(h.last.repromptSsml));
  };
  await say('launch');
  await say('gibberish');
  await say('yes');
  await say('gibberish');
  for (let i = 0; i < 16 && !/0 to 10/.test(said.at(-1) ?? ''); i++) await say('no');
  await say('pain 3');
  await say('gibberish');
  await say('no');
  await say('gibberish');
  await say('pattern sitting');
  for (const line of ['help', 'next', 'next', 'help', 'pause', 'resume', 'next', 'it hurts', 'stop']) await say(line);
  return said;
}

/** "Say next when you're ready", "say yes or no", "you can say next, back, ..., or it hurts", "ask how do I do this". */
function offeredCommands(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/\b(?:say|ask)\s+([^.?!]+)/gi)) {
    for (const part of m[1]!.split(/,\s*or\s+|,\s*|\s+or\s+/)) {
      const option = part.replace(/^(?:(?:say|ask)\s+)?(?:for\s+)?/i, '').split(/\s+(?:to|when|for|if|once|at any time|any time)\b/i)[0]!.trim();
      if (option) out.push(option.toLowerCase());
    }
  }
  return out;
}

/** A question that lists answers right after the question it answers: "When ...? After sitting or driving, when bending or lifting, ...?" */
function offeredAnswerLists(text: string): string[][] {
  const sentences = text.match(/[^.?!]+[.?!]/g) ?? [];
  const lists: string[][] = [];
  sentences.forEach((s, i) => {
    const body = s.trim().replace(/^for example\s+/i, '');
    const afterQuestion = i > 0 && sentences[i - 1]!.trim().endsWith('?');
    if (!(afterQuestion || /^for example/i.test(s.trim()))) return;
    const items = body.replace(/[.?!]$/, '').split(/,\s*or\s+|,\s*/).map((x) => x.trim().toLowerCase()).filter(Boolean);
    if (items.length >= 3) lists.push(items);
  });
  return lists;
}

describe('what the prompts offer', () => {
  it('is understood in the words offered, on Alexa and in the terminal', async () => {
    const prompts = await spokenPrompts();
    const commands = [...new Set(prompts.flatMap(offeredCommands))];
    const lists = prompts.flatMap(offeredAnswerLists);
    // The extraction itself works on today's prompts.
    expect(commands).toEqual(expect.arrayContaining(['next', 'yes', 'no', 'not sure', 'resume', 'it hurts', 'how do i do this']));
    expect(lists.flat()).toEqual(expect.arrayContaining(['after sitting or driving', 'when bending or lifting']));
    const hear = simulator('en-US');
    for (const command of commands) {
      const alexa = await hear(command);
      expect(alexa?.name ?? 'fallback', `"${command}" on Alexa`).not.toMatch(/fallback|StatementIntent/);
      const terminal = await matchUtterance(command, 'en-US');
      const expected = SAFETY_INTENTS.includes(alexa!.name) ? 'StatementIntent' : alexa!.name;
      expect(terminal.intent, `"${command}" in the terminal`).toBe(expected);
    }
    for (const list of lists) {
      const meanings = new Set<string>();
      for (const option of list) {
        // The meaning counts, not the intent: an opener may carry the words ("first thing in the morning").
        const alexa = meaningOf(await hear(option), 'pattern');
        expect(alexa && 'event' in alexa && alexa.event === 'pattern', `"${option}" is a pattern on Alexa (${JSON.stringify(alexa)})`).toBe(true);
        const terminal = await matchUtterance(option, 'en-US');
        expect(terminal.intent, `"${option}" in the terminal`).toBe('PainPatternIntent');
        expect(Object.values(terminal.slots)[0]?.resolution?.id, `"${option}" in the terminal`).toBe((alexa as { value: string }).value);
        meanings.add(JSON.stringify(alexa));
      }
      expect(meanings.size, list.join(' | ')).toBe(list.length);
    }
  }, 60_000);
});
