// The engine: a pure step(state, event) -> { state, cues, end }. No SDK types,
// no I/O, no clock: the date comes in with the launch event. Events that mean
// the same everywhere are handled here; the rest go to the current phase.
import { cue } from './cues';
import type { FlowEvent } from './events';
import { streakOf } from './progress';
import { currentExercise, helpTopic, inRoutine, present, prompt } from './present';
import type { PhaseName, SessionState } from './state';
import { close, moveTo, open, toYesNo, unclear, withSave, type StepResult } from './transitions';
import { answerAge, answerBelowKnee, answerPainNow, answerRecheck, answerTriage, emergency, launch, urgent } from './phases/opening';
import { answerHurts, answerResume, goToSegment, painDuringRoutine, routineEvent, startRoutine } from './phases/routine';
import { answerDelete, answerPainAfter, answerPainConsent, answerStartOver, completeSession, confirm, leave } from './phases/closing';

export type { StepResult } from './transitions';

/** Phases in which today's plan is still being shaped by the answers. */
const BEFORE_PLAN: readonly PhaseName[] = ['age', 'recheck', 'triage', 'painNow', 'belowKnee', 'pattern'];

function dispatch(state: SessionState, event: FlowEvent): StepResult {
  if (event.type === 'launch') return launch(event);
  // A red flag is heard even after the session ended (Dialogflow integrations keep talking).
  if (event.type === 'redFlag') return emergency(state);
  if (event.type === 'urgentFlag') return state.outcome === 'EMERGENCY' ? emergency(state) : urgent(state);
  if (state.phase === 'ended') {
    if (event.type === 'sessionEnded') return close(state, []);
    return close(state, [cue(state.outcome === 'EMERGENCY' ? 'outcomeEmergency' : 'goodbye')]);
  }
  switch (event.type) {
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
      if (exercise) return open(state, [cue('why', { part: exercise.part, exercise: exercise.id }), ...prompt(state)]);
      return open(state, [cue('whyGeneral'), ...prompt(state)]);
    }
    case 'hurts':
      if (inRoutine(state.phase)) return open({ ...state, phase: 'hurts', retries: 0 }, [cue('hurts'), cue('offerSkip', { retry: false })]);
      // Before the plan is fixed, the pain questions still shape it; after, the stop rules are what matters.
      if (BEFORE_PLAN.includes(state.phase)) return open(state, [cue('hurtsBeforeExercise'), ...prompt(state)]);
      return open(state, [cue(state.phase === 'ready' || state.phase === 'offerResume' ? 'stopRules' : 'hurts'), ...prompt(state)]);
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
  if (event.type === 'number' && inRoutine(state.phase)) return painDuringRoutine(state, event.value);
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
