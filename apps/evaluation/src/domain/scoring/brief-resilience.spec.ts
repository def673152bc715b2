import { scoreBriefResilience } from './brief-resilience';

describe('scoreBriefResilience', () => {
  // Worked examples: items 2, 4 and 6 are reversed (6 − x), then the six are averaged.
  it.each([
    ['the most resilient answers', [5, 1, 5, 1, 5, 1], [5, 5, 5, 5, 5, 5], 5],
    ['the least resilient answers', [1, 5, 1, 5, 1, 5], [1, 1, 1, 1, 1, 1], 1],
    ['all neutral (3 reverses to 3)', [3, 3, 3, 3, 3, 3], [3, 3, 3, 3, 3, 3], 3],
    ['all 5s: agreeing with everything is neutral', [5, 5, 5, 5, 5, 5], [5, 1, 5, 1, 5, 1], 3],
    ['all 1s: disagreeing with everything is neutral', [1, 1, 1, 1, 1, 1], [1, 5, 1, 5, 1, 5], 3],
    ['a typical mixed response', [4, 2, 4, 3, 5, 1], [4, 4, 4, 3, 5, 5], 25 / 6],
    ['a low mixed response', [2, 4, 3, 3, 1, 5], [2, 2, 3, 3, 1, 1], 2],
  ])('scores %s', (_what, answers, adjusted, expected) => {
    expect(adjusted.reduce((a, b) => a + b, 0) / 6).toBeCloseTo(expected, 10);
    expect(scoreBriefResilience(answers)!.score).toBeCloseTo(expected, 10);
  });

  it('reverses items 2, 4 and 6 only: raising item 1 raises the score, raising item 2 lowers it', () => {
    const base = scoreBriefResilience([3, 3, 3, 3, 3, 3])!.score;
    expect(scoreBriefResilience([4, 3, 3, 3, 3, 3])!.score).toBeGreaterThan(base);
    expect(scoreBriefResilience([3, 4, 3, 3, 3, 3])!.score).toBeLessThan(base);
    expect(scoreBriefResilience([3, 3, 4, 3, 3, 3])!.score).toBeGreaterThan(base);
    expect(scoreBriefResilience([3, 3, 3, 4, 3, 3])!.score).toBeLessThan(base);
    expect(scoreBriefResilience([3, 3, 3, 3, 4, 3])!.score).toBeGreaterThan(base);
    expect(scoreBriefResilience([3, 3, 3, 3, 3, 4])!.score).toBeLessThan(base);
  });

  it('always lies between 1 and 5', () => {
    for (let n = 0; n < 6 ** 6; n += 97) {
      const answers = Array.from({ length: 6 }, (_, i) => (Math.floor(n / 6 ** i) % 5) + 1);
      const { score } = scoreBriefResilience(answers)!;
      expect(score).toBeGreaterThanOrEqual(1);
      expect(score).toBeLessThanOrEqual(5);
    }
  });

  it.each([
    ['item 1 unanswered', [null, 1, 5, 1, 5, 1]],
    ['a reversed item unanswered', [5, 1, 5, undefined, 5, 1]],
    ['nothing answered', [null, null, null, null, null, null]],
  ])('gives no score with %s (no score if any item is missing)', (_what, answers) => {
    expect(scoreBriefResilience(answers)).toBeNull();
  });

  it.each([
    ['five answers', [3, 3, 3, 3, 3]],
    ['seven answers', [3, 3, 3, 3, 3, 3, 3]],
    ['an answer of 0', [3, 0, 3, 3, 3, 3]],
    ['an answer of 6', [3, 3, 3, 3, 3, 6]],
    ['a fractional answer', [2.5, 3, 3, 3, 3, 3]],
  ])('throws for %s', (_what, answers) => {
    expect(() => scoreBriefResilience(answers)).toThrow(RangeError);
  });
});
