import {
  INSTRUMENT_REGISTRY,
  INSTRUMENTS,
  instrumentSuitsAge,
  listInstruments,
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
    ['CUSTOM', null, null, null],
  ] as const)('%s has %s items, ages %s–%s', (code, items, minAge, maxAge) => {
    expect(INSTRUMENT_REGISTRY[code]).toMatchObject({ itemCount: items, minAge, maxAge });
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
