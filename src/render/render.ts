// The render step: cue ids in, speech out. Parameters are escaped (pieces.ts),
// variants are picked with the injected random source and never repeat back to
// back, and each silent mark's time into the response is measured, so the
// turn runner can tell later which set an interruption came in.
import type { Cue } from '../flow/cues';
import { SPEECH_LOCALES, type SpeechLocale } from '../../speech';
import { routineMinutes, speechSeconds } from './estimate';
import { renderPiece, type Random, type Variants } from './pieces';
import { ssmlToText } from './ssml';

export type { Random, Variants } from './pieces';

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
  /** The variant each cue id said last, this response included. */
  variants: Variants;
  /** The silent marks of this response, timed. */
  marks: Mark[];
  /** How long the response takes to say, in ms. */
  durationMs: number;
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

/** Parameters the engine cannot know: the preview's minutes come from the speech itself. */
function withDerived(cue: Cue, locale: SpeechLocale): Cue {
  if (cue.id !== 'routinePreview' || cue.params.minutes !== undefined) return cue;
  return { ...cue, params: { ...cue.params, minutes: routineMinutes(cue.params.routine, locale, cue.params.taught) } };
}

export function render(cues: readonly Cue[], locale: SpeechLocale, random: Random, previous: Variants = {}): Rendered {
  const variants: Variants = { ...previous };
  const parts: string[] = [];
  const marks: Mark[] = [];
  let reprompt: string | null = null;
  let seconds = 0;
  for (const raw of cues) {
    const cue = withDerived(raw, locale);
    if (cue.id === 'mark') {
      marks.push({ ...cue.params, ms: Math.round(seconds * 1000) });
      continue;
    }
    const piece = renderPiece(cue, locale, random, variants);
    parts.push(piece.say);
    seconds += speechSeconds(piece.say);
    reprompt = piece.reprompt ?? reprompt;
  }
  const ssml = `<speak>${parts.filter(Boolean).join(' ')}</speak>`;
  const repromptSsml = reprompt === null ? null : `<speak>${reprompt}</speak>`;
  return {
    ssml,
    text: ssmlToText(ssml),
    repromptSsml,
    repromptText: repromptSsml === null ? null : ssmlToText(repromptSsml),
    variants,
    marks,
    durationMs: Math.round(seconds * 1000),
  };
}
