// Every cue renders in every locale as well-formed SSML within Alexa's limits.
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import type { Cue, CueId } from '../src/flow/cues';
import { SAMPLES } from './support/cueSamples';
import { render, resolveLocale } from '../src/render/render';
import { breakSeconds, escapeSsml } from '../src/render/ssml';
import { SPEECH_LOCALES } from '../speech';

const ALL_CUES: Cue[] = Object.entries(SAMPLES).flatMap(([id, list]) => (list as object[]).map((params) => ({ id, params }) as Cue));
const ASKING: CueId[] = ['askAge', 'askRecheck', 'askTriage', 'askClearance', 'askPainNow', 'askBelowKnee', 'askPattern', 'inPositionPrompt', 'paused', 'askSharp', 'askHurtsChoice', 'confirmSafety', 'keepGoingPrompt', 'askPainAfter', 'askPainConsent', 'confirmStartOver', 'confirmDelete'];
/** Lines said many times a session: at least three variants each (issue: robotic scaffolding). */
const SCAFFOLDING: Cue[] = [
  { id: 'rep', params: { n: 10, total: 10 } },
  { id: 'switchSides', params: {} },
  { id: 'setDone', params: { set: 1, sets: 2 } },
  { id: 'inPositionPrompt', params: { first: false } },
  { id: 'inPositionPrompt', params: { first: true } },
  { id: 'exerciseIntro', params: { exercise: 'clamshell', variation: 'standard', sets: 2, reps: 10, perSide: true, alternating: false, short: true, first: false } },
  { id: 'exerciseIntro', params: { exercise: 'clamshell', variation: 'standard', sets: 2, reps: 10, perSide: true, alternating: false, short: false, first: false } },
  { id: 'exerciseDone', params: { exercise: 'clamshell' } },
  { id: 'go', params: {} },
  { id: 'rest', params: { seconds: 15 } },
];

describe('speech', () => {
  for (const locale of SPEECH_LOCALES) {
    it(`renders every cue in ${locale} as well-formed SSML with no break over 10 s`, () => {
      for (const variant of [0, 0.5, 0.99]) {
        for (const cue of ALL_CUES) {
          const { ssml, text, repromptSsml } = render([cue], locale, () => variant);
          expect(XMLValidator.validate(ssml), `${cue.id} ${JSON.stringify(cue.params)}`).toBe(true);
          if (repromptSsml) expect(XMLValidator.validate(repromptSsml)).toBe(true);
          expect(text, cue.id).not.toMatch(/undefined|NaN|\[object Object\]|null/);
          for (const seconds of breakSeconds(ssml)) expect(seconds).toBeLessThanOrEqual(10);
          if (cue.id !== 'pause' && cue.id !== 'mark') expect(text.length, cue.id).toBeGreaterThan(0);
        }
      }
    });
  }

  it('says each high-frequency line in at least three ways, and never the same way twice in a row', () => {
    for (const cue of SCAFFOLDING) {
      const said = new Set<string>();
      let previous: string | null = null;
      let variants = {};
      for (let i = 0; i < 60; i++) {
        const r = render([cue], 'en-US', Math.random, variants);
        variants = r.variants;
        expect(r.text, `${cue.id} twice in a row`).not.toBe(previous);
        previous = r.text;
        said.add(r.text);
      }
      expect(said.size, cue.id).toBeGreaterThanOrEqual(3);
    }
  });

  it('gives a reprompt to every cue that asks something', () => {
    for (const id of ASKING) {
      const cue = ALL_CUES.find((c) => c.id === id)!;
      expect(render([cue], 'en-US', () => 0).repromptText, id).toBeTruthy();
    }
  });

  it.each([
    ['en-US', '911'],
    ['en-CA', '911'],
    ['en-GB', '999'],
    ['en-AU', '000'],
    ['en-IN', '112'],
  ] as const)('names the emergency number of %s (%s)', (locale, number) => {
    const { ssml } = render([{ id: 'outcomeEmergency', params: {} }], locale, Math.random);
    expect(ssml).toContain(`<say-as interpret-as="digits">${number}</say-as>`);
  });

  it('names no number where the country is unknown', () => {
    const { text } = render([{ id: 'outcomeEmergency', params: {} }], 'en', Math.random);
    expect(text).toMatch(/Call your local emergency number now/);
    expect(text).not.toMatch(/\d{3}/);
  });

  it('escapes parameters in one place', () => {
    expect(escapeSsml(`<speak>&"'`)).toBe('&lt;speak&gt;&amp;&quot;&apos;');
  });

  it('resolves platform locales to the ones we speak', () => {
    expect(resolveLocale('en-GB')).toBe('en-GB');
    expect(resolveLocale('en_au')).toBe('en-AU');
    expect(resolveLocale('fr_ca')).toBe('fr-CA');
    // A regional variant we do not serve, or a bare language: no country, so no guessed emergency number.
    expect(resolveLocale('de-AT')).toBe('de');
    expect(resolveLocale('es')).toBe('es');
    expect(resolveLocale('it-IT')).toBe('en');
    expect(resolveLocale('en')).toBe('en');
    expect(resolveLocale('en-IE')).toBe('en');
    expect(resolveLocale(undefined)).toBe('en');
  });

  it('never diagnoses or promises a cure', () => {
    const all = ALL_CUES.map((c) => render([c], 'en-US', () => 0).text.toLowerCase()).join('\n');
    for (const banned of ['cure', 'sciatica', 'herniat', 'slipped disc', 'your diagnosis', 'you have an injury', 'diagnos', 'fix your back', 'will fix', 'you are fine', "you're fine", 'nothing serious', 'cauda equina', 'guarantee']) {
      expect(all).not.toContain(banned);
    }
  });
});
