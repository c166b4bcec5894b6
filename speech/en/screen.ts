// Words that only appear on screens (Echo Show, Dialogflow cards, the
// terminal's --screen view): button captions and short headings. Everything
// spoken comes from cues.ts and content.ts; this stays tiny and typed, so a
// missing label fails tsc.
import type { Part } from '../../src/flow/content/exercises';
import type { PainPattern } from '../../src/flow/content/patterns';
import type { Side } from '../../src/flow/cues';

/** What a button does; each maps to an engine event in the adapters (src/platforms/alexa/touch.ts). */
export type ButtonLabel =
  | 'yes'
  | 'no'
  | 'notSure'
  | 'next'
  | 'back'
  | 'start'
  | 'pause'
  | 'resume'
  | 'hurts'
  | 'skip'
  | 'howTo'
  | 'end';

export interface ScreenLabels {
  buttons: Record<ButtonLabel, string>;
  parts: Record<Part, string>;
  patterns: Record<PainPattern, string>;
  sides: Record<Side, string>;
  title: string;
  exerciseOf: (n: number, of: number) => string;
  setOf: (n: number, of: number) => string;
  minutes: (n: number) => string;
  weekOf: (n: number, of: number) => string;
  reps: string;
  hold: string;
  rest: string;
  paused: string;
  sessionsThisWeek: (n: number, of: number) => string;
  streak: (days: number) => string;
  totalSessions: (n: number) => string;
  painTrend: string;
  painScale: { low: string; high: string };
  emergencyCall: string;
}

export const englishScreen: ScreenLabels = {
  buttons: {
    yes: 'Yes',
    no: 'No',
    notSure: 'Not sure',
    next: 'Next',
    back: 'Back',
    start: 'Start',
    pause: 'Pause',
    resume: 'Resume',
    hurts: 'It hurts',
    skip: 'Skip',
    howTo: 'How to',
    end: 'End',
  },
  parts: { mobility: 'Unlock the hips', activation: 'Turn on the glutes', hinge: 'Master the hip hinge' },
  patterns: {
    sitting: 'After sitting',
    bending: 'Bending or lifting',
    morning: 'In the morning',
    workout: 'During workouts',
    stress: 'After stress',
    varies: 'It varies',
  },
  sides: { left: 'Left side', right: 'Right side' },
  title: 'Hip Coach',
  exerciseOf: (n, of) => `Exercise ${n} of ${of}`,
  setOf: (n, of) => `Set ${n} of ${of}`,
  minutes: (n) => `About ${n} min`,
  weekOf: (n, of) => `Week ${n} of ${of}`,
  reps: 'Reps',
  hold: 'Hold',
  rest: 'Rest',
  paused: 'Paused',
  sessionsThisWeek: (n, of) => `${n} of ${of} sessions this week`,
  streak: (days) => (days === 1 ? '1 day streak' : `${days} day streak`),
  totalSessions: (n) => (n === 1 ? '1 session in total' : `${n} sessions in total`),
  painTrend: 'Pain after sessions',
  painScale: { low: 'No pain', high: 'Worst imaginable' },
  emergencyCall: 'Call',
};
