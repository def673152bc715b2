/**
 * SWEMWBS: the 7 items of WEMWBS numbered 1, 2, 3, 6, 7, 9 and 11, each answered 1–5. The raw
 * score is their sum (7–35); it is reported as the metric score from the published Rasch
 * conversion table, because raw SWEMWBS scores are not interval-scaled.
 *
 * Incomplete responses: no score if any item is missing. Prorating a 7-item scale would invent
 * most of a person's answer, and a partly answered questionnaire is not the validated instrument.
 */
export const SWEMWBS_ITEM_COUNT = 7;
export const SWEMWBS_WEMWBS_ITEMS = [1, 2, 3, 6, 7, 9, 11] as const;
export const SWEMWBS_RAW_MIN = 7;
export const SWEMWBS_RAW_MAX = 35;

/** Raw score → metric score (DOMAIN.md), one row per five raw scores. */
// prettier-ignore
const RAW_TO_METRIC: readonly number[] = [
  /* raw  7–11 */  7.0,   9.51, 11.25, 12.4,  13.33,
  /* raw 12–16 */ 14.08, 14.75, 15.32, 15.84, 16.36,
  /* raw 17–21 */ 16.88, 17.43, 17.98, 18.59, 19.25,
  /* raw 22–26 */ 19.98, 20.73, 21.54, 22.35, 23.21,
  /* raw 27–31 */ 24.11, 25.03, 26.02, 27.03, 28.13,
  /* raw 32–35 */ 29.31, 30.7,  32.55, 35.0,
];

export interface SwemwbsScore {
  raw: number;
  metric: number;
}

/** An answer to one item: 1–5, or null/undefined when the item was not answered. */
export type ItemAnswer = number | null | undefined;

export function swemwbsMetric(raw: number): number {
  if (!Number.isInteger(raw) || raw < SWEMWBS_RAW_MIN || raw > SWEMWBS_RAW_MAX) {
    throw new RangeError(
      `SWEMWBS raw score must be an integer from ${SWEMWBS_RAW_MIN} to ${SWEMWBS_RAW_MAX}`,
    );
  }
  return RAW_TO_METRIC[raw - SWEMWBS_RAW_MIN];
}

/**
 * Scores one response: exactly 7 answers in item order. Returns null when any item is missing;
 * throws when the response is malformed (wrong length, an answer outside 1–5), since that is a
 * bug upstream, not a respondent's choice.
 */
export function scoreSwemwbs(answers: readonly ItemAnswer[]): SwemwbsScore | null {
  if (answers.length !== SWEMWBS_ITEM_COUNT) {
    throw new RangeError(`SWEMWBS has ${SWEMWBS_ITEM_COUNT} items; got ${answers.length} answers`);
  }
  let raw = 0;
  let missing = false;
  for (const a of answers) {
    if (a === null || a === undefined) {
      missing = true;
      continue;
    }
    if (!Number.isInteger(a) || a < 1 || a > 5)
      throw new RangeError('SWEMWBS answers are integers from 1 to 5');
    raw += a;
  }
  return missing ? null : { raw, metric: swemwbsMetric(raw) };
}
