// Real conversations, played on both platforms to collect mid-conversation
// session state (Alexa attributes, Dialogflow contexts) to start fuzzing from.
// Between them they stop in every phase of the engine.
import type { PainPattern } from '../../../src/flow/content/patterns';

export type Line =
  | { kind: 'launch' }
  | { kind: 'pain'; value: number }
  | { kind: 'pattern'; pattern: PainPattern }
  /** An intent name without Alexa's AMAZON. prefix (as in the Dialogflow agent). */
  | { kind: 'intent'; intent: string };

const launch: Line = { kind: 'launch' };
const pain = (value: number): Line => ({ kind: 'pain', value });
const pattern = (p: PainPattern): Line => ({ kind: 'pattern', pattern: p });
const say = (intent: string): Line => ({ kind: 'intent', intent });
const yes = say('YesIntent');
const no = say('NoIntent');
const next = say('NextIntent');
const times = (n: number, line: Line) => Array<Line>(n).fill(line);

export interface Script {
  name: string;
  locale: string;
  lines: Line[];
}

const clearTriage = [launch, yes, ...times(10, no)];

export const SCRIPTS: Script[] = [
  {
    name: 'the whole routine, then the closing questions',
    locale: 'en-US',
    lines: [...clearTriage, pain(3), no, pattern('sitting'), ...times(32, next), pain(2), yes],
  },
  {
    name: 'a physio check, a gentle stress routine, every side question',
    locale: 'en-GB',
    lines: [
      launch, yes, ...times(8, no), yes, pain(5), yes, pattern('stress'),
      next, next, say('HurtsIntent'), say('FallbackIntent'), yes, next, say('PauseIntent'), say('ResumeIntent'),
      say('HowToIntent'), say('WhyIntent'), say('HelpIntent'), say('ProgressIntent'), say('StartOverIntent'), say('FallbackIntent'),
      no, say('DeleteDataIntent'), no, say('PreviousIntent'), say('SkipIntent'), say('HurtsIntent'), no, pain(6),
    ],
  },
  {
    name: 'a second and third session: re-check, stop mid-routine, resume',
    locale: 'en-AU',
    lines: [
      ...clearTriage, pain(2), no, pattern('bending'), next, next, say('StopIntent'),
      launch, say('NotSureIntent'), say('FallbackIntent'), ...times(10, no), pain(1), pattern('workout'), say('FallbackIntent'), yes, next, next, next, say('CancelIntent'),
      launch, no, pain(0), pattern('morning'), no, next, say('RepeatIntent'), say('StartOverIntent'), yes, next, next, say('PreviousIntent'),
      say('SkipIntent'), say('SkipIntent'), say('SkipIntent'), say('SkipIntent'), say('SkipIntent'), say('SkipIntent'), say('SkipIntent'), say('SkipIntent'),
      say('SkipIntent'), say('SkipIntent'), say('PreviousIntent'), pain(11), say('FallbackIntent'), say('StartOverIntent'), no, say('HelpIntent'), pain(4), no,
    ],
  },
  {
    name: 'hard answers: underage, unclear triage, high pain, emergencies',
    locale: 'en-IN',
    lines: [
      launch, say('FallbackIntent'), say('FallbackIntent'), no,
      launch, yes, no, say('FallbackIntent'), say('FallbackIntent'),
      launch, yes, ...times(4, no), say('NotSureIntent'),
      launch, yes, ...times(10, no), say('PainLevelIntent'), pain(9),
      launch, yes, ...times(10, no), pain(4), yes, say('FallbackIntent'), pattern('varies'), say('RedFlagIntent'),
      launch, say('RedFlagIntent'),
    ],
  },
  {
    name: 'delete my data mid-triage and at the end',
    locale: 'en-CA',
    lines: [launch, yes, no, say('DeleteDataIntent'), say('FallbackIntent'), no, no, say('StartOverIntent'), yes, say('DeleteDataIntent'), yes, launch, say('NavigateHomeIntent')],
  },
];
