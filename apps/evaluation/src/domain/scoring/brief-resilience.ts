import type { ItemAnswer } from './swemwbs';

/**
 * Brief Resilience Scale (Smith et al., 2008): 6 items answered 1–5. Items 2, 4 and 6 are worded
 * negatively and reversed (6 − x); the score is the mean of the six, from 1 (low) to 5 (high).
 *
 * Incomplete responses: no score if any item is missing, the same rule as every instrument here,
 * so that scores in one trend line always come from complete questionnaires.
 */
export const BRS_ITEM_COUNT = 6;
export const BRS_REVERSED_ITEMS = [2, 4, 6] as const;

export interface BriefResilienceScore {
  /** mean of the six items after reversal, 1–5, unrounded (round only for display) */
  score: number;
}

export function scoreBriefResilience(answers: readonly ItemAnswer[]): BriefResilienceScore | null {
  if (answers.length !== BRS_ITEM_COUNT) {
    throw new RangeError(
      `the Brief Resilience Scale has ${BRS_ITEM_COUNT} items; got ${answers.length} answers`,
    );
  }
  let sum = 0;
  let missing = false;
  for (const [i, a] of answers.entries()) {
    if (a === null || a === undefined) {
      missing = true;
      continue;
    }
    if (!Number.isInteger(a) || a < 1 || a > 5)
      throw new RangeError('Brief Resilience Scale answers are integers from 1 to 5');
    const item = i + 1;
    sum += (BRS_REVERSED_ITEMS as readonly number[]).includes(item) ? 6 - a : a;
  }
  return missing ? null : { score: sum / BRS_ITEM_COUNT };
}
