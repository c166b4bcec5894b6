// One cue to its words: the locale's template, parameters escaped (here, once),
// and one variant picked with the injected random source, never the one the
// same cue said last (`previous` is updated in place).
import type { Cue, CueId } from '../flow/cues';
import { buildSpeechPack, type SpeechLocale, type SpeechPack } from '../../speech';
import type { Template, Text } from '../../speech/types';
import { escapeSsml } from './ssml';

export type Random = () => number;

/** The variant each cue id said last. */
export type Variants = Record<string, number>;

const packs = new Map<SpeechLocale, SpeechPack>();
export function packFor(locale: SpeechLocale): SpeechPack {
  let pack = packs.get(locale);
  if (!pack) packs.set(locale, (pack = buildSpeechPack(locale)));
  return pack;
}

function escapeParams(params: object): object {
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, typeof v === 'string' ? escapeSsml(v) : v]));
}

function pick(text: Text, random: Random, avoid: number | undefined): { text: string; index: number } {
  if (typeof text === 'string') return { text, index: 0 };
  if (text.length === 1) return { text: text[0] ?? '', index: 0 };
  // Choose among the variants other than the last one said: never the same line twice in a row.
  const choices = text.map((_, i) => i).filter((i) => i !== avoid);
  const index = choices[Math.min(choices.length - 1, Math.max(0, Math.floor(random() * choices.length)))] ?? 0;
  return { text: text[index] ?? '', index };
}

function value(template: Template<object>, field: 'say' | 'reprompt', params: object): Text | undefined {
  const v = template[field];
  return typeof v === 'function' ? v(params) : v;
}

export interface Piece {
  say: string;
  reprompt: string | null;
}

export function renderPiece(cue: Cue, locale: SpeechLocale, random: Random, previous: Variants): Piece {
  const template = packFor(locale)[cue.id as CueId] as Template<object>;
  const safe = escapeParams(cue.params);
  const sayText = value(template, 'say', safe);
  const picked = sayText === undefined ? { text: '', index: 0 } : pick(sayText, random, previous[cue.id]);
  if (Array.isArray(sayText) && sayText.length > 1) previous[cue.id] = picked.index;
  const repromptText = value(template, 'reprompt', safe);
  return { say: picked.text, reprompt: repromptText === undefined ? null : pick(repromptText, random, undefined).text };
}
