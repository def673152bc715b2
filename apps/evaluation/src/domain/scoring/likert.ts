import type { ItemAnswer } from './swemwbs';

/**
 * Validates a fixed-length set of 1–5 answers. Returns their values, or null when any item is
 * missing (the rule for every instrument here: no score, never prorated). A malformed set (wrong
 * length, an answer that is not an integer 1–5) throws: that is a bug upstream, not a choice.
 */
export function likertAnswers(
  instrument: string,
  itemCount: number,
  answers: readonly ItemAnswer[],
): number[] | null {
  if (answers.length !== itemCount) {
    throw new RangeError(`${instrument} has ${itemCount} items; got ${answers.length} answers`);
  }
  let missing = false;
  const values: number[] = [];
  for (const a of answers) {
    if (a === null || a === undefined) {
      missing = true;
      continue;
    }
    if (!Number.isInteger(a) || a < 1 || a > 5)
      throw new RangeError(`${instrument} answers are integers from 1 to 5`);
    values.push(a);
  }
  return missing ? null : values;
}

export const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);
