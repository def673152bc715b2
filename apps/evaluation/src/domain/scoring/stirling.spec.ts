import { scoreStirling } from './stirling';

describe('scoreStirling', () => {
  // Worked examples: the 12 items are summed, none reversed.
  it.each([
    ['the lowest possible response ("never" throughout)', Array(12).fill(1), 12],
    ['the highest possible response ("all of the time")', Array(12).fill(5), 60],
    ['all "some of the time" (3)', Array(12).fill(3), 36],
    ['a typical response', [4, 3, 5, 4, 3, 4, 2, 4, 3, 4, 5, 3], 44],
    ['a low response', [2, 1, 2, 3, 2, 2, 1, 2, 2, 3, 2, 1], 23],
  ])('scores %s as %i', (_what, answers, expected) => {
    expect(scoreStirling(answers)).toEqual({ score: expected });
  });

  it('gives no score when any item is missing (no prorating)', () => {
    expect(scoreStirling([5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, null])).toBeNull();
  });

  it.each([
    ['11 answers', Array(11).fill(3)],
    ['14 answers (that is WEMWBS)', Array(14).fill(3)],
    ['an answer of 0', [0, ...Array(11).fill(3)]],
    ['a fractional answer', [2.5, ...Array(11).fill(3)]],
  ])('throws for %s', (_what, answers) => {
    expect(() => scoreStirling(answers)).toThrow(RangeError);
  });
});
