// The spoken triage of ../shared/clinical/triage.md, as data, in its order.
// Items that lead to the same outcome are grouped into one short question
// (triage.md allows that); items that need their own decision stay apart:
// the lasting history items (they get a clearance follow-up) and one-leg
// numbness (a nerve sign: it changes the plan instead of the outcome).

export type Outcome = 'EMERGENCY' | 'URGENT' | 'CLEARED' | 'SEE_PHYSIO' | 'HIGH_PAIN' | 'CLEAR';
export const OUTCOMES: readonly Outcome[] = ['EMERGENCY', 'URGENT', 'CLEARED', 'SEE_PHYSIO', 'HIGH_PAIN', 'CLEAR'];

/** A triage that allows exercise: the short re-check may follow it within the window. */
export const ALLOWS_EXERCISE: readonly Outcome[] = ['CLEAR', 'CLEARED', 'SEE_PHYSIO'];

export type TriageBlock = 'emergency' | 'urgent' | 'lasting' | 'physio' | 'nerve';

/**
 * What a yes leads to:
 * - emergency / urgent: the outcome, and the end of the session;
 * - lasting: the clearance follow-up (yes: CLEARED and go on; otherwise URGENT);
 * - physio: a physio assessment is recommended, and the rest of the physio items are skipped;
 * - nerve: a nerve sign (the plan changes), and a physio assessment is recommended.
 */
export interface TriageQuestion {
  id: TriageQuestionId;
  block: TriageBlock;
  /** For lasting items: which history item the clearance follow-up is about. */
  lasting?: LastingItem;
}

export type LastingItem = 'cancer' | 'immune';

export const TRIAGE_QUESTION_IDS = [
  'saddleNumbness',
  'bladderBowel',
  'legWeakness',
  'traumaOrChestPain',
  'feverUnwell',
  'weightLoss',
  'constantNightPain',
  'fractureOrDrugs',
  'cancerHistory',
  'weakImmune',
  'longOrRecurring',
  'stiffness',
  'oneLegNumbness',
] as const;
export type TriageQuestionId = (typeof TRIAGE_QUESTION_IDS)[number];

export const TRIAGE: readonly TriageQuestion[] = [
  { id: 'saddleNumbness', block: 'emergency' },
  { id: 'bladderBowel', block: 'emergency' },
  { id: 'legWeakness', block: 'emergency' },
  { id: 'traumaOrChestPain', block: 'emergency' },
  { id: 'feverUnwell', block: 'urgent' },
  { id: 'weightLoss', block: 'urgent' },
  { id: 'constantNightPain', block: 'urgent' },
  { id: 'fractureOrDrugs', block: 'urgent' },
  { id: 'cancerHistory', block: 'lasting', lasting: 'cancer' },
  { id: 'weakImmune', block: 'lasting', lasting: 'immune' },
  { id: 'longOrRecurring', block: 'physio' },
  { id: 'stiffness', block: 'physio' },
  { id: 'oneLegNumbness', block: 'nerve' },
];

/** Red-flag questions: "not sure", and an unclear answer after one retry, count as yes. */
export const isRedFlagBlock = (block: TriageBlock): boolean => block === 'emergency' || block === 'urgent' || block === 'lasting';

/** The next question after index `from` that still needs asking, or -1 when the triage is done. */
export function nextQuestion(from: number, physioSignSeen: boolean): number {
  for (let i = from + 1; i < TRIAGE.length; i++) {
    // One physio sign is enough for the recommendation; the nerve question is still asked (it changes the plan).
    if (physioSignSeen && TRIAGE[i]!.block === 'physio') continue;
    return i;
  }
  return -1;
}

/** Pain at or above this (0 to 10) is HIGH_PAIN: no exercise today. */
export const HIGH_PAIN_FROM = 7;
/** Pain at or above this gets the gentler dose (triage.md: 4 to 6). */
export const GENTLE_FROM = 4;
/** The stop rule's usual limit: pain above 5 during exercise means stop. */
export const STOP_ABOVE = 5;
/** A change of this many points on the 0 to 10 scale is meaningful. */
export const MEANINGFUL_CHANGE = 2;
/** A full triage that allowed exercise within this many days allows the short re-check. */
export const RECHECK_WINDOW_DAYS = 7;

/**
 * The session's stop limit (triage.md, "During exercise"): 5 out of 10, or the
 * starting pain when that was already 5 or 6; then any rise above it means stop.
 */
export const stopLimitFor = (painBefore: number | null): number =>
  painBefore !== null && painBefore >= STOP_ABOVE ? painBefore : STOP_ABOVE;
