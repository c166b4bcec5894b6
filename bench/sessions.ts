// Scripted sessions through the real Alexa handler (issue 8, "Measure it"):
// what a new user, a returning user, a recurring-pain user and a quick session
// hear before the first counted set, how often they say "next", how long the
// session is, and what it covers; then a six-week program of three sessions a
// week. `npx tsx bench/sessions.ts` runs it alone (and updates the `sessions`
// entry of bench/results.json); `npm run bench` runs it as one of its sections.
//
// Every request is a real envelope through createAlexaSkill, with the memory
// store carrying progress from session to session. The answers are chosen from
// the session state's phase (and, in the triage, the question's id), so a
// script never depends on the wording; the cue ids of each response come from
// the turn runner's debug 'turn' log line. The speaking clock moves time on
// as if each response was heard to its end: without it the engine would read
// every request as an interruption of the set being spoken.
import { writeFileSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { createAlexaSkill } from '../src/platforms/alexa/skill';
import { createAlexaConversation } from '../src/platforms/alexa/conversation';
import type { AlexaRequestSpec } from '../src/platforms/alexa/envelope';
import { STATE_KEY } from '../src/platforms/alexa/skill';
import { memoryLogger } from '../src/platforms/logger';
import { speakingClock, type SpeakingClock } from '../src/platforms/speakingClock';
import { createMemoryStore } from '../src/store/memory';
import { POSITION_CHANGE_SECONDS, SETUP_SECONDS, speechSeconds, wordsOf } from '../src/render/estimate';
import { ssmlToText } from '../src/render/ssml';
import { planFor, positionChanges } from '../src/flow/routine';
import { readState, type SessionState } from '../src/flow/state';
import { EXERCISES, EXERCISE_IDS, PARTS, type ExerciseId, type Part } from '../src/flow/content/exercises';
import { TRIAGE, type TriageQuestionId } from '../src/flow/content/triage';
import type { PainPattern } from '../src/flow/content/patterns';

/** Cues that count a set: the first response with one of them starts the first counted set. */
const COUNTED_CUES = ['rep', 'holdRep', 'holdStart'];
const LOCALE = 'en-US';
const MAX_TURNS = 200;
const START_DAY = '2026-11-30'; // a Monday
/** Three sessions a week on different days: Monday, Wednesday, Friday. */
const SESSION_DAYS = [0, 2, 4];
const WEEKS = 6;

export const SESSION_BUDGET = { firstSessionNexts: 8, firstSessionMinMinutes: 12, firstSessionMaxMinutes: 18, returningTurns: 5, defaultMaxMinutes: 18 };

export interface Script {
  /** Triage questions answered yes; every other one is no. */
  yes?: readonly TriageQuestionId[];
  painBefore: number;
  painAfter: number;
  pattern: PainPattern;
  /** The session's first request: a launch, or an intent that opens it ("ask hip coach for a quick one"). */
  opening?: { said: string; request: AlexaRequestSpec };
}

export interface Turn {
  said: string;
  ssml: string;
  cues: string[];
  phase: string | null;
}

export interface SessionReport {
  name: string;
  day: string;
  length: string;
  outcome: string | null;
  week: number | null;
  /** User utterances up to and including the one answered with the first counted set (the launch counts). */
  turnsToFirstSet: number | null;
  /** Words the coach said in every response before the one that starts the first counted set. */
  wordsToFirstSet: number | null;
  nexts: number;
  turns: number;
  words: number;
  /** Spoken seconds (words and breaks) of every response, triage and closing included. */
  speechSeconds: number;
  /** Getting into position for each exercise and changing position, from the plan. */
  setupSeconds: number;
  minutes: number;
  /** The same estimate from the plan preview's response on (the routine as the preview describes it). */
  routineMinutes: number | null;
  /** What the plan preview promised ("about N minutes"), if it said. */
  promisedMinutes: number | null;
  exercises: ExerciseId[];
  done: ExerciseId[];
  parts: Part[];
  positionChanges: number;
  /** The longest response, against Alexa's 8,000 characters of output speech. */
  longestSsmlChars: number;
  longestResponseSeconds: number;
  transcript: Turn[];
}

const isoDay = (start: string, offset: number) => new Date(Date.parse(`${start}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);

const spec = {
  launch: { type: 'LaunchRequest' } as AlexaRequestSpec,
  intent: (intent: string): AlexaRequestSpec => ({ type: 'IntentRequest', intent }),
  pain: (n: number): AlexaRequestSpec => ({ type: 'IntentRequest', intent: 'PainLevelIntent', slots: { level: { value: String(n) } } }),
  pattern: (p: PainPattern): AlexaRequestSpec => ({
    type: 'IntentRequest',
    intent: 'PainPatternIntent',
    slots: { pattern: { value: p, resolution: { status: 'ER_SUCCESS_MATCH', id: p } } },
  }),
  /** "Alexa, ask hip coach for a quick one": the interaction model's LengthIntent with its RoutineLengthType slot. */
  quickOne: {
    type: 'IntentRequest',
    intent: 'LengthIntent',
    slots: { length: { value: 'a quick one', resolution: { status: 'ER_SUCCESS_MATCH', id: 'quick' } } },
  } as AlexaRequestSpec,
};
const yes = spec.intent('AMAZON.YesIntent');
const no = spec.intent('AMAZON.NoIntent');
const next = spec.intent('AMAZON.NextIntent');

/** What the scripted user says in each phase. */
function answer(state: SessionState, script: Script): [string, AlexaRequestSpec] {
  switch (state.phase) {
    case 'age':
      return ['yes', yes];
    case 'recheck':
    case 'belowKnee':
    case 'painConsent':
      return ['no', no];
    case 'triage': {
      const id = TRIAGE[state.question]!.id;
      return script.yes?.includes(id) ? ['yes', yes] : ['no', no];
    }
    case 'painNow':
      return [`pain ${script.painBefore}`, spec.pain(script.painBefore)];
    case 'pattern':
      return [`pattern ${script.pattern}`, spec.pattern(script.pattern)];
    case 'ready':
    case 'routine':
      return ['next', next];
    case 'painAfter':
      return [`pain ${script.painAfter}`, spec.pain(script.painAfter)];
    default:
      throw new Error(`the script has no answer in phase ${state.phase}`);
  }
}

/** One user with their own store, skill and conversation; sessions on the days asked for. */
export function benchUser(random: () => number = () => 0) {
  const store = createMemoryStore();
  const logger = memoryLogger();
  let speaking: SpeakingClock = speakingClock(new Date(`${START_DAY}T09:00:00Z`));
  const clock = () => speaking.now();
  const skill = createAlexaSkill({ store, clock, random, painHistoryAllowed: false, logger });
  const conversation = createAlexaConversation(skill, { locale: LOCALE, clock, userId: 'amzn1.ask.account.BENCH' });
  const current = () => readState(conversation.attributes[STATE_KEY]);

  async function session(name: string, day: string, script: Script): Promise<SessionReport> {
    // Each session starts at 9 in the morning of its day; the clock then runs on with the speech.
    speaking = speakingClock(new Date(`${day}T09:00:00Z`));
    const transcript: Turn[] = [];
    let last: SessionState | null = null;
    let nexts = 0;
    for (let { said, request } = script.opening ?? { said: 'launch', request: spec.launch }; transcript.length < MAX_TURNS; ) {
      const turn = await conversation.send(request);
      speaking.heard(turn.ssml);
      const line = logger.lines.filter((l) => l.event === 'turn').at(-1);
      const state = turn.ended ? null : current();
      transcript.push({ said, ssml: turn.ssml, cues: (line?.data.cues as string[] | undefined) ?? [], phase: state?.phase ?? (turn.ended ? 'ended' : null) });
      if (said === 'next') nexts++;
      if (turn.ended || !state) break;
      last = state;
      [said, request] = answer(state, script);
    }
    return measure(name, day, transcript, last, nexts);
  }
  return { session, store };
}

function measure(name: string, day: string, transcript: Turn[], last: SessionState | null, nexts: number): SessionReport {
  const first = transcript.findIndex((t) => t.cues.some((c) => COUNTED_CUES.includes(c)));
  const routine = last?.routine ?? null;
  const plan = routine ? planFor(routine) : [];
  const speech = transcript.reduce((s, t) => s + speechSeconds(t.ssml), 0);
  // What the estimate includes: every response's speech (words at 150 a minute plus every break),
  // the triage and the closing check-in included, plus getting into position for each planned
  // exercise and each change between floor, kneeling and standing. Not included: the user's own
  // answers and the wait before them, and Alexa's reprompt delays.
  const setup = plan.length * SETUP_SECONDS + positionChanges(plan) * POSITION_CHANGE_SECONDS;
  const from = transcript.findIndex((t) => t.cues.includes('routinePreview'));
  const routineSpeech = from < 0 ? 0 : transcript.slice(from).reduce((s, t) => s + speechSeconds(t.ssml), 0);
  const preview = transcript.map((t) => /about (\d+) minutes/.exec(ssmlToText(t.ssml))).find(Boolean);
  const exercises = plan.map((p) => p.id);
  const done = (last?.doneToday ?? []) as ExerciseId[];
  return {
    name,
    day,
    length: routine?.length ?? last?.length ?? '-',
    outcome: last?.outcome ?? null,
    week: routine?.week ?? null,
    turnsToFirstSet: first < 0 ? null : first + 1,
    wordsToFirstSet: first < 0 ? null : transcript.slice(0, first).reduce((w, t) => w + wordsOf(t.ssml), 0),
    nexts,
    turns: transcript.length,
    words: transcript.reduce((w, t) => w + wordsOf(t.ssml), 0),
    speechSeconds: speech,
    setupSeconds: setup,
    minutes: (speech + setup) / 60,
    routineMinutes: from < 0 ? null : (routineSpeech + setup) / 60,
    promisedMinutes: preview ? Number(preview[1]) : null,
    exercises,
    done,
    parts: PARTS.filter((part) => done.some((id) => EXERCISES[id].part === part)),
    positionChanges: positionChanges(plan),
    longestSsmlChars: Math.max(...transcript.map((t) => t.ssml.length)),
    longestResponseSeconds: Math.max(...transcript.map((t) => speechSeconds(t.ssml))),
    transcript,
  };
}

export const DEFAULT_SCRIPT: Script = { painBefore: 3, painAfter: 2, pattern: 'sitting' };

/** A new user's first session, on its own (the test runs this one). */
export async function newUserSession(random?: () => number): Promise<SessionReport> {
  return benchUser(random).session('new user, first session', START_DAY, DEFAULT_SCRIPT);
}

export async function personas(): Promise<SessionReport[]> {
  const newUser = await newUserSession();

  const returning = benchUser();
  await returning.session('setup', START_DAY, DEFAULT_SCRIPT);
  const second = await returning.session('returning user, week 1 session 2 (re-check)', isoDay(START_DAY, 2), DEFAULT_SCRIPT);

  const recurring = await benchUser().session('recurring pain (SEE_PHYSIO)', START_DAY, { ...DEFAULT_SCRIPT, yes: ['longOrRecurring'] });

  const quickUser = benchUser();
  await quickUser.session('setup', START_DAY, DEFAULT_SCRIPT);
  const quick = await quickUser.session('quick session (returning, "a quick one" at launch)', isoDay(START_DAY, 2), {
    ...DEFAULT_SCRIPT,
    opening: { said: '"ask hip coach for a quick one" (LengthIntent)', request: spec.quickOne },
  });

  return [newUser, second, recurring, quick];
}

export interface WeekRow {
  week: number;
  programWeeks: number[];
  sessions: number;
  maxMinutes: number;
  meanMinutes: number;
  allTen: boolean;
  missing: ExerciseId[];
}

/** Three default sessions a week on different days, weeks 1 to 6, one user: progress carries over in the store. */
export async function programWeeks(): Promise<{ rows: WeekRow[]; sessions: SessionReport[] }> {
  const user = benchUser();
  const sessions: SessionReport[] = [];
  const rows: WeekRow[] = [];
  for (let week = 0; week < WEEKS; week++) {
    const ofWeek: SessionReport[] = [];
    for (const d of SESSION_DAYS) ofWeek.push(await user.session(`week ${week + 1}`, isoDay(START_DAY, week * 7 + d), DEFAULT_SCRIPT));
    sessions.push(...ofWeek);
    const seen = new Set(ofWeek.flatMap((s) => s.done));
    const minutes = ofWeek.map((s) => s.minutes);
    rows.push({
      week: week + 1,
      programWeeks: [...new Set(ofWeek.map((s) => s.week ?? 0))],
      sessions: ofWeek.length,
      maxMinutes: Math.max(...minutes),
      meanMinutes: minutes.reduce((a, b) => a + b, 0) / minutes.length,
      allTen: EXERCISE_IDS.every((id) => seen.has(id)),
      missing: EXERCISE_IDS.filter((id) => !seen.has(id)),
    });
  }
  return { rows, sessions };
}

export interface Budget {
  name: string;
  actual: string;
  pass: boolean;
}

const fmt = (x: number, digits = 1) => x.toFixed(digits);

export function sessionBudgets(reports: SessionReport[], weeks: { sessions: SessionReport[] }): Budget[] {
  const [first, returning] = reports;
  const defaults = [...reports.filter((r) => r.length === 'standard'), ...weeks.sessions.filter((s) => s.length === 'standard')];
  const longest = defaults.reduce((a, b) => (b.minutes > a.minutes ? b : a));
  const B = SESSION_BUDGET;
  return [
    { name: `default first session: at most ${B.firstSessionNexts} "next"s`, actual: `${first!.nexts}`, pass: first!.nexts <= B.firstSessionNexts },
    {
      name: `default first session lasts ${B.firstSessionMinMinutes} to ${B.firstSessionMaxMinutes} minutes (estimated)`,
      actual: `${fmt(first!.minutes)} min`,
      pass: first!.minutes >= B.firstSessionMinMinutes && first!.minutes <= B.firstSessionMaxMinutes,
    },
    {
      name: `returning user reaches the first counted set in at most ${B.returningTurns} turns`,
      actual: `${returning!.turnsToFirstSet ?? 'never'} turns, ${returning!.wordsToFirstSet ?? '-'} words`,
      pass: returning!.turnsToFirstSet !== null && returning!.turnsToFirstSet <= B.returningTurns,
    },
    {
      name: `no default session over ${B.defaultMaxMinutes} minutes (${defaults.length} sessions: personas and six weeks)`,
      actual: `longest ${fmt(longest.minutes)} min (${longest.name}, ${longest.day})`,
      pass: defaults.every((s) => s.minutes <= B.defaultMaxMinutes),
    },
  ];
}

/** Left-aligned first column, right-aligned numbers (as in bench/run.ts). */
export function table(head: string[], rows: (string | number)[][]): string {
  const cells = [head, ...rows.map((r) => r.map(String))];
  const widths = head.map((_, i) => Math.max(...cells.map((r) => r[i]!.length)));
  return cells.map((r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('   ')).join('\n');
}

const SHORT: Record<ExerciseId, string> = {
  ninetyNinety: '90/90',
  couchStretch: 'couch',
  pigeon: 'pigeon',
  hipFlexorFlow: 'flexorFlow',
  gluteBridge: 'bridge',
  clamshell: 'clam',
  bandedAbduction: 'abduction',
  deadBug: 'deadBug',
  hipHinge: 'hinge',
  wallTap: 'wallTap',
};

export function sessionTables(reports: SessionReport[], weeks: { rows: WeekRow[]; sessions: SessionReport[] }): string {
  const persona = table(
    ['session', 'length', 'outcome', 'turns to 1st set', 'words to 1st set', 'nexts', 'turns', 'words', 'speech min', 'est. min', 'from preview min', 'preview says', 'exercises (position changes)', 'parts'],
    reports.map((r) => [
      r.name,
      r.length,
      r.outcome ?? '-',
      r.turnsToFirstSet ?? '-',
      r.wordsToFirstSet ?? '-',
      r.nexts,
      r.turns,
      r.words,
      fmt(r.speechSeconds / 60),
      fmt(r.minutes),
      r.routineMinutes === null ? '-' : fmt(r.routineMinutes),
      r.promisedMinutes ?? '-',
      `${r.done.map((id) => SHORT[id]).join(', ')} (${r.positionChanges})`,
      r.parts.length === PARTS.length ? 'all 3' : r.parts.join(', '),
    ]),
  );
  const program = table(
    ['calendar week', 'program week', 'sessions', 'max min', 'mean min', 'all ten'],
    weeks.rows.map((w) => [w.week, w.programWeeks.join(', '), w.sessions, fmt(w.maxMinutes), fmt(w.meanMinutes), w.allTen ? 'yes' : `no (missing ${w.missing.map((id) => SHORT[id]).join(', ')})`]),
  );
  const all = [...reports, ...weeks.sessions];
  const chars = all.reduce((a, b) => (b.longestSsmlChars > a.longestSsmlChars ? b : a));
  const seconds = all.reduce((a, b) => (b.longestResponseSeconds > a.longestResponseSeconds ? b : a));
  const longest = `longest response: ${chars.longestSsmlChars} SSML characters (${chars.name}, ${chars.day}; Alexa allows 8,000), ${fmt(seconds.longestResponseSeconds, 0)} s of speech (${seconds.name}, ${seconds.day})`;
  return `${persona}\n${longest}\n\nSix weeks, three default sessions a week (Mon, Wed, Fri; pain 3 then 2, "sitting")\n${program}`;
}

/** Everything but the transcripts, for bench/results.json. */
export function sessionResults(reports: SessionReport[], weeks: { rows: WeekRow[]; sessions: SessionReport[] }, budgets: Budget[]) {
  const strip = ({ transcript: _, ...rest }: SessionReport) => ({ ...rest, minutes: Number(fmt(rest.minutes, 2)), routineMinutes: rest.routineMinutes === null ? null : Number(fmt(rest.routineMinutes, 2)), speechSeconds: Number(fmt(rest.speechSeconds, 1)) });
  return {
    personas: reports.map(strip),
    weeks: weeks.rows.map((w) => ({ ...w, maxMinutes: Number(fmt(w.maxMinutes, 2)), meanMinutes: Number(fmt(w.meanMinutes, 2)) })),
    weekSessions: weeks.sessions.map((s) => ({ day: s.day, week: s.week, minutes: Number(fmt(s.minutes, 2)), exercises: s.done })),
    budgets,
  };
}

export const SESSIONS_HEADING =
  'Sessions through the Alexa handler (estimated minutes: speech at 150 words a minute plus breaks, plus setup and position changes)';

export async function sessionsBench() {
  const reports = await personas();
  const weeks = await programWeeks();
  const budgets = sessionBudgets(reports, weeks);
  return { reports, weeks, budgets, text: sessionTables(reports, weeks), results: sessionResults(reports, weeks, budgets) };
}

/** The first turns of a session as a transcript: what the user said, then the coach (abridged) and the cue ids. */
export function transcriptText(report: SessionReport, turns = 10, chars = 220): string {
  return report.transcript
    .slice(0, turns)
    .map((t, i) => {
      const text = ssmlToText(t.ssml);
      return `${i + 1}. USER: ${t.said}\n   COACH: ${text.length > chars ? `${text.slice(0, chars)}…` : text}\n   cues: ${t.cues.filter((c) => c !== 'pause' && c !== 'mark').join(' ')}`;
    })
    .join('\n');
}

async function main() {
  const say = (s = '') => console.log(s);
  const bench = await sessionsBench();
  say(SESSIONS_HEADING);
  say(bench.text);
  say('\nBudgets');
  for (const b of bench.budgets) say(`${b.pass ? 'PASS' : 'FAIL'}  ${b.name}: ${b.actual}`);
  if (process.argv.includes('--transcript')) say(`\nNew user, first 10 turns\n${transcriptText(bench.reports[0]!)}`);
  // Alone, the script updates its own entry of bench/results.json and leaves the rest as the last full run wrote it.
  const file = join(import.meta.dirname, 'results.json');
  const previous = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>) : {};
  writeFileSync(file, JSON.stringify({ ...previous, sessions: { date: new Date().toISOString(), ...bench.results } }, null, 2) + '\n');
  say('\nwrote the sessions entry of bench/results.json');
}

// Run alone (`npx tsx bench/sessions.ts`), not when bench/run.ts or a test imports it.
if (/sessions\.ts$/.test(process.argv[1] ?? '')) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
