import { scoreSwemwbs, swemwbsMetric } from './swemwbs';

// Transcribed from DOMAIN.md independently of the module's table, so a typo in either fails.
const TABLE: Array<[raw: number, metric: number]> = [
  [7, 7.0],
  [8, 9.51],
  [9, 11.25],
  [10, 12.4],
  [11, 13.33],
  [12, 14.08],
  [13, 14.75],
  [14, 15.32],
  [15, 15.84],
  [16, 16.36],
  [17, 16.88],
  [18, 17.43],
  [19, 17.98],
  [20, 18.59],
  [21, 19.25],
  [22, 19.98],
  [23, 20.73],
  [24, 21.54],
  [25, 22.35],
  [26, 23.21],
  [27, 24.11],
  [28, 25.03],
  [29, 26.02],
  [30, 27.03],
  [31, 28.13],
  [32, 29.31],
  [33, 30.7],
  [34, 32.55],
  [35, 35.0],
];

/** Seven answers of 1–5 that add up to `raw`, filled from the first item. */
function answersSummingTo(raw: number): number[] {
  const answers = Array<number>(7).fill(1);
  let extra = raw - 7;
  for (let i = 0; i < 7 && extra > 0; i += 1) {
    const add = Math.min(4, extra);
    answers[i] += add;
    extra -= add;
  }
  return answers;
}

describe('SWEMWBS raw → metric table', () => {
  it('has a row for every possible raw score, 7 to 35', () => {
    expect(TABLE.map(([raw]) => raw)).toEqual(Array.from({ length: 29 }, (_, i) => i + 7));
  });

  it.each(TABLE)('raw %i converts to metric %d', (raw, metric) => {
    expect(swemwbsMetric(raw)).toBe(metric);
  });

  it.each(TABLE)('seven answers summing to %i score raw %i, metric %d', (raw, metric) => {
    const answers = answersSummingTo(raw);
    expect(answers.reduce((a, b) => a + b, 0)).toBe(raw);
    expect(scoreSwemwbs(answers)).toEqual({ raw, metric });
  });

  it('only ever increases with the raw score', () => {
    for (let raw = 8; raw <= 35; raw += 1)
      expect(swemwbsMetric(raw)).toBeGreaterThan(swemwbsMetric(raw - 1));
  });

  it.each([[6], [36], [0], [-7], [20.5], [Number.NaN]])(
    'refuses raw %d, which no response can produce',
    (raw) => {
      expect(() => swemwbsMetric(raw)).toThrow(RangeError);
    },
  );
});

describe('scoreSwemwbs', () => {
  it('does not depend on which items carry which answers', () => {
    expect(scoreSwemwbs([5, 1, 4, 2, 3, 3, 3])).toEqual({ raw: 21, metric: 19.25 });
    expect(scoreSwemwbs([3, 3, 3, 3, 3, 2, 4])).toEqual({ raw: 21, metric: 19.25 });
  });

  describe('incomplete responses: no score if any item is missing', () => {
    it.each([
      ['the first item unanswered', [null, 3, 3, 3, 3, 3, 3]],
      ['the last item unanswered', [3, 3, 3, 3, 3, 3, undefined]],
      ['a middle item unanswered', [5, 5, 5, null, 5, 5, 5]],
      ['all but one unanswered', [null, null, null, null, null, null, 4]],
      ['nothing answered', [null, null, null, null, null, null, null]],
    ])('gives no score with %s', (_what, answers) => {
      expect(scoreSwemwbs(answers)).toBeNull();
    });

    it('does not prorate: six answers of 5 and one missing is no score, not 35', () => {
      expect(scoreSwemwbs([5, 5, 5, 5, 5, 5, null])).toBeNull();
    });
  });

  describe('malformed responses are errors, not missing answers', () => {
    it.each([
      ['six answers', [3, 3, 3, 3, 3, 3]],
      ['eight answers', [3, 3, 3, 3, 3, 3, 3, 3]],
      ['an answer of 0', [0, 3, 3, 3, 3, 3, 3]],
      ['an answer of 6', [3, 3, 3, 6, 3, 3, 3]],
      ['a fractional answer', [3, 3, 3, 3.5, 3, 3, 3]],
      ['a missing item beside a bad one', [null, 3, 3, 9, 3, 3, 3]],
    ])('throws for %s', (_what, answers) => {
      expect(() => scoreSwemwbs(answers)).toThrow(RangeError);
    });
  });
});
