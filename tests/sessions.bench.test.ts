// The session bench's new-user persona, run once through the real Alexa
// handler: its shape (not its speed) against issue 8's budgets.
import { beforeAll, describe, expect, it } from 'vitest';
import { PARTS } from '../src/flow/content/exercises';
import { newUserSession, SESSION_BUDGET, type SessionReport } from '../bench/sessions';

describe("bench/sessions.ts: a new user's first default session", () => {
  let report: SessionReport;
  beforeAll(async () => {
    report = await newUserSession();
  });

  it('runs from the launch to the closing check-in, says "next" at most 8 times, and covers all three parts', () => {
    expect(report.outcome).toBe('CLEAR');
    expect(report.length).toBe('standard');
    expect(report.transcript.at(-1)?.phase).toBe('ended');
    expect(report.nexts).toBeLessThanOrEqual(SESSION_BUDGET.firstSessionNexts);
    expect(report.parts).toEqual([...PARTS]);
    expect(report.done).toEqual(report.exercises);
    expect(report.turnsToFirstSet).not.toBeNull();
  });

  it('is estimated at no less than 12 minutes', () => {
    expect(report.minutes).toBeGreaterThanOrEqual(SESSION_BUDGET.firstSessionMinMinutes);
  });

  // The whole first session, the welcome and the triage included (about 2.3 minutes of it).
  it('is estimated at no more than 18 minutes', () => {
    expect(report.minutes).toBeLessThanOrEqual(SESSION_BUDGET.firstSessionMaxMinutes);
  });
});
