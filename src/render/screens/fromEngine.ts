// THE one file that reads the engine for screens: the SessionState and the
// turn's rendered cues (src/flow/cues.ts ids) in, a ScreenInput out. The
// switch on phase below and the cue-id sets are all there is. Unknown cue ids
// are ignored; an unknown phase falls back to a plain question screen of
// whatever was last asked.
import { EXERCISES, PARTS } from '../../flow/content/exercises';
import type { CueId, Side } from '../../flow/cues';
import { planOf } from '../../flow/present';
import { LAST_WEEK, SESSIONS_TO_ADVANCE } from '../../flow/content/program';
import { streakOf } from '../../flow/progress';
import type { SessionState } from '../../flow/state';
import { contentWordsFor } from '../../../speech';
import { factsFor } from '../../../speech/locales';
import type { SpeechLocale } from '../../../speech';
import type { ContentWords } from '../../../speech/types';
import type { CuePiece } from '../render';
import { ssmlToText } from '../ssml';
import { timelineOf, type Timeline } from '../timeline';
import { routineAnswers, type Answer, type Mark, type ScreenInput } from './model';

const YES_NO: Answer[] = [{ action: 'yes' }, { action: 'no' }];
const YES_NO_NOT_SURE: Answer[] = [{ action: 'yes' }, { action: 'no' }, { action: 'notSure' }];
const PATTERN_ANSWERS: Answer[] = (['sitting', 'bending', 'morning', 'workout', 'stress', 'varies'] as const).map((value) => ({ action: 'pattern', value }));

/** Cues that open a session: shown above the first question. */
const WELCOME_CUES: readonly CueId[] = ['welcomeNew', 'welcomeBack'];
/** Cues that count a set (their presence means this turn narrates one). */
const COUNTING_CUES: readonly CueId[] = ['go', 'rep', 'holdRep', 'holdStart', 'setStart'];
const HURTS_CHOICE: Answer[] = [{ action: 'skip' }, { action: 'next' }, { action: 'stop' }];

/** The plain text of the last piece with one of these ids, or of the last piece that says something. */
function textOf(pieces: readonly CuePiece[], ids?: readonly CueId[]): string {
  const found = [...pieces].reverse().find((p) => p.ssml !== '' && (!ids || ids.includes(p.cue.id)));
  return found ? ssmlToText(found.ssml) : '';
}
const has = (pieces: readonly CuePiece[], id: CueId) => pieces.some((p) => p.cue.id === id);

/**
 * A short stamp of where the conversation is: a touch carries the stamp of the
 * screen it was made on, and one that no longer matches is stale. Re-point
 * with the engine: it must change whenever the meaning of a button changes.
 */
export function stampOf(state: SessionState): string {
  const key = [state.phase, state.question, state.at.exercise, state.at.stage, state.at.set, state.paused, state.returnTo, state.outcome, state.confirm, state.lasting].join('|');
  let h = 0x811c9dc5; // FNV-1a: short, stable, no crypto needed for a freshness check
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(36);
}

export function screenInputOf(state: SessionState, pieces: readonly CuePiece[], locale: SpeechLocale): ScreenInput {
  const facts = factsFor(locale);
  const words = contentWordsFor(locale);
  const last = textOf(pieces);
  const question = (answers: readonly Answer[]): ScreenInput => {
    const welcome = pieces.find((p) => WELCOME_CUES.includes(p.cue.id));
    return welcome
      ? { kind: 'welcome', message: ssmlToText(welcome.ssml), question: last, answers }
      : { kind: 'question', question: last, answers };
  };

  // "How am I doing?" can come in any phase: its summary wins the screen.
  const summary = pieces.find((p) => p.cue.id === 'progressSummary');
  if (summary && summary.cue.id === 'progressSummary') {
    const p = state.progress;
    return {
      kind: 'progress',
      week: summary.cue.params.week,
      weeks: LAST_WEEK,
      sessionsThisWeek: summary.cue.params.sessionsThisWeek,
      sessionsToAdvance: SESSIONS_TO_ADVANCE,
      totalSessions: summary.cue.params.totalSessions,
      streak: streakOf(p.completed, state.today),
      trend: p.painConsent === 'yes' ? p.painHistory.map((e) => e.after) : [],
      prompt: last,
    };
  }

  switch (state.phase) {
    case 'age':
    case 'painConsent':
    case 'confirmStartOver':
    case 'confirmDelete':
    case 'sharpCheck':
    case 'confirmSafety':
      return question(YES_NO);
    case 'hurtsChoice':
      return question(HURTS_CHOICE);
    case 'recheck':
    case 'triage':
    case 'belowKnee':
    case 'clearance':
      return question(YES_NO_NOT_SURE);
    case 'pattern':
      return question(PATTERN_ANSWERS);
    case 'painNow':
    case 'painAfter': {
      const physio = pieces.find((p) => p.cue.id === 'outcomeSeePhysio');
      if (physio) return { kind: 'outcome', outcome: 'seePhysio', message: ssmlToText(physio.ssml), emergencyNumber: null, answers: [] };
      return { kind: 'painScale', question: textOf(pieces, ['askPainNow', 'askPainAfter']) || last, note: null };
    }
    case 'ready': {
      const plan = planOf(state);
      const preview = pieces.find((p) => p.cue.id === 'routinePreview');
      if (plan.length === 0 || !preview || preview.cue.id !== 'routinePreview') return routineScreen(state, pieces, words, last);
      const groups = PARTS.map((part) => ({ part, exercises: plan.filter((x) => x.part === part).map((x) => words.exercises[x.id].name) })).filter((g) => g.exercises.length > 0);
      return { kind: 'preview', week: preview.cue.params.week, minutes: preview.cue.params.minutes ?? 0, groups, prompt: last };
    }
    case 'routine':
      return routineScreen(state, pieces, words, last);
    case 'ended':
      if (state.outcome === 'EMERGENCY') {
        return { kind: 'outcome', outcome: 'emergency', message: textOf(pieces, ['outcomeEmergency']) || last, emergencyNumber: facts.emergencyNumber, answers: [{ action: 'stop' }] };
      }
      if (state.outcome === 'URGENT') return { kind: 'outcome', outcome: 'urgent', message: textOf(pieces, ['outcomeUrgent']) || last, emergencyNumber: facts.emergencyNumber, answers: [] };
      if (state.outcome === 'HIGH_PAIN') return { kind: 'outcome', outcome: 'highPain', message: textOf(pieces, ['outcomeHighPain']) || last, emergencyNumber: null, answers: [] };
      return { kind: 'goodbye', message: last };
    default:
      return question([{ action: 'next' }]);
  }
}

function routineScreen(state: SessionState, pieces: readonly CuePiece[], words: ContentWords, last: string): ScreenInput {
  const plan = planOf(state);
  // A response that runs an exercise names it in its marks; otherwise the screen shows where the routine is.
  const mark = pieces.find((p) => p.cue.id === 'mark');
  const running = mark?.cue.id === 'mark' ? mark.cue.params.exercise : null;
  const index = running ?? state.at.exercise;
  const planned = plan[index];
  if (!planned) return { kind: 'question', question: last, answers: routineAnswers(state.paused) };
  const name = words.exercises[planned.id].name;
  const counting = running !== null && pieces.some((p) => COUNTING_CUES.includes(p.cue.id));
  if (!counting && (state.at.stage === 'intro' || state.paused)) {
    return {
      kind: 'exercise',
      name,
      part: EXERCISES[planned.id].part,
      steps: words.exercises[planned.id].steps,
      index: index + 1,
      count: plan.length,
      illustration: planned.id,
      prompt: textOf(pieces, ['inPositionPrompt', 'keepGoingPrompt', 'paused']) || last,
    };
  }
  const firstSide = pieces.find((p) => p.cue.id === 'side');
  const side: Side | null = firstSide?.cue.id === 'side' ? firstSide.cue.params.side : planned.dose.perSide ? 'left' : null;
  const firstSet = pieces.find((p) => p.cue.id === 'mark');
  return {
    kind: 'set',
    name,
    illustration: planned.id,
    set: firstSet?.cue.id === 'mark' ? firstSet.cue.params.set : state.at.set,
    sets: planned.dose.sets,
    side,
    dose: planned.dose.kind === 'reps' ? { kind: 'reps', reps: planned.dose.reps } : { kind: 'hold', seconds: planned.dose.holdSeconds },
    paused: state.paused,
    ...(counting ? marksOf(timelineOf(pieces)) : { marks: [], totalMs: 0 }),
    // Sets, sides and rests run on by themselves within one response; a new exercise waits for
    // the user to be in position, so no touchless "next" is ever sent.
    autoNext: false,
  };
}

/**
 * The counter's marks from the timeline, by cue id: a hold counts down from the
 * end of "hold for N seconds" to the start of its release, a rest from the end
 * of "rest for N seconds" to the end of its 5-4-3-2-1. Other cue ids are ignored.
 */
export function marksOf(t: Timeline): { marks: Mark[]; totalMs: number } {
  const marks: Mark[] = [];
  const nextStart = (from: number, id: CueId) => t.cues.slice(from + 1).find((c) => c.cue.id === id)?.startMs;
  const nextEnd = (from: number, id: CueId) => t.cues.slice(from + 1).find((c) => c.cue.id === id)?.endMs;
  t.cues.forEach((timed, i) => {
    const { cue, startMs, endMs } = timed;
    switch (cue.id) {
      case 'setStart':
        marks.push({ atMs: startMs, kind: 'set', set: cue.params.set, sets: cue.params.sets });
        break;
      case 'side':
        marks.push({ atMs: startMs, kind: 'side', side: cue.params.side });
        break;
      case 'rep':
      case 'holdRep':
        marks.push({ atMs: startMs, kind: 'rep', n: cue.params.n, total: cue.params.total });
        break;
      case 'holdStart':
      case 'rest': {
        // A hold counts down to its release; a rest to the end of its spoken 5-4-3-2-1.
        const until = cue.id === 'holdStart' ? nextStart(i, 'holdEnd') : nextEnd(i, 'countdown');
        const fallback = endMs + cue.params.seconds * 1000;
        marks.push({ atMs: endMs, kind: 'countdown', what: cue.id === 'holdStart' ? 'hold' : 'rest', durationMs: Math.max(0, (until ?? fallback) - endMs) });
        break;
      }
      case 'holdEnd':
        marks.push({ atMs: startMs, kind: 'stopCountdown' });
        break;
      case 'countdown':
        // The end of a rest's countdown (a hold's ends at its release, above).
        if (t.cues[i + 1]?.cue.id !== 'holdEnd') marks.push({ atMs: endMs, kind: 'stopCountdown' });
        break;
      default:
        break; // unknown or non-counting cues
    }
  });
  return { marks, totalMs: t.totalMs };
}
