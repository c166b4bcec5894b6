// Interrupting a run: one response counts every set of an exercise, so the
// request's time places an interruption in the set it came in. Pause and
// resume pick up at the start of that set; "it hurts" never replays it.
// Real Alexa envelopes through the skill, with the harness's clock standing
// in for when the user spoke over the speech.
import { describe, expect, it } from 'vitest';
import type { SessionState } from '../src/flow/state';
import { STATE_KEY } from '../src/platforms/alexa/skill';
import { alexaHarness } from './support/alexa';

const NO_TO_TRIAGE = Array<string>(13).fill('no');

/** A harness at the run of the session's second exercise (two sets), with the times its sets start and end in that response. */
async function inFirstRun() {
  const t = alexaHarness();
  for (const line of ['launch', 'yes', ...NO_TO_TRIAGE, 'pain 3', 'no', 'pattern varies', 'next', 'next']) await t.user(line);
  const state = t.conversation.attributes[STATE_KEY] as SessionState;
  const sets = state.spoken!.sets;
  expect(sets.length).toBeGreaterThanOrEqual(2); // the ninety ninety: two sets
  return { t, sets };
}

describe('interrupting a set', () => {
  it('pause during set 2, then resume: set 2 again from its start, never the finished set 1', async () => {
    const { t, sets } = await inFirstRun();
    const [, start2, end2] = sets[1]!;
    t.clock.interrupt(start2 + (end2 - start2) / 2);
    expect(await t.user('pause')).toMatch(/pick up at the start of set 2/);
    const resumed = await t.user('resume');
    expect(resumed).toMatch(/^Okay, picking up at set 2/);
    expect(resumed).not.toMatch(/Set 1\b|set 1\b/);
    expect(resumed).toMatch(/done|finished/); // runs on to the end of the exercise
  });

  it('an interruption during the rest after set 1 belongs to set 2 (set 1 is finished)', async () => {
    const { t, sets } = await inFirstRun();
    const [, , end1] = sets[0]!;
    const [, start2] = sets[1]!;
    t.clock.interrupt(Math.round((end1 + start2) / 2));
    expect(await t.user('pause')).toMatch(/set 2/);
  });

  it('"it hurts" in set 1, not sharp, carry on: the next set, not the one that hurt', async () => {
    const { t, sets } = await inFirstRun();
    const [, start1, end1] = sets[0]!;
    t.clock.interrupt(Math.round((start1 + end1) / 2));
    expect(await t.user('it hurts')).toMatch(/Let's stop this set. Is the pain sharp/);
    expect(await t.user('no')).toMatch(/carry on gently with the next set/);
    const next = await t.user('resume');
    expect(next).not.toMatch(/Here's set 1|Set 1 of/);
    expect(next).toMatch(/done|finished/);
  });

  it('"it hurts" in set 1, sharp: no more exercise today, straight to the check-in', async () => {
    const { t, sets } = await inFirstRun();
    t.clock.interrupt(sets[0]![1] + 2000);
    await t.user('it hurts');
    const stop = await t.user('yes');
    expect(stop).toMatch(/enough exercise for today.*physiotherapist.*how is your back feeling now\?/);
    expect(await t.user('next')).not.toMatch(/\[pause|Set \d|Here we go/);
  });

  it('"next" said over a set moves on to the next set; after the speech ends it means the next exercise', async () => {
    const { t, sets } = await inFirstRun();
    t.clock.interrupt(sets[0]![1] + 1000);
    const skipped = await t.user('next');
    expect(skipped).not.toMatch(/Set 1 of/);
    expect(skipped).toMatch(/set 2|Set 2/);
  });

  it('"how do I do this?" over a set answers for that exercise and parks it at the interrupted set', async () => {
    const { t, sets } = await inFirstRun();
    t.clock.interrupt(sets[1]![1] + 1000);
    expect(await t.user('how do I do this')).toMatch(/^Here's how to do the ninety ninety hip rotation/);
    expect(await t.user('next')).toMatch(/^Okay, picking up at set 2/);
  });
});
