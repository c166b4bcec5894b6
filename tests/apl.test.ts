// Echo Show screens through the real handler: every document is valid APL,
// every phase in every locale gets its screen, touches act like words (and a
// stale one is answered safely), and voice-only devices hear exactly what they
// heard before.
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { StaticAplTemplateValidator } from 'apl-suggester';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../speech/types';
import { LOCALE_FACTS } from '../speech/locales';
import { APL_DOCUMENTS } from '../src/render/apl/documents';
import { DOCUMENTS, type Screen, type ScreenKind } from '../src/render/screens/model';
import { ECHO_SHOW_8, type AlexaRequestSpec, type DisplaySpec } from '../src/platforms/alexa/envelope';
import { aplLayoutOf } from '../src/platforms/alexa/apl';
import { DISPLAY_DIR } from '../scripts/models/apl';
import { generateModels } from '../scripts/models/generate';
import { alexaHarness, type HarnessOptions } from './support/alexa';
import { SCENARIOS } from './support/scenarios';

const validator = new StaticAplTemplateValidator();
const NO_TO_TRIAGE = Array<string>(13).fill('no');
const ECHO_SPOT: DisplaySpec = { pixelWidth: 480, pixelHeight: 480, dpi: 160, shape: 'ROUND' };

const screenHarness = (options: HarnessOptions = {}) => alexaHarness({ display: ECHO_SHOW_8, ...options });
type Harness = ReturnType<typeof alexaHarness>;

interface Directive {
  type: string;
  token?: string;
  document?: { type: string; src: string };
  datasources?: { screen: Screen; layout: { compact: boolean; round: boolean; landscape: boolean } };
  commands?: { type: string; commands: { type: string; arguments?: string[]; delay?: number }[] }[];
}
const directivesOf = (t: Harness): Directive[] => (t.last.envelope.response.directives ?? []) as Directive[];
const renderOf = (t: Harness) => directivesOf(t).find((d) => d.type === 'Alexa.Presentation.APL.RenderDocument');
const screenOf = (t: Harness): Screen => {
  const d = renderOf(t);
  if (!d?.datasources) throw new Error(`no screen after: ${JSON.stringify(t.last.envelope.response.outputSpeech)}`);
  return d.datasources.screen;
};
const tap = (t: Harness, args: string[], token = renderOf(t)!.token!): Promise<string> =>
  t.user({ type: 'Alexa.Presentation.APL.UserEvent', token, arguments: args } satisfies AlexaRequestSpec);

/** Drives a harness through lines, recording the screen of each turn. */
async function play(t: Harness, lines: readonly string[], seen: { line: string; screen: Screen; bytes: number }[]) {
  for (const line of lines) {
    await t.user(line);
    seen.push({ line, screen: screenOf(t), bytes: JSON.stringify(t.last.envelope).length });
  }
}

/** Conversations that reach every phase and outcome, with their screens. */
async function everyPhase(locale: string) {
  const seen: { line: string; screen: Screen; bytes: number }[] = [];
  const first = screenHarness({ locale, painHistoryAllowed: true, userId: `screens-${locale}` });
  await play(first, ['launch', 'yes', ...NO_TO_TRIAGE, 'pain 3', 'no', 'pattern sitting', 'next', 'pause', 'resume', 'how am I doing', 'start over', 'no', 'delete my data', 'no', 'it hurts', 'no', 'skip'], seen);
  for (let i = 0; i < 60 && screenOf(first).kind !== 'painScale'; i++) await play(first, ['next'], seen);
  await play(first, ['pain 2', 'yes'], seen);
  const again = alexaHarness({ locale, display: ECHO_SHOW_8, painHistoryAllowed: true, userId: `screens-${locale}`, store: first.store });
  await play(again, ['launch', 'no', 'how am I doing', 'stop'], seen);
  await play(screenHarness({ locale }), ['launch', 'yes', 'yes'], seen);
  await play(screenHarness({ locale }), ['launch', 'yes', 'no', 'no', 'no', 'no', 'yes'], seen);
  await play(screenHarness({ locale }), ['launch', 'yes', ...NO_TO_TRIAGE, 'pain 8'], seen);
  await play(screenHarness({ locale }), ['launch', 'yes', ...Array<string>(10).fill('no'), 'yes', 'no'], seen);
  return seen;
}

describe('APL documents', () => {
  it.each(DOCUMENTS)('%s passes apl-suggester with zero errors and zero warnings', async (name) => {
    const results = await validator.validate(APL_DOCUMENTS[name]);
    expect(results.filter((r) => r.level !== 'WARNING'), name).toEqual([]);
    expect(results, name).toEqual([]);
  });

  it('are generated with a sample datasource each, and nothing else lives in the display folder', () => {
    const generated = generateModels();
    const root = join(import.meta.dirname, '..');
    for (const name of DOCUMENTS) {
      expect(generated).toHaveProperty([`${DISPLAY_DIR}/${name}/document.json`]);
      expect(generated).toHaveProperty([`${DISPLAY_DIR}/${name}/datasources/default.json`]);
    }
    const files = readdirSync(join(root, DISPLAY_DIR), { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
    for (const f of files) expect(generated).toHaveProperty([relative(root, join(f.parentPath, f.name)).split('\\').join('/')]);
  });

  it('sample datasources pass the datasource validator', async () => {
    const generated = generateModels();
    for (const name of DOCUMENTS) {
      const sample = JSON.parse(generated[`${DISPLAY_DIR}/${name}/datasources/default.json`] as string);
      expect(await validator.validateDataSources(sample), name).toEqual([]);
    }
  });
});

describe('screens through the real handler, on an Echo Show 8', () => {
  it.each(LOCALES)('every phase in %s has its screen, words from speech/, and a response under 24 KB', async (locale) => {
    const seen = await everyPhase(locale);
    const kinds = new Set(seen.map((s) => s.screen.kind));
    const all: ScreenKind[] = ['welcome', 'question', 'outcome', 'preview', 'exercise', 'set', 'painScale', 'progress', 'goodbye'];
    expect([...kinds].sort()).toEqual([...all].sort());
    for (const { line, screen, bytes } of seen) {
      expect(bytes, line).toBeLessThan(24 * 1024);
      expect(DOCUMENTS).toContain(screen.document);
      expect(screen.headline.trim(), `${line}: ${screen.kind}`).not.toBe('');
      expect(JSON.stringify(screen), line).not.toMatch(/undefined|NaN|\[object Object\]|<[a-z]/);
      expect(await validator.validateDataSources({ screen }), line).toEqual([]);
    }
    const outcomes = seen.filter((s) => s.screen.kind === 'outcome').map((s) => s.screen);
    const emergency = outcomes.find((s) => s.tone === 'emergency')!;
    expect(emergency.bigNumber).toBe(LOCALE_FACTS[locale].emergencyNumber);
    expect(emergency.buttons.map((b) => b.action)).toEqual(['stop']);
    expect(outcomes.filter((s) => s.tone === 'calm').length).toBeGreaterThanOrEqual(2); // high pain, see a physio
  });

  it('one directive per phase (snapshot)', async () => {
    const seen = await everyPhase('en-US');
    const firstOfEach = new Map<string, Screen>();
    for (const s of seen) {
      const key = s.screen.kind === 'outcome' ? `outcome:${s.screen.tone}:${s.screen.bigNumber !== ''}` : s.screen.kind;
      if (!firstOfEach.has(key)) firstOfEach.set(key, s.screen);
    }
    expect(Object.fromEntries([...firstOfEach].sort(([a], [b]) => a.localeCompare(b)))).toMatchSnapshot();
  });

  it('links the document and sends only its datasource; a set adds commands timed from the narration', async () => {
    const t = screenHarness();
    await t.throughTriage();
    await t.user('pain 3');
    await t.user('no');
    await t.user('pattern varies');
    expect(renderOf(t)!.document).toEqual({ type: 'Link', src: 'doc://alexa/apl/documents/preview' });
    expect(renderOf(t)!.datasources!.layout).toEqual({ compact: false, round: false, landscape: true });
    await t.user('next');
    const [render, execute] = directivesOf(t);
    expect(render!.document!.src).toBe('doc://alexa/apl/documents/set');
    expect(execute!.type).toBe('Alexa.Presentation.APL.ExecuteCommands');
    expect(execute!.token).toBe(render!.token);
    const steps = execute!.commands![0]!.commands;
    expect(steps.filter((c) => c.type === 'SetValue').length).toBeGreaterThan(8);
    // All sets run in one response; the next exercise waits for the user, so nothing is sent on its own.
    expect(steps.some((c) => c.type === 'SendEvent')).toBe(false);
  });

  it('a round Echo Spot gets the compact, round layout', async () => {
    const t = alexaHarness({ display: ECHO_SPOT });
    await t.user('launch');
    expect(renderOf(t)!.datasources!.layout).toEqual({ compact: true, round: true, landscape: true });
  });

  it('gates on the APL interface, not on the viewport profile', () => {
    const envelope = (supported: object, viewport?: object) => ({ context: { System: { device: { supportedInterfaces: supported } }, ...(viewport ? { Viewport: viewport } : {}) } }) as never;
    expect(aplLayoutOf(envelope({}))).toBeNull();
    expect(aplLayoutOf(envelope({}, { pixelWidth: 1280, pixelHeight: 800, dpi: 213 }))).toBeNull();
    expect(aplLayoutOf(envelope({ 'Alexa.Presentation.APL': {} }, { pixelWidth: 1280, pixelHeight: 800, dpi: 213 }))).toEqual({ compact: false, round: false, landscape: true });
    expect(aplLayoutOf(envelope({ 'Alexa.Presentation.APL': {} }, { pixelWidth: 800, pixelHeight: 1280, dpi: 213 }))).toEqual({ compact: false, round: false, landscape: false });
  });
});

describe('touch is another way to speak', () => {
  it('tapping Yes, No, Not sure, a pattern and a pain score says what the words would', async () => {
    const spoken = screenHarness();
    const touched = screenHarness();
    const said: string[] = [];
    const tapped: string[] = [];
    const lines = ['launch', 'yes', 'not sure', ...Array<string>(9).fill('no')];
    said.push(await spoken.user('launch'));
    tapped.push(await touched.user('launch'));
    for (const line of lines.slice(1)) {
      said.push(await spoken.user(line));
      tapped.push(await tap(touched, [line === 'not sure' ? 'notSure' : line, '']));
      if (spoken.last.ended) break;
    }
    expect(tapped).toEqual(said);
    expect(touched.last.ended).toBe(true); // "not sure" to a red flag counts as yes: the emergency screen
    expect(screenOf(touched).bigNumber).toBe('911');

    const a = screenHarness();
    const b = screenHarness();
    for (const t of [a, b]) await t.throughTriage();
    expect(await tap(b, ['number', '3'])).toBe(await a.user('pain 3'));
    expect(await tap(b, ['no', ''])).toBe(await a.user('no'));
    expect(screenOf(b).buttons.map((x) => x.value)).toContain('sitting');
    expect(await tap(b, ['pattern', 'sitting'])).toBe(await a.user('pattern sitting'));
    expect(await tap(b, ['next', ''])).toBe(await a.user('next'));
    expect(await tap(b, ['hurts', ''])).toBe(await a.user('it hurts'));
    expect(b.conversation.attributes).toEqual(a.conversation.attributes);
  });

  it('a stale touch (from an older screen) re-presents the current prompt and changes nothing', async () => {
    const t = screenHarness();
    await t.user('launch');
    await t.user('yes');
    const oldToken = renderOf(t)!.token!; // first red-flag question
    const current = await t.user('no'); // now the second
    const before = structuredClone(t.conversation.attributes);
    const again = await tap(t, ['yes', ''], oldToken);
    expect(again).toBe(current);
    expect(t.last.ended).toBe(false);
    expect(t.conversation.attributes).toEqual(before);
    expect(screenOf(t).headline).toBe(current);
    // A token that is not ours is stale too.
    expect(await tap(t, ['yes', ''], 'someone-else')).toBe(current);
  });

  it('a stale touch mid-routine prompts, never replays a set', async () => {
    const t = screenHarness();
    await t.throughTriage();
    await t.user('pain 3');
    await t.user('no');
    await t.user('pattern varies');
    const previewToken = renderOf(t)!.token!;
    await t.user('next'); // the first exercise, all its sets
    const said = await tap(t, ['next', ''], previewToken);
    expect(said).toMatch(/^(Say next|Get settled|Ready\? Say next)/);
    expect(t.last.envelope.response.directives?.length).toBe(1); // the screen again, no commands
  });

  it('an automatic "next" that lost its race with the user is dropped silently', async () => {
    const t = screenHarness();
    await t.throughTriage();
    await t.user('pain 3');
    await t.user('no');
    await t.user('pattern varies');
    await t.user('next');
    const setToken = renderOf(t)!.token!;
    // The auto-advance in time runs on, like "next".
    const onTime = screenHarness();
    await onTime.throughTriage();
    for (const line of ['pain 3', 'no', 'pattern varies', 'next']) await onTime.user(line);
    const viaScreen = await tap(onTime, ['next', '', 'auto']);
    expect(viaScreen).toBe(await t.user('next'));
    const before = structuredClone(t.conversation.attributes);
    await tap(t, ['next', '', 'auto'], setToken);
    expect(t.last.envelope.response.outputSpeech).toBeUndefined();
    expect(t.last.ended).toBe(false);
    expect(t.conversation.attributes).toEqual(before);
  });

  it('unknown arguments are "not understood"; a touch after the session ended closes quietly', async () => {
    const t = screenHarness();
    const words = screenHarness();
    await t.user('launch');
    await words.user('launch');
    expect(await tap(t, ['launchMissiles', 'now'])).toBe(await words.user('gibberish'));
    expect(await tap(t, [])).toBe(await words.user('gibberish'));
    const dead = screenHarness();
    await dead.user('launch');
    await dead.user('yes');
    await dead.user('yes');
    const token = renderOf(dead)!.token!;
    expect(dead.last.ended).toBe(true);
    await tap(dead, ['stop', ''], token);
    expect(dead.last.envelope.response.outputSpeech).toBeUndefined();
    expect(dead.last.envelope.response.shouldEndSession).toBe(true);
  });
});

describe('voice-only devices', () => {
  it.each(SCENARIOS.map((s) => [s.name, s] as const))('get exactly the same responses, minus the directive: %s', async (_, scenario) => {
    const voice = alexaHarness({ locale: scenario.locale ?? 'en-US' });
    const screen = screenHarness({ locale: scenario.locale ?? 'en-US' });
    for (const line of scenario.lines) {
      await voice.user(line);
      await screen.user(line);
      const { directives, ...rest } = screen.last.envelope.response;
      expect(voice.last.envelope.response.directives).toBeUndefined();
      expect(directives?.length ?? 0, line).toBeGreaterThan(0);
      expect({ ...screen.last.envelope, response: rest }, line).toEqual(voice.last.envelope);
    }
  });
});

describe('response sizes', () => {
  it('every response stays under 24 KB with the screen, and would even with the document inlined', async () => {
    const sizes: { line: string; voice: number; apl: number; inlined: number }[] = [];
    for (const scenario of SCENARIOS) {
      const voice = alexaHarness({ locale: scenario.locale ?? 'en-US' });
      const screen = screenHarness({ locale: scenario.locale ?? 'en-US' });
      for (const line of scenario.lines) {
        await voice.user(line);
        await screen.user(line);
        const render = renderOf(screen)!;
        const inlined = JSON.stringify(screen.last.envelope).length - JSON.stringify(render.document).length + JSON.stringify(APL_DOCUMENTS[render.datasources!.screen.document]).length;
        sizes.push({ line: `${scenario.name}: ${line}`, voice: JSON.stringify(voice.last.envelope).length, apl: JSON.stringify(screen.last.envelope).length, inlined });
      }
    }
    const max = (k: 'voice' | 'apl' | 'inlined') => sizes.reduce((a, b) => (b[k] > a[k] ? b : a));
    console.log(`response bytes over ${sizes.length} turns: voice max ${max('voice').voice} (${max('voice').line}); with APL max ${max('apl').apl} (${max('apl').line}); inlined max ${max('inlined').inlined}`);
    for (const s of sizes) expect(s.apl, s.line).toBeLessThan(24 * 1024);
    for (const s of sizes) expect(s.inlined, s.line).toBeLessThan(24 * 1024);
  });
});
