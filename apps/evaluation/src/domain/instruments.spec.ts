import {
  ageBandOfYearGroup,
  INSTRUMENT_REGISTRY,
  INSTRUMENTS,
  instrumentForYearGroups,
  instrumentSuitsAge,
  instrumentSuitsAgeBand,
  listInstruments,
  scoreInstrument,
} from './instruments';

describe('instrument registry', () => {
  it('lists every instrument once, in order, each under its own code', () => {
    expect(listInstruments().map((i) => i.code)).toEqual([...INSTRUMENTS]);
    for (const code of INSTRUMENTS) expect(INSTRUMENT_REGISTRY[code].code).toBe(code);
  });

  it.each([
    ['SWEMWBS', 7, 15, 21],
    ['WEMWBS', 14, 13, null],
    ['STIRLING', 12, 8, 15],
    ['BRIEF_RESILIENCE', 6, null, null],
    ['CUSTOM', 3, null, null],
  ] as const)('%s has %s items, ages %s–%s', (code, items, minAge, maxAge) => {
    expect(INSTRUMENT_REGISTRY[code]).toMatchObject({ itemCount: items, minAge, maxAge });
  });

  it.each(INSTRUMENTS)('%s words each scored item and the five points of its scale', (code) => {
    const i = INSTRUMENT_REGISTRY[code];
    expect(i.items).toHaveLength(i.itemCount);
    expect(new Set(i.items).size).toBe(i.itemCount);
    for (const text of i.items) expect(text.trim()).toMatch(/^\S.{9,}$/);
    expect(i.scaleLabels).toHaveLength(i.responseScale.max - i.responseScale.min + 1);
  });

  it('SWEMWBS is seven of the WEMWBS statements, unaltered and in their order', () => {
    const positions = INSTRUMENT_REGISTRY.SWEMWBS.items.map((t) =>
      INSTRUMENT_REGISTRY.WEMWBS.items.indexOf(t),
    );
    expect(positions).toEqual([0, 1, 2, 5, 6, 8, 10]);
    expect(INSTRUMENT_REGISTRY.SWEMWBS.scaleLabels).toEqual(INSTRUMENT_REGISTRY.WEMWBS.scaleLabels);
  });

  it('carries the copyright line for the Warwick-Edinburgh scales', () => {
    expect(INSTRUMENT_REGISTRY.SWEMWBS.licenceNotice).toMatch(
      /^Short Warwick Edinburgh Mental Wellbeing Scale \(SWEMWBS\) ©.*2008, all rights reserved\.$/,
    );
    expect(INSTRUMENT_REGISTRY.WEMWBS.licenceNotice).toMatch(
      /\(WEMWBS\) ©.*2006, all rights reserved\.$/,
    );
  });

  it.each([
    ['STIRLING', 8, true],
    ['STIRLING', 15, true],
    ['STIRLING', 16, false],
    ['SWEMWBS', 14, false],
    ['SWEMWBS', 15, true],
    ['SWEMWBS', 22, false],
    ['WEMWBS', 12, false],
    ['WEMWBS', 60, true],
    ['CUSTOM', 11, true],
  ] as const)('%s suits age %i: %s', (code, age, suits) => {
    expect(instrumentSuitsAge(INSTRUMENT_REGISTRY[code], age)).toBe(suits);
  });
});

describe('scoreInstrument', () => {
  it.each([
    ['SWEMWBS', [3, 3, 3, 3, 3, 3, 3], 19.25],
    ['SWEMWBS', [5, 5, 5, 5, 5, 5, 5], 35],
    ['WEMWBS', Array(14).fill(4), 56],
    ['STIRLING', Array(12).fill(2), 24],
    ['BRIEF_RESILIENCE', [5, 1, 5, 1, 5, 1], 5],
    ['CUSTOM', [3, 4, 5], 4],
  ] as const)('scores %s %j as %d, within its stated range', (code, answers, expected) => {
    const score = scoreInstrument(code, answers)!;
    expect(score).toBeCloseTo(expected, 10);
    expect(score).toBeGreaterThanOrEqual(INSTRUMENT_REGISTRY[code].scoreRange.min);
    expect(score).toBeLessThanOrEqual(INSTRUMENT_REGISTRY[code].scoreRange.max);
  });

  it('gives every instrument the same rule for incomplete responses: no score', () => {
    for (const code of INSTRUMENTS) {
      const answers = Array<number | null>(INSTRUMENT_REGISTRY[code].itemCount).fill(3);
      answers[0] = null;
      expect(scoreInstrument(code, answers)).toBeNull();
    }
  });
});

describe('age bands', () => {
  it.each([
    [7, 11, 12],
    [8, 12, 13],
    [9, 13, 14],
    [10, 14, 15],
    [11, 15, 16],
    [12, 16, 17],
    [13, 17, 18],
  ])('year %i is aged %i–%i', (year, minAge, maxAge) => {
    expect(ageBandOfYearGroup(year)).toEqual({ minAge, maxAge });
  });

  it.each([[0], [14], [7.5]])('refuses year group %d', (year) => {
    expect(() => ageBandOfYearGroup(year)).toThrow(RangeError);
  });

  it.each([
    ['STIRLING', 7, true],
    ['STIRLING', 10, true],
    ['STIRLING', 11, false],
    ['WEMWBS', 8, false],
    ['WEMWBS', 9, true],
    ['WEMWBS', 13, true],
    ['SWEMWBS', 10, false],
    ['SWEMWBS', 11, true],
    ['SWEMWBS', 13, true],
    ['BRIEF_RESILIENCE', 7, true],
    ['CUSTOM', 7, true],
  ] as const)('%s suits year %i: %s', (code, year, suits) => {
    expect(instrumentSuitsAgeBand(INSTRUMENT_REGISTRY[code], ageBandOfYearGroup(year))).toBe(suits);
  });

  it.each([
    [[11, 12, 13], 'SWEMWBS'],
    [[9, 10], 'WEMWBS'],
    [[7, 8], 'STIRLING'],
    [[7, 8, 9, 10], 'STIRLING'],
    [[8, 12], 'CUSTOM'],
    [[], 'CUSTOM'],
  ] as const)('chooses one instrument for years %j: %s', (years, code) => {
    expect(instrumentForYearGroups(years)).toBe(code);
  });
});
