import {
  academicYearOf,
  confidenceInterval95,
  doseBandsOf,
  reportCell,
  tQuantile975,
} from './statistics';

describe('tQuantile975', () => {
  // Exact values from published t tables.
  it.each([
    [9, 2.262157],
    [10, 2.228139],
    [19, 2.093024],
    [29, 2.04523],
    [99, 1.984217],
    [1000, 1.962339],
  ])('df %i: %d', (df, exact) => {
    expect(Math.abs(tQuantile975(df) - exact)).toBeLessThan(0.001);
  });
});

describe('confidenceInterval95', () => {
  it('is mean ± t(0.975, n − 1) · sd / √n', () => {
    // n = 10, mean 2, sd 3: half-width 2.262157 · 3 / √10 = 2.1461
    const ci = confidenceInterval95(2, 3, 10);
    expect(ci.low).toBeCloseTo(2 - 2.1461, 3);
    expect(ci.high).toBeCloseTo(2 + 2.1461, 3);
  });
});

describe('reportCell', () => {
  it('suppresses a cell of fewer than 10 people entirely', () => {
    for (const n of [null, 1, 9]) {
      expect(reportCell({ n, mean: 1.5, sd: 2 })).toEqual({
        n: null,
        meanChange: null,
        sd: null,
        ciLow: null,
        ciHigh: null,
        suppressed: true,
        tooFewToConclude: true,
      });
    }
  });

  it('shows 10 to 29 people with a warning, 30 and more without', () => {
    expect(reportCell({ n: 10, mean: 1, sd: 1 })).toMatchObject({
      n: 10,
      suppressed: false,
      tooFewToConclude: true,
    });
    expect(reportCell({ n: 29, mean: 1, sd: 1 }).tooFewToConclude).toBe(true);
    expect(reportCell({ n: 30, mean: 1, sd: 1 }).tooFewToConclude).toBe(false);
  });
});

describe('doseBandsOf', () => {
  it.each([
    [0, ['ALL']],
    [1, ['ALL', 'ONE']],
    [2, ['ALL', 'TWO_PLUS']],
    [3, ['ALL', 'TWO_PLUS']],
    [4, ['ALL', 'TWO_PLUS', 'FOUR_PLUS']],
    [9, ['ALL', 'TWO_PLUS', 'FOUR_PLUS']],
  ])('dose %i falls in %j', (dose, bands) => {
    expect(doseBandsOf(dose)).toEqual(bands);
  });
});

describe('academicYearOf', () => {
  it.each([
    ['2025-09-01T00:30:00+01:00', 2025],
    ['2025-08-31T23:30:00Z', 2025], // already 1 September in London
    ['2025-08-31T22:30:00Z', 2024],
    ['2026-03-14T12:00:00Z', 2025],
    ['2026-01-01T00:00:00Z', 2025],
  ])('%s is in academic year %i', (at, year) => {
    expect(academicYearOf(new Date(at))).toBe(year);
  });
});
