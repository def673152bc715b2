import { scoreWemwbs } from './wemwbs';

describe('scoreWemwbs', () => {
  // Worked examples: the 14 items are summed, none reversed.
  it.each([
    ['the lowest possible response', Array(14).fill(1), 14],
    ['the highest possible response', Array(14).fill(5), 70],
    ['all "some of the time" (3)', Array(14).fill(3), 42],
    ['a typical response', [4, 3, 4, 3, 3, 4, 4, 3, 4, 3, 4, 4, 3, 4], 50],
    ['a low response', [2, 2, 1, 2, 3, 2, 2, 1, 2, 2, 3, 2, 2, 2], 28],
  ])('scores %s as %i', (_what, answers, expected) => {
    expect(scoreWemwbs(answers)).toEqual({ score: expected });
  });

  it('weighs every item equally (no reverse items)', () => {
    const base = scoreWemwbs(Array(14).fill(3))!.score;
    for (let i = 0; i < 14; i += 1) {
      const answers = Array<number>(14).fill(3);
      answers[i] = 4;
      expect(scoreWemwbs(answers)!.score).toBe(base + 1);
    }
  });

  it.each([
    ['item 1 unanswered', [null, ...Array(13).fill(3)]],
    ['item 14 unanswered', [...Array(13).fill(3), undefined]],
  ])('gives no score with %s (no score if any item is missing)', (_what, answers) => {
    expect(scoreWemwbs(answers)).toBeNull();
  });

  it.each([
    ['7 answers (that is SWEMWBS)', Array(7).fill(3)],
    ['15 answers', Array(15).fill(3)],
    ['an answer of 0', [0, ...Array(13).fill(3)]],
    ['an answer of 6', [...Array(13).fill(3), 6]],
  ])('throws for %s', (_what, answers) => {
    expect(() => scoreWemwbs(answers)).toThrow(RangeError);
  });
});
