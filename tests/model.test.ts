// The interaction model source is sound, and the generated Alexa and Dialogflow
// files are current and well-formed.
import { OPENER_STATEMENTS } from '../intents/carriers';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  INTENTS, MODEL_LOCALES, PAIN_PATTERN_TYPE, WELCOME_SAMPLES, allSamples, alexaSamples, isBuiltin,
  invocationFor, ENGLISH_ONLY_INTENTS,
} from '../intents/model';
import { PAIN_PATTERNS } from '../src/flow/content/patterns';
import { KNOWN_INTENTS } from '../src/platforms/intentEvents';
import { normalize } from '../src/cli/normalize';
import { LOCALE_FACTS } from '../speech/locales';
import { AGENT_DIR, AGENT_ZIP, GENERATED_DIRS, generateModels } from '../scripts/models/generate';
import { DF_ENTITIES, DF_LOCALES, DF_META, DF_SKIPPED_INTENTS, dfLang, dfName } from '../scripts/models/dialogflow';

const root = join(import.meta.dirname, '..');
const generated = generateModels();
const text = (path: string) => generated[path] as string;
const json = (path: string): any => JSON.parse(text(path));
const placeholders = (sample: string) => [...sample.matchAll(/\{(\w*)\}/g)].map((m) => m[1]);
const patternPhrases = PAIN_PATTERN_TYPE.values.flatMap((v) => [v.value, ...v.synonyms]);

describe('generated files', () => {
  it('match a fresh generation (run `npm run build:models` if this fails)', () => {
    for (const [path, content] of Object.entries(generated)) {
      const abs = join(root, path);
      expect(existsSync(abs), `${path} missing`).toBe(true);
      const onDisk = readFileSync(abs);
      if (typeof content === 'string') expect(onDisk.toString('utf8'), path).toBe(content);
      else expect(Buffer.compare(onDisk, Buffer.from(content)), path).toBe(0);
    }
  });

  it('leave no stray files in generated directories', () => {
    for (const dir of GENERATED_DIRS) {
      const files = readdirSync(join(root, dir), { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
      for (const f of files) expect(generated, dir).toHaveProperty([relative(root, join(f.parentPath, f.name)).split('\\').join('/')]);
    }
  });

  it('are deterministic, and the zip holds exactly the agent folder', () => {
    expect(generateModels()).toEqual(generated);
    const unzipped = unzipSync(generated[AGENT_ZIP] as Uint8Array);
    const agentFiles = Object.keys(generated).filter((p) => p.startsWith(`${AGENT_DIR}/`));
    expect(Object.keys(unzipped).sort()).toEqual(agentFiles.map((p) => p.slice(AGENT_DIR.length + 1)).sort());
    for (const p of agentFiles) expect(new TextDecoder().decode(unzipped[p.slice(AGENT_DIR.length + 1)])).toBe(text(p));
  }, 30_000);

  it('are 2-space JSON with a trailing newline', () => {
    for (const [path, content] of Object.entries(generated)) {
      if (typeof content !== 'string') continue;
      expect(content.endsWith('}\n') || content.endsWith(']\n'), path).toBe(true);
      expect(JSON.stringify(JSON.parse(content), null, 2) + '\n', path).toBe(content);
    }
  });
});

describe('interaction model source', () => {
  it('gives every custom intent at least 15 samples (an opener is one carrier by design, intents/carriers.ts)', () => {
    const openers = new Set(OPENER_STATEMENTS.map((s) => s.name));
    for (const intent of INTENTS.filter((i) => !isBuiltin(i) && !openers.has(i.name))) expect(intent.samples.length, intent.name).toBeGreaterThanOrEqual(15);
    for (const name of openers) expect(INTENTS.find((i) => i.name === name)?.samples.length, name).toBeGreaterThanOrEqual(1);
  });

  it('gives every built-in but Fallback its own English phrases', () => {
    for (const intent of INTENTS.filter((i) => isBuiltin(i) && i.name !== 'AMAZON.FallbackIntent')) {
      expect(intent.known?.length ?? 0, intent.name).toBeGreaterThan(0);
    }
  });

  it('never puts one sample in two intents (case and punctuation aside), in any locale', () => {
    for (const locale of MODEL_LOCALES) {
      const owner = new Map<string, string>();
      for (const s of WELCOME_SAMPLES) owner.set(normalize(s), 'WelcomeIntent');
      for (const intent of INTENTS) {
        for (const sample of allSamples(intent, locale)) {
          const key = normalize(sample);
          expect(owner.get(key), `${locale} "${sample}" in ${intent.name}`).toBeUndefined();
          owner.set(key, intent.name);
        }
      }
      // A pain pattern said on its own must not also be another intent's sample.
      for (const phrase of patternPhrases) {
        expect(owner.get(normalize(phrase)) ?? 'none', `${locale} "${phrase}"`).toMatch(/^(none|PainPatternIntent)$/);
      }
    }
  });

  it('keeps whole-phrase emergency signs in RedFlagIntent and urgent ones (fever, unwell) in UrgentFlagIntent', () => {
    const samplesOf = (name: string) => new Set(INTENTS.find((i) => i.name === name)!.samples.map(normalize));
    const red = samplesOf('RedFlagIntent');
    const urgent = samplesOf('UrgentFlagIntent');
    for (const s of ["I can't walk", "I can't stand up", 'I fell', 'I just fell over', 'I had a fall', 'I was in a car crash', 'I have chest pain',
      'I wet myself', "I can't pee", 'I slipped', "I can't breathe"]) expect(red.has(normalize(s)), s).toBe(true);
    for (const s of ["I've got a fever", 'I feel feverish', 'I have chills', 'I feel really unwell', "I've been losing weight without trying"]) {
      expect(urgent.has(normalize(s)), s).toBe(true);
    }
    // Fever and feeling unwell are URGENT (doctor today), never EMERGENCY, in any locale.
    for (const locale of MODEL_LOCALES) {
      const redFlag = INTENTS.find((i) => i.name === 'RedFlagIntent')!;
      for (const s of allSamples(redFlag, locale)) expect(s, locale).not.toMatch(/fever|temperature|chills|unwell|\bill\b|poorly|crook/);
    }
  });

  it('leaves lasting history (cancer, immune system) to the statement intent and the classifier', () => {
    const urgent = INTENTS.find((i) => i.name === 'UrgentFlagIntent')!;
    for (const locale of MODEL_LOCALES) for (const s of allSamples(urgent, locale)) expect(s).not.toMatch(/cancer|immune|chemo/);
  });

  it('uses only declared slots, each at most once per sample, and uses every slot', () => {
    for (const intent of INTENTS) {
      const declared = (intent.slots ?? []).map((s) => s.name);
      const used = new Set<string | undefined>();
      for (const locale of MODEL_LOCALES) {
        for (const sample of allSamples(intent, locale)) {
          const names = placeholders(sample);
          expect(new Set(names).size, sample).toBe(names.length);
          // Alexa: a search query slot stands alone behind a carrier phrase.
          if (names.some((n) => intent.slots?.find((x) => x.name === n)?.type === 'AMAZON.SearchQuery')) {
            expect(names.length, sample).toBe(1);
            expect(sample.replace(/\{\w+\}/, '').trim().length, sample).toBeGreaterThan(0);
          }
          for (const n of names) expect(declared, `${intent.name}: ${sample}`).toContain(n);
          names.forEach((n) => used.add(n));
        }
      }
      for (const n of declared) expect(used.has(n), `${intent.name}.${n} unused`).toBe(true);
    }
  });

  it('writes samples as Alexa accepts them: lowercase words, apostrophes, no digits', () => {
    for (const intent of INTENTS) {
      for (const locale of MODEL_LOCALES) {
        for (const s of allSamples(intent, locale)) expect(s, `${locale} ${intent.name}`).toMatch(/^[\p{Ll}{][\p{Ll}' {}]*[\p{Ll}}]$|^\p{Ll}$/u);
      }
    }
  });

  it('has pain pattern ids that are exactly the engine patterns, with unique synonyms', () => {
    expect(PAIN_PATTERN_TYPE.values.map((v) => v.id)).toEqual([...PAIN_PATTERNS]);
    expect(new Set(patternPhrases.map(normalize)).size).toBe(patternPhrases.length);
    for (const v of PAIN_PATTERN_TYPE.values) expect(v.synonyms.length, v.id).toBeGreaterThanOrEqual(5);
  });

  it('only names intents the app maps to events', () => {
    for (const intent of INTENTS) expect(KNOWN_INTENTS, intent.name).toContain(dfName(intent.name));
  });
});

describe('Alexa skill package', () => {
  const manifest = json('skill-package/skill.json').manifest;

  it('publishes every locale with a health disclaimer and the local emergency number', () => {
    expect(manifest.manifestVersion).toBe('1.0');
    expect(manifest.publishingInformation.distributionCountries).toEqual(['US', 'GB', 'CA', 'AU', 'IN', 'ES', 'MX', 'DE', 'FR']);
    for (const locale of MODEL_LOCALES) {
      const info = manifest.publishingInformation.locales[locale];
      expect(info.name).toMatch(/Hip Coach/);
      // The disclaimer in the locale's language (English wording checked here; the others by their language's own test).
      if (locale.startsWith('en')) {
        expect(info.description).toContain('not medical advice');
        expect(info.description).toContain('does not diagnose');
      }
      expect(info.description).toContain(LOCALE_FACTS[locale].emergencyNumber);
      expect(manifest.privacyAndCompliance.locales[locale].privacyPolicyUrl).toMatch(/^https:\/\//);
    }
  });

  it('uses example phrases the model understands', () => {
    for (const locale of MODEL_LOCALES) {
      const samples = new Set(INTENTS.flatMap((i) => alexaSamples(i, locale)).map(normalize));
      for (const phrase of manifest.publishingInformation.locales[locale].examplePhrases as string[]) {
        expect(phrase, phrase).toMatch(/^Alexa, /);
        const invocation = invocationFor(locale);
        expect(normalize(phrase), phrase).toContain(normalize(invocation));
        // What follows the invocation name (if anything) is a sample of the model.
        const after = normalize(phrase).split(normalize(invocation))[1]!.trim();
        if (after && locale.startsWith('en')) expect(samples.has(after), phrase).toBe(true);
      }
    }
  });

  it('subscribes to SKILL_DISABLED on the skill endpoint', () => {
    expect(manifest.events.subscriptions).toEqual([{ eventName: 'SKILL_DISABLED' }]);
    expect(manifest.events.endpoint.uri).toBe(manifest.apis.custom.endpoint.uri);
  });

  it('has a language model per locale, with Fallback sample-free', () => {
    for (const locale of MODEL_LOCALES) {
      const lm = json(`skill-package/interactionModels/custom/${locale}.json`).interactionModel.languageModel;
      expect(lm.invocationName).toBe(invocationFor(locale));
      const expected = INTENTS.map((i) => i.name).filter((n) => locale.startsWith('en') || !ENGLISH_ONLY_INTENTS.includes(n));
      expect(lm.intents.map((i: any) => i.name)).toEqual(expected);
      for (const i of lm.intents) if (!i.name.startsWith('AMAZON.')) expect(i.samples.length, `${locale} ${i.name}`).toBeGreaterThan(0);
      expect(lm.intents.find((i: any) => i.name === 'AMAZON.FallbackIntent').samples).toEqual([]);
      expect(lm.types[0].values.map((v: any) => v.id)).toEqual([...PAIN_PATTERNS]);
    }
  });
});

describe('Dialogflow agent', () => {
  const dir = `${AGENT_DIR}/intents/`;
  const intentFiles = Object.keys(generated).filter((p) => p.startsWith(dir) && !p.includes('_usersays_'));
  const usersaysFiles = Object.keys(generated).filter((p) => p.startsWith(dir) && p.includes('_usersays_'));
  const langs = DF_LOCALES.map(dfLang);

  it('declares the root and supported languages', () => {
    const agent = json(`${AGENT_DIR}/agent.json`);
    expect(agent.language).toBe('en');
    expect([...agent.supportedLanguages].sort()).toEqual(['de', 'en-au', 'en-ca', 'en-gb', 'en-in', 'es', 'es-419', 'fr', 'fr-ca']);
    expect(agent.webhook.available).toBe(true);
    expect(agent.apiVersion).toBe('API_VERSION_V2');
    expect(json(`${AGENT_DIR}/package.json`)).toEqual({ version: '1.0.0' });
  });

  it('has an intent per model intent plus Welcome, with usersays in every language except Fallback', () => {
    const names = intentFiles.map((p) => p.slice(dir.length, -'.json'.length)).sort();
    expect(names).toEqual([...INTENTS.map((i) => dfName(i.name)).filter((n) => !DF_SKIPPED_INTENTS.includes(n)), 'WelcomeIntent'].sort());
    for (const name of names) {
      const intent = json(`${dir}${name}.json`);
      expect(intent.webhookUsed, name).toBe(true);
      expect(intent.fallbackIntent, name).toBe(name === 'FallbackIntent');
      for (const lang of langs) {
        const english = lang === 'en' || lang.startsWith('en-');
        const expected = name !== 'FallbackIntent' && (english || !ENGLISH_ONLY_INTENTS.includes(name));
        expect(`${dir}${name}_usersays_${lang}.json` in generated, `${name} ${lang}`).toBe(expected);
      }
    }
    expect(json(`${dir}WelcomeIntent.json`).events).toEqual([{ name: 'WELCOME' }]);
    for (const p of usersaysFiles) expect(intentFiles, p).toContain(p.replace(/_usersays_[a-z0-9-]+\.json$/, '.json'));
  });

  it('annotates slots with the parameter and entity of their type', () => {
    for (const p of usersaysFiles) {
      const intent = json(p.replace(/_usersays_[a-z0-9-]+\.json$/, '.json'));
      const params = new Map<string, string>(intent.responses[0].parameters.map((x: any) => [x.name, x.dataType]));
      for (const entry of json(p)) {
        expect(entry).toMatchObject({ isTemplate: false, count: 0, updated: 0 });
        for (const part of entry.data) {
          if (!('alias' in part)) continue;
          expect(params.get(part.alias), `${p} ${part.alias}`).toBe(part.meta);
          expect(Object.values(DF_META)).toContain(part.meta);
          if (part.meta === '@PainPattern' && /_usersays_en/.test(p)) expect(patternPhrases).toContain(part.text);
          expect(part.meta, p).not.toBe('@sys.any');
        }
      }
    }
    const level = json(`${dir}PainLevelIntent.json`).responses[0].parameters;
    // Every custom intent but the statement intent also takes the filler in front ("um, about a four").
    const filler = ['filler', `@${DF_ENTITIES.FillerType}`];
    expect(level.map((x: any) => [x.name, x.dataType])).toEqual([['level', '@sys.number'], ['upper', '@sys.number'], filler]);
    const redFlag = json(`${dir}RedFlagIntent.json`).responses[0].parameters;
    expect(redFlag.map((x: any) => [x.name, x.dataType])).toEqual([['area', `@${DF_ENTITIES.BodyAreaType}`], ['sensation', `@${DF_ENTITIES.SensationType}`], filler]);
    const pattern = json(`${dir}PainPatternIntent.json`).responses[0].parameters;
    expect(pattern.map((x: any) => [x.name, x.dataType])).toEqual([['pattern', '@PainPattern'], filler]);
  });

  it('uses unique UUID-shaped ids', () => {
    const ids: string[] = [];
    for (const p of intentFiles) {
      const intent = json(p);
      ids.push(intent.id, ...intent.responses[0].parameters.map((x: any) => x.id));
    }
    for (const p of usersaysFiles) ids.push(...json(p).map((e: any) => e.id));
    for (const entity of Object.values(DF_ENTITIES)) ids.push(json(`${AGENT_DIR}/entities/${entity}.json`).id);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('lists the pain pattern entries, each value among its own synonyms', () => {
    for (const lang of langs) {
      const entries = json(`${AGENT_DIR}/entities/PainPattern_entries_${lang}.json`);
      expect(entries.map((e: any) => e.value)).toEqual([...PAIN_PATTERNS]);
      // English names each value by its id; other languages by their own word, first among the synonyms.
      for (const e of entries) expect(e.synonyms.length, `${lang} ${e.value}`).toBeGreaterThan(0);
      if (lang.startsWith('en')) for (const e of entries) expect(e.synonyms).toContain(e.value);
    }
  });
});
