// The terminal's NLU, standing in for Alexa's: text to an intent and slots, in
// the shape Alexa sends them. Exact samples first, then NLP.js trained on
// intents/. It never fuzzy-matches into a safety intent: text that lands on the
// red-flag, urgent or hurts intent, that names a body area or a sensation, or
// that nothing matches confidently goes out as StatementIntent with the raw
// words, and the engine's safety classifier decides what it means.
import { COMPOSED_INTENTS, INTENTS, MODEL_LOCALES, allSamples, isComposedSample, type IntentDef, type SlotTypeName } from '../../../intents/model';
import { languageOf, type Language, type Locale } from '../../../speech/types';
import { readAnswer } from '../../flow/safety';
import { commandIn } from '../../flow/commands';
import {
  AGE_INTENT, AGE_OVER_INTENT, AGE_UNDER_INTENT, ANSWER_INTENT, COMMAND_INTENT, KNOWN_INTENTS, LENGTH_INTENT, NO_PAIN_INTENT, PAIN_PATTERN_INTENT,
  heardAsStatement, simpleEventOf, slotEventOf,
} from '../../platforms/intentEvents';

const AGE_INTENTS = [AGE_INTENT, AGE_OVER_INTENT, AGE_UNDER_INTENT];
import { trainClassifier, type Classifier } from './classifier';
import { PLACEHOLDER, findValues, type FoundValue } from './slots';
import { normalize } from '../normalize';
import { canonical, cleanUserText } from './text';

export interface SlotMatch {
  value: string;
  resolution?: { status: 'ER_SUCCESS_MATCH' | 'ER_SUCCESS_NO_MATCH'; id?: string };
}
export interface Match {
  /** Alexa intent name, e.g. 'AMAZON.YesIntent', 'PainLevelIntent'. */
  intent: string;
  slots: Record<string, SlotMatch>;
}

export const STATEMENT = 'StatementIntent';
const FALLBACK = 'AMAZON.FallbackIntent';
/** Safety comes from the engine's classifier, never from a statistical guess. */
export const SAFETY_INTENTS: readonly string[] = ['RedFlagIntent', 'UrgentFlagIntent', 'HurtsIntent'];
/** Below this NLP.js score a guess is not a match (tuned on scripts/nlu; see README). */
export const MIN_SCORE = 0.75;
/** A guess on a line where this share of the words is unknown to the model is not a match. */
export const MAX_UNKNOWN = 0.25;

/** Custom values that say which intent a line is, whatever words are around them. */
const OWNER_OF: readonly [SlotTypeName, string][] = [['PainPatternType', 'PainPatternIntent'], ['RoutineLengthType', 'LengthIntent']];

const statement = (raw: string): Match => ({ intent: STATEMENT, slots: { statement: { value: raw.trim() } } });

/** A sample with its slots as placeholders, in the classifier's form. */
function delexicalisedSample(sample: string, intent: IntentDef, language: Language): string {
  const typeOf = (slot: string) => intent.slots?.find((s) => s.name === slot)?.type ?? 'AMAZON.NUMBER';
  const marked = sample.replace(/\{(\w+)\}/g, (_, slot: string) => ` ${PLACEHOLDER[typeOf(slot)]} `);
  return findValues(canonical(marked, language), undefined, language).delexicalised;
}

interface LocaleModel {
  exact: Map<string, string>;
  /** Every word the samples use: a line mostly made of other words is not ours to guess at. */
  vocabulary: Set<string>;
  classifier: Classifier;
  trainingMs: number;
}

async function build(locale: Locale): Promise<LocaleModel> {
  const started = performance.now();
  const exact = new Map<string, string>();
  const documents: { text: string; intent: string }[] = [];
  for (const intent of INTENTS) {
    if (intent.slots?.some((s) => s.type === 'AMAZON.SearchQuery')) continue; // statement intents are what no match becomes
    if (COMPOSED_INTENTS.includes(intent.name)) continue; // fillers are stripped here, not modelled
    for (const sample of allSamples(intent, locale).filter((s) => !isComposedSample(s))) {
      const text = delexicalisedSample(sample, intent, languageOf(locale));
      if (!exact.has(text)) exact.set(text, intent.name);
      documents.push({ text, intent: intent.name });
    }
  }
  const classifier = await trainClassifier(documents);
  const vocabulary = new Set(documents.flatMap((d) => d.text.split(' ')));
  return { exact, vocabulary, classifier, trainingMs: performance.now() - started };
}

const models = new Map<Locale, Promise<LocaleModel>>();
const localeOf = (locale: string): Locale => ((MODEL_LOCALES as readonly string[]).includes(locale) ? (locale as Locale) : 'en-US');

/** The trained model of a locale, built on first use and kept for the process. */
export function localeModel(locale: string): Promise<LocaleModel> {
  const key = localeOf(locale);
  let model = models.get(key);
  if (!model) models.set(key, (model = build(key)));
  return model;
}

/** Slot values of the intent from what was found, in Alexa's shape. */
function slotsFor(intent: IntentDef, values: readonly FoundValue[], cleaned: string): Record<string, SlotMatch> | null {
  const slots: Record<string, SlotMatch> = {};
  const pool = [...values];
  const own = (intent.slots ?? []).filter((s) => PLACEHOLDER[s.type]); // fillers are not slots to the terminal
  for (const slot of own) {
    const at = pool.findIndex((v) => v.type === slot.type);
    if (at >= 0) {
      const [v] = pool.splice(at, 1);
      slots[slot.name] = slot.type === 'AMAZON.NUMBER' ? { value: v!.id } : { value: v!.text, resolution: { status: 'ER_SUCCESS_MATCH', id: v!.id } };
    }
  }
  const first = own[0];
  if (first && !slots[first.name]) {
    // Like Alexa: the intent matched but its value did not. Numbers come as "?", other words as heard.
    if (first.type === 'AMAZON.NUMBER') return first.name === 'level' ? { [first.name]: { value: cleaned } } : null;
    return { [first.name]: { value: cleaned, resolution: { status: 'ER_SUCCESS_NO_MATCH' } } };
  }
  return slots;
}

/** Words about the body or a sensation are the classifier's to read, unless they are exactly a command's sample. */
const namesSymptom = (values: readonly FoundValue[]) =>
  values.some((v) => v.type === 'SensationType' || (v.type === 'BodyAreaType' && v.id !== 'back'));

/** "None", "nothing really", "no pain at the moment": a pain score of 0 (and, at a yes/no question, a no). */
const NO_PAIN = /^(?:(?:no|zero) pain|none|nothing|zero|nil|pain free|not a thing)(?: (?:at all|really|now|right now|today|whatsoever|at the moment|at the minute|so far|thankfully|for now|yet|currently))*$/;
/** Words that make a number an age ("i am 50 this year", "39 years"). */
const AGE_CUE = /\b(?:years?|aged?|turned|turning|birthday)\b|^(?:(?:yes|yeah|yep) )?i am (?:only |just |over |under )?\d+\b(?! out of)/;

/** "One" that is not a number: "this one hurts", "how does this one go", "one second", "one more time". */
const PRONOUN_ONE = /\b(?:this|that|the|next|last|previous|which|another|each|every|other|a) one\b|\bone (?:more|sec|second|minute|moment|of|time|thing|bit|day)\b/;

/** A pain score from the numbers in a line: a range ("5 or 6", "between 2 and 3") counts as its higher end. */
function painLevel(values: readonly FoundValue[], raw = ''): Record<string, SlotMatch> | null {
  const pronoun = PRONOUN_ONE.test(normalize(raw));
  const numbers = values.filter((v) => v.type === 'AMAZON.NUMBER' && !(pronoun && v.id === '1')).map((v) => Number(v.id));
  if (numbers.length === 0 || numbers.length > 2) return null;
  return { level: { value: String(Math.max(...numbers)) } };
}

const slotted = (intent: string, slots: Record<string, SlotMatch>): Match => ({ intent, slots });

export async function matchUtterance(raw: string, locale: string): Promise<Match> {
  const match = await matchWords(raw, locale);
  // Safety first: whatever the NLU made of the line, a sign the engine's classifier
  // reads in the raw words (red flag, urgent, lasting, ambiguous; pain or a stop-rule
  // sign unless the intent carries it) goes out as a statement. Harmless words keep their intent.
  const language = languageOf(localeOf(locale));
  if (match.intent !== STATEMENT && heardAsStatement(match.intent, raw, language)) return statement(raw);
  // Then the engine's command phrases, which are precise where the classifier generalises: "let's call it
  // a day" is a stop, whatever yes the classifier heard in it. The engine reads the words (a yes at a
  // yes/no question still comes first there).
  return commandDisagrees(match, raw, language) && !(await saidAsSample(raw, locale)) ? statement(raw) : match;
}

/** The words are one of the model's samples as written (fillers and all): the sample's intent stands. */
async function saidAsSample(raw: string, locale: string): Promise<boolean> {
  const model = await localeModel(locale);
  const language = languageOf(localeOf(locale));
  const cleaned = cleanUserText(raw, language);
  return [canonical(raw, language), cleaned].some((text) => text && model.exact.has(findValues(text, undefined, language).delexicalised));
}

/**
 * A command or an answer in the words that the matched intent does not carry: the engine reads the
 * words instead. Commands and answers may be overruled, and a pain pattern or routine length the
 * classifier took from one word ("go back to the previous exercise" is not a workout); a pain score,
 * an age or "no pain" never (a number said mid-exercise is a pain report).
 */
function commandDisagrees(match: Match, raw: string, language: Language): boolean {
  if (match.intent === STATEMENT) return false;
  const composed = match.intent === ANSWER_INTENT || match.intent === COMMAND_INTENT;
  const said = composed
    ? slotEventOf(match.intent, Object.values(match.slots)[0]?.resolution?.id)
    : KNOWN_INTENTS.includes(match.intent.replace(/^AMAZON\./, '')) ? simpleEventOf(match.intent) : null;
  const overrulable = composed || match.intent === LENGTH_INTENT || match.intent === PAIN_PATTERN_INTENT || (said !== null && !VALUE_INTENTS.includes(match.intent));
  if (!overrulable) return false;
  const answer = readAnswer(raw, language);
  // "Sure, go ahead" heard as resume, "nah, don't bother" as stop: the answer counts at a yes/no question.
  if (answer && answer !== 'notSure' && said !== null && !ANSWERS.includes(said) && !VALUE_INTENTS.includes(match.intent)) return true;
  const command = commandIn(raw, language);
  if (!command) return false;
  if (match.intent === LENGTH_INTENT) return command !== 'quick' && command !== 'full';
  const same = said === command || (said === 'resume' && command === 'next') || (said === 'next' && command === 'resume');
  return !same;
}

const VALUE_INTENTS = ['PainLevelIntent', NO_PAIN_INTENT, ...AGE_INTENTS, LENGTH_INTENT, PAIN_PATTERN_INTENT];
const ANSWERS: readonly string[] = ['yes', 'no', 'notSure'];

async function matchWords(raw: string, locale: string): Promise<Match> {
  const model = await localeModel(locale);
  const language = languageOf(localeOf(locale));
  // A sample said exactly as written wins before fillers are dropped ("uh huh" is a yes, not "huh").
  const asSaid = findValues(canonical(raw, language), undefined, language);
  const saidExactly = model.exact.has(asSaid.delexicalised);
  const cleaned = saidExactly ? canonical(raw, language) : cleanUserText(raw, language);
  if (!cleaned) return { intent: FALLBACK, slots: {} };
  const { values, delexicalised } = saidExactly ? asSaid : findValues(cleaned, undefined, language);
  const exact = model.exact.get(delexicalised);
  let name: string;
  if (exact) {
    name = exact;
  } else {
    if (NO_PAIN.test(cleaned)) return slotted(NO_PAIN_INTENT, {});
    if (namesSymptom(values)) return statement(raw);
    const found = (type: SlotTypeName) => values.some((v) => v.type === type);
    const guess = await guessIntent(model, delexicalised);
    if (guess) {
      name = guess;
      // A pain pattern or a routine length heard in a line the classifier reads otherwise: the value decides.
      const owner = OWNER_OF.find(([type]) => found(type));
      if (owner && !INTENTS.find((i) => i.name === name)?.slots?.length) name = owner[1];
    } else if (patternCovers(values, delexicalised) && !found('AMAZON.NUMBER')) {
      name = 'PainPatternIntent';
    } else if (found('RoutineLengthType') && !found('AMAZON.NUMBER')) {
      name = 'LengthIntent';
    } else if (found('AMAZON.NUMBER')) {
      // Words around a number the classifier did not know: an age if they say so, else a pain score.
      if (AGE_CUE.test(cleaned)) {
        const age = values.find((v) => v.type === 'AMAZON.NUMBER')!;
        // "Over 16" and "under 16" are bounds, not ages (intentEvents.ts boundedAge).
        const bound = /\b(?:under|younger)\b/.test(cleaned) ? AGE_UNDER_INTENT : /\b(?:over|older)\b/.test(cleaned) ? AGE_OVER_INTENT : AGE_INTENT;
        return slotted(bound, { age: { value: age.id } });
      }
      const level = painLevel(values, raw);
      return level ? slotted('PainLevelIntent', level) : statement(raw);
    } else {
      // Unsure: the raw words go to the engine, which reads a yes/no answer in them at a yes/no question.
      return statement(raw);
    }
  }
  if (SAFETY_INTENTS.includes(name)) return statement(raw);
  // An answer word against a stated age ("no I'm not 16"): the answer counts, not the number.
  if (AGE_INTENTS.includes(name) && !exact && readAnswer(raw, language) !== null && readAnswer(raw, language) !== 'yes') return statement(raw);
  if (name === 'PainLevelIntent' && !exact) {
    const level = painLevel(values);
    if (level) return slotted(name, level);
  }
  const intent = INTENTS.find((i) => i.name === name);
  if (!intent) return statement(raw);
  const slots = slotsFor(intent, values, cleaned);
  return slots ? { intent: name, slots } : statement(raw);
}

/** A pain pattern that is most of the line ("lifting the laundry basket"), not one word in a command ("the previous exercise"). */
function patternCovers(values: readonly FoundValue[], delexicalised: string): boolean {
  const pattern = values.find((v) => v.type === 'PainPatternType');
  if (!pattern) return false;
  const words = delexicalised.split(' ').length - 1 + pattern.text.split(' ').length;
  return pattern.text.split(' ').length * 3 >= words;
}

/** The classifier's intent when it is confident and the line is mostly the model's own words; else null. */
async function guessIntent(model: LocaleModel, delexicalised: string): Promise<string | null> {
  const tokens = delexicalised.split(' ');
  const unknown = tokens.filter((t) => !model.vocabulary.has(t)).length;
  if (unknown > 0 && unknown / tokens.length >= MAX_UNKNOWN) return null;
  const guess = await model.classifier.classify(delexicalised);
  return guess.intent === 'None' || guess.score < MIN_SCORE ? null : guess.intent;
}

export type { SlotTypeName };
