// Turns one routine segment into the cues of one response: an exercise's
// setup, or one set counted aloud with real pauses (at most 10 s each, as
// Alexa allows) and the rest that follows it.
import { cue, type Cue, type Side } from './cues';
import type { PlannedExercise, Segment } from './routine';

export const MAX_PAUSE_SECONDS = 10;
const SWITCH_SIDES_SECONDS = 5;
const COUNTDOWN_SECONDS = 5;

/** A pause of any length, as breaks of at most 10 s. */
export function pauses(seconds: number): Cue[] {
  const out: Cue[] = [];
  for (let left = seconds; left > 0; left -= MAX_PAUSE_SECONDS) {
    out.push(cue('pause', { seconds: Math.min(MAX_PAUSE_SECONDS, left) }));
  }
  return out;
}

function countReps(p: PlannedExercise, formCueIndex: number): Cue[] {
  if (p.dose.kind !== 'reps') return [];
  const { reps } = p.dose;
  const perRep = p.dose.secondsPerRep + (p.dose.holdTopSeconds ?? 0);
  const middle = Math.ceil(reps / 2);
  return Array.from({ length: reps }, (_, i) => i + 1).flatMap((n) => [
    ...pauses(perRep),
    cue('rep', { n, total: reps }),
    ...(n === middle && reps > 3 ? [cue('formCue', { exercise: p.id, index: formCueIndex })] : []),
  ]);
}

function countHold(p: PlannedExercise, formCueIndex: number): Cue[] {
  if (p.dose.kind !== 'hold') return [];
  const out: Cue[] = [cue('holdStart', { seconds: p.dose.holdSeconds })];
  let left = p.dose.holdSeconds;
  let saidFormCue = false;
  while (left > COUNTDOWN_SECONDS) {
    const chunk = Math.min(MAX_PAUSE_SECONDS, left - COUNTDOWN_SECONDS);
    out.push(cue('pause', { seconds: chunk }));
    left -= chunk;
    if (left <= COUNTDOWN_SECONDS) break;
    // One form cue a hold, then a spoken count of what is left.
    if (!saidFormCue) {
      out.push(cue('formCue', { exercise: p.id, index: formCueIndex }));
      saidFormCue = true;
    }
    out.push(cue('holdLeft', { seconds: left }));
  }
  out.push(cue('countdown'), cue('holdEnd'));
  return out;
}

function oneSet(p: PlannedExercise, set: number): Cue[] {
  const sides: (Side | null)[] = p.dose.perSide ? ['left', 'right'] : [null];
  return sides.flatMap((side, i) => {
    const formCueIndex = (set - 1) * sides.length + i;
    const body = p.dose.kind === 'reps' ? countReps(p, formCueIndex) : countHold(p, formCueIndex);
    const lead = side ? [cue('side', { side })] : [];
    const switching = side === 'left' ? [cue('switchSides'), ...pauses(SWITCH_SIDES_SECONDS)] : [];
    return [...lead, cue('go'), ...body, ...switching];
  });
}

/**
 * The cues of one segment. `isLast` is the final segment of the routine: the
 * caller adds the closing check-in instead of a "say next" prompt.
 */
export function narrateSegment(plan: readonly PlannedExercise[], segment: Segment, isLast: boolean): Cue[] {
  const p = plan[segment.exercise];
  if (!p) return [];
  if (segment.kind === 'intro') {
    const firstOfPart = plan[segment.exercise - 1]?.part !== p.part;
    const dose = p.dose;
    return [
      ...(firstOfPart ? [cue('partIntro', { part: p.part })] : []),
      cue('exerciseIntro', {
        exercise: p.id,
        variation: p.variation,
        sets: dose.sets,
        perSide: dose.perSide,
        ...(dose.kind === 'reps' ? { reps: dose.reps } : { holdSeconds: dose.holdSeconds }),
      }),
      cue('inPositionPrompt'),
    ];
  }
  const sets = p.dose.sets;
  const head = sets > 1 ? [cue('setStart', { set: segment.set, sets })] : [];
  const body = oneSet(p, segment.set);
  if (segment.set < sets) {
    return [
      ...head,
      ...body,
      cue('setDone', { set: segment.set, sets }),
      cue('rest', { seconds: p.restSeconds }),
      ...pauses(p.restSeconds),
      cue('restOver'),
      cue('nextSetPrompt', { set: segment.set + 1, sets }),
    ];
  }
  const next = plan[segment.exercise + 1];
  const tail = isLast || !next ? [] : [cue('nextExercisePrompt', { exercise: next.id })];
  return [...head, ...body, cue('exerciseDone', { exercise: p.id }), ...tail];
}
