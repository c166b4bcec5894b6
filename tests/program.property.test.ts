// Properties of the program over seeded random sessions and weeks (issue: the
// coach for the person it is for): every default session fits its time, and a
// week of three sessions brings every exercise, whatever the patterns, pains
// and days. fast-check prints the seed of any failure; FUZZ_SEED explores further.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EXERCISE_IDS, type ExerciseId } from '../src/flow/content/exercises';
import { PAIN_PATTERNS } from '../src/flow/content/patterns';
import { newProgress, type Progress } from '../src/flow/progress';
import { chooseExercises, planFor } from '../src/flow/routine';
import { routineSeconds } from '../src/render/estimate';
import { engineSession } from './support/engine';
import { addDays, dateArb } from './support/fuzz/engine';
import { runs, seedFor } from './support/fuzz/mutate';

const weekArb = fc.constantFrom(1, 2, 3, 4, 5, 6) as fc.Arbitrary<Progress['week']>;
const seenArb = fc.dictionary(fc.constantFrom(...EXERCISE_IDS), dateArb) as fc.Arbitrary<Partial<Record<ExerciseId, string>>>;

describe('the program (fast-check)', () => {
  it('no default session is estimated over 18 minutes, with every setup in full, in any week, pattern or dose', () => {
    fc.assert(
      fc.property(weekArb, fc.constantFrom(...PAIN_PATTERNS), fc.boolean(), fc.boolean(), seenArb, (week, pattern, gentle, nerve, seen) => {
        const exercises = chooseExercises('standard', pattern, seen);
        const minutes = routineSeconds({ week, gentle, nerve, pattern, length: 'standard', exercises }, 'en-US', []) / 60;
        expect(minutes).toBeLessThanOrEqual(18);
        expect(minutes).toBeGreaterThanOrEqual(12);
      }),
      { seed: seedFor(21), numRuns: runs(300) },
    );
  });

  it('all ten exercises come up within any week of three sessions, on any days, patterns and pains', () => {
    const sessionArb = fc.record({ gap: fc.integer({ min: 1, max: 2 }), pattern: fc.constantFrom(...PAIN_PATTERNS), pain: fc.integer({ min: 0, max: 6 }) });
    fc.assert(
      fc.property(fc.array(sessionArb, { minLength: 3, maxLength: 3 }), weekArb, (sessions, week) => {
        let progress: Progress = { ...newProgress(), onboarded: true, week };
        let today = '2026-11-02';
        const done = new Set<ExerciseId>();
        for (const { gap, pattern, pain } of sessions) {
          today = addDays(today, gap);
          const s = engineSession({ progress, today });
          s.launch();
          while (s.state.phase === 'triage' || s.state.phase === 'recheck') s.send('no');
          s.pain(pain);
          if (s.state.phase === 'belowKnee') s.send('no');
          if (s.state.phase === 'pattern') s.send({ type: 'pattern', pattern });
          planFor(s.state.routine!).forEach((p) => done.add(p.id));
          for (let i = 0; i < 20 && s.state.phase !== 'painAfter'; i++) s.send('next');
          s.pain(pain);
          if (s.state.phase === 'painConsent') s.send('no');
          progress = s.state.progress;
        }
        expect([...done].sort()).toEqual([...EXERCISE_IDS].sort());
      }),
      { seed: seedFor(22), numRuns: runs(200) },
    );
  });
});
