// Properties of the engine over reachable states: a state is reached by a
// seeded random walk of events (launch with random stored progress, sensible
// answers, and any event at all) from freshState(). fast-check prints the seed
// and path of any failure; FUZZ_SEED and FUZZ_SCALE explore further.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CueId } from '../src/flow/cues';
import type { FlowEvent } from '../src/flow/events';
import { parseProgress } from '../src/flow/progress';
import { freshState, readState, type SessionState } from '../src/flow/state';
import { step } from '../src/flow/step';
import { sameAction, understandText } from '../src/flow/understand';
import { render } from '../src/render/render';
import { LOCALES } from '../speech';
import { ssmlProblems } from './support/fuzz/checks';
import { eventArb, play, stateOverridesArb, TODAY, walkArb, type Step, type Walk } from './support/fuzz/engine';
import { runs, seedFor } from './support/fuzz/mutate';

const EXERCISE_CUES: readonly CueId[] = ['exerciseIntro', 'setStart', 'rep', 'holdStart', 'go', 'formCue', 'howTo', 'partIntro'];

const roundTrips = (state: SessionState) => readState(JSON.parse(JSON.stringify(state))) !== null;

/** A walk, and one more arbitrary event from wherever it ended. */
const stepsOf = (walk: fc.Arbitrary<Walk>) => fc.tuple(walk, eventArb);

/** Plays a walk inside the property (so a throwing step is a counterexample fast-check shrinks and reports with its seed). */
function playAll([walk, last]: [Walk, FlowEvent]): Step[] {
  const steps: Step[] = [];
  const end = play(walk, (s) => steps.push(s));
  steps.push({ before: end, event: last, result: step(end, last) });
  return steps;
}

const describeStep = (s: Step) => `${s.before.phase} + ${JSON.stringify(s.event).slice(0, 200)} -> ${s.result.state.phase} [${s.result.cues.map((c) => c.id).join(', ')}]`;

/** Checks every step of a walk; a failure names the step. */
function forEveryStep(check: (s: Step, history: Step[]) => string | null) {
  return (input: [Walk, FlowEvent]) => {
    const steps = playAll(input);
    steps.forEach((s, i) => {
      const problem = check(s, steps.slice(0, i));
      if (problem) throw new Error(`${problem}\n  at step ${i}: ${describeStep(s)}`);
    });
  };
}

const RUNS = runs(1000);
const options = (offset: number) => ({ seed: seedFor(offset), numRuns: RUNS });

// Generous: the suite runs in about 10 s, but FUZZ_SCALE multiplies the runs.
const TIMEOUT = 600_000;

describe('engine properties (fast-check)', () => {
  it('step never throws, and every state it returns stays valid through JSON', () => {
    // play() would throw inside the property: fast-check reports it with the seed.
    fc.assert(
      fc.property(stepsOf(walkArb()), forEveryStep((s) => (roundTrips(s.result.state) ? null : 'state does not survive readState(JSON)'))),
      options(1),
    );
  }, TIMEOUT);

  it('an ended session stays ended (until a new launch)', () => {
    fc.assert(
      fc.property(
        stepsOf(walkArb()),
        forEveryStep((s) => {
          if (s.before.phase !== 'ended' || s.event.type === 'launch') return null;
          return s.result.end && s.result.state.phase === 'ended' ? null : 'an ended session was reopened';
        }),
      ),
      options(2),
    );
  }, TIMEOUT);

  it('end is set exactly when the state is ended', () => {
    fc.assert(
      fc.property(stepsOf(walkArb()), forEveryStep((s) => (s.result.end === (s.result.state.phase === 'ended') ? null : `end=${s.result.end} in phase ${s.result.state.phase}`))),
      options(3),
    );
  }, TIMEOUT);

  it('every open response has a cue, speech and a reprompt; every response is valid SSML', () => {
    const locales = fc.constantFrom(...LOCALES);
    fc.assert(
      fc.property(stepsOf(walkArb()), locales, (walk, locale) =>
        forEveryStep((s) => {
          const rendered = render(s.result.cues, locale, () => 0);
          const problems = [...ssmlProblems(rendered.ssml, 'speech'), ...(rendered.repromptSsml ? ssmlProblems(rendered.repromptSsml, 'reprompt') : [])];
          if (!s.result.end) {
            if (s.result.cues.length === 0) problems.push('an open response has no cues');
            if (rendered.repromptSsml === null) problems.push('an open response has no reprompt');
            if (rendered.text.trim() === '') problems.push('an open response says nothing');
          }
          return problems.length ? problems.join('; ') : null;
        })(walk),
      ),
      options(4),
    );
  }, TIMEOUT);

  it('after a red flag is answered yes, nothing in that session coaches an exercise', () => {
    fc.assert(
      fc.property(
        stepsOf(walkArb()),
        forEveryStep((s, history) => {
          // The session so far: everything since the last launch.
          const lastLaunch = history.map((h) => h.event.type).lastIndexOf('launch');
          const session = history.slice(Math.max(0, lastLaunch));
          const flagged = s.event.type !== 'launch' && (s.before.outcome === 'EMERGENCY' || session.some((h) => h.result.state.outcome === 'EMERGENCY'));
          const emergencyNow = s.result.state.outcome === 'EMERGENCY' && s.event.type !== 'launch';
          if (!flagged && !emergencyNow) return null;
          const bad = s.result.cues.filter((c) => EXERCISE_CUES.includes(c.id)).map((c) => c.id);
          if (bad.length) return `exercise cues after an emergency: ${bad.join(', ')}`;
          if (!s.result.end) return 'the session goes on after an emergency';
          return null;
        }),
      ),
      options(5),
    );
  }, TIMEOUT);

  it('a yes to any emergency-block triage question, or a red-flag statement, is an emergency', () => {
    fc.assert(
      fc.property(
        stepsOf(walkArb()),
        forEveryStep((s) => {
          if (s.before.phase === 'ended' || s.event.type === 'launch') return null;
          const redFlag = s.event.type === 'redFlag';
          const emergencyYes =
            s.before.phase === 'triage' && s.before.question < 4 && (s.event.type === 'yes' || s.event.type === 'notSure');
          if (!redFlag && !emergencyYes) return null;
          const ids = s.result.cues.map((c) => c.id);
          return s.result.state.outcome === 'EMERGENCY' && s.result.end && ids.includes('outcomeEmergency') ? null : 'not treated as an emergency';
        }),
      ),
      options(6),
    );
  }, TIMEOUT);

  it('on a red-flag question, an answer not understood twice counts as yes', () => {
    fc.assert(
      fc.property(
        stepsOf(walkArb()),
        forEveryStep((s) => {
          // A 0 ("none", "zero") is a no at a yes/no question; other numbers and patterns are unclear there.
          const unclear = s.event.type === 'fallback' || (s.event.type === 'number' && s.event.value !== 0) || s.event.type === 'pattern';
          const question = s.before.question;
          // Questions 0-3 are the emergency block, 4-7 the urgent one, 8-9 the lasting items (clearance follows); the physio block just asks again.
          if (s.before.phase !== 'triage' || s.before.retries < 1 || !unclear || question >= 10) return null;
          const ids = s.result.cues.map((c) => c.id);
          if (!ids.includes('countedAsYes')) return 'a second unclear answer was not counted as yes';
          if (question < 4) return s.result.state.outcome === 'EMERGENCY' && s.result.end ? null : 'not an emergency';
          if (question < 8) return s.result.state.outcome === 'URGENT' && s.result.end ? null : 'not urgent';
          return s.result.state.phase === 'clearance' ? null : 'no clearance question';
        }),
      ),
      options(14),
    );
  }, TIMEOUT);

  it('no response runs more than one exercise', () => {
    fc.assert(
      fc.property(
        stepsOf(walkArb()),
        forEveryStep((s) => (s.result.cues.filter((c) => c.id === 'exerciseDone').length <= 1 ? null : 'more than one exercise in one response')),
      ),
      options(7),
    );
  }, TIMEOUT);

  it('no set is narrated after a yes (or an unclear answer) to "sharp, or down your leg?"', () => {
    const SET_CUES: readonly CueId[] = ['setStart', 'rep', 'holdRep', 'holdStart', 'go'];
    fc.assert(
      fc.property(
        stepsOf(walkArb()),
        forEveryStep((s, history) => {
          if (s.event.type === 'launch') return null;
          const since = history.map((h) => h.event.type).lastIndexOf('launch');
          const stopped = history.slice(Math.max(0, since)).some((h) => h.result.cues.some((c) => c.id === 'sharpStop'));
          if (!stopped) return null;
          return s.result.cues.some((c) => SET_CUES.includes(c.id)) ? 'a set was narrated after a sharp or leg pain' : null;
        }),
      ),
      options(15),
    );
  }, TIMEOUT);

  it('every session that exercises includes a hinge exercise', () => {
    fc.assert(
      fc.property(
        stepsOf(walkArb()),
        forEveryStep((s) => {
          const routine = s.result.state.routine;
          if (!routine) return null;
          return routine.exercises.some((id) => id === 'wallTap' || id === 'hipHinge') ? null : `no hinge in ${routine.exercises.join(', ')}`;
        }),
      ),
      options(16),
    );
  }, TIMEOUT);

  it('what a step asks to save is valid progress', () => {
    fc.assert(
      fc.property(
        stepsOf(walkArb()),
        forEveryStep((s) => (s.result.save === undefined || s.result.save === 'delete' || parseProgress(JSON.parse(JSON.stringify(s.result.save))) ? null : 'invalid progress to save')),
      ),
      options(8),
    );
  }, TIMEOUT);

  it('no exercise is coached before this session\'s triage cleared it and a pain score was given', () => {
    fc.assert(
      fc.property(
        stepsOf(walkArb()),
        forEveryStep((s) => {
          if (!s.result.cues.some((c) => EXERCISE_CUES.includes(c.id))) return null;
          const { outcome, painBefore } = s.result.state;
          return (outcome === 'CLEAR' || outcome === 'CLEARED' || outcome === 'SEE_PHYSIO') && painBefore !== null && painBefore < 7 ? null : `exercise cue with outcome ${outcome}, pain ${painBefore}`;
        }),
      ),
      options(11),
    );
  }, TIMEOUT);

  it('urgent care and high pain end the session at once', () => {
    fc.assert(
      fc.property(
        stepsOf(walkArb()),
        forEveryStep((s) => {
          const o = s.result.state.outcome;
          if (o !== 'URGENT' && o !== 'HIGH_PAIN' && o !== 'EMERGENCY') return null;
          return s.result.end ? null : `the session goes on after ${o}`;
        }),
      ),
      options(12),
    );
  }, TIMEOUT);

  it('only a yes to the age question onboards a user (nothing skips the age check)', () => {
    fc.assert(
      fc.property(
        stepsOf(walkArb()),
        forEveryStep((s) => {
          if (s.event.type === 'launch' || s.before.progress.onboarded || !s.result.state.progress.onboarded) return null;
          const statedAdult = (s.event.type === 'age' || s.event.type === 'number') && typeof s.event.value === 'number' && s.event.value >= 16;
          const saidYes = s.event.type === 'yes' || (s.event.type === 'statement' && sameAction(understandText(s.event.text, 'age'), { event: 'yes' }, 'age'));
          return s.before.phase === 'age' && (saidYes || statedAdult) ? null : 'onboarded without a yes to the age question';
        }),
      ),
      options(10),
    );
  }, TIMEOUT);

  it('from any state readState accepts (tampered or not), step never throws, an open response has a cue and a reprompt, and no exercise skips triage', () => {
    fc.assert(
      fc.property(stateOverridesArb, eventArb, (overrides, event) => {
        const state = readState(JSON.parse(JSON.stringify({ ...freshState(TODAY), ...overrides })));
        if (!state) return;
        const s: Step = { before: state, event, result: step(state, event) };
        const rendered = render(s.result.cues, 'en-US', () => 0);
        const problems = [...ssmlProblems(rendered.ssml, 'speech')];
        if (!roundTrips(s.result.state)) problems.push('state does not survive readState(JSON)');
        if (!s.result.end && (s.result.cues.length === 0 || rendered.repromptSsml === null || rendered.text === '')) problems.push('an open response without a cue, speech or reprompt');
        const { outcome, painBefore } = s.result.state;
        const coaching = s.result.cues.some((c) => EXERCISE_CUES.includes(c.id));
        if (coaching && !((outcome === 'CLEAR' || outcome === 'CLEARED' || outcome === 'SEE_PHYSIO') && painBefore !== null && painBefore < 7)) problems.push(`exercise cue with outcome ${outcome}, pain ${painBefore}`);
        if (problems.length) throw new Error(`${problems.join('; ')}\n  at ${describeStep(s)}\n  state: ${JSON.stringify(state)}`);
      }),
      { seed: seedFor(13), numRuns: runs(3000) },
    );
  }, TIMEOUT);

  it('the stop rules are read in a session before its first exercise is taught', () => {
    fc.assert(
      fc.property(
        stepsOf(walkArb()),
        forEveryStep((s, history) => {
          if (s.event.type === 'launch' || !s.result.cues.some((c) => c.id === 'exerciseIntro')) return null;
          // This session's cues so far: everything since its launch, and this step's own.
          const since = history.map((h) => h.event.type).lastIndexOf('launch');
          const said = [...history.slice(Math.max(0, since)).flatMap((h) => h.result.cues), ...s.result.cues].map((c) => c.id);
          return said.indexOf('stopRules') > -1 && said.indexOf('stopRules') < said.indexOf('exerciseIntro') ? null : 'an exercise was taught before the stop rules';
        }),
      ),
      options(13),
    );
  }, TIMEOUT);

  it('walks reach every phase (the generator is not stuck at the door)', () => {
    const seen = new Set<string>();
    fc.assert(fc.property(walkArb(), (w) => void play(w, (s) => seen.add(s.result.state.phase))), { seed: seedFor(9), numRuns: 300 });
    expect([...seen].sort()).toEqual(
      ['age', 'recheck', 'triage', 'clearance', 'painNow', 'belowKnee', 'pattern', 'ready', 'routine', 'sharpCheck', 'hurtsChoice', 'confirmSafety', 'painAfter', 'painConsent', 'confirmStartOver', 'confirmDelete', 'ended'].sort(),
    );
  }, TIMEOUT);
});
