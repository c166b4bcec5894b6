// How long speech takes: words at 150 a minute plus every break as written.
// The plan preview's "about N minutes" and `npm run bench` both use it, so
// what the coach promises is what the bench measures.
import { narrateIntro, narrateRun } from '../flow/narrate';
import { planFor, positionChanges, type RoutineParams } from '../flow/routine';
import type { SpeechLocale } from '../../speech';
import { renderPiece } from './pieces';
import { breakSeconds, ssmlToText } from './ssml';

export const WORDS_PER_MINUTE = 150;
/** Getting into position after an exercise's setup (the user says "next" when ready). */
export const SETUP_SECONDS = 15;
/** Extra for moving between the floor, kneeling and standing. */
export const POSITION_CHANGE_SECONDS = 20;

export const wordsOf = (ssml: string): number => ssmlToText(ssml).split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/** Seconds to say an SSML fragment. */
export function speechSeconds(ssml: string): number {
  return (wordsOf(ssml) * 60) / WORDS_PER_MINUTE + breakSeconds(ssml).reduce((a, b) => a + b, 0);
}

/**
 * A routine's length, in seconds: every setup and every run as they would be
 * spoken, plus the time to get into position and to change position.
 * `taught` marks exercises that get the short setup.
 */
export function routineSeconds(routine: RoutineParams, locale: SpeechLocale, taught: readonly boolean[] = []): number {
  const plan = planFor(routine);
  const fixed = () => 0.5; // variants differ by a few words; any fixed choice keeps the estimate stable
  let seconds = plan.length * SETUP_SECONDS + positionChanges(plan) * POSITION_CHANGE_SECONDS;
  plan.forEach((_, i) => {
    for (const cue of [...narrateIntro(plan, i, taught[i] ?? false), ...narrateRun(plan, i)]) seconds += speechSeconds(renderPiece(cue, locale, fixed, {}).say);
  });
  return seconds;
}

export const routineMinutes = (routine: RoutineParams, locale: SpeechLocale, taught: readonly boolean[] = []): number =>
  Math.max(1, Math.round(routineSeconds(routine, locale, taught) / 60));
