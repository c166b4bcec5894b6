// The engine: a pure step(state, event) -> { state, cues, end }. No SDK types,
// no I/O, no clock: the date comes in with the launch event.
import { cue, type Cue, type HelpTopic } from './cues';
import type { FlowEvent } from './events';
import { PROGRAM } from './content/program';
import {
  GENTLE_FROM,
  HIGH_PAIN_FROM,
  MEANINGFUL_CHANGE,
  RECHECK_WINDOW_DAYS,
  STOP_ABOVE,
  TRIAGE,
  firstQuestionAfterBlock,
  isRedFlagBlock,
  outcomeOfBlock,
} from './content/triage';
import { narrateSegment } from './narrate';
import { daysBetween, newProgress, painTrend, recordSession, streakOf, type Progress } from './progress';
import { buildPlan, estimateMinutes, introIndexOf, segmentsOf, type PlannedExercise, type RoutineParams, type Segment } from './routine';
import { EMPHASIS } from './content/patterns';
import { freshState, type PhaseName, type SessionState } from './state';

export interface StepResult {
  state: SessionState;
  cues: Cue[];
  /** The session ends after this response. */
  end: boolean;
  /** Progress to store, or 'delete' to remove the stored record. Absent: nothing changed. */
  save?: Progress | 'delete';
}

type Answer = 'yes' | 'no' | 'unclear';

/** Counts unclear answers; only "none", "one" and "more" matter, so it stays small and valid. */
const bump = (retries: number) => Math.min(retries + 1, 2);

// ---------- small helpers ----------

const open = (state: SessionState, cues: Cue[]): StepResult => ({ state, cues, end: false });
const close = (state: SessionState, cues: Cue[]): StepResult => ({ state: { ...state, phase: 'ended' }, cues, end: true });

/** Marks progress for saving when the step changed it. */
function withSave(before: SessionState, result: StepResult): StepResult {
  if (result.save === undefined && result.state.progress !== before.progress) return { ...result, save: result.state.progress };
  return result;
}

function routineOf(state: SessionState): { plan: PlannedExercise[]; segments: Segment[] } | null {
  if (!state.routine) return null;
  const plan = buildPlan(state.routine);
  return { plan, segments: segmentsOf(plan) };
}

function currentExercise(state: SessionState): PlannedExercise | null {
  const r = routineOf(state);
  if (!r) return null;
  const seg = r.segments[Math.min(state.segment, r.segments.length - 1)];
  return seg ? (r.plan[seg.exercise] ?? null) : null;
}

const inRoutine = (phase: PhaseName) => phase === 'routine' || phase === 'hurts';

// ---------- what each phase says when it is (re)presented ----------

function present(state: SessionState): Cue[] {
  const retry = state.retries > 0;
  switch (state.phase) {
    case 'age':
      return [cue('askAge', { retry })];
    case 'recheck':
      return [cue('askRecheck', { retry })];
    case 'triage':
      return [cue('askTriage', { question: TRIAGE[state.question]!.id, retry })];
    case 'painNow':
      return [cue('askPainNow', { retry })];
    case 'belowKnee':
      return [cue('askBelowKnee', { retry })];
    case 'pattern':
      return [cue('askPattern', { retry })];
    case 'offerResume':
      return state.progress.resumeAt ? [cue('offerResume', { exercise: state.progress.resumeAt })] : presentReady(state);
    case 'ready':
      return presentReady(state);
    case 'routine':
      return state.paused ? [cue('paused')] : presentSegment(state).cues;
    case 'hurts':
      return [cue('offerSkip', { retry })];
    case 'painAfter':
      return [cue('askPainAfter', { retry })];
    case 'painConsent':
      return [cue('askPainConsent', { retry })];
    case 'confirmStartOver':
      return [cue('confirmStartOver', { retry })];
    case 'confirmDelete':
      return [cue('confirmDelete', { retry })];
    case 'ended':
      return [];
  }
}

/** A short prompt for the phase: after help or a side question, don't replay a whole set. */
function prompt(state: SessionState): Cue[] {
  if (state.phase === 'routine') return [cue(state.paused ? 'paused' : 'keepGoingPrompt')];
  if (state.phase === 'ready') return [cue('readyPrompt')];
  return present(state);
}

function presentReady(state: SessionState): Cue[] {
  const r = routineOf(state);
  if (!r || !state.routine) return [];
  return [
    cue('routinePreview', {
      week: state.routine.week,
      minutes: estimateMinutes(r.plan),
      gentle: state.routine.gentle,
      includesHinge: state.routine.includeHinge,
      exercises: r.plan.length,
    }),
    ...(EMPHASIS[state.routine.pattern].breathing ? [cue('breathing')] : []),
    cue('stopRules'),
    cue('readyPrompt'),
  ];
}

/** The current segment's narration. The last segment runs straight into the closing check-in. */
function presentSegment(state: SessionState): { cues: Cue[]; finished: boolean } {
  const r = routineOf(state);
  const seg = r?.segments[state.segment];
  if (!r || !seg) return { cues: [], finished: true };
  const isLast = state.segment === r.segments.length - 1;
  return { cues: narrateSegment(r.plan, seg, isLast), finished: isLast };
}

function helpTopic(phase: PhaseName): HelpTopic {
  switch (phase) {
    case 'age':
      return 'age';
    case 'recheck':
    case 'triage':
    case 'belowKnee':
      return 'triage';
    case 'painNow':
    case 'painAfter':
      return 'painScale';
    case 'pattern':
      return 'pattern';
    case 'offerResume':
    case 'ready':
      return 'ready';
    case 'routine':
    case 'hurts':
      return 'routine';
    case 'painConsent':
    case 'confirmStartOver':
    case 'confirmDelete':
      return 'confirm';
    case 'ended':
      return 'closing';
  }
}

// ---------- transitions ----------

function launch(event: Extract<FlowEvent, { type: 'launch' }>): StepResult {
  const progress = event.progress ?? newProgress();
  const base: SessionState = { ...freshState(event.today), painHistoryAllowed: event.painHistoryAllowed, progress };
  if (!progress.onboarded) return open({ ...base, phase: 'age' }, [cue('welcomeNew'), cue('askAge', { retry: false })]);

  const cues: Cue[] = [cue('welcomeBack', { week: progress.week, session: progress.sessionsThisWeek + 1 })];
  const streak = streakOf(progress.completed, event.today);
  if (streak > 1) cues.push(cue('streak', { days: streak }));
  const trend = event.painHistoryAllowed && progress.painConsent === 'yes' ? painTrend(progress, event.today) : null;
  if (trend) cues.push(cue('painTrend', trend));

  const recent = progress.lastClearTriage !== null && daysBetween(progress.lastClearTriage, event.today) < RECHECK_WINDOW_DAYS;
  if (recent) return open({ ...base, phase: 'recheck' }, [...cues, cue('askRecheck', { retry: false })]);
  return open({ ...base, phase: 'triage', question: 0 }, [...cues, cue('triageIntro'), ...present({ ...base, phase: 'triage' })]);
}

function emergency(state: SessionState): StepResult {
  const stopped = inRoutine(state.phase) ? { ...state.progress, resumeAt: null } : state.progress;
  return close({ ...state, outcome: 'EMERGENCY', routine: null, progress: stopped }, [cue('outcomeEmergency')]);
}

/** One rephrased retry; on a red-flag question a second unclear answer counts as yes. */
function unclear(state: SessionState, answer: (s: SessionState, a: Answer) => StepResult, redFlag: boolean): StepResult {
  if (state.retries >= 1 && redFlag) {
    const result = answer({ ...state, retries: 0 }, 'yes');
    return { ...result, cues: [cue('countedAsYes'), ...result.cues] };
  }
  const next = { ...state, retries: bump(state.retries) };
  return open(next, present(next));
}

function toYesNo(event: FlowEvent, notSureMeans: 'yes' | 'no' | 'unclear'): Answer {
  if (event.type === 'yes') return 'yes';
  if (event.type === 'no') return 'no';
  if (event.type === 'notSure') return notSureMeans;
  return 'unclear';
}

function moveTo(state: SessionState, phase: PhaseName, lead: Cue[] = []): StepResult {
  const next = { ...state, phase, retries: 0, paused: false };
  return open(next, [...lead, ...present(next)]);
}

function answerAge(state: SessionState, a: Answer): StepResult {
  if (a === 'no') return close(state, [cue('underage')]);
  if (a === 'unclear') return unclear(state, answerAge, false);
  const onboarded = { ...state, progress: { ...state.progress, onboarded: true } };
  return moveTo({ ...onboarded, question: 0 }, 'triage', [cue('triageIntro')]);
}

function answerRecheck(state: SessionState, a: Answer): StepResult {
  if (a === 'unclear') return unclear(state, answerRecheck, true);
  if (a === 'yes') return moveTo({ ...state, question: 0 }, 'triage', [cue('fullTriageAgain')]);
  return moveTo({ ...state, outcome: 'CLEAR' }, 'painNow', [cue('recheckAllClear')]);
}

function answerTriage(state: SessionState, a: Answer): StepResult {
  const question = TRIAGE[state.question]!;
  if (a === 'unclear') return unclear(state, answerTriage, isRedFlagBlock(question.block));
  if (a === 'yes') {
    const outcome = outcomeOfBlock(question.block);
    if (outcome === 'EMERGENCY') return emergency(state);
    if (outcome === 'URGENT') return close({ ...state, outcome }, [cue('outcomeUrgent')]);
    return afterTriage({ ...state, outcome, question: firstQuestionAfterBlock(question.block) - 1 }, [cue('outcomeSeePhysio')]);
  }
  if (state.question + 1 < TRIAGE.length) return moveTo({ ...state, question: state.question + 1 }, 'triage');
  return afterTriage(state, []);
}

function afterTriage(state: SessionState, lead: Cue[]): StepResult {
  const clear = state.outcome === null;
  const progress = clear ? { ...state.progress, lastClearTriage: state.today } : state.progress;
  return moveTo({ ...state, outcome: state.outcome ?? 'CLEAR', progress }, 'painNow', lead);
}

function answerPainNow(state: SessionState, value: number | null): StepResult {
  if (value === null) return unclear(state, (s) => open(s, present(s)), false);
  if (!Number.isInteger(value) || value < 0 || value > 10) {
    const next = { ...state, retries: bump(state.retries) };
    return open(next, [cue('painOutOfRange'), cue('askPainNow', { retry: true })]);
  }
  const withPain = { ...state, painBefore: value };
  if (value >= HIGH_PAIN_FROM) return close({ ...withPain, outcome: 'HIGH_PAIN' }, [cue('outcomeHighPain')]);
  return moveTo(withPain, value > 0 ? 'belowKnee' : 'pattern');
}

function answerBelowKnee(state: SessionState, a: Answer): StepResult {
  if (a === 'unclear') return unclear(state, answerBelowKnee, false);
  return moveTo({ ...state, belowKnee: a === 'yes' }, 'pattern');
}

function startRoutine(state: SessionState, pattern: RoutineParams['pattern']): StepResult {
  const pain = state.painBefore ?? 0;
  const last = state.progress.painHistory[state.progress.painHistory.length - 1];
  const worseThanLastTime = state.progress.painConsent === 'yes' && last !== undefined && pain > last.before;
  const routine: RoutineParams = {
    week: state.progress.week,
    gentle: pain >= GENTLE_FROM || worseThanLastTime || state.outcome === 'SEE_PHYSIO',
    includeHinge: state.outcome !== 'SEE_PHYSIO' && !state.belowKnee,
    pattern,
  };
  const next: SessionState = { ...state, routine, segment: 0 };
  const resumeAt = state.progress.resumeAt;
  const r = routineOf(next)!;
  const lead = [cue('patternAck', { pattern })];
  if (resumeAt && introIndexOf(r.segments, r.plan, resumeAt) > 0) return moveTo(next, 'offerResume', lead);
  return moveTo(next, 'ready', lead);
}

function answerResume(state: SessionState, a: Answer): StepResult {
  if (a === 'unclear') return unclear(state, answerResume, false);
  const r = routineOf(state)!;
  const at = a === 'yes' && state.progress.resumeAt ? Math.max(0, introIndexOf(r.segments, r.plan, state.progress.resumeAt)) : 0;
  return moveTo({ ...state, segment: at }, 'ready');
}

function goToSegment(state: SessionState, segment: number, lead: Cue[] = []): StepResult {
  const next: SessionState = { ...state, phase: 'routine', segment, paused: false, retries: 0 };
  const { cues, finished } = presentSegment(next);
  if (!finished) return open(next, [...lead, ...cues]);
  return open({ ...next, phase: 'painAfter' }, [...lead, ...cues, cue('routineDone'), cue('askPainAfter', { retry: false })]);
}

function finishRoutine(state: SessionState, lead: Cue[], early = false): StepResult {
  const last = Math.max(0, (routineOf(state)?.segments.length ?? 1) - 1);
  return moveTo({ ...state, segment: last }, 'painAfter', [...lead, cue(early ? 'finishedEarly' : 'routineDone')]);
}

function skipExercise(state: SessionState): StepResult {
  const r = routineOf(state)!;
  const current = r.segments[state.segment];
  const exercise = current ? r.plan[current.exercise] : undefined;
  const nextIntro = r.segments.findIndex((s, i) => i > state.segment && s.kind === 'intro');
  const lead = exercise ? [cue('skipped', { exercise: exercise.id })] : [];
  if (nextIntro < 0) return finishRoutine(state, lead);
  return goToSegment(state, nextIntro, lead);
}

function routineEvent(state: SessionState, event: FlowEvent): StepResult {
  switch (event.type) {
    case 'next':
    case 'yes':
      return goToSegment(state, state.paused ? state.segment : state.segment + 1);
    case 'resume':
      return goToSegment(state, state.segment);
    case 'previous':
      if (state.segment === 0) return goToSegment(state, 0, [cue('atFirst')]);
      return goToSegment(state, state.segment - 1);
    case 'skip':
      return skipExercise(state);
    default:
      return open(state, [cue('notUnderstood'), cue('keepGoingPrompt')]);
  }
}

function answerHurts(state: SessionState, event: FlowEvent): StepResult {
  if (event.type === 'yes' || event.type === 'skip' || event.type === 'next') return skipExercise(state);
  if (event.type === 'no') return finishRoutine(state, [], true);
  if (event.type === 'resume') return goToSegment(state, state.segment);
  return unclear(state, (s) => open(s, present(s)), false);
}

function answerPainAfter(state: SessionState, value: number | null): StepResult {
  if (value === null) return unclear(state, (s) => open(s, present(s)), false);
  if (!Number.isInteger(value) || value < 0 || value > 10) {
    return open({ ...state, retries: bump(state.retries) }, [cue('painOutOfRange'), cue('askPainAfter', { retry: true })]);
  }
  const before = state.painBefore ?? value;
  const cues: Cue[] = [cue('painAfter', { before, after: value })];
  if (value > STOP_ABOVE || value - before >= MEANINGFUL_CHANGE) cues.push(cue('painAfterHigh'));
  return completeSession({ ...state, painAfter: value }, cues);
}

function completeSession(state: SessionState, lead: Cue[]): StepResult {
  const keepPain = state.painHistoryAllowed && state.progress.painConsent === 'yes';
  const { progress, weekUp } = recordSession(state.progress, {
    today: state.today,
    before: state.painBefore,
    after: state.painAfter,
    keepPain,
  });
  const cues = [...lead];
  if (weekUp) cues.push(cue('weekUp', { week: progress.week }));
  else if (progress.week === 6 && progress.sessionsThisWeek >= PROGRAM[6].sessionsToAdvance) cues.push(cue('programDone'));
  else
    cues.push(
      cue('sessionCounted', {
        week: progress.week,
        sessionsThisWeek: progress.sessionsThisWeek,
        sessionsToAdvance: PROGRAM[progress.week].sessionsToAdvance,
      }),
    );
  const next = { ...state, progress };
  const canAsk = state.painHistoryAllowed && progress.painConsent === 'unasked' && state.painAfter !== null;
  if (canAsk) return moveTo(next, 'painConsent', cues);
  return close(next, [...cues, cue('goodbye')]);
}

function answerPainConsent(state: SessionState, a: Answer): StepResult {
  if (a === 'unclear') return unclear(state, answerPainConsent, false);
  if (a === 'no') return close({ ...state, progress: { ...state.progress, painConsent: 'no' } }, [cue('painConsentNo'), cue('goodbye')]);
  const entry =
    state.painBefore !== null && state.painAfter !== null
      ? [{ date: state.today, before: state.painBefore, after: state.painAfter }]
      : [];
  const progress: Progress = { ...state.progress, painConsent: 'yes', painHistory: [...state.progress.painHistory, ...entry].slice(-60) };
  return close({ ...state, progress }, [cue('painConsentYes'), cue('goodbye')]);
}

function answerStartOver(state: SessionState, a: Answer): StepResult {
  if (a === 'unclear') return unclear(state, answerStartOver, false);
  const back = state.returnTo ?? 'ready';
  if (a === 'no') return resumeAfterConfirm(state, back, [cue('startOverKept')]);
  const fresh = newProgress();
  // Keeps onboarded as it was: "start over" at the age question used to save onboarded: true,
  // so the next session skipped the age check (found by tests/property.test.ts).
  const progress: Progress = { ...fresh, onboarded: state.progress.onboarded, painConsent: state.progress.painConsent, lastClearTriage: state.progress.lastClearTriage };
  const reset = { ...state, progress, routine: state.routine ? { ...state.routine, week: 1 as const } : null };
  const routineStarted = back === 'routine' || back === 'hurts' || back === 'ready' || back === 'offerResume';
  return resumeAfterConfirm({ ...reset, segment: routineStarted ? 0 : reset.segment }, routineStarted ? 'ready' : back, [cue('startOverDone')]);
}

function answerDelete(state: SessionState, a: Answer): StepResult {
  if (a === 'unclear') return unclear(state, answerDelete, false);
  if (a === 'no') return resumeAfterConfirm(state, state.returnTo ?? 'ready', [cue('deleteKept')]);
  return { ...close({ ...state, progress: newProgress() }, [cue('deleted')]), save: 'delete' };
}

function resumeAfterConfirm(state: SessionState, back: PhaseName, lead: Cue[]): StepResult {
  const next: SessionState = { ...state, phase: back, returnTo: null, retries: 0 };
  return open(next, [...lead, ...(back === 'ready' ? present(next) : prompt(next))]);
}

function confirm(state: SessionState, phase: 'confirmStartOver' | 'confirmDelete'): StepResult {
  const returnTo = state.phase === 'confirmStartOver' || state.phase === 'confirmDelete' ? state.returnTo : state.phase;
  return moveTo({ ...state, returnTo }, phase);
}

/** Leaving mid-routine remembers where, so the next session can pick up there. */
function leave(state: SessionState, cues: (savedAt?: PlannedExercise) => Cue[]): StepResult {
  if (state.phase === 'painAfter' || state.phase === 'painConsent') {
    const done = state.phase === 'painAfter' ? completeSession(state, []) : close(state, []);
    return close(done.state, cues());
  }
  const exercise = inRoutine(state.phase) ? currentExercise(state) : null;
  const progress = exercise ? { ...state.progress, resumeAt: exercise.id } : state.progress;
  return close({ ...state, progress }, cues(exercise ?? undefined));
}

// ---------- the step function ----------

function dispatch(state: SessionState, event: FlowEvent): StepResult {
  if (event.type === 'launch') return launch(event);
  if (state.phase === 'ended') {
    if (event.type === 'sessionEnded') return close(state, []);
    return close(state, [cue(state.outcome === 'EMERGENCY' ? 'outcomeEmergency' : 'goodbye')]);
  }
  switch (event.type) {
    case 'redFlag':
      return emergency(state);
    case 'sessionEnded':
      return leave(state, () => []);
    case 'stop':
      return leave(state, (at) => [cue('stopGoodbye', at ? { savedAt: at.id } : {})]);
    case 'repeat':
      return open(state, present(state));
    case 'pause':
      return open({ ...state, paused: true }, [cue('paused')]);
    case 'resume':
      if (inRoutine(state.phase) || state.phase === 'ready') return phaseEvent(state, event);
      return open({ ...state, paused: false }, present(state));
    case 'help':
      return open(state, [cue('help', { topic: helpTopic(state.phase) }), ...prompt(state)]);
    case 'howTo': {
      const exercise = inRoutine(state.phase) || state.phase === 'ready' ? currentExercise(state) : null;
      if (exercise) return open(state, [cue('howTo', { exercise: exercise.id }), ...prompt(state)]);
      return open(state, [cue('howToLater'), ...prompt(state)]);
    }
    case 'why': {
      const exercise = inRoutine(state.phase) ? currentExercise(state) : null;
      if (exercise) return open(state, [cue('why', { part: exercise.part }), ...prompt(state)]);
      return open(state, [cue('whyGeneral'), ...prompt(state)]);
    }
    case 'hurts':
      if (inRoutine(state.phase)) return open({ ...state, phase: 'hurts', retries: 0 }, [cue('hurts'), cue('offerSkip', { retry: false })]);
      return open(state, [cue('hurtsBeforeExercise'), ...prompt(state)]);
    case 'progress': {
      const p = state.progress;
      if (!p.onboarded || p.completed.length === 0) return open(state, [cue('progressNone'), ...prompt(state)]);
      const summary = { week: p.week, sessionsThisWeek: p.sessionsThisWeek, totalSessions: p.completed.length, streak: streakOf(p.completed, state.today) };
      return open(state, [cue('progressSummary', summary), ...prompt(state)]);
    }
    case 'startOver':
      return confirm(state, 'confirmStartOver');
    case 'deleteData':
      return confirm(state, 'confirmDelete');
    default:
      return phaseEvent(state, event);
  }
}

function phaseEvent(state: SessionState, event: FlowEvent): StepResult {
  switch (state.phase) {
    case 'age':
      return answerAge(state, toYesNo(event, 'no'));
    case 'recheck':
      return answerRecheck(state, toYesNo(event, 'yes'));
    case 'triage':
      if (event.type === 'previous' && state.question > 0) return moveTo({ ...state, question: state.question - 1 }, 'triage');
      if (event.type === 'next' || event.type === 'skip' || event.type === 'resume') return open(state, [cue('needSafetyAnswer'), ...present(state)]);
      // "Not sure" counts as yes in every block: the conservative reading (triage.md).
      return answerTriage(state, toYesNo(event, 'yes'));
    case 'painNow':
      return answerPainNow(state, event.type === 'number' ? event.value : null);
    case 'belowKnee':
      return answerBelowKnee(state, toYesNo(event, 'yes'));
    case 'pattern':
      if (event.type === 'pattern' && event.pattern) return startRoutine(state, event.pattern);
      if (event.type === 'notSure' || event.type === 'skip' || event.type === 'no') return startRoutine(state, 'varies');
      return unclear(state, (s) => open(s, present(s)), false);
    case 'offerResume':
      return answerResume(state, toYesNo(event, 'no'));
    case 'ready':
      if (event.type === 'next' || event.type === 'yes' || event.type === 'resume') return goToSegment(state, state.segment);
      return open(state, [cue('keepGoingPrompt')]);
    case 'routine':
      return routineEvent(state, event);
    case 'hurts':
      return answerHurts(state, event);
    case 'painAfter':
      if (event.type === 'previous') return goToSegment(state, state.segment);
      if (event.type === 'skip') return completeSession(state, []);
      return answerPainAfter(state, event.type === 'number' ? event.value : null);
    case 'painConsent':
      return answerPainConsent(state, toYesNo(event, 'no'));
    case 'confirmStartOver':
      return answerStartOver(state, toYesNo(event, 'no'));
    case 'confirmDelete':
      return answerDelete(state, toYesNo(event, 'no'));
    case 'ended':
      return close(state, []);
  }
}

export function step(state: SessionState, event: FlowEvent): StepResult {
  const result = dispatch(state, event);
  // Launch only reads what was stored; every later change is saved.
  return event.type === 'launch' ? result : withSave(state, result);
}
