import { likertAnswers, sum } from './likert';
import type { ItemAnswer } from './swemwbs';

/**
 * The partnership's own items: Likert confidence statements (1 strongly disagree – 5 strongly
 * agree) for the aims, and the free-text reflection every survey asks. Not a validated scale:
 * its score (the mean of the confidence items, 1–5) is reported only against itself.
 */
export const CUSTOM_LIKERT_ITEMS = [
  'I feel confident talking to people I have not met before.',
  'I feel confident trying something new.',
  'I can see myself going on to further study or training that interests me.',
] as const;

/** Asked in every survey, whatever the instrument (DOMAIN.md). */
export const REFLECTION_QUESTION =
  'What will you do that is new or different as a result of this event?';

export function scoreCustom(answers: readonly ItemAnswer[]): { score: number } | null {
  const values = likertAnswers('The custom confidence scale', CUSTOM_LIKERT_ITEMS.length, answers);
  return values ? { score: sum(values) / values.length } : null;
}
