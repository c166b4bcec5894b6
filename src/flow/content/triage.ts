// The spoken triage of ../shared/clinical/triage.md, as data, in its order.
// Items that lead to the same outcome are grouped into one short question
// (triage.md allows that); items that need a separate decision stay apart.

export type Outcome = 'EMERGENCY' | 'URGENT' | 'SEE_PHYSIO' | 'HIGH_PAIN' | 'CLEAR';

export const TRIAGE_QUESTION_IDS = [
  // Block 1: EMERGENCY
  'saddleNumbness',
  'bladderBowel',
  'legWeakness',
  'traumaOrChestPain',
  // Block 2: URGENT
  'feverUnwell',
  'cancerOrWeightLoss',
  'constantNightPain',
  'fractureOrImmuneRisk',
  // Block 3: SEE_PHYSIO
  'longOrRecurring',
  'physioSigns',
] as const;
export type TriageQuestionId = (typeof TRIAGE_QUESTION_IDS)[number];

export type TriageBlock = 'emergency' | 'urgent' | 'physio';

export interface TriageQuestion {
  id: TriageQuestionId;
  block: TriageBlock;
}

const BLOCK_OUTCOME: Record<TriageBlock, Outcome> = {
  emergency: 'EMERGENCY',
  urgent: 'URGENT',
  physio: 'SEE_PHYSIO',
};

export const TRIAGE: readonly TriageQuestion[] = TRIAGE_QUESTION_IDS.map((id, index) => ({
  id,
  block: index < 4 ? 'emergency' : index < 8 ? 'urgent' : 'physio',
}));

export const outcomeOfBlock = (block: TriageBlock): Outcome => BLOCK_OUTCOME[block];

/** Red-flag questions: "not sure", and an unclear answer after one retry, count as yes. */
export const isRedFlagBlock = (block: TriageBlock): boolean => block !== 'physio';

/** After a yes in the physio block the rest of it leads to the same outcome, so it is skipped. */
export const firstQuestionAfterBlock = (block: TriageBlock): number => {
  const last = TRIAGE.map((q) => q.block).lastIndexOf(block);
  return last + 1;
};

/** Pain at or above this (0 to 10) is HIGH_PAIN: no exercise today. */
export const HIGH_PAIN_FROM = 7;
/** Pain at or above this gets the gentler dose (triage.md: 4 to 6). */
export const GENTLE_FROM = 4;
/** Stop rule: pain above this during exercise means stop. */
export const STOP_ABOVE = 5;
/** A change of this many points on the 0 to 10 scale is meaningful. */
export const MEANINGFUL_CHANGE = 2;
/** A full triage within this many days allows the short re-check. */
export const RECHECK_WINDOW_DAYS = 7;
