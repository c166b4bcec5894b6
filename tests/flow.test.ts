// Transcripts of the pure engine for every triage outcome and every command.
import { describe, expect, it } from 'vitest';
import { TRIAGE } from '../src/flow/content/triage';
import { buildPlan, segmentsOf } from '../src/flow/routine';
import { newProgress } from '../src/flow/progress';
import { engineSession, ids, mentionsExercise, throughTriage, TODAY } from './support/engine';
import { readState } from '../src/flow/state';

const toRoutine = (pattern: 'sitting' | 'bending' | 'varies' = 'varies', pain = 3) => {
  const s = engineSession();
  throughTriage(s);
  s.pain(pain);
  if (pain > 0) s.send('no'); // not below the knee
  const ready = s.send({ type: 'pattern', pattern });
  return { s, ready };
};

describe('triage outcomes', () => {
  TRIAGE.forEach((question, index) => {
    if (question.block === 'physio') return;
    it(`a yes to ${question.id} ends the session with ${question.block === 'emergency' ? 'EMERGENCY' : 'URGENT'} advice and no exercise`, () => {
      const s = engineSession();
      const answers = TRIAGE.map((_, i) => (i === index ? 'yes' : 'no')) as ('yes' | 'no')[];
      const result = throughTriage(s, answers);
      expect(result.end).toBe(true);
      expect(ids(result)).toEqual([question.block === 'emergency' ? 'outcomeEmergency' : 'outcomeUrgent']);
      expect(mentionsExercise(result)).toBe(false);
      expect(s.state.outcome).toBe(question.block === 'emergency' ? 'EMERGENCY' : 'URGENT');
      // The session stays closed: nothing later brings an exercise back.
      expect(mentionsExercise(s.send('next'))).toBe(false);
    });
  });

  it('"not sure" on a red-flag question counts as yes', () => {
    const s = engineSession();
    const result = throughTriage(s, ['notSure']);
    expect(ids(result)).toEqual(['outcomeEmergency']);
    expect(result.end).toBe(true);
  });

  it('an unclear answer gets one rephrased retry, and a second one counts as yes on a red flag', () => {
    const s = engineSession();
    s.launch();
    s.send('yes');
    const retry = s.send('fallback');
    expect(retry.cues).toEqual([{ id: 'askTriage', params: { question: 'saddleNumbness', retry: true } }]);
    expect(retry.end).toBe(false);
    const second = s.send('fallback');
    expect(ids(second)).toEqual(['countedAsYes', 'outcomeEmergency']);
    expect(second.end).toBe(true);
  });

  it('a clear answer after a retry goes on normally', () => {
    const s = engineSession();
    s.launch();
    s.send('yes');
    s.send({ type: 'number', value: 4 }); // not a yes or no
    const next = s.send('no');
    expect(next.cues).toEqual([{ id: 'askTriage', params: { question: 'bladderBowel', retry: false } }]);
  });

  it('SEE_PHYSIO recommends an assessment, skips the rest of its block, and offers a gentle routine without the hinge', () => {
    const s = engineSession();
    const answers = TRIAGE.map((q) => (q.id === 'longOrRecurring' ? 'yes' : 'no')) as ('yes' | 'no')[];
    const result = throughTriage(s, answers);
    expect(ids(result)).toEqual(['outcomeSeePhysio', 'askPainNow']);
    s.pain(2);
    s.send('no');
    const ready = s.send({ type: 'pattern', pattern: 'varies' });
    expect(ready.cues[1]).toEqual({ id: 'routinePreview', params: expect.objectContaining({ gentle: true, includesHinge: false }) });
    expect(ids(ready)).toContain('stopRules');
    expect(s.state.routine).toMatchObject({ gentle: true, includeHinge: false });
  });

  it('HIGH_PAIN: 7 out of 10 or more ends with advice and no exercise', () => {
    const s = engineSession();
    throughTriage(s);
    const result = s.pain(7);
    expect(ids(result)).toEqual(['outcomeHighPain']);
    expect(result.end).toBe(true);
    expect(s.state.outcome).toBe('HIGH_PAIN');
  });

  it('pain outside 0 to 10, or missing, is asked again', () => {
    const s = engineSession();
    throughTriage(s);
    expect(ids(s.pain(11))).toEqual(['painOutOfRange', 'askPainNow']);
    expect(ids(s.pain(null))).toEqual(['askPainNow']);
    expect(ids(s.pain(-1))).toEqual(['painOutOfRange', 'askPainNow']);
    expect(s.state.phase).toBe('painNow');
  });

  it('pain below the knee drops the loaded hinge work', () => {
    const s = engineSession();
    throughTriage(s);
    s.pain(3);
    s.send('yes');
    s.send({ type: 'pattern', pattern: 'bending' });
    expect(s.state.routine?.includeHinge).toBe(false);
  });

  it('pain of 4 to 6 gets the gentler dose', () => {
    const { s } = toRoutine('varies', 5);
    expect(s.state.routine?.gentle).toBe(true);
    const gentle = buildPlan(s.state.routine!);
    const normal = buildPlan({ ...s.state.routine!, gentle: false });
    const reps = (p: typeof gentle) => p.map((e) => (e.dose.kind === 'reps' ? e.dose.reps : e.dose.holdSeconds));
    gentle.forEach((e, i) => expect(reps(gentle)[i]!).toBeLessThan(reps(normal)[i]!));
  });

  it('an underage user is stopped kindly', () => {
    const s = engineSession();
    s.launch();
    const result = s.send('no');
    expect(ids(result)).toEqual(['underage']);
    expect(result.end).toBe(true);
  });
});

describe('a red flag at any point', () => {
  it('stops the routine mid-set with EMERGENCY advice', () => {
    const { s } = toRoutine();
    s.send('next');
    s.send('next');
    expect(s.state.phase).toBe('routine');
    const result = s.send('redFlag');
    expect(ids(result)).toEqual(['outcomeEmergency']);
    expect(result.end).toBe(true);
    expect(mentionsExercise(s.send('resume'))).toBe(false);
  });

  it('is heard during the pain questions too', () => {
    const s = engineSession();
    throughTriage(s);
    expect(ids(s.send('redFlag'))).toEqual(['outcomeEmergency']);
  });
});

describe('the routine, narrated', () => {
  it('reads the stop rules before the first exercise', () => {
    const { ready } = toRoutine();
    const order = ids(ready);
    expect(order.indexOf('stopRules')).toBeGreaterThan(-1);
    expect(order).not.toContain('exerciseIntro');
  });

  it('CLEAR: "next" all the way through every exercise to the closing check-in', () => {
    const { s } = toRoutine('varies', 3);
    const plan = buildPlan(s.state.routine!);
    expect(plan.map((p) => p.part)).toEqual(['mobility', 'mobility', 'mobility', 'mobility', 'activation', 'activation', 'activation', 'activation', 'hinge', 'hinge']);
    const seen: string[] = [];
    let result = s.send('next');
    for (let i = 0; i < 100 && s.state.phase === 'routine'; i++) {
      result.cues.forEach((c) => c.id === 'exerciseIntro' && seen.push(c.params.exercise));
      expect(result.end).toBe(false);
      result = s.send('next');
    }
    result.cues.forEach((c) => c.id === 'exerciseIntro' && seen.push(c.params.exercise));
    expect(seen).toEqual(plan.map((p) => p.id));
    expect(ids(result).slice(-2)).toEqual(['routineDone', 'askPainAfter']);
    const closing = s.pain(2);
    expect(ids(closing)).toEqual(['painAfter', 'sessionCounted', 'goodbye']);
    expect(closing.end).toBe(true);
    expect(closing.save).toMatchObject({ sessionsThisWeek: 1, completed: [TODAY] });
  });

  it('every navigation command works between sets', () => {
    const { s } = toRoutine('sitting');
    const segments = segmentsOf(buildPlan(s.state.routine!));
    const intro = s.send('next');
    expect(ids(intro)).toEqual(['partIntro', 'exerciseIntro', 'inPositionPrompt']);
    expect(intro.cues[1]).toMatchObject({ params: { exercise: 'couchStretch' } }); // sitting: hip flexors first

    const set = s.send('next');
    expect(ids(set)).toContain('holdStart');
    expect(s.state.segment).toBe(1);

    expect(s.send('repeat').cues).toEqual(set.cues); // the same set again
    expect(s.state.segment).toBe(1);

    expect(ids(s.send('previous'))).toEqual(['partIntro', 'exerciseIntro', 'inPositionPrompt']);
    expect(s.state.segment).toBe(0);

    expect(ids(s.send('pause'))).toEqual(['paused']);
    const resumed = s.send('resume');
    expect(ids(resumed)).toEqual(['partIntro', 'exerciseIntro', 'inPositionPrompt']);

    expect(ids(s.send('howTo'))).toEqual(['howTo', 'keepGoingPrompt']);
    expect(s.send('why').cues[0]).toEqual({ id: 'why', params: { part: 'mobility', exercise: 'couchStretch' } });
    expect(ids(s.send('help'))).toEqual(['help', 'keepGoingPrompt']);

    const skipped = s.send('skip');
    expect(skipped.cues[0]).toEqual({ id: 'skipped', params: { exercise: 'couchStretch' } });
    expect(skipped.cues[1]).toMatchObject({ id: 'exerciseIntro', params: { exercise: 'hipFlexorFlow' } });

    const hurts = s.send('hurts');
    expect(ids(hurts)).toEqual(['hurts', 'offerSkip']);
    const afterHurts = s.send('yes');
    expect(afterHurts.cues[0]).toEqual({ id: 'skipped', params: { exercise: 'hipFlexorFlow' } });

    expect(ids(s.send('startOver'))).toEqual(['confirmStartOver']);
    expect(ids(s.send('no'))).toEqual(['startOverKept', 'keepGoingPrompt']);
    expect(s.state.phase).toBe('routine');
    expect(segments[s.state.segment]?.kind).toBe('intro');
  });

  it('"it hurts", then no, finishes for today with the pain check-in', () => {
    const { s } = toRoutine();
    s.send('next');
    s.send('hurts');
    const result = s.send('no');
    expect(ids(result)).toEqual(['finishedEarly', 'askPainAfter']);
  });

  it('"back" at the first exercise says so and stays', () => {
    const { s } = toRoutine();
    s.send('next');
    expect(ids(s.send('previous'))[0]).toBe('atFirst');
  });

  it('stop mid-routine remembers where, and the next session offers to pick up there', () => {
    const { s } = toRoutine('varies');
    s.send('next');
    s.send('skip');
    s.send('skip');
    const stop = s.send('stop');
    expect(stop.cues).toEqual([{ id: 'stopGoodbye', params: { savedAt: 'pigeon' } }]);
    expect(stop.save).toMatchObject({ resumeAt: 'pigeon' });

    const next = engineSession({ progress: stop.save as ReturnType<typeof newProgress>, today: TODAY });
    const welcome = next.launch();
    expect(ids(welcome)).toEqual(['welcomeBack', 'askRecheck']);
    next.send('no');
    next.pain(2);
    next.send('no');
    const offer = next.send({ type: 'pattern', pattern: 'varies' });
    expect(offer.cues).toContainEqual({ id: 'offerResume', params: { exercise: 'pigeon' } });
    next.send('yes');
    const intro = next.send('next');
    expect(intro.cues.find((c) => c.id === 'exerciseIntro')).toMatchObject({ params: { exercise: 'pigeon' } });
  });

  it('every response covers at most one set', () => {
    const { s } = toRoutine('bending', 2);
    let result = s.send('next');
    while (s.state.phase === 'routine') {
      expect(ids(result).filter((id) => id === 'setStart').length).toBeLessThanOrEqual(1);
      expect(ids(result).filter((id) => id === 'setDone' || id === 'exerciseDone').length).toBeLessThanOrEqual(1);
      result = s.send('next');
    }
  });
});

describe('returning users', () => {
  const returning = (overrides: Partial<ReturnType<typeof newProgress>>) => ({ ...newProgress(), onboarded: true, ...overrides });

  it('get the short re-check when a clear triage was done in the last 7 days', () => {
    const s = engineSession({ progress: returning({ lastClearTriage: '2026-11-25', week: 2, sessionsThisWeek: 2 }) });
    const welcome = s.launch();
    expect(welcome.cues[0]).toEqual({ id: 'welcomeBack', params: { week: 2, session: 3 } });
    expect(ids(welcome)).toContain('askRecheck');
    expect(ids(s.send('yes'))).toEqual(['fullTriageAgain', 'askTriage']);
  });

  it('get the full triage when the last clear one is older than 7 days', () => {
    const s = engineSession({ progress: returning({ lastClearTriage: '2026-11-01' }) });
    expect(ids(s.launch())).toEqual(['welcomeBack', 'triageIntro', 'askTriage']);
  });

  it('hear their pain trend only when pain history is allowed and agreed', () => {
    const painHistory = [
      { date: '2026-11-24', before: 5, after: 5 },
      { date: '2026-11-27', before: 4, after: 3 },
    ];
    const agreed = engineSession({ progress: returning({ painConsent: 'yes', painHistory }), painHistoryAllowed: true });
    expect(agreed.launch().cues).toContainEqual({ id: 'painTrend', params: { from: 5, to: 3, direction: 'down' } });
    const notAllowed = engineSession({ progress: returning({ painConsent: 'yes', painHistory }), painHistoryAllowed: false });
    expect(ids(notAllowed.launch())).not.toContain('painTrend');
  });
});

describe('robustness', () => {
  it('many unclear answers in a row keep the state valid and the question open', () => {
    const s = engineSession();
    throughTriage(s);
    for (let i = 0; i < 30; i++) expect(ids(s.send('fallback'))).toEqual(['askPainNow']);
    expect(readState(JSON.parse(JSON.stringify(s.state)))).not.toBeNull();
  });
});

describe('review fixes', () => {
  const onboarded = (overrides: Partial<ReturnType<typeof newProgress>> = {}) => ({ ...newProgress(), onboarded: true, ...overrides });

  it('an urgent or emergency answer turns the short re-check off until a full triage is clear again', () => {
    const s = engineSession({ progress: onboarded({ lastClearTriage: '2026-11-26' }) });
    s.launch();
    s.send('yes'); // something new: full triage
    s.send('no');
    s.send('no');
    s.send('no');
    s.send('no');
    const urgent = s.send('yes'); // fever
    expect(ids(urgent)).toEqual(['outcomeUrgent']);
    expect(urgent.save).toMatchObject({ lastClearTriage: null });
    const next = engineSession({ progress: urgent.save as ReturnType<typeof newProgress> });
    expect(ids(next.launch())).toEqual(['welcomeBack', 'triageIntro', 'askTriage']);
  });

  it('SEE_PHYSIO also keeps the full triage for next time', () => {
    const s = engineSession({ progress: onboarded({ lastClearTriage: '2020-01-01' }) });
    s.launch();
    for (let i = 0; i < 8; i++) s.send('no');
    const physio = s.send('yes');
    expect(physio.save).toMatchObject({ lastClearTriage: null });
  });

  it('a pain score said mid-routine: above 5 stops for today, otherwise it is noted', () => {
    const { s } = toRoutine();
    s.send('next');
    s.send('next');
    expect(ids(s.pain(3))).toEqual(['painNoted', 'keepGoingPrompt']);
    expect(s.state.phase).toBe('routine');
    expect(ids(s.pain(8))).toEqual(['painTooHigh', 'finishedEarly', 'askPainAfter']);
    expect(s.state.phase).toBe('painAfter');
  });

  it('an urgent statement mid-routine ends it with same-day advice', () => {
    const { s } = toRoutine();
    s.send('next');
    const result = s.send('urgentFlag');
    expect(ids(result)).toEqual(['outcomeUrgent']);
    expect(result.end).toBe(true);
  });

  it('a red flag after the session ended still gets the emergency advice', () => {
    const s = engineSession();
    throughTriage(s);
    s.pain(8); // high pain: ended
    expect(s.state.phase).toBe('ended');
    expect(ids(s.send('redFlag'))).toEqual(['outcomeEmergency']);
  });

  it('"it hurts" before the first exercise reads the stop rules', () => {
    const { s } = toRoutine();
    expect(ids(s.send('hurts'))).toEqual(['stopRules', 'readyPrompt']);
  });

  it('skipping the closing check-in records the session but does not count it toward the next week', () => {
    const { s } = toRoutine();
    s.send('next');
    for (let i = 0; i < 100 && s.state.phase === 'routine'; i++) s.send('next');
    expect(s.state.phase).toBe('painAfter');
    const skipped = s.send('skip');
    expect(skipped.save).toMatchObject({ sessionsThisWeek: 0, completed: [TODAY] });
  });

  it('where pain scores are not allowed, stored ones are dropped at the next save', () => {
    const painHistory = [{ date: '2026-11-20', before: 4, after: 3 }];
    const s = engineSession({ progress: onboarded({ painConsent: 'yes', painHistory }), painHistoryAllowed: false });
    s.launch();
    expect(s.state.progress).toMatchObject({ painHistory: [], painConsent: 'unasked' });
  });
});
