// Transcripts of the pure engine for every triage outcome and every command
// (clinical spec: ../shared/clinical/triage.md).
import { describe, expect, it } from 'vitest';
import { TRIAGE } from '../src/flow/content/triage';
import { EXERCISE_IDS } from '../src/flow/content/exercises';
import { buildPlan, planFor } from '../src/flow/routine';
import { newProgress, type Progress } from '../src/flow/progress';
import { readState } from '../src/flow/state';
import { engineSession, ids, mentionsExercise, throughTriage, toPreview, TODAY } from './support/engine';

const returning = (overrides: Partial<Progress> = {}): Progress => ({ ...newProgress(), onboarded: true, ...overrides });

describe('triage outcomes', () => {
  TRIAGE.forEach((question) => {
    if (question.block !== 'emergency' && question.block !== 'urgent') return;
    const outcome = question.block === 'emergency' ? 'EMERGENCY' : 'URGENT';
    it(`a yes to ${question.id} ends the session with ${outcome} advice and no exercise`, () => {
      const s = engineSession();
      const result = throughTriage(s, { [question.id]: 'yes' });
      expect(result.end).toBe(true);
      expect(ids(result)).toEqual([outcome === 'EMERGENCY' ? 'outcomeEmergency' : 'outcomeUrgent']);
      expect(mentionsExercise(result)).toBe(false);
      expect(s.state.outcome).toBe(outcome);
      expect(mentionsExercise(s.send('next'))).toBe(false);
    });
  });

  it('"not sure" on a red-flag question counts as yes', () => {
    const s = engineSession();
    const result = throughTriage(s, { saddleNumbness: 'notSure' });
    expect(ids(result)).toEqual(['outcomeEmergency']);
  });

  it('an unclear answer gets one rephrased retry, and a second one counts as yes on a red flag', () => {
    const s = engineSession();
    s.launch();
    s.send('yes');
    const retry = s.send('fallback');
    expect(retry.cues).toEqual([{ id: 'askTriage', params: { question: 'saddleNumbness', retry: true } }]);
    const second = s.send('fallback');
    expect(ids(second)).toEqual(['countedAsYes', 'outcomeEmergency']);
    expect(second.end).toBe(true);
  });

  describe('lasting history items: the clearance follow-up (CLEARED)', () => {
    it('"yes" to past cancer asks about a doctor\'s clearance; cleared, the triage goes on and ends CLEARED with the full routine', () => {
      const s = engineSession();
      const ask = throughTriage(s, { cancerHistory: 'yes' });
      expect(ask.cues).toEqual([{ id: 'askClearance', params: { item: 'cancer', retry: false } }]);
      const cleared = s.send('yes');
      expect(ids(cleared)).toEqual(['clearedAdvice', 'askTriage']);
      expect(cleared.cues[1]).toMatchObject({ params: { question: 'weakImmune' } });
      for (let i = 0; i < 4 && s.state.phase === 'triage'; i++) s.send('no');
      expect(s.state.outcome).toBe('CLEARED');
      const preview = toPreviewFrom(s);
      expect(ids(preview)).toContain('routinePreview');
      expect(planFor(s.state.routine!).some((p) => p.part === 'hinge')).toBe(true);
    });

    it('"no" or "not sure" to the clearance question is URGENT', () => {
      for (const answer of ['no', 'notSure'] as const) {
        const s = engineSession();
        throughTriage(s, { weakImmune: 'yes' });
        const result = s.send(answer);
        expect(ids(result)).toEqual(['outcomeUrgent']);
        expect(result.end).toBe(true);
      }
    });

    it('the history item never blocks a later session: nothing of it is stored', () => {
      const s = engineSession();
      throughTriage(s, { cancerHistory: 'yes' });
      const result = s.send('yes');
      expect(JSON.stringify(result.save ?? {})).not.toMatch(/cancer|CLEARED|outcome/);
    });
  });

  it('SEE_PHYSIO recommends an assessment once, then the full routine with the hinge at the dose pain allows', () => {
    const s = engineSession();
    s.launch();
    s.send('yes');
    while (TRIAGE[s.state.question]!.id !== 'longOrRecurring') s.send('no');
    const physio = s.send('yes');
    // The nerve question is still asked after a physio sign; the other physio item is skipped.
    expect(physio.cues).toEqual([{ id: 'askTriage', params: { question: 'oneLegNumbness', retry: false } }]);
    const done = s.send('no');
    expect(ids(done)).toEqual(['outcomeSeePhysio', 'askPainNow']);
    s.pain(2);
    s.send('no');
    s.send({ type: 'pattern', pattern: 'bending' });
    expect(s.state.outcome).toBe('SEE_PHYSIO');
    expect(s.state.routine).toMatchObject({ gentle: false, nerve: false });
    expect(planFor(s.state.routine!).map((p) => p.part)).toContain('hinge');
  });

  it('a triage that allowed exercise (SEE_PHYSIO) keeps the short re-check for next time', () => {
    const s = engineSession({ progress: returning({ lastTriage: '2020-01-01' }) });
    s.launch();
    while (s.state.phase === 'triage') s.send(TRIAGE[s.state.question]!.id === 'longOrRecurring' ? 'yes' : 'no');
    expect(s.state.progress.lastTriage).toBe(TODAY);
  });

  it('HIGH_PAIN: 7 out of 10 or more ends with advice and no exercise', () => {
    const s = engineSession();
    throughTriage(s);
    const result = s.pain(7);
    expect(ids(result)).toEqual(['outcomeHighPain']);
    expect(result.end).toBe(true);
    // No exercise was allowed, so no short re-check next time.
    expect(result.save).toMatchObject({ lastTriage: null });
  });

  it('pain outside 0 to 10, or missing, is asked again', () => {
    const s = engineSession();
    throughTriage(s);
    expect(ids(s.pain(11))).toEqual(['painOutOfRange', 'askPainNow']);
    expect(ids(s.pain(null))).toEqual(['askPainNow']);
    expect(s.state.phase).toBe('painNow');
  });

  it('a stated age answers the age question', () => {
    const adult = engineSession();
    adult.launch();
    expect(ids(adult.send({ type: 'age', value: 38 }))).toEqual(['triageIntro', 'askTriage']);
    const young = engineSession();
    young.launch();
    const result = young.send({ type: 'number', value: 14 });
    expect(ids(result)).toEqual(['underage']);
    expect(result.end).toBe(true);
  });

  it('an underage user is stopped kindly', () => {
    const s = engineSession();
    s.launch();
    expect(ids(s.send('no'))).toEqual(['underage']);
  });

  it('the pattern question falls back to "it varies" after two misses, with no loop', () => {
    const s = engineSession();
    throughTriage(s);
    s.pain(0);
    expect(ids(s.send({ type: 'pattern', pattern: null }))).toEqual(['askPattern']);
    const second = s.send('fallback');
    expect(ids(second)).toContain('routinePreview');
    expect(s.state.routine?.pattern).toBe('varies');
  });
});

function toPreviewFrom(s: ReturnType<typeof engineSession>) {
  s.pain(3);
  if (s.state.phase === 'belowKnee') s.send('no');
  return s.send({ type: 'pattern', pattern: 'varies' });
}

describe('nerve signs change the plan instead of blocking it', () => {
  it('one-leg numbness (asked on its own): reclined pigeon only, no loaded hinge, and the leg wording of the stop rule', () => {
    const s = engineSession({ progress: returning({ week: 5, lastTriage: null }) });
    s.launch();
    while (s.state.phase === 'triage') s.send(TRIAGE[s.state.question]!.id === 'oneLegNumbness' ? 'yes' : 'no');
    expect(s.state.nerve).toBe(true);
    s.pain(3); // the below-the-knee question is not asked again
    const preview = s.send({ type: 'pattern', pattern: 'bending' });
    expect(preview.cues.find((c) => c.id === 'stopRules')).toMatchObject({ params: { nerve: true } });
    const full = buildPlan({ ...s.state.routine!, exercises: [...EXERCISE_IDS], length: 'full' });
    expect(full.find((p) => p.id === 'pigeon')?.variation).toBe('standard');
    expect(full.find((p) => p.id === 'hipHinge')?.variation).toBe('standard');
    const without = buildPlan({ ...s.state.routine!, nerve: false, exercises: [...EXERCISE_IDS], length: 'full' });
    expect(without.find((p) => p.id === 'hipHinge')?.variation).toBe('loadedHinge');
  });

  it('pain below the knee is a nerve sign too', () => {
    const s = engineSession();
    throughTriage(s);
    s.pain(3);
    s.send('yes');
    s.send({ type: 'pattern', pattern: 'varies' });
    expect(s.state.routine?.nerve).toBe(true);
  });
});

describe('dose and the stop limit', () => {
  it('pain of 4 to 6 gets the gentler dose', () => {
    const s = engineSession();
    toPreview(s, { pain: 5 });
    expect(s.state.routine?.gentle).toBe(true);
    const all = { ...s.state.routine!, exercises: [...EXERCISE_IDS], length: 'full' as const };
    const gentle = buildPlan(all);
    const normal = buildPlan({ ...all, gentle: false });
    const amount = (p: (typeof gentle)[number]) => (p.dose.kind === 'reps' ? p.dose.reps : p.dose.holdSeconds);
    gentle.forEach((e, i) => expect(amount(e)).toBeLessThan(amount(normal[i]!)));
  });

  it('starting at 6, the limit is 6: the stop rules say so, a 6 mid-routine is noted, a 7 stops, and a 6 at the end is not "too high"', () => {
    const s = engineSession();
    const preview = toPreview(s, { pain: 6 });
    expect(preview.cues.find((c) => c.id === 'stopRules')).toEqual({ id: 'stopRules', params: { limit: 6, relative: true, nerve: false } });
    s.send('next');
    expect(s.pain(6).cues[0]).toEqual({ id: 'painNoted', params: { value: 6, limit: 6 } });
    expect(ids(s.pain(7))).toEqual(['painTooHigh', 'finishedEarly', 'askPainAfter']);
    const closing = s.pain(6);
    expect(ids(closing)).not.toContain('painAfterHigh');
  });

  it('starting at 3, the limit is 5', () => {
    const s = engineSession();
    const preview = toPreview(s, { pain: 3 });
    expect(preview.cues.find((c) => c.id === 'stopRules')).toEqual({ id: 'stopRules', params: { limit: 5, relative: false, nerve: false } });
  });
});

describe('the session, hands-free', () => {
  it('the preview reads the stop rules before the first exercise, which it sets up, and "next" runs all of its sets', () => {
    const s = engineSession();
    const preview = toPreview(s);
    const order = ids(preview);
    expect(order.indexOf('stopRules')).toBeLessThan(order.indexOf('exerciseIntro'));
    expect(order.at(-1)).toBe('inPositionPrompt');
    const first = planFor(s.state.routine!)[0]!;
    const run = s.send('next');
    expect(ids(run).filter((id) => id === 'setStart').length).toBe(first.dose.sets > 1 ? first.dose.sets : 0);
    expect(ids(run)).toContain('exerciseDone');
    expect(ids(run).at(-1)).toBe('inPositionPrompt');
  });

  it('a default first session: all three parts, the hinge, floor work before standing work, one "next" per exercise', () => {
    const s = engineSession();
    toPreview(s);
    const plan = planFor(s.state.routine!);
    expect(new Set(plan.map((p) => p.part))).toEqual(new Set(['mobility', 'activation', 'hinge']));
    const standingFrom = plan.findIndex((p) => p.position === 'standing');
    expect(plan.slice(standingFrom).every((p) => p.position === 'standing')).toBe(true);
    expect(plan.some((p) => p.id === 'wallTap')).toBe(true); // taught before the free hinge
    let nexts = 0;
    while (s.state.phase !== 'painAfter') {
      s.send('next');
      nexts++;
    }
    expect(nexts).toBe(plan.length);
    const closing = s.pain(2);
    expect(ids(closing)).toEqual(['painAfter', 'sessionCounted', 'goodbye']);
    expect(closing.save).toMatchObject({ countedDays: [TODAY], completed: [TODAY] });
  });

  it('"carry on" (resume) and "yes" mean next at an exercise setup', () => {
    const s = engineSession();
    toPreview(s);
    expect(ids(s.send('resume'))).toContain('exerciseDone');
    expect(ids(s.send('yes'))).toContain('exerciseDone');
  });

  it('pause and resume at a setup pick up with the run, not the setup again', () => {
    const s = engineSession();
    toPreview(s);
    s.send('next');
    expect(ids(s.send('pause'))).toEqual(['paused']);
    const resumed = s.send('resume');
    expect(ids(resumed)[0]).toBe('mark'); // straight into the first set
    expect(ids(resumed)).toContain('exerciseDone');
  });

  it('repeat at a setup says the setup again; back goes to the one before; skip moves on', () => {
    const s = engineSession();
    toPreview(s);
    s.send('next');
    const plan = planFor(s.state.routine!);
    expect(s.send('repeat').cues.find((c) => c.id === 'exerciseIntro')).toMatchObject({ params: { exercise: plan[1]!.id } });
    expect(s.send('previous').cues.find((c) => c.id === 'exerciseIntro')).toMatchObject({ params: { exercise: plan[0]!.id } });
    const skipped = s.send('skip');
    expect(skipped.cues[0]).toEqual({ id: 'skipped', params: { exercise: plan[0]!.id } });
    expect(skipped.cues.find((c) => c.id === 'exerciseIntro')).toMatchObject({ params: { exercise: plan[1]!.id } });
  });

  it('"how do I do this?" means the exercise about to be done, with its full setup', () => {
    const s = engineSession();
    toPreview(s);
    const plan = planFor(s.state.routine!);
    expect(s.send('howTo').cues[0]).toEqual({ id: 'howTo', params: { exercise: plan[0]!.id, variation: plan[0]!.variation } });
    s.send('next');
    expect(s.send('howTo').cues[0]).toMatchObject({ params: { exercise: plan[1]!.id } });
  });

  it('"a quick one" at the preview: one exercise of each part; "the full routine": all ten', () => {
    const s = engineSession();
    toPreview(s);
    const quick = s.send({ type: 'length', length: 'quick' });
    expect(quick.cues[0]).toMatchObject({ id: 'routinePreview', params: { length: 'quick', exercises: 3 } });
    expect(planFor(s.state.routine!).map((p) => p.part)).toEqual(['mobility', 'activation', 'hinge']);
    const full = s.send({ type: 'length', length: 'full' });
    expect(full.cues[0]).toMatchObject({ id: 'routinePreview', params: { length: 'full', exercises: 10 } });
  });

  it('"ask hip coach for a quick one" at launch', () => {
    const s = engineSession({ progress: returning({ lastTriage: '2026-11-26' }) });
    s.apply({ type: 'launch', progress: returning({ lastTriage: '2026-11-26' }), today: TODAY, painHistoryAllowed: false, length: 'quick' });
    s.send('no');
    s.pain(2);
    const preview = s.send('no');
    expect(preview.cues.find((c) => c.id === 'routinePreview')).toMatchObject({ params: { length: 'quick' } });
  });

  it('stop mid-routine remembers where, and the next session offers to pick up there', () => {
    const s = engineSession();
    toPreview(s, { pattern: 'varies' });
    s.send('next');
    const at = planFor(s.state.routine!)[1]!.id;
    const stop = s.send('stop');
    expect(stop.cues).toEqual([{ id: 'stopGoodbye', params: { savedAt: at } }]);
    expect(stop.save).toMatchObject({ resumeAt: at });
  });
});

describe('"it hurts" mid-exercise (triage.md protocol)', () => {
  const inRoutine = () => {
    const s = engineSession();
    toPreview(s);
    s.send('next');
    return s;
  };

  it('asks the one question: sharp, or going down the leg?', () => {
    const s = inRoutine();
    expect(s.send('hurts').cues).toEqual([{ id: 'askSharp', params: { nerve: false, retry: false } }]);
  });

  it('yes, not sure or an unclear answer: no more exercise today, straight to the check-in with rest-and-physio advice', () => {
    for (const answer of ['yes', 'notSure', 'fallback'] as const) {
      const s = inRoutine();
      s.send('hurts');
      const result = s.send(answer);
      expect(ids(result)).toEqual(['sharpStop', 'askPainAfter']);
      expect(mentionsExercise(s.send('next'))).toBe(false);
    }
  });

  it('no: skip, carry on, or stop for today', () => {
    const s = inRoutine();
    s.send('hurts');
    expect(ids(s.send('no'))).toEqual(['askHurtsChoice']);
    const plan = planFor(s.state.routine!);
    const skipped = s.send('skip');
    expect(skipped.cues[0]).toEqual({ id: 'skipped', params: { exercise: plan[1]!.id } });

    s.send('hurts');
    s.send('no');
    expect(ids(s.send('stop'))).toEqual(['finishedEarly', 'askPainAfter']);
  });
});

describe('the program over weeks', () => {
  const sessionOn = (progress: Progress, today: string, after = 2) => {
    const s = engineSession({ progress, today });
    s.launch();
    if (s.state.phase === 'recheck') s.send('no');
    else while (s.state.phase === 'triage') s.send('no');
    s.pain(3);
    if (s.state.phase === 'belowKnee') s.send('no');
    if (s.state.phase === 'pattern') s.send({ type: 'pattern', pattern: 'varies' });
    for (let i = 0; i < 20 && s.state.phase !== 'painAfter'; i++) s.send('next');
    const closing = s.pain(after);
    if (s.state.phase === 'painConsent') s.send('no');
    return { progress: s.state.progress, closing, plan: planFor(s.state.routine!) };
  };

  it('three sessions on one day do not move the week on', () => {
    let p = returning();
    for (let i = 0; i < 3; i++) p = sessionOn(p, '2026-11-02').progress;
    expect(p.week).toBe(1);
    expect(p.countedDays).toEqual(['2026-11-02']);
  });

  it('three counted days are not enough before 7 days have passed; on day 8 the new week starts with that session', () => {
    let p = returning();
    for (const d of ['2026-11-02', '2026-11-03', '2026-11-04']) p = sessionOn(p, d).progress;
    expect(p.week).toBe(1);
    const s = engineSession({ progress: p, today: '2026-11-09' });
    const welcome = s.launch();
    expect(welcome.cues.slice(0, 2)).toEqual([{ id: 'welcomeBack', params: { week: 2, session: 1 } }, { id: 'newWeek', params: { week: 2 } }]);
    const last = sessionOn(p, '2026-11-09');
    expect(last.progress).toMatchObject({ week: 2, weekStarted: '2026-11-09', countedDays: ['2026-11-09'] });
  });

  it('a week whose third counted day comes after 7 days moves up at the end of that session', () => {
    let p = returning();
    for (const d of ['2026-11-02', '2026-11-05']) p = sessionOn(p, d).progress;
    const last = sessionOn(p, '2026-11-10');
    expect(ids(last.closing)).toContain('weekUp');
    expect(last.progress.week).toBe(2);
  });

  it('a session with worse pain after does not count', () => {
    const { progress, closing } = sessionOn(returning(), '2026-11-02', 5);
    expect(progress.countedDays).toEqual([]);
    expect(closing.cues).toContainEqual(expect.objectContaining({ id: 'sessionCounted', params: expect.objectContaining({ counted: false }) }));
  });

  it('rotation: all ten exercises come up within three sessions of a week', () => {
    let p = returning();
    const done = new Set<string>();
    for (const d of ['2026-11-02', '2026-11-04', '2026-11-06']) {
      const session = sessionOn(p, d);
      session.plan.forEach((e) => done.add(e.id));
      p = session.progress;
    }
    expect([...done].sort()).toEqual([...EXERCISE_IDS].sort());
  });

  it('exercises taught in the last two weeks get a short setup; after 14 days away, the full one again', () => {
    const first = sessionOn(returning(), '2026-11-02');
    const again = engineSession({ progress: first.progress, today: '2026-11-03' });
    again.launch();
    again.send('no');
    again.pain(3);
    const preview = again.send('no');
    const plan = planFor(again.state.routine!);
    const intro = preview.cues.find((c) => c.id === 'exerciseIntro');
    expect(intro?.params).toMatchObject({ exercise: plan[0]!.id, short: first.plan.some((e) => e.id === plan[0]!.id) });
    const later = engineSession({ progress: { ...first.progress, seen: Object.fromEntries(EXERCISE_IDS.map((id) => [id, '2026-11-02'])) }, today: '2026-11-20' });
    later.launch();
    while (later.state.phase === 'triage') later.send('no');
    later.pain(3);
    later.send('no');
    const fresh = later.send({ type: 'pattern', pattern: 'varies' });
    expect(fresh.cues.find((c) => c.id === 'exerciseIntro')).toMatchObject({ params: { short: false } });
  });
});

describe('returning users', () => {
  it('get the short re-check after any triage that allowed exercise in the last 7 days, and no pattern question', () => {
    const s = engineSession({ progress: returning({ lastTriage: '2026-11-25', week: 2, weekStarted: '2026-11-24', completed: ['2026-11-24', '2026-11-26'] }) });
    const welcome = s.launch();
    expect(welcome.cues[0]).toEqual({ id: 'welcomeBack', params: { week: 2, session: 3 } });
    expect(ids(welcome)).toContain('askRecheck');
    expect(ids(s.send('no'))).toEqual(['recheckAllClear', 'askPainNow']);
    s.pain(2);
    const preview = s.send('no');
    expect(ids(preview)).toContain('routinePreview');
  });

  it('a yes to the re-check runs the full triage', () => {
    const s = engineSession({ progress: returning({ lastTriage: '2026-11-25' }) });
    s.launch();
    expect(ids(s.send('yes'))).toEqual(['fullTriageAgain', 'askTriage']);
  });

  it('get the full triage when the last one is older than 7 days', () => {
    const s = engineSession({ progress: returning({ lastTriage: '2026-11-01' }) });
    expect(ids(s.launch())).toEqual(['welcomeBack', 'triageIntro', 'askTriage']);
  });

  it('an urgent answer turns the re-check off until a full triage allows exercise again', () => {
    const s = engineSession({ progress: returning({ lastTriage: '2026-11-26' }) });
    s.launch();
    s.send('yes');
    for (let i = 0; i < 4; i++) s.send('no');
    const urgent = s.send('yes'); // fever
    expect(ids(urgent)).toEqual(['outcomeUrgent']);
    expect(urgent.save).toMatchObject({ lastTriage: null });
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

  it('a red flag after the session ended still gets the emergency advice', () => {
    const s = engineSession();
    throughTriage(s);
    s.pain(8);
    expect(ids(s.send('redFlag'))).toEqual(['outcomeEmergency']);
  });

  it('a red flag mid-routine stops it', () => {
    const s = engineSession();
    toPreview(s);
    s.send('next');
    const result = s.send('redFlag');
    expect(ids(result)).toEqual(['outcomeEmergency']);
    expect(result.end).toBe(true);
    expect(mentionsExercise(s.send('resume'))).toBe(false);
  });

  it('skipping the closing check-in records the session but does not count it', () => {
    const s = engineSession();
    toPreview(s);
    for (let i = 0; i < 20 && s.state.phase !== 'painAfter'; i++) s.send('next');
    expect(s.send('skip').save).toMatchObject({ countedDays: [], completed: [TODAY] });
  });

  it('where pain scores are not allowed, stored ones are dropped at the next save', () => {
    const painHistory = [{ date: '2026-11-20', before: 4, after: 3 }];
    const s = engineSession({ progress: returning({ painConsent: 'yes', painHistory }), painHistoryAllowed: false });
    s.launch();
    expect(s.state.progress).toMatchObject({ painHistory: [], painConsent: 'unasked' });
  });
});
