// Spanish self-check, with no plumbing: the pack is built straight from
// spanishCues(facts, contentWords(facts)) for each Spanish locale and for the
// unknown-country facts, every template is called with parameters covering
// every branch (the SAMPLES table of tests/speech.test.ts), and each result
// must be well-formed SSML with no "undefined", no break over 10 s, and the
// right emergency number. The safety lexicon is checked for shape only (the
// lead wires it into the classifier).
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import type { CueId } from '../src/flow/cues';
import { contentWords as englishWords } from '../speech/en/content';
import { englishCues } from '../speech/en/cues';
import { LOCALE_FACTS } from '../speech/locales';
import { contentWords } from '../speech/es/content';
import { spanishCues } from '../speech/es/cues';
import { OTHER_SPANISH, SPANISH_FACTS } from '../speech/es/facts';
import { spanishScreen } from '../speech/es/screen';
import { englishScreen } from '../speech/en/screen';
import type { LocaleFacts, SpeechPack, Template, Text } from '../speech/types';
import { SPANISH_LEXICON } from '../src/flow/content/safety/es';
import { EN_SAFETY } from '../src/flow/content/safety/en';
import { SPANISH_MODEL } from '../intents/lang/es';
import { CUSTOM_INTENTS } from '../intents/custom';
import { BUILTIN_INTENTS } from '../intents/builtins';
import { SLOT_TYPES } from '../intents/slot-types';
import { ENGLISH_ONLY_INTENTS, ENGLISH_ONLY_SLOT_TYPES } from '../intents/model';
import { SPANISH_CASES } from './nlu/es';

import { SAMPLES } from './support/cueSamples';

const variantsOf = (text: Text): readonly string[] => (typeof text === 'string' ? [text] : text);

function said(template: Template<never>, params: unknown, key: 'say' | 'reprompt'): readonly string[] {
  const value = template[key] as Text | ((p: unknown) => Text) | undefined;
  if (value === undefined) return [];
  return variantsOf(typeof value === 'function' ? value(params) : value);
}

/** Every line a pack can say: [cue id, say or reprompt, the SSML fragment]. */
function allLines(pack: SpeechPack): [CueId, 'say' | 'reprompt', string][] {
  const out: [CueId, 'say' | 'reprompt', string][] = [];
  for (const [id, list] of Object.entries(SAMPLES) as [CueId, unknown[]][]) {
    const template = pack[id] as Template<never>;
    for (const params of list) {
      for (const key of ['say', 'reprompt'] as const) for (const line of said(template, params, key)) out.push([id, key, line]);
    }
  }
  return out;
}

const plain = (ssml: string) => ssml.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();
const breaks = (ssml: string) => [...ssml.matchAll(/<break time="(\d+(?:\.\d+)?)s"\/>/g)].map((m) => Number(m[1]));

const FACTS: [string, LocaleFacts, string[]][] = [
  ['es-ES', SPANISH_FACTS['es-ES'], ['112']],
  ['es-MX', SPANISH_FACTS['es-MX'], ['911']],
  ['es-US', SPANISH_FACTS['es-US'], ['911']],
  ['es (other)', OTHER_SPANISH, []],
];

describe('Spanish speech pack', () => {
  for (const [name, facts, numbers] of FACTS) {
    const pack = spanishCues(facts, contentWords(facts));
    const lines = allLines(pack);

    it(`${name}: every line is well-formed SSML, with no undefined and no break over 10 s`, () => {
      expect(lines.length).toBeGreaterThan(400);
      for (const [id, key, line] of lines) {
        expect(XMLValidator.validate(`<speak>${line}</speak>`), `${id} ${key}: ${line}`).toBe(true);
        expect(line, id).not.toMatch(/undefined|NaN|\[object Object\]|null/);
        for (const seconds of breaks(line)) expect(seconds, id).toBeLessThanOrEqual(10);
        if (id !== 'pause' && id !== 'mark') expect(plain(line).length, id).toBeGreaterThan(0);
      }
    });

    it(`${name}: the emergency outcome names ${numbers.length ? numbers.join(' and ') : 'no number'}`, () => {
      for (const id of ['outcomeEmergency', 'welcomeNew', 'outcomeUrgent', 'sharpStop'] as const) {
        const [line] = said(pack[id] as Template<never>, {}, 'say');
        if (numbers.length) {
          for (const n of numbers) expect(line, id).toContain(`<say-as interpret-as="digits">${n}</say-as>`);
        } else {
          expect(line, id).toContain('número de emergencias de tu zona');
          expect(plain(line!), id).not.toMatch(/\d{3}/);
        }
      }
      const [emergency] = said(pack.outcomeEmergency as Template<never>, {}, 'say');
      expect(emergency).toContain(facts.emergencyPlace);
    });

    it(`${name}: no diagnosis, no promise of a cure, no regional-only words`, () => {
      const all = lines.map(([, , line]) => plain(line).toLowerCase()).join('\n');
      for (const banned of ['cura', 'curar', 'ciática', 'hernia', 'diagnóstic', 'diagnostic', 'lesión', 'estás bien', 'no es nada', 'nada grave', 'cola de caballo', 'garantiz', 'arreglar tu espalda', 'te vas a', 'undefined']) {
        expect(all, banned).not.toContain(banned);
      }
      // Red-flag words are never used for harmless things in coaching lines.
      expect(all).not.toMatch(/entumec/);
      // Spain-only or Mexico-only words a neutral coach avoids.
      for (const regional of [' vale.', ' vale,', 'coger', 'ahorita', 'túmbate', 'ordenador', 'móvil', 'a cuatro patas']) expect(all, regional).not.toContain(regional);
    });
  }

  it('has a reprompt wherever English has one, and at least as many variants on the high-frequency lines', () => {
    const en = englishCues(LOCALE_FACTS['en-US'], englishWords(LOCALE_FACTS['en-US']));
    const es = spanishCues(SPANISH_FACTS['es-MX'], contentWords(SPANISH_FACTS['es-MX']));
    for (const [id, list] of Object.entries(SAMPLES) as [CueId, unknown[]][]) {
      for (const params of list) {
        const enT = en[id] as Template<never>;
        const esT = es[id] as Template<never>;
        if (enT.reprompt !== undefined) expect(said(esT, params, 'reprompt').length, `${id} reprompt`).toBeGreaterThan(0);
        expect(said(esT, params, 'say').length, `${id} variants`).toBeGreaterThanOrEqual(said(enT, params, 'say').length);
      }
    }
  });

  it('content words: plain text, at least four form cues and two mistakes each, yes/no rephrases', () => {
    for (const facts of [SPANISH_FACTS['es-ES'], SPANISH_FACTS['es-MX'], SPANISH_FACTS['es-US'], OTHER_SPANISH]) {
      const w = contentWords(facts);
      const texts: string[] = [];
      for (const e of Object.values(w.exercises)) {
        expect(e.formCues.length).toBeGreaterThanOrEqual(4);
        expect(e.mistakes.length).toBeGreaterThanOrEqual(2);
        texts.push(e.name, e.donePhrase, e.setup, ...e.steps, ...e.formCues, ...e.mistakes, e.reason);
      }
      for (const v of Object.values(w.variations)) texts.push(v.name, v.setup, ...v.steps);
      for (const p of Object.values(w.parts)) texts.push(p.intro, p.why);
      for (const t of Object.values(w.triage)) {
        expect(t.ask).toMatch(/\?$/);
        expect(t.rephrase).toMatch(/Por favor, di sí o no\.$/);
        texts.push(t.ask, t.rephrase);
      }
      for (const p of Object.values(w.patterns)) texts.push(p.ack);
      for (const text of texts) expect(text, text).not.toMatch(/[&<>"']/);
      // The wall distance and the car come from the facts.
      expect(w.exercises.wallTap.setup).toContain(facts.wallDistance);
      expect(w.exercises.hipHinge.steps[0]).toContain(facts.behind);
    }
    expect(contentWords(SPANISH_FACTS['es-ES']).exercises.hipHinge.steps[0]).toContain('coche');
    expect(contentWords(SPANISH_FACTS['es-US']).exercises.hipHinge.steps[0]).toContain('carro');
  });

  it('names the physio the way each market does', () => {
    const line = (facts: LocaleFacts) => said(spanishCues(facts, contentWords(facts)).sharpStop as Template<never>, {}, 'say')[0]!;
    expect(line(SPANISH_FACTS['es-ES'])).toContain('fisioterapeuta');
    expect(line(SPANISH_FACTS['es-MX'])).toContain('fisioterapeuta');
    expect(line(SPANISH_FACTS['es-US'])).toContain('terapeuta físico');
    expect(line(SPANISH_FACTS['es-ES'])).toContain('médico de cabecera');
  });

  it('screen labels cover what English has', () => {
    expect(Object.keys(spanishScreen.buttons).sort()).toEqual(Object.keys(englishScreen.buttons).sort());
    expect(spanishScreen.setOf(1, 2)).toBe('Serie 1 de 2');
  });
});

describe('Spanish model words', () => {
  const intents = [...CUSTOM_INTENTS, ...BUILTIN_INTENTS].filter((i) => !ENGLISH_ONLY_INTENTS.includes(i.name)).filter((i) => i.alexaExtendable !== false || i.name === 'AMAZON.NavigateHomeIntent');
  const alexaOk = /^[a-záéíóúüñ' {}]+$/;

  it('has samples for every intent, with the same slots, Alexa-valid and in one intent only', () => {
    const seen = new Map<string, string>();
    for (const intent of [...CUSTOM_INTENTS, ...BUILTIN_INTENTS].filter((i) => !ENGLISH_ONLY_INTENTS.includes(i.name))) {
      if (intent.name === 'AMAZON.FallbackIntent') continue;
      const words = SPANISH_MODEL.intents[intent.name];
      expect(words, intent.name).toBeDefined();
      const all = [...(words!.known ?? []), ...words!.samples];
      expect(all.length, intent.name).toBeGreaterThan(intent.name.startsWith('AMAZON.') ? 1 : 4);
      const slots = new Set((intent.slots ?? []).map((s) => s.name));
      for (const sample of words!.samples) {
        expect(sample, intent.name).toMatch(alexaOk);
        expect(sample, intent.name).not.toMatch(/\d/);
        for (const [, slot] of sample.matchAll(/\{(\w+)\}/g)) expect(slots.has(slot!), `${intent.name}: ${sample}`).toBe(true);
      }
      for (const sample of all) {
        const key = sample.trim();
        expect(seen.get(key) ?? intent.name, `"${key}" in ${seen.get(key)} and ${intent.name}`).toBe(intent.name);
        seen.set(key, intent.name);
      }
    }
    expect(intents.length).toBeGreaterThan(10);
  });

  it('has values for every slot type value id', () => {
    for (const type of SLOT_TYPES.filter((t) => !ENGLISH_ONLY_SLOT_TYPES.includes(t.name))) {
      const values = SPANISH_MODEL.slotTypes[type.name];
      expect(values, type.name).toBeDefined();
      expect(Object.keys(values!).sort(), type.name).toEqual(type.values.map((v) => v.id).sort());
      for (const v of Object.values(values!)) for (const s of [v.value, ...v.synonyms]) expect(s, type.name).toMatch(/^[a-záéíóúüñ' ]+$/);
    }
  });

  it('skill listing carries the disclaimer and phrases that are samples', () => {
    const { skill } = SPANISH_MODEL;
    const description = skill.description({ emergencyNumber: '112', doctor: 'médico de cabecera' });
    expect(description).toMatch(/no es consejo médico/i);
    expect(description).toContain('112');
    const samples = new Set(Object.values(SPANISH_MODEL.intents).flatMap((w) => [...w.samples, ...(w.known ?? [])]));
    for (const phrase of skill.examplePhrases.slice(1)) {
      const after = phrase.toLowerCase().replace(/^alexa, /, '').replace(new RegExp(`^(pide a|pídele a|abre|dile a) ${skill.invocationName} (que )?`), '').replace(/[¿?.!,]/g, '').trim();
      expect(samples.has(after) || [...samples].some((s) => s.includes('{') && new RegExp(`^${s.replace(/\{\w+\}/g, '.+')}$`).test(after)), phrase).toBe(true);
    }
  });
});

describe('Spanish safety lexicon and NLU cases', () => {
  it('covers every concept English has, in folded lowercase words', () => {
    expect(Object.keys(SPANISH_LEXICON.concepts).sort()).toEqual(Object.keys(EN_SAFETY.concepts).sort());
    for (const [concept, patterns] of Object.entries(SPANISH_LEXICON.concepts)) {
      expect(patterns.length, concept).toBeGreaterThan(0);
      for (const p of patterns) expect(p, concept).toMatch(/^[a-z0-9 |?_()]+$/);
    }
    for (const list of Object.values(SPANISH_LEXICON.answers)) for (const p of list) expect(p).toMatch(/^[a-z0-9 |?_()]+$/);
  });

  it('has at least 150 cases, 45 red flags and 25 look-alikes, each with a Spanish locale, none a model sample', () => {
    expect(SPANISH_CASES.length).toBeGreaterThanOrEqual(150);
    expect(SPANISH_CASES.filter((c) => c.category === 'redFlag').length).toBeGreaterThanOrEqual(45);
    expect(SPANISH_CASES.filter((c) => c.category === 'lookAlike').length).toBeGreaterThanOrEqual(25);
    const samples = new Set(Object.values(SPANISH_MODEL.intents).flatMap((w) => [...w.samples, ...(w.known ?? [])]));
    for (const c of SPANISH_CASES) {
      expect(['es-ES', 'es-MX', 'es-US'], c.text).toContain(c.locale);
      expect(samples.has(c.text.toLowerCase().replace(/[¿?¡!.,]/g, '').trim()), c.text).toBe(false);
    }
  });
});
