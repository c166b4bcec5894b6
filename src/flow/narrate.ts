// Turns the routine into the cues of one response. An exercise's setup ends
// with "say next when you're in position"; its run then counts every set,
// side and rest on its own (hands-free), with pauses of at most 10 s each (as
// Alexa allows), and ends with the next exercise's setup. Silent marks at each
// set's start and end let the turn runner time the response, so an
// interruption can be placed in the set it interrupted.
import { cue, type Cue, type Side } from './cues';
import type { PlannedExercise } from './routine';

export const MAX_PAUSE_SECONDS = 10;
const COUNTDOWN_SECONDS = 5;
/** Rests end with the spoken 5-4-3-2-1 countdown. */
const REST_COUNTDOWN_SECONDS = 5;

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
  const { reps, secondsPerRep, style } = p.dose;
  const hold = p.dose.holdTopSeconds ?? 0;
  const middle = Math.ceil(reps / 2);
  return Array.from({ length: reps }, (_, i) => i + 1).flatMap((n) => {
    const formCue = n === middle && reps > 3 ? [cue('formCue', { exercise: p.id, index: formCueIndex })] : [];
    if (style === 'liftHoldLower') return [cue('holdRep', { n, total: reps, hold }), ...formCue];
    // The dead bug alternates: odd reps reach with the right arm and left leg, even ones the other pair.
    const limbs = style === 'alternating' ? [cue('limbs', { arm: n % 2 === 1 ? 'right' : 'left' })] : [];
    return [...limbs, ...pauses(secondsPerRep), cue('rep', { n, total: reps }), ...formCue];
  });
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
    // Time to get out of one side and into the other: longer for the couch stretch and the pigeon.
    const switching = side === 'left' ? [cue('switchSides'), ...pauses(p.switchSeconds)] : [];
    return [...lead, cue('go'), ...body, ...switching];
  });
}

/** A rest counted down: "rest for 20 seconds", a spoken half-way mark on long rests, then the countdown. */
function rest(seconds: number): Cue[] {
  const silent = Math.max(0, seconds - REST_COUNTDOWN_SECONDS);
  const half = silent > 12 ? Math.round(silent / 2) : 0;
  return [
    cue('rest', { seconds }),
    ...(half ? [...pauses(half), cue('restLeft', { seconds: seconds - half }), ...pauses(silent - half)] : pauses(silent)),
    cue('countdown'),
  ];
}

/** The setup of exercise `index`: a part's introduction when it is the first of its part. */
export function narrateIntro(plan: readonly PlannedExercise[], index: number, short: boolean): Cue[] {
  const p = plan[index];
  if (!p) return [];
  const firstOfPart = plan[index - 1]?.part !== p.part;
  const dose = p.dose;
  return [
    ...(firstOfPart ? [cue('partIntro', { part: p.part })] : []),
    cue('exerciseIntro', {
      exercise: p.id,
      variation: p.variation,
      sets: dose.sets,
      perSide: dose.perSide,
      alternating: dose.kind === 'reps' && dose.style === 'alternating',
      short,
      first: index === 0,
      ...(dose.kind === 'reps' ? { reps: dose.kind === 'reps' && dose.style === 'alternating' ? dose.reps / 2 : dose.reps } : { holdSeconds: dose.holdSeconds }),
    }),
    cue('inPositionPrompt', { first: index === 0 }),
  ];
}

/** Every set of exercise `index` from `fromSet` on, with the rests between them, ending with "done". */
export function narrateRun(plan: readonly PlannedExercise[], index: number, fromSet = 1): Cue[] {
  const p = plan[index];
  if (!p) return [];
  const sets = p.dose.sets;
  const out: Cue[] = [];
  for (let set = Math.max(1, fromSet); set <= sets; set++) {
    out.push(cue('mark', { exercise: index, set, edge: 'start' }));
    if (sets > 1) out.push(cue('setStart', { set, sets }));
    out.push(...oneSet(p, set), cue('mark', { exercise: index, set, edge: 'end' }));
    if (set < sets) out.push(cue('setDone', { set, sets }), ...rest(p.restSeconds));
  }
  out.push(cue('exerciseDone', { exercise: p.id }));
  return out;
}
