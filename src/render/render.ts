// The render step: cue ids in, speech out. Parameters are escaped here, once;
// variations are picked with the injected random source.
import type { Cue, CueId } from '../flow/cues';
import { buildSpeechPack, SPEECH_LOCALES, type SpeechLocale, type SpeechPack } from '../../speech';
import type { Template, Text } from '../../speech/types';
import { escapeSsml, ssmlToText } from './ssml';

export interface Rendered {
  /** Full SSML, wrapped in <speak>. */
  ssml: string;
  /** Plain text of the speech, without pauses. */
  text: string;
  /** Reprompt SSML, or null when the response asks nothing (the session ends). */
  repromptSsml: string | null;
  repromptText: string | null;
  /** Each cue with the SSML it was spoken as, in order (screens and the timeline read them). */
  pieces: CuePiece[];
}

/** One cue as rendered: the same variant the speech used, so screens and timing cannot disagree with it. */
export interface CuePiece {
  cue: Cue;
  /** This cue's SSML fragment ('' when the cue says nothing). */
  ssml: string;
}

export type Random = () => number;

const packs = new Map<SpeechLocale, SpeechPack>();
function packFor(locale: SpeechLocale): SpeechPack {
  let pack = packs.get(locale);
  if (!pack) packs.set(locale, (pack = buildSpeechPack(locale)));
  return pack;
}

/**
 * Any platform locale to one we speak: one of our markets exactly, else the
 * generic English that names no emergency number (never a guessed one).
 */
export function resolveLocale(raw: unknown): SpeechLocale {
  if (typeof raw !== 'string') return 'en';
  const wanted = raw.replace('_', '-').toLowerCase();
  return SPEECH_LOCALES.find((l) => l.toLowerCase() === wanted) ?? 'en';
}

function escapeParams(params: object): object {
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, typeof v === 'string' ? escapeSsml(v) : v]));
}

function pick(text: Text, random: Random): string {
  if (typeof text === 'string') return text;
  const index = Math.min(text.length - 1, Math.max(0, Math.floor(random() * text.length)));
  return text[index] ?? '';
}

function say(template: Template<object>, field: 'say' | 'reprompt', params: object, random: Random): string | null {
  const value = template[field];
  if (value === undefined) return null;
  return pick(typeof value === 'function' ? value(params) : value, random);
}

/** Renders cues one by one, in order, consuming the random source as render() does. */
export function renderPieces(cues: readonly Cue[], locale: SpeechLocale, random: Random): { pieces: CuePiece[]; reprompt: string | null } {
  const pack = packFor(locale);
  const pieces: CuePiece[] = [];
  let reprompt: string | null = null;
  for (const c of cues) {
    const template = pack[c.id as CueId] as Template<object>;
    const safe = escapeParams(c.params);
    pieces.push({ cue: c, ssml: say(template, 'say', safe, random) ?? '' });
    reprompt = say(template, 'reprompt', safe, random) ?? reprompt;
  }
  return { pieces, reprompt };
}

export function render(cues: readonly Cue[], locale: SpeechLocale, random: Random): Rendered {
  const { pieces, reprompt } = renderPieces(cues, locale, random);
  const ssml = `<speak>${pieces.map((p) => p.ssml).filter(Boolean).join(' ')}</speak>`;
  const repromptSsml = reprompt === null ? null : `<speak>${reprompt}</speak>`;
  return {
    ssml,
    text: ssmlToText(ssml),
    repromptSsml,
    repromptText: repromptSsml === null ? null : ssmlToText(repromptSsml),
    pieces,
  };
}
