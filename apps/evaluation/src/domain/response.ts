import type { Caller } from '@ekst/auth';
import { INSTRUMENT_REGISTRY } from './instruments';
import type { Instrument } from './instruments';

export const MAX_REFLECTION_LENGTH = 2000;

/** Surveys are answered by people (their invitations are theirs), never by an API key. */
export function mayAnswerSurveys(caller: Caller): boolean {
  return caller.kind === 'person';
}

export type AnswersProblem =
  | { code: 'WRONG_ITEM_COUNT'; field: 'answers'; message: string }
  | { code: 'MISSING_ITEM'; field: string; message: string }
  | { code: 'ANSWER_OUT_OF_RANGE'; field: string; message: string }
  | { code: 'REFLECTION_TOO_LONG'; field: 'reflection'; message: string };

/**
 * A submission must be the whole questionnaire: every item answered on its scale. (Scoring would
 * give an incomplete one no score; refusing it here lets the student finish it instead.)
 * The reflection is optional free text.
 */
export function answersProblem(
  instrument: Instrument,
  answers: ReadonlyArray<number | null | undefined>,
  reflection: string | null | undefined,
): AnswersProblem | null {
  const { itemCount, responseScale } = INSTRUMENT_REGISTRY[instrument];
  if (answers.length !== itemCount) {
    return {
      code: 'WRONG_ITEM_COUNT',
      field: 'answers',
      message: `this survey has ${itemCount} items; got ${answers.length} answers`,
    };
  }
  for (const [i, a] of answers.entries()) {
    if (a === null || a === undefined) {
      return {
        code: 'MISSING_ITEM',
        field: `answers.${i}`,
        message: `item ${i + 1} is unanswered`,
      };
    }
    if (!Number.isInteger(a) || a < responseScale.min || a > responseScale.max) {
      return {
        code: 'ANSWER_OUT_OF_RANGE',
        field: `answers.${i}`,
        message: `item ${i + 1} must be from ${responseScale.min} to ${responseScale.max}`,
      };
    }
  }
  if (reflection && reflection.length > MAX_REFLECTION_LENGTH) {
    return {
      code: 'REFLECTION_TOO_LONG',
      field: 'reflection',
      message: `at most ${MAX_REFLECTION_LENGTH} characters`,
    };
  }
  return null;
}
