import { testCaller } from '@ekst/testing';
import { answersProblem, mayAnswerSurveys } from './response';

describe('answersProblem', () => {
  it('accepts a complete questionnaire, with or without a reflection', () => {
    expect(answersProblem('SWEMWBS', [1, 2, 3, 4, 5, 4, 3], null)).toBeNull();
    expect(answersProblem('CUSTOM', [3, 4, 5], 'Join the choir')).toBeNull();
  });

  it.each([
    ['SWEMWBS', [3, 3, 3, 3, 3, 3], 'WRONG_ITEM_COUNT', 'answers'],
    ['WEMWBS', Array(7).fill(3), 'WRONG_ITEM_COUNT', 'answers'],
    ['SWEMWBS', [3, 3, null, 3, 3, 3, 3], 'MISSING_ITEM', 'answers.2'],
    ['STIRLING', [...Array(11).fill(3), 0], 'ANSWER_OUT_OF_RANGE', 'answers.11'],
    ['BRIEF_RESILIENCE', [3, 6, 3, 3, 3, 3], 'ANSWER_OUT_OF_RANGE', 'answers.1'],
    ['CUSTOM', [3, 2.5, 3], 'ANSWER_OUT_OF_RANGE', 'answers.1'],
  ] as const)('%s %j: %s at %s', (instrument, answers, code, field) => {
    expect(answersProblem(instrument, answers, null)).toMatchObject({ code, field });
  });

  it('refuses an over-long reflection', () => {
    expect(answersProblem('CUSTOM', [3, 3, 3], 'x'.repeat(2001))?.code).toBe('REFLECTION_TOO_LONG');
  });
});

describe('mayAnswerSurveys', () => {
  it('lets a signed-in person answer, and never an API key or an anonymous caller', () => {
    expect(mayAnswerSurveys(testCaller(['STUDENT']))).toBe(true);
    expect(mayAnswerSurveys(testCaller(['ASSOCIATE'], { kind: 'api-key' }))).toBe(false);
    expect(mayAnswerSurveys(testCaller([], { kind: 'anonymous' }))).toBe(false);
  });
});
