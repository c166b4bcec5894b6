// The render step: cue ids in, speech out. Parameters are escaped (pieces.ts),
// variants are picked with the injected random source and never repeat back to
// back, and each silent mark's time into the response is measured, so the
// turn runner can tell later which set an interruption came in. Screens and
// the timeline read the same pieces, so they cannot disagree with the speech.
import type { Cue } from '../flow/cues';
import { LANGUAGES, SPEECH_LOCALES, type SpeechLocale } from '../../speech';
import { routineMinutes, speechSeconds } from './estimate';
import { renderPiece, type Random, type Variants } from './pieces';
import { ssmlToText } from './ssml';

export type { Random, Variants } from './pieces';

/** One cue as rendered: the same variant the speech used. */
export interface CuePiece {
  cue: Cue;
  /** This cue's SSML fragment ('' when the cue says nothing). */
  ssml: string;
}

export interface Mark {
  exercise: number;
  set: number;
  edge: 'start' | 'end';
  /** Time into the response, in ms. */
  ms: number;
}

export interface Rendered {
  /** Full SSML, wrapped in <speak>. */
  ssml: string;
  /** Plain text of the speech, without pauses. */
  text: string;
  /** Reprompt SSML, or null when the response asks nothing (the session ends). */
  repromptSsml: string | null;
  repromptText: string | null;
  /** Each cue with the SSML it was spoken as, in order. */
  pieces: CuePiece[];
  /** The variant each cue id said last, this response included. */
  variants: Variants;
  /** The silent marks of this response, timed. */
  marks: Mark[];
  /** How long the response takes to say, in ms. */
  durationMs: number;
}

/**
 * Any platform locale to one we speak: one of our markets exactly; else its
 * language, which names no emergency number (never a guessed one: 'de-AT',
 * Dialogflow's bare 'es'); else English without a number.
 */
export function resolveLocale(raw: unknown): SpeechLocale {
  if (typeof raw !== 'string') return 'en';
  const wanted = raw.replace('_', '-').toLowerCase();
  const exact = SPEECH_LOCALES.find((l) => l.toLowerCase() === wanted);
  if (exact) return exact;
  const language = wanted.split('-')[0];
  return LANGUAGES.find((l) => l === language) ?? 'en';
}

/** Parameters the engine cannot know: the preview's minutes come from the speech itself. */
function withDerived(cue: Cue, locale: SpeechLocale): Cue {
  if (cue.id !== 'routinePreview' || cue.params.minutes !== undefined) return cue;
  return { ...cue, params: { ...cue.params, minutes: routineMinutes(cue.params.routine, locale, cue.params.taught) } };
}

/** Renders cues one by one, in order, with the variants said last (`previous`, not changed). */
export function renderPieces(cues: readonly Cue[], locale: SpeechLocale, random: Random, previous: Variants = {}): { pieces: CuePiece[]; reprompt: string | null; variants: Variants } {
  const variants: Variants = { ...previous };
  const pieces: CuePiece[] = [];
  let reprompt: string | null = null;
  for (const raw of cues) {
    const cue = withDerived(raw, locale);
    const piece = renderPiece(cue, locale, random, variants);
    pieces.push({ cue, ssml: piece.say });
    reprompt = piece.reprompt ?? reprompt;
  }
  return { pieces, reprompt, variants };
}

export function render(cues: readonly Cue[], locale: SpeechLocale, random: Random, previous: Variants = {}): Rendered {
  const { pieces, reprompt, variants } = renderPieces(cues, locale, random, previous);
  const marks: Mark[] = [];
  let seconds = 0;
  for (const { cue, ssml } of pieces) {
    if (cue.id === 'mark') marks.push({ ...cue.params, ms: Math.round(seconds * 1000) });
    seconds += speechSeconds(ssml);
  }
  const ssml = `<speak>${pieces.map((p) => p.ssml).filter(Boolean).join(' ')}</speak>`;
  const repromptSsml = reprompt === null ? null : `<speak>${reprompt}</speak>`;
  return {
    ssml,
    text: ssmlToText(ssml),
    repromptSsml,
    repromptText: repromptSsml === null ? null : ssmlToText(repromptSsml),
    pieces,
    variants,
    marks,
    durationMs: Math.round(seconds * 1000),
  };
}
