// The engine: a pure step(state, event) -> { state, cues, end }. No SDK types,
// no I/O, no clock: the date comes in with the launch event and a request's
// time with the event. Events that mean the same everywhere are handled here;
// the rest go to the current phase.
import { cue } from './cues';
import type { FlowEvent } from './events';
import { sessionsThisWeek, streakOf } from './progress';
import { currentExercise, helpTopic, interrupted, present, prompt } from './present';
import type { SessionState } from './state';
import { understandText } from './understand';
import { close, moveTo, open, toYesNo, withSave, type StepResult } from './transitions';
import { answerAge, answerBelowKnee, answerClearance, answerPainNow, answerPattern, answerRecheck, answerStatedAge, answerTriage, emergency, launch, urgent } from './phases/opening';
import { answerHurtsChoice, answerSharp, changeLength, painDuringRoutine, parkAt, readyEvent, routineEvent } from './phases/routine';
import { answerDelete, answerPainAfter, answerPainConsent, answerStartOver, completeSession, confirm, leave } from './phases/closing';
import { answerConfirm, confirmHeardFlag, hurts, notUnderstood, readWords } from './phases/safety';

export type { StepResult } from './transitions';

/** Events the routine places in an interrupted set itself; any other event parks the routine at that set first. */
const PLACES_ITSELF: readonly FlowEvent['type'][] = ['next', 'yes', 'resume', 'pause', 'repeat', 'previous', 'skip', 'hurts', 'number', 'statement', 'fallback', 'no', 'notSure'];

function dispatch(state: SessionState, event: FlowEvent): StepResult {
  if (event.type === 'launch') return launch(event);
  // A red flag is heard even after the session ended (Dialogflow integrations keep talking).
  if (event.type === 'redFlag') return emergency(state);
  if (event.type === 'urgentFlag') return state.outcome === 'EMERGENCY' ? emergency(state) : urgent(state);
  if (event.type === 'statement' && state.phase === 'ended') {
    // After the session, only a red flag or an urgent sign in the words is acted on.
    const meaning = understandText(event.text, 'routine', event.language);
    if (meaning && 'safety' in meaning && meaning.safety === 'redFlag') return emergency(state);
    if (meaning && 'safety' in meaning && meaning.safety === 'urgent') return state.outcome === 'EMERGENCY' ? emergency(state) : urgent(state);
  }
  if (state.phase === 'ended') {
    if (event.type === 'sessionEnded') return close(state, []);
    return close(state, [cue(state.outcome === 'EMERGENCY' ? 'outcomeEmergency' : 'goodbye')]);
  }
  const live = interrupted(state, event.at);
  if (live && !PLACES_ITSELF.includes(event.type)) state = parkAt(state, live);

  switch (event.type) {
    case 'statement': {
      const read = readWords(state, event.text, event.at, event.language);
      // Heard as a red flag by the platform, but not readable here: never dropped, one confirming question.
      if (read === null && event.heardAs === 'redFlag') return confirmHeardFlag(state);
      if (read === null) return phaseEvent(state, { type: 'fallback', ...(event.at === undefined ? {} : { at: event.at }) });
      // The words' meaning goes where its own intent would have gone ("let's call it a day" is a stop).
      return 'result' in read ? read.result : dispatch(state, read.answer);
    }
    case 'number':
    case 'pattern': {
      // A slot the platform could not match may still carry words that matter for safety.
      const unmatched = event.type === 'number' ? event.value === null : event.pattern === null;
      const read = unmatched && event.text ? readWords(state, event.text, event.at, event.language) : null;
      if (read) return 'result' in read ? read.result : dispatch(state, read.answer);
      return phaseEvent(state, event);
    }
    case 'sessionEnded':
      return leave(state, () => [], event.at);
    case 'stop':
      // "Stop" at the it-hurts choice means "stop for today": the closing check-in still comes.
      if (state.phase === 'hurtsChoice') return phaseEvent(state, event);
      return leave(state, (at) => [cue('stopGoodbye', at ? { savedAt: at.id } : {})], event.at);
    case 'hurts':
      return hurts(state, event.at);
    case 'length':
      return changeLength(state, event.length);
    case 'repeat':
    case 'pause':
    case 'resume':
      if (state.phase === 'routine' || state.phase === 'ready' || (state.phase === 'painAfter' && live)) return phaseEvent(state, event);
      // "Carry on" answers the it-hurts choice.
      if (state.phase === 'hurtsChoice' && event.type === 'resume') return phaseEvent(state, event);
      if (event.type === 'pause') return open({ ...state, paused: true }, [cue('paused', {})]);
      return open({ ...state, paused: false }, present(state));
    case 'help':
      return open(state, [cue('help', { topic: helpTopic(state.phase) }), ...prompt(state)]);
    case 'howTo': {
      const exercise = state.phase === 'routine' || state.phase === 'ready' || state.phase === 'sharpCheck' || state.phase === 'hurtsChoice' ? currentExercise(state) : null;
      if (exercise) return open(state, [cue('howTo', { exercise: exercise.id, variation: exercise.variation }), ...prompt(state)]);
      return open(state, [cue('howToLater'), ...prompt(state)]);
    }
    case 'why': {
      const exercise = state.phase === 'routine' || state.phase === 'ready' ? currentExercise(state) : null;
      if (exercise) return open(state, [cue('why', { part: exercise.part, exercise: exercise.id }), ...prompt(state)]);
      return open(state, [cue('whyGeneral'), ...prompt(state)]);
    }
    case 'progress': {
      const p = state.progress;
      if (!p.onboarded || p.completed.length === 0) return open(state, [cue('progressNone'), ...prompt(state)]);
      const summary = { week: p.week, sessionsThisWeek: sessionsThisWeek(p), totalSessions: p.completed.length, streak: streakOf(p.completed, state.today) };
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
  if (event.type === 'number' && (state.phase === 'routine' || state.phase === 'ready')) return painDuringRoutine(state, event.value, event.at);
  if (state.phase === 'painAfter' && event.type !== 'number' && interrupted(state, event.at)) return routineEvent(state, event);
  switch (state.phase) {
    case 'age':
      if (event.type === 'age' || event.type === 'number') return answerStatedAge(state, event.value);
      return answerAge(state, toYesNo(event, 'no'));
    case 'recheck':
      return answerRecheck(state, toYesNo(event, 'yes'));
    case 'triage':
      if (event.type === 'previous' && state.question > 0) return moveTo({ ...state, question: state.question - 1 }, 'triage');
      if (event.type === 'next' || event.type === 'skip' || event.type === 'resume') return open(state, [cue('needSafetyAnswer'), ...present(state)]);
      // "Not sure" counts as yes on every red-flag question: the conservative reading (triage.md).
      return answerTriage(state, toYesNo(event, 'yes'));
    case 'clearance':
      return answerClearance(state, toYesNo(event, 'no'));
    case 'painNow':
      return answerPainNow(state, event.type === 'number' ? event.value : null);
    case 'belowKnee':
      return answerBelowKnee(state, toYesNo(event, 'yes'));
    case 'pattern':
      return answerPattern(state, event);
    case 'ready':
      return readyEvent(state, event);
    case 'routine':
      if (event.type === 'fallback' || event.type === 'no' || event.type === 'notSure') return notUnderstoodInRoutine(state, event);
      return routineEvent(state, event);
    case 'sharpCheck':
      return answerSharp(state, toYesNo(event, 'yes'));
    case 'hurtsChoice':
      return answerHurtsChoice(state, event);
    case 'confirmSafety':
      return answerConfirm(state, toYesNo(event, 'yes'));
    case 'painAfter':
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

/** Words not understood mid-routine: the set they interrupted is parked, and the hint says how to report pain. */
function notUnderstoodInRoutine(state: SessionState, event: FlowEvent): StepResult {
  const live = interrupted(state, event.at);
  return notUnderstood(live ? parkAt(state, live) : state);
}

export function step(state: SessionState, event: FlowEvent): StepResult {
  const result = dispatch(state, event);
  // The turn runner times each response anew; the state never carries an old response's timing forward.
  const timed = { ...result, state: { ...result.state, spoken: null } };
  // Launch only reads what was stored; every later change is saved.
  return event.type === 'launch' ? timed : withSave(state, timed);
}
