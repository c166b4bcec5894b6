// When each cue of a turn is heard: the same pause plan that builds the SSML,
// measured. Screens drive their counts and countdowns from it, and the lead's
// engine can use it to tell which set an interruption fell in, so the two can
// never drift apart in code. Pure: pieces in, offsets out.
import type { Cue } from '../flow/cues';
import type { SpeechLocale } from '../../speech';
import { renderPieces, type CuePiece, type Random } from './render';
import { speechSeconds } from './estimate';

export { WORDS_PER_MINUTE } from './estimate';

export interface TimedCue {
  cue: Cue;
  /** From the start of the turn's speech, in ms. */
  startMs: number;
  /** Words at 150 per minute plus every <break> as written. */
  durationMs: number;
  /** startMs + durationMs. */
  endMs: number;
}

export interface Timeline {
  cues: TimedCue[];
  totalMs: number;
}

/** How long one SSML fragment takes to say: the one estimator (src/render/estimate.ts). */
export const durationMs = (ssml: string): number => Math.round(speechSeconds(ssml) * 1000);

/** The timeline of cues already rendered (Rendered.pieces): the variants actually spoken. */
export function timelineOf(pieces: readonly CuePiece[]): Timeline {
  let at = 0;
  const cues = pieces.map(({ cue, ssml }) => {
    const d = durationMs(ssml);
    const timed = { cue, startMs: at, durationMs: d, endMs: at + d };
    at += d;
    return timed;
  });
  return { cues, totalMs: at };
}

/** Renders and times cues in one go (tests, the bench, the engine's interruption reading). */
export const timeline = (cues: readonly Cue[], locale: SpeechLocale, random: Random): Timeline =>
  timelineOf(renderPieces(cues, locale, random).pieces);

/** The cue being heard `ms` after the speech began (the last one once it has all been said), or null for no cues. */
export function cueAt(t: Timeline, ms: number): TimedCue | null {
  return t.cues.find((c) => ms < c.endMs) ?? t.cues.at(-1) ?? null;
}
