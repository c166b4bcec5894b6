// What a screen shows, independent of the engine that decided it: a narrow,
// explicit ScreenInput (built by fromEngine.ts, the one file tied to the
// engine) and the Screen datasource every display reads (APL documents,
// Dialogflow cards, the terminal's --screen view). Words come from speech/:
// spoken text arrives already rendered; labels come from speech/en/screen.ts.
import type { ExerciseId, Part } from '../../flow/content/exercises';
import type { PainPattern } from '../../flow/content/patterns';
import type { Side } from '../../flow/cues';
import type { ButtonLabel, ScreenLabels } from '../../../speech/en/screen';
import { screenLabelsFor, type SpeechLocale } from '../../../speech';

/** What a touch asks for; each maps to the engine event of the same name (platforms/alexa/touch.ts). */
export type TouchAction =
  | 'yes' | 'no' | 'notSure' | 'next' | 'previous' | 'pause' | 'resume' | 'hurts' | 'skip' | 'howTo' | 'stop'
  | 'number' | 'pattern';

export const TOUCH_ACTIONS: readonly TouchAction[] = [
  'yes', 'no', 'notSure', 'next', 'previous', 'pause', 'resume', 'hurts', 'skip', 'howTo', 'stop', 'number', 'pattern',
];

/** An answer a screen offers; its caption comes from the labels. */
export type Answer =
  | { action: Exclude<TouchAction, 'number' | 'pattern'> }
  | { action: 'pattern'; value: PainPattern };

/** A moment in a set's narration, at its offset from the start of the speech (ms). */
export type Mark =
  | { atMs: number; kind: 'set'; set: number; sets: number }
  | { atMs: number; kind: 'side'; side: Side }
  | { atMs: number; kind: 'rep'; n: number; total: number }
  | { atMs: number; kind: 'countdown'; what: 'hold' | 'rest'; durationMs: number }
  | { atMs: number; kind: 'stopCountdown' };

export type OutcomeKind = 'emergency' | 'urgent' | 'highPain' | 'seePhysio';

export type ScreenInput =
  | { kind: 'welcome'; message: string; question: string; answers: readonly Answer[] }
  | { kind: 'question'; question: string; answers: readonly Answer[] }
  | { kind: 'outcome'; outcome: OutcomeKind; message: string; emergencyNumber: string | null; answers: readonly Answer[] }
  | { kind: 'preview'; week: number; minutes: number; groups: readonly { part: Part; exercises: readonly string[] }[]; prompt: string }
  | { kind: 'exercise'; name: string; part: Part; steps: readonly string[]; index: number; count: number; illustration: ExerciseId; prompt: string }
  | {
      kind: 'set';
      name: string;
      illustration: ExerciseId;
      set: number;
      sets: number;
      side: Side | null;
      dose: { kind: 'reps'; reps: number } | { kind: 'hold'; seconds: number };
      paused: boolean;
      /** What the counter does when, from the narration's own timeline; [] when nothing is counted this turn. */
      marks: readonly Mark[];
      /** When the turn's speech ends (ms). */
      totalMs: number;
      /** The end of this response's rest may send "next": only between sets of one exercise. */
      autoNext: boolean;
    }
  | { kind: 'painScale'; question: string; note: string | null }
  | {
      kind: 'progress';
      week: number;
      weeks: number;
      sessionsThisWeek: number;
      sessionsToAdvance: number;
      totalSessions: number;
      streak: number;
      /** Pain after each stored session, oldest first (empty when no history is kept). */
      trend: readonly number[];
      prompt: string;
    }
  | { kind: 'goodbye'; message: string };

export type ScreenKind = ScreenInput['kind'];

/** The APL documents, one per screen layout (skill-package/response/display/<name>/). */
export const DOCUMENTS = ['question', 'outcome', 'preview', 'exercise', 'set', 'painScale', 'progress', 'goodbye'] as const;
export type DocumentName = (typeof DOCUMENTS)[number];

export const DOCUMENT_OF: Record<ScreenKind, DocumentName> = {
  welcome: 'question',
  question: 'question',
  outcome: 'outcome',
  preview: 'preview',
  exercise: 'exercise',
  set: 'set',
  painScale: 'painScale',
  progress: 'progress',
  goodbye: 'goodbye',
};

export interface Button {
  label: string;
  action: TouchAction;
  /** The number or pattern id, '' for plain actions (APL arguments are strings). */
  value: string;
}

/** The datasource of every screen: one shape, so each document binds the fields it shows. */
export interface Screen {
  kind: ScreenKind;
  document: DocumentName;
  title: string;
  /** The main line: the question, the outcome, the exercise name. */
  headline: string;
  /** A secondary line ('' when none). */
  detail: string;
  /** A short list: exercise steps, preview groups flattened, progress stats. */
  lines: string[];
  buttons: Button[];
  /** outcome: 'emergency' | 'urgent' | 'calm'; other screens 'calm'. */
  tone: 'emergency' | 'urgent' | 'calm';
  /** The emergency number, huge ('' elsewhere). */
  bigNumber: string;
  /** An illustration id (an ExerciseId) or ''. */
  illustration: string;
  /** The counter of a set: what the big number starts at, and its caption. */
  counter: { caption: string; value: string; side: string; set: string };
  /** progress: an AVG path of the pain trend in a 100 × 40 box ('' without history). */
  chart: string;
  /** painScale: the 0 to 10 touch scale. */
  scale: { value: string; label: string }[];
  scaleEnds: { low: string; high: string };
}

/** The screen labels of the locale's language. */
export const labelsFor = (locale: SpeechLocale): ScreenLabels => screenLabelsFor(locale);

const BUTTON_LABEL: Record<Exclude<TouchAction, 'number' | 'pattern'>, ButtonLabel> = {
  yes: 'yes', no: 'no', notSure: 'notSure', next: 'next', previous: 'back', pause: 'pause', resume: 'resume',
  hurts: 'hurts', skip: 'skip', howTo: 'howTo', stop: 'end',
};

function buttonOf(answer: Answer, labels: ScreenLabels): Button {
  if (answer.action === 'pattern') return { label: labels.patterns[answer.value], action: 'pattern', value: answer.value };
  return { label: labels.buttons[BUTTON_LABEL[answer.action]], action: answer.action, value: '' };
}

/** The routine's own buttons while an exercise is on screen. */
export const routineAnswers = (paused: boolean): Answer[] => [
  { action: paused ? 'resume' : 'pause' },
  { action: 'hurts' },
  { action: 'stop' },
];

/** An AVG path through points (0 to 10, higher is more pain) in a 100 × 40 box; '' for fewer than 2. */
export function trendPath(points: readonly number[]): string {
  if (points.length < 2) return '';
  const step = 100 / (points.length - 1);
  return points
    .map((p, i) => `${i === 0 ? 'M' : 'L'}${Math.round(i * step * 10) / 10},${Math.round((40 - (Math.min(10, Math.max(0, p)) / 10) * 40) * 10) / 10}`)
    .join(' ');
}

/** Names are written for the middle of a spoken sentence ("the glute bridge"); a heading starts with a capital. */
const heading = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

const EMPTY = { detail: '', lines: [], buttons: [], tone: 'calm' as const, bigNumber: '', illustration: '', chart: '', scale: [] };

export function screenOf(input: ScreenInput, locale: SpeechLocale): Screen {
  const l = labelsFor(locale);
  const base = { ...EMPTY, kind: input.kind, document: DOCUMENT_OF[input.kind], title: l.title, counter: { caption: '', value: '', side: '', set: '' }, scaleEnds: l.painScale };
  const buttons = (answers: readonly Answer[]) => answers.map((a) => buttonOf(a, l));
  switch (input.kind) {
    case 'welcome':
      return { ...base, headline: input.question, detail: input.message, buttons: buttons(input.answers) };
    case 'question':
      return { ...base, headline: input.question, buttons: buttons(input.answers) };
    case 'outcome': {
      const tone = input.outcome === 'emergency' ? 'emergency' : input.outcome === 'urgent' ? 'urgent' : 'calm';
      const call = input.outcome === 'emergency' && input.emergencyNumber ? input.emergencyNumber : '';
      return { ...base, tone, headline: input.message, detail: call ? l.emergencyCall : '', bigNumber: call, buttons: buttons(input.answers) };
    }
    case 'preview':
      return {
        ...base,
        headline: `${l.weekOf(input.week, 6)} · ${l.minutes(input.minutes)}`,
        detail: input.prompt,
        lines: input.groups.map((g) => `${l.parts[g.part]}: ${g.exercises.map(heading).join(', ')}`),
        buttons: buttons([{ action: 'next' }, { action: 'stop' }]).map((b) => (b.action === 'next' ? { ...b, label: l.buttons.start } : b)),
      };
    case 'exercise':
      return {
        ...base,
        title: `${l.exerciseOf(input.index, input.count)} · ${l.parts[input.part]}`,
        headline: heading(input.name),
        detail: input.prompt,
        lines: [...input.steps],
        illustration: input.illustration,
        buttons: buttons([{ action: 'next' }, { action: 'howTo' }, { action: 'skip' }, { action: 'hurts' }]),
      };
    case 'set':
      return {
        ...base,
        headline: heading(input.name),
        detail: input.paused ? l.paused : '',
        illustration: input.illustration,
        counter: {
          caption: input.dose.kind === 'reps' ? l.reps : l.hold,
          value: input.dose.kind === 'reps' ? `0/${input.dose.reps}` : String(input.dose.seconds),
          side: input.side ? l.sides[input.side] : '',
          set: input.sets > 1 ? l.setOf(input.set, input.sets) : '',
        },
        buttons: buttons(routineAnswers(input.paused)),
      };
    case 'painScale':
      return {
        ...base,
        headline: input.question,
        detail: input.note ?? '',
        scale: Array.from({ length: 11 }, (_, n) => ({ value: String(n), label: String(n) })),
      };
    case 'progress':
      return {
        ...base,
        headline: l.weekOf(input.week, input.weeks),
        detail: input.prompt,
        lines: [l.sessionsThisWeek(input.sessionsThisWeek, input.sessionsToAdvance), l.streak(input.streak), l.totalSessions(input.totalSessions)],
        chart: trendPath(input.trend),
        counter: { caption: input.trend.length >= 2 ? l.painTrend : '', value: '', side: '', set: '' },
        buttons: buttons([{ action: 'next' }, { action: 'stop' }]),
      };
    case 'goodbye':
      return { ...base, headline: input.message };
  }
}
