import { likertAnswers, sum } from './likert';
import type { ItemAnswer } from './swemwbs';

/**
 * WEMWBS (Tennant et al., 2007): 14 positively worded items, each 1–5; the score is their sum,
 * 14–70. No item is reversed. Incomplete responses: no score if any item is missing.
 */
export const WEMWBS_ITEM_COUNT = 14;

export function scoreWemwbs(answers: readonly ItemAnswer[]): { score: number } | null {
  const values = likertAnswers('WEMWBS', WEMWBS_ITEM_COUNT, answers);
  return values ? { score: sum(values) } : null;
}
