// French speech pack, checked on its own (no plumbing needed): every cue of
// every French locale, every variant, rendered as well-formed SSML; the
// emergency numbers; the content's shape. The lead's shared speech tests take
// over once fr-FR and fr-CA are registered.
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { BUILTIN_INTENTS } from '../intents/builtins';
import { CUSTOM_INTENTS } from '../intents/custom';
import { FRENCH_MODEL } from '../intents/lang/fr';
import { SLOT_TYPES } from '../intents/slot-types';
import { ENGLISH_ONLY_INTENTS, ENGLISH_ONLY_SLOT_TYPES } from '../intents/model';
import { FR_SAFETY } from '../src/flow/content/safety/fr';
import type { CueId } from '../src/flow/cues';
import { breakSeconds, ssmlToText } from '../src/render/ssml';
import { contentWords } from '../speech/fr/content';
import { frenchCues } from '../speech/fr/cues';
import { FRENCH_FACTS, OTHER_FRENCH } from '../speech/fr/facts';
import { frenchScreen } from '../speech/fr/screen';
import type { LocaleFacts, SpeechPack, Template, Text } from '../speech/types';
import { FR_CASES } from './nlu/fr';

import { SAMPLES } from './support/cueSamples';


const ASKING: CueId[] = ['askAge', 'askRecheck', 'askTriage', 'askClearance', 'askPainNow', 'askBelowKnee', 'askPattern', 'inPositionPrompt', 'paused', 'askSharp', 'askHurtsChoice', 'confirmSafety', 'keepGoingPrompt', 'askPainAfter', 'askPainConsent', 'confirmStartOver', 'confirmDelete'];
/** Lines said many times a session: at least as many variants as English (three). */
const SCAFFOLDING: { id: CueId; params: object }[] = [
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
  { id: 'holdStart', params: { seconds: 30 } },
  { id: 'holdEnd', params: {} },
  { id: 'setStart', params: { set: 1, sets: 2 } },
];

const LOCALES: [string, LocaleFacts][] = [['fr-FR', FRENCH_FACTS['fr-FR']], ['fr-CA', FRENCH_FACTS['fr-CA']], ['fr (other)', OTHER_FRENCH]];

const variants = (text: Text): readonly string[] => (typeof text === 'string' ? [text] : text);
function texts<P>(template: Template<P>, params: P, which: 'say' | 'reprompt'): readonly string[] {
  const value = template[which];
  if (value === undefined) return [];
  return variants(typeof value === 'function' ? value(params) : value);
}
const packFor = (facts: LocaleFacts): SpeechPack => frenchCues(facts, contentWords(facts));
/** Every rendered line of a pack: [cue id, which, ssml]. */
function allLines(pack: SpeechPack): [CueId, string, string][] {
  const out: [CueId, string, string][] = [];
  for (const id of Object.keys(SAMPLES) as CueId[]) {
    const template = pack[id] as Template<unknown>;
    for (const params of SAMPLES[id] as unknown[]) {
      for (const which of ['say', 'reprompt'] as const) for (const line of texts(template, params, which)) out.push([id, which, line]);
    }
  }
  return out;
}

/** Words that would diagnose, promise a cure, or say all is well. */
const BANNED = [
  'guérir', 'guérison', 'guérit', 'vous avez une hernie', 'hernie discale', 'sciatique', 'lumbago', 'vous souffrez de',
  'ce n’est rien', 'rien de grave', 'vous allez bien', 'tout va bien', 'ça va passer', 'réparer votre dos', 'régler définitivement',
  'pour de bon', 'garanti', 'diagnostic',
];
/** Adjectives that would guess the listener's or the coach's gender. */
const GENDERED = /\b(prêt|prête|prêts|désolé|désolée|ravi|ravie|content|contente|sûre|tombé|tombée|fatigué|fatiguée)\b/i;

describe('French speech pack (fr-FR, fr-CA, other French)', () => {
  for (const [locale, facts] of LOCALES) {
    it(`renders every cue of ${locale} as well-formed SSML with no break over 10 s`, () => {
      const lines = allLines(packFor(facts));
      expect(lines.length).toBeGreaterThan(900);
      for (const [id, which, ssml] of lines) {
        const where = `${locale} ${id} ${which}: ${ssml}`;
        expect(XMLValidator.validate(`<speak>${ssml}</speak>`), where).toBe(true);
        expect(ssml, where).not.toMatch(/undefined|NaN|\[object Object\]|null/);
        // Outside the tags: no character that needs escaping, no ASCII apostrophe.
        expect(ssml.replace(/<[^>]*>/g, ''), where).not.toMatch(/[&"'<>]/);
        for (const seconds of breakSeconds(ssml)) expect(seconds, where).toBeLessThanOrEqual(10);
        if (id !== 'pause' && id !== 'mark') expect(ssmlToText(ssml).length, where).toBeGreaterThan(0);
        const text = ssmlToText(ssml).toLowerCase();
        for (const banned of BANNED) expect(text, where).not.toContain(banned);
        expect(text, where).not.toMatch(GENDERED);
        // A name put after "à" or "de" would need a contraction (au, du): the templates avoid it.
        expect(text, where).not.toMatch(/\b(à|de) (le|les) (pont|ponts|clamshell|clamshells|dead|pigeon)\b|\bà le\b|\bà les\b/);
      }
    });

    it(`gives a reprompt to every cue of ${locale} that asks something`, () => {
      const pack = packFor(facts);
      for (const id of ASKING) {
        const params = (SAMPLES[id] as unknown[])[0];
        expect(texts(pack[id] as Template<unknown>, params, 'reprompt').join(''), id).not.toBe('');
      }
    });

    it(`says each high-frequency line of ${locale} in at least three ways`, () => {
      const pack = packFor(facts);
      for (const { id, params } of SCAFFOLDING) {
        expect(new Set(texts(pack[id] as Template<unknown>, params, 'say')).size, id).toBeGreaterThanOrEqual(3);
      }
    });
  }

  it('names 15 and 112 in France, said as numbers ("le quinze, ou le cent douze")', () => {
    const pack = packFor(FRENCH_FACTS['fr-FR']);
    for (const id of ['outcomeEmergency', 'welcomeNew', 'outcomeUrgent', 'sharpStop'] as const) {
      const [ssml] = texts(pack[id] as Template<unknown>, {}, 'say');
      expect(ssml, id).toContain('le <say-as interpret-as="cardinal">15</say-as>, ou le <say-as interpret-as="cardinal">112</say-as>');
    }
    const [emergency] = texts(pack.outcomeEmergency, {}, 'say');
    expect(ssmlToText(emergency!)).toContain('aux urgences les plus proches');
  });

  it('names 911 in Quebec, digit by digit ("le neuf un un"), and l’urgence', () => {
    const [ssml] = texts(packFor(FRENCH_FACTS['fr-CA']).outcomeEmergency, {}, 'say');
    expect(ssml).toContain('le <say-as interpret-as="digits">911</say-as>');
    expect(ssml).not.toMatch(/\b(15|112)\b/);
    expect(ssmlToText(ssml!)).toContain('à l’urgence');
  });

  it('names no number where the country is unknown', () => {
    const [ssml] = texts(packFor(OTHER_FRENCH).outcomeEmergency, {}, 'say');
    expect(ssml).toContain('Appelez tout de suite le numéro d’urgence de votre pays.');
    expect(ssml).not.toMatch(/\d/);
  });

  it('says the physiotherapist’s title of each country (kinésithérapeute in France, physiothérapeute in Quebec)', () => {
    const said = (facts: LocaleFacts) => texts(packFor(facts).outcomeSeePhysio, { nerve: false }, 'say').join(' ');
    expect(said(FRENCH_FACTS['fr-FR'])).toContain('kinésithérapeute');
    expect(said(FRENCH_FACTS['fr-CA'])).toContain('physiothérapeute');
    expect(said(FRENCH_FACTS['fr-CA'])).not.toContain('kinésithérapeute');
  });

  it('keeps the content in shape: triage answerable by yes or no, cues and mistakes, plain text', () => {
    for (const [locale, facts] of LOCALES) {
      const words = contentWords(facts);
      for (const [id, q] of Object.entries(words.triage)) {
        expect(q.ask, `${locale} ${id}`).toMatch(/\?$/);
        expect(q.rephrase, `${locale} ${id}`).toMatch(/Dites oui ou non, s’il vous plaît\.$/);
      }
      for (const [id, e] of Object.entries(words.exercises)) {
        expect(e.formCues.length, id).toBeGreaterThanOrEqual(4);
        expect(e.mistakes.length, id).toBeGreaterThanOrEqual(2);
        expect(e.steps.length, id).toBeGreaterThanOrEqual(2);
      }
      const plain = JSON.stringify(words);
      expect(plain, locale).not.toMatch(/[<>&]|\\"|'/);
      expect(words.exercises.wallTap.setup).toContain('quinze centimètres');
    }
  });

  it('has a screen label for every button, in French', () => {
    expect(Object.values(frenchScreen.buttons).every((label) => label.length > 0)).toBe(true);
    expect(frenchScreen.streak(1)).toBe('1 jour d’affilée');
    expect(frenchScreen.totalSessions(3)).toBe('3 séances au total');
  });
});

// ---------------------------------------------------------------- the model and the evaluation set
describe('French model words and evaluation set', () => {
  const fold = (text: string) =>
    text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/œ/g, 'oe').replace(/['’‘`]/g, ' ').replace(/[^a-z0-9]+/g, ' ').trim();
  const NUMBER_WORDS = 'zero|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|trente|quarante|cinquante|soixante|et';
  const NUMBER = `(?:\\d+|(?:${NUMBER_WORDS})(?: (?:${NUMBER_WORDS}))*)`;
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const slotPhrases = (type: string) =>
    Object.values(FRENCH_MODEL.slotTypes[type] ?? {}).flatMap((v) => [v.value, ...v.synonyms]).map(fold).map(escape).join('|');
  const SLOT: Record<string, string> = {
    level: NUMBER, upper: NUMBER, age: NUMBER, pattern: `(?:${slotPhrases('PainPatternType')})`, length: `(?:${slotPhrases('RoutineLengthType')})`,
    area: `(?:${slotPhrases('BodyAreaType')})`, sensation: `(?:${slotPhrases('SensationType')})`,
  };
  const regexOf = (sample: string) =>
    new RegExp(
      `^${sample
        .split(/(\{[a-zA-Z]+\})/)
        .map((part) => {
          const slot = /^\{([a-zA-Z]+)\}$/.exec(part)?.[1];
          return slot === undefined ? escape(fold(part)) : (SLOT[slot] ?? '(?!)');
        })
        .join(' ')
        .replace(/ +/g, ' ')
        .trim()}$`,
    );
  const samples = Object.entries(FRENCH_MODEL.intents).flatMap(([name, words]) =>
    [...words.samples, ...(words.known ?? [])].map((sample) => ({ name, sample, regex: regexOf(sample) })),
  );

  it('holds the evaluation set out of the model (no case is a sample)', () => {
    expect(samples.some(({ regex }) => regex.test(fold('quatre ou cinq')))).toBe(true);
    const leaks = FR_CASES.filter((c) => samples.some(({ regex }) => regex.test(fold(c.text)))).map((c) => c.text);
    expect(leaks).toEqual([]);
  });

  it('has at least 150 cases, every case in fr-FR or fr-CA, with the red flags and look-alikes the issue asks for', () => {
    expect(FR_CASES.length).toBeGreaterThanOrEqual(150);
    expect(FR_CASES.every((c) => c.locale === 'fr-FR' || c.locale === 'fr-CA')).toBe(true);
    expect(FR_CASES.filter((c) => c.category === 'redFlag' && 'safety' in c.expect && c.expect.safety !== 'lasting').length).toBeGreaterThanOrEqual(45);
    expect(FR_CASES.filter((c) => c.category === 'lookAlike').length).toBeGreaterThanOrEqual(25);
  });

  it('covers every intent and slot value, with Alexa-valid samples in one intent each', () => {
    for (const intent of [...CUSTOM_INTENTS, ...BUILTIN_INTENTS].filter((i) => !ENGLISH_ONLY_INTENTS.includes(i.name))) {
      const words = FRENCH_MODEL.intents[intent.name];
      expect(words, intent.name).toBeDefined();
      if (intent.alexaExtendable !== false) expect(words!.samples.length, intent.name).toBeGreaterThan(4);
      const slots = new Set((intent.slots ?? []).map((slot) => slot.name));
      for (const sample of words!.samples) for (const m of sample.matchAll(/\{(\w+)\}/g)) expect(slots.has(m[1]!), `${intent.name}: ${sample}`).toBe(true);
    }
    for (const type of SLOT_TYPES.filter((t) => !ENGLISH_ONLY_SLOT_TYPES.includes(t.name))) for (const v of type.values) expect(FRENCH_MODEL.slotTypes[type.name]?.[v.id], `${type.name}.${v.id}`).toBeDefined();
    const owner = new Map<string, string>();
    for (const { name, sample } of samples) {
      expect(sample, name).toMatch(/^[a-zàâäçéèêëîïôöùûüÿœæ' {}]+$/);
      expect(owner.get(sample) ?? name, sample).toBe(name);
      owner.set(sample, name);
    }
  });

  it('lists the skill with the health disclaimer and example phrases that are samples', () => {
    const description = FRENCH_MODEL.skill.description({ emergencyNumber: '15', doctor: 'médecin traitant' });
    expect(description).toMatch(/pas un avis médical/);
    expect(description).toMatch(/aucun diagnostic/);
    expect(description).toContain('le 15');
    for (const phrase of FRENCH_MODEL.skill.examplePhrases) {
      const after = phrase.replace(/^alexa (ouvre|demande à|lance) hip coach ?/, '');
      if (after) expect(samples.some(({ regex }) => regex.test(fold(after))), phrase).toBe(true);
    }
  });

  it('writes the lexicon in its normal form: folded accents, no apostrophes', () => {
    const lists = [...Object.values(FR_SAFETY.concepts), FR_SAFETY.fillers, ...Object.values(FR_SAFETY.answers)];
    for (const list of lists) for (const pattern of list) expect(pattern).toMatch(/^[a-z0-9 |?_()]+$/);
    for (const word of Object.keys(FR_SAFETY.contractions)) expect(word).toMatch(/^[a-z]+$/);
  });
});
