import { likertAnswers, sum } from './likert';
import type { ItemAnswer } from './swemwbs';

/**
 * Stirling Children's Wellbeing Scale (Liddle & Carter, 2015): 12 positively worded items, each
 * 1–5 ("never" to "all of the time"); the score is their sum, 12–60. No item is reversed.
 * Incomplete responses: no score if any item is missing.
 */
export const STIRLING_ITEM_COUNT = 12;

export function scoreStirling(answers: readonly ItemAnswer[]): { score: number } | null {
  const values = likertAnswers("Stirling Children's Wellbeing Scale", STIRLING_ITEM_COUNT, answers);
  return values ? { score: sum(values) } : null;
}
