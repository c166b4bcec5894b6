// The narration timeline: the same pieces the SSML is built from, measured
// (words at 150 a minute, breaks as written), in order and without gaps.
import { describe, expect, it } from 'vitest';
import { cue } from '../src/flow/cues';
import { planFor } from '../src/flow/routine';
import { narrateRun } from '../src/flow/narrate';
import { render, renderPieces } from '../src/render/render';
import { cueAt, durationMs, timeline, timelineOf } from '../src/render/timeline';
import { breakSeconds, ssmlToText } from '../src/render/ssml';
import { marksOf } from '../src/render/screens/fromEngine';

describe('timeline', () => {
  it('times words at 150 a minute and breaks as written', () => {
    expect(durationMs('one two three')).toBe(1200);
    expect(durationMs('Hold. <break time="10s"/> <break time="2.5s"/>')).toBe(400 + 12_500);
    expect(durationMs('')).toBe(0);
  });

  it('lays cues end to end, and cueAt finds the one being heard', () => {
    const t = timeline([cue('setStart', { set: 1, sets: 2 }), cue('pause', { seconds: 3 }), cue('rep', { n: 1, total: 8 })], 'en-US', () => 0);
    expect(t.cues.map((c) => [c.startMs, c.endMs])).toEqual([
      [0, 1600],
      [1600, 4600],
      [4600, 5000],
    ]);
    expect(t.totalMs).toBe(5000);
    expect(cueAt(t, 2000)?.cue.id).toBe('pause');
    expect(cueAt(t, 99_000)?.cue.id).toBe('rep');
  });

  it('uses the variants actually spoken: its pieces are the ones the SSML is joined from', () => {
    const plan = planFor({ week: 1, gentle: false, nerve: false, pattern: 'varies', length: 'standard', exercises: ['ninetyNinety', 'pigeon', 'gluteBridge', 'clamshell', 'wallTap'] });
    const cues = narrateRun(plan, 0);
    const random = () => 0.99;
    const rendered = render(cues, 'en-GB', random);
    expect(`<speak>${rendered.pieces.map((p) => p.ssml).filter(Boolean).join(' ')}</speak>`).toBe(rendered.ssml);
    const t = timelineOf(rendered.pieces);
    const words = ssmlToText(rendered.ssml).split(' ').filter((w) => /\w/.test(w)).length;
    const breaks = breakSeconds(rendered.ssml).reduce((a, b) => a + b, 0);
    expect(t.totalMs).toBe(t.cues.reduce((sum, c) => sum + c.durationMs, 0));
    expect(Math.abs(t.totalMs - (words * 400 + breaks * 1000))).toBeLessThanOrEqual(400 * cues.length);
    expect(timelineOf(renderPieces(cues, 'en-GB', random).pieces)).toEqual(t);
  });

  it('turns a hold and a rest into countdowns that end where the narration releases them', () => {
    const plan = planFor({ week: 1, gentle: false, nerve: false, pattern: 'varies', length: 'full', exercises: ['ninetyNinety', 'pigeon', 'gluteBridge', 'clamshell', 'wallTap'] });
    const pigeon = plan.findIndex((p) => p.id === 'pigeon');
    // One response runs every set of the exercise: two sets of a left and a right hold, with one rest between.
    const t = timeline(narrateRun(plan, pigeon), 'en-US', () => 0);
    const { marks } = marksOf(t);
    const holds = marks.filter((m) => m.kind === 'countdown' && m.what === 'hold');
    const rests = marks.filter((m) => m.kind === 'countdown' && m.what === 'rest');
    expect(holds).toHaveLength(4);
    expect(rests).toHaveLength(1);
    const restEnd = t.cues.find((c, i) => c.cue.id === 'countdown' && t.cues[i + 1]?.cue.id !== 'holdEnd')!.endMs;
    rests.forEach((r) => r.kind === 'countdown' && expect(r.atMs + r.durationMs).toBe(restEnd));
    const releases = t.cues.filter((c) => c.cue.id === 'holdEnd').map((c) => c.startMs);
    holds.forEach((h, i) => h.kind === 'countdown' && expect(h.atMs + h.durationMs).toBe(releases[i]));
    // The narrated hold is at least the dose: spoken cues inside it add to the breaks, never replace them.
    for (const h of holds) if (h.kind === 'countdown') expect(h.durationMs).toBeGreaterThanOrEqual(30_000);
    expect(marks.filter((m) => m.kind === 'side').map((m) => m.kind === 'side' && m.side)).toEqual(['left', 'right', 'left', 'right']);
  });

  it('ignores cue ids it does not know', () => {
    const t = { cues: [{ cue: { id: 'somethingNew', params: {} } as never, startMs: 0, durationMs: 10, endMs: 10 }], totalMs: 10 };
    expect(marksOf(t).marks).toEqual([]);
  });
});
