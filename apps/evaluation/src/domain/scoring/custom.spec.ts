import { CUSTOM_LIKERT_ITEMS, REFLECTION_QUESTION, scoreCustom } from './custom';

describe('custom confidence items', () => {
  it('always asks the reflection question', () => {
    expect(REFLECTION_QUESTION).toBe(
      'What will you do that is new or different as a result of this event?',
    );
    expect(CUSTOM_LIKERT_ITEMS).toHaveLength(3);
  });

  // Worked examples: the mean of the three confidence items.
  it.each([
    [[1, 1, 1], 1],
    [[5, 5, 5], 5],
    [[4, 3, 5], 4],
    [[2, 3, 3], 8 / 3],
  ])('scores %j as %d', (answers, expected) => {
    expect(scoreCustom(answers)!.score).toBeCloseTo(expected, 10);
  });

  it('gives no score with an item missing, and throws for malformed answers', () => {
    expect(scoreCustom([4, null, 5])).toBeNull();
    expect(() => scoreCustom([4, 5])).toThrow(RangeError);
    expect(() => scoreCustom([4, 5, 9])).toThrow(RangeError);
  });
});
