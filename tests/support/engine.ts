// A transcript harness for the pure engine: user events in, cue ids out.
import type { CueId } from '../../src/flow/cues';
import type { FlowEvent } from '../../src/flow/events';
import type { Progress } from '../../src/flow/progress';
import { freshState, type SessionState } from '../../src/flow/state';
import { step, type StepResult } from '../../src/flow/step';
import { EXERCISE_IDS } from '../../src/flow/content/exercises';
import { TRIAGE, type TriageQuestionId } from '../../src/flow/content/triage';
import type { PainPattern } from '../../src/flow/content/patterns';

export const TODAY = '2026-11-28';

export function engineSession(options: { progress?: Progress | null; today?: string; painHistoryAllowed?: boolean } = {}) {
  let state: SessionState = freshState();
  let last: StepResult | null = null;
  const saves: (Progress | 'delete')[] = [];
  const apply = (event: FlowEvent): StepResult => {
    last = step(state, event);
    state = last.state;
    if (last.save !== undefined) saves.push(last.save);
    return last;
  };
  const api = {
    apply,
    launch: () =>
      apply({ type: 'launch', progress: options.progress ?? null, today: options.today ?? TODAY, painHistoryAllowed: options.painHistoryAllowed ?? false }),
    send: (event: FlowEvent | FlowEvent['type']) => apply(typeof event === 'string' ? ({ type: event } as FlowEvent) : event),
    pain: (value: number | null) => apply({ type: 'number', value }),
    get state() {
      return state;
    },
    get last() {
      return last;
    },
    saves,
  };
  return api;
}

export const ids = (result: StepResult): CueId[] => result.cues.map((c) => c.id);

/** Cues that only appear while an exercise is being taught or counted. */
export const EXERCISE_CUES: CueId[] = ['exerciseIntro', 'setStart', 'rep', 'holdRep', 'holdStart', 'go', 'formCue', 'howTo', 'partIntro'];

export const mentionsExercise = (result: StepResult): boolean =>
  result.cues.some((c) => EXERCISE_CUES.includes(c.id) || Object.values(c.params).some((v) => (EXERCISE_IDS as readonly unknown[]).includes(v)));

/**
 * Launch as a new user, answer the age check, then each triage question by its
 * id (default no) until the triage is over or leaves its questions (clearance).
 */
export function throughTriage(session: ReturnType<typeof engineSession>, answers: Partial<Record<TriageQuestionId, FlowEvent['type']>> = {}) {
  session.launch();
  session.send('yes'); // 16 or older
  for (let i = 0; i < 20; i++) {
    const question = TRIAGE[session.state.question]!.id;
    const r = session.send(answers[question] ?? 'no');
    if (r.end || session.state.phase !== 'triage') return r;
  }
  return session.last!;
}

/** Through the triage (all no), pain, the nerve question and the pattern: at the plan preview. */
export function toPreview(session: ReturnType<typeof engineSession>, options: { pain?: number; pattern?: PainPattern; answers?: Partial<Record<TriageQuestionId, FlowEvent['type']>> } = {}) {
  throughTriage(session, options.answers);
  const pain = options.pain ?? 3;
  session.pain(pain);
  if (session.state.phase === 'belowKnee') session.send('no');
  return session.send({ type: 'pattern', pattern: options.pattern ?? 'varies' });
}
