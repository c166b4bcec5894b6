// German, checked on its own (no plumbing needed): every cue renders as
// well-formed SSML in de-DE and for any other German region, the emergency
// outcome names the right number (or none), the content words keep their
// shape, the model words follow Alexa's rules, and the NLU set is big enough.
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { BUILTIN_INTENTS } from '../intents/builtins';
import { CUSTOM_INTENTS } from '../intents/custom';
import { GERMAN_MODEL } from '../intents/lang/de';
import { SLOT_TYPES } from '../intents/slot-types';
import { ENGLISH_ONLY_INTENTS, ENGLISH_ONLY_SLOT_TYPES } from '../intents/model';
import { contentWords } from '../speech/de/content';
import { germanCues } from '../speech/de/cues';
import { GERMAN_FACTS, OTHER_GERMAN } from '../speech/de/facts';
import { germanScreen } from '../speech/de/screen';
import type { LocaleFacts, SpeechPack, Text } from '../speech/types';
import { EXERCISE_IDS } from '../src/flow/content/exercises';
import { DE_SAFETY } from '../src/flow/content/safety/de';
import { TRIAGE_QUESTION_IDS } from '../src/flow/content/triage';
import type { CueId } from '../src/flow/cues';
import { breakSeconds, ssmlToText } from '../src/render/ssml';
import { GERMAN_CASES } from './nlu/de';

import { SAMPLES } from './support/cueSamples';


const ASKING: CueId[] = ['askAge', 'askRecheck', 'askTriage', 'askClearance', 'askPainNow', 'askBelowKnee', 'askPattern', 'inPositionPrompt', 'paused', 'askSharp', 'askHurtsChoice', 'confirmSafety', 'keepGoingPrompt', 'askPainAfter', 'askPainConsent', 'confirmStartOver', 'confirmDelete'];
const HIGH_FREQUENCY: CueId[] = ['rep', 'switchSides', 'setDone', 'inPositionPrompt', 'exerciseIntro', 'exerciseDone', 'go', 'rest', 'holdStart', 'holdLeft', 'holdEnd', 'side', 'setStart', 'limbs', 'restLeft'];

const variantsOf = (text: Text | ((p: never) => Text) | undefined, params: unknown): string[] => {
  if (text === undefined) return [];
  const value = typeof text === 'function' ? (text as (p: unknown) => Text)(params) : text;
  return typeof value === 'string' ? [value] : [...value];
};
function rendered(pack: SpeechPack): { id: CueId; say: string[]; reprompt: string[] }[] {
  return (Object.keys(SAMPLES) as CueId[]).flatMap((id) =>
    (SAMPLES[id] as unknown[]).map((params) => {
      const template = pack[id] as { say: Text | ((p: never) => Text); reprompt?: Text | ((p: never) => Text) };
      return { id, say: variantsOf(template.say, params), reprompt: variantsOf(template.reprompt, params) };
    }),
  );
}

const FACTS: [string, LocaleFacts][] = [...Object.entries(GERMAN_FACTS), ['de (other regions)', OTHER_GERMAN]];

describe('German speech', () => {
  for (const [name, facts] of FACTS) {
    const pack = germanCues(facts, contentWords(facts));
    const all = rendered(pack);

    it(`renders every cue in ${name} as well-formed SSML, no undefined, no break over 10 s`, () => {
      for (const { id, say, reprompt } of all) {
        expect(say.length, id).toBeGreaterThan(0);
        for (const ssml of [...say, ...reprompt]) {
          expect(XMLValidator.validate(`<speak>${ssml}</speak>`), `${id}: ${ssml}`).toBe(true);
          expect(ssmlToText(ssml), id).not.toMatch(/undefined|NaN|\[object Object\]|null/);
          for (const seconds of breakSeconds(ssml)) expect(seconds, id).toBeLessThanOrEqual(10);
          if (id !== 'pause' && id !== 'mark') expect(ssmlToText(ssml).length, id).toBeGreaterThan(0);
          // No English left behind in the coaching lines.
          expect(ssmlToText(ssml), id).not.toMatch(/\b(the|and|your|please|you)\b/i);
          // Numbers at a sentence end are cardinals ("Satz 2." reads as an ordinal otherwise).
          expect(ssml, `${id}: ${ssml}`).not.toMatch(/(^|[^>\d])\d+\.(\s|$)/);
        }
      }
    });

    it(`gives a reprompt to every cue that asks something (${name})`, () => {
      for (const id of ASKING) for (const r of all.filter((x) => x.id === id)) expect(r.reprompt.length, id).toBeGreaterThan(0);
    });

    it(`says each high-frequency line in at least three ways (${name})`, () => {
      for (const id of HIGH_FREQUENCY) for (const r of all.filter((x) => x.id === id && !(id === 'rep' && x.say.length === 1 && /^<say-as[^>]*>1</.test(x.say[0]!)))) expect(new Set(r.say).size, id).toBeGreaterThanOrEqual(3);
    });

    it(`keeps the clinical rules in ${name}: disclaimer, stop rules, nerve wording, no cure, no all-clear`, () => {
      const welcome = ssmlToText(variantsOf(pack.welcomeNew.say, {})[0]!);
      expect(welcome).toMatch(/ersetzt keinen ärztlichen Rat/);
      expect(welcome).toMatch(/Im Notfall ruf/);
      const rules = (nerve: boolean, relative: boolean) => ssmlToText(variantsOf(pack.stopRules.say, { limit: relative ? 6 : 5, relative, nerve })[0]!);
      expect(rules(false, false)).toMatch(/stechend.*ins Bein ausstrahlt.*über 5 von 10/);
      expect(rules(true, true)).toMatch(/Beschwerden im Bein weiter ausbreiten oder stärker werden.*über 6 steigt, deinen Startwert/);
      const everything = all.flatMap((r) => [...r.say, ...r.reprompt]).map((s) => ssmlToText(s)).join(' ');
      expect(everything).not.toMatch(/heilt|Heilung garantiert|wird deinen Rücken reparieren|du bist gesund|nichts Ernstes|alles in Ordnung mit dir|Diagnose:/i);
    });
  }

  it('names 112 in de-DE, wrapped as digits, in every line that names a number', () => {
    const pack = germanCues(GERMAN_FACTS['de-DE'], contentWords(GERMAN_FACTS['de-DE']));
    for (const id of ['outcomeEmergency', 'outcomeUrgent', 'sharpStop', 'welcomeNew'] as const) {
      const ssml = variantsOf(pack[id].say, {})[0]!;
      expect(ssml, id).toContain('<say-as interpret-as="digits">112</say-as>');
    }
    const emergency = ssmlToText(variantsOf(pack.outcomeEmergency.say, {})[0]!);
    expect(emergency).toMatch(/Ruf jetzt 112 an, oder lass dich in die nächste Notaufnahme bringen/);
  });

  it('names no number for other German regions', () => {
    const pack = germanCues(OTHER_GERMAN, contentWords(OTHER_GERMAN));
    const text = ssmlToText(variantsOf(pack.outcomeEmergency.say, {})[0]!);
    expect(text).toMatch(/Ruf jetzt die örtliche Notrufnummer an/);
    expect(text).not.toMatch(/\d/);
  });

  it('writes content as plain text with the shape the coach needs', () => {
    const w = contentWords(GERMAN_FACTS['de-DE']);
    const plain = (s: string) => expect(s, s).not.toMatch(/[&<>"]|[A-Za-zäöüß]'[A-Za-zäöüß]/);
    for (const id of EXERCISE_IDS) {
      const e = w.exercises[id];
      expect(e.formCues.length, id).toBeGreaterThanOrEqual(4);
      expect(e.mistakes.length, id).toBeGreaterThanOrEqual(2);
      [e.name, e.donePhrase, e.setup, e.reason, ...e.steps, ...e.formCues, ...e.mistakes].forEach(plain);
    }
    for (const v of Object.values(w.variations)) [v.name, v.setup, ...v.steps].forEach(plain);
    for (const q of TRIAGE_QUESTION_IDS) {
      expect(w.triage[q].ask, q).toMatch(/\?$/);
      expect(w.triage[q].rephrase, q).toMatch(/Bitte sag ja oder nein\.$/);
    }
    expect(w.exercises.wallTap.setup).toContain('fünfzehn Zentimeter');
  });

  it('labels every screen item', () => {
    expect(germanScreen.setOf(1, 2)).toBe('Satz 1 von 2');
    expect(germanScreen.streak(1)).toBe('1 Tag in Folge');
    expect(Object.values(germanScreen.buttons).every((b) => b.length > 0)).toBe(true);
  });
});

describe('German model words', () => {
  const intents = [...CUSTOM_INTENTS, ...BUILTIN_INTENTS].filter((i) => !ENGLISH_ONLY_INTENTS.includes(i.name));

  it('has samples for every intent, in Alexa format, each in one intent only', () => {
    const owner = new Map<string, string>();
    for (const intent of intents) {
      const words = GERMAN_MODEL.intents[intent.name];
      expect(words, intent.name).toBeDefined();
      if (intent.alexaExtendable !== false) expect(words!.samples.length + (words!.known?.length ?? 0), intent.name).toBeGreaterThan(0);
      const slots = new Set((intent.slots ?? []).map((s) => s.name));
      for (const sample of [...(words!.known ?? []), ...words!.samples]) {
        expect(sample, intent.name).toBe(sample.toLowerCase());
        expect(sample, intent.name).not.toMatch(/[0-9.,!?;:"-]/);
        for (const m of sample.matchAll(/\{(\w+)\}/g)) expect(slots.has(m[1]!), `${intent.name}: ${sample}`).toBe(true);
        const previous = owner.get(sample);
        expect(previous === undefined || previous === intent.name, `${sample}: ${previous} and ${intent.name}`).toBe(true);
        owner.set(sample, intent.name);
      }
    }
  });

  it('has values for every custom slot type, keyed by the same ids, no synonym in two values', () => {
    for (const type of SLOT_TYPES.filter((t) => !ENGLISH_ONLY_SLOT_TYPES.includes(t.name))) {
      const words = GERMAN_MODEL.slotTypes[type.name]!;
      expect(words, type.name).toBeDefined();
      const seen = new Set<string>();
      for (const value of type.values) {
        const german = words[value.id]!;
        expect(german, `${type.name}.${value.id}`).toBeDefined();
        for (const s of [german.value, ...german.synonyms]) {
          expect(seen.has(s), s).toBe(false);
          seen.add(s);
        }
      }
    }
  });

  it('lists the store entry with the disclaimer and example phrases that are samples', () => {
    const description = GERMAN_MODEL.skill.description({ emergencyNumber: '112', doctor: GERMAN_FACTS['de-DE'].doctor });
    expect(description).toMatch(/ersetzt keinen ärztlichen Rat/);
    expect(description).toMatch(/keine Diagnose/);
    expect(description).toContain('112');
    const samples = new Set(Object.values(GERMAN_MODEL.intents).flatMap((i) => i.samples));
    const length = GERMAN_MODEL.slotTypes.RoutineLengthType!;
    const lengthValues = Object.values(length).flatMap((v) => [v.value, ...v.synonyms]);
    for (const phrase of GERMAN_MODEL.skill.examplePhrases.slice(1)) {
      const after = phrase.replace(/^Alexa, (frag|sag) hip coach /, '');
      const direct = samples.has(after);
      const viaLength = lengthValues.some((v) => samples.has(after.replace(v, '{length}')));
      expect(direct || viaLength, phrase).toBe(true);
    }
  });
});

describe('German NLU set and lexicon shape', () => {
  it('has at least 150 fresh cases, 45 red flags or urgent signs and 25 look-alikes, all for de-DE', () => {
    expect(GERMAN_CASES.length).toBeGreaterThanOrEqual(150);
    const red = GERMAN_CASES.filter((c) => 'safety' in c.expect && (c.expect.safety === 'redFlag' || c.expect.safety === 'urgent'));
    expect(red.length).toBeGreaterThanOrEqual(45);
    expect(GERMAN_CASES.filter((c) => c.category === 'lookAlike').length).toBeGreaterThanOrEqual(25);
    expect(GERMAN_CASES.every((c) => c.locale === 'de-DE')).toBe(true);
    const samples = new Set(Object.values(GERMAN_MODEL.intents).flatMap((i) => [...i.samples, ...(i.known ?? [])]));
    for (const c of GERMAN_CASES) expect(samples.has(c.text), c.text).toBe(false);
  });

  it('writes lexicon patterns as short lowercase phrases', () => {
    for (const [concept, patterns] of Object.entries(DE_SAFETY.concepts)) {
      expect(patterns.length, concept).toBeGreaterThan(0);
      for (const p of patterns) {
        expect(p, concept).toBe(p.toLowerCase());
        expect(p.replace(/\([^)]*\)/g, 'x').split(/\s+/).length, `${concept}: ${p}`).toBeLessThanOrEqual(7);
      }
    }
  });
});
