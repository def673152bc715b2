import { decideLeaving, decideRejoining, periodsOverlap, summariseMembership } from './membership';

describe('periodsOverlap', () => {
  it.each([
    // a, b, overlap?
    [['2020-09-01', '2022-07-31'], ['2022-08-01', null], false],
    [['2020-09-01', '2022-07-31'], ['2022-07-31', null], true], // the leaving day is still a member's day
    [['2020-09-01', null], ['2030-01-01', null], true], // an open period runs for ever
    [['2020-09-01', '2021-01-01'], ['2019-01-01', '2020-09-01'], true],
    [['2020-09-01', '2021-01-01'], ['2019-01-01', '2020-08-31'], false],
  ] as const)('%j and %j overlap: %s', (a, b, expected) => {
    const pa = { joinedOn: a[0], leftOn: a[1] };
    const pb = { joinedOn: b[0], leftOn: b[1] };
    expect(periodsOverlap(pa, pb)).toBe(expected);
    expect(periodsOverlap(pb, pa)).toBe(expected);
  });
});

describe('summariseMembership', () => {
  it('is ACTIVE with the open period’s join date', () => {
    expect(
      summariseMembership([
        { joinedOn: '2024-09-01', leftOn: null },
        { joinedOn: '2019-09-01', leftOn: '2021-07-31' },
      ]),
    ).toEqual({ joinedOn: '2024-09-01', leftOn: null, status: 'ACTIVE' });
  });
  it('is LEFT with the latest period’s dates once it is closed', () => {
    expect(
      summariseMembership([
        { joinedOn: '2019-09-01', leftOn: '2021-07-31' },
        { joinedOn: '2022-09-01', leftOn: '2025-07-31' },
      ]),
    ).toEqual({ joinedOn: '2022-09-01', leftOn: '2025-07-31', status: 'LEFT' });
  });
  it('refuses to summarise no periods (every partner has one)', () => {
    expect(() => summariseMembership([])).toThrow();
  });
});

describe('decideLeaving', () => {
  const open = { joinedOn: '2024-09-01', leftOn: null };
  it('closes the open period', () => {
    expect(decideLeaving([open], '2026-07-31')).toEqual({
      ok: true,
      value: { open, closed: { joinedOn: '2024-09-01', leftOn: '2026-07-31' } },
    });
  });
  it('refuses a partner that has already left', () => {
    const r = decideLeaving([{ joinedOn: '2024-09-01', leftOn: '2025-01-01' }], '2026-07-31');
    expect(r).toMatchObject({ ok: false, refusal: { code: 'ALREADY_LEFT' } });
  });
  it('refuses a leaving date before the period began', () => {
    expect(decideLeaving([open], '2024-08-31')).toMatchObject({
      ok: false,
      refusal: { code: 'INVALID', field: 'leftOn' },
    });
  });
  it('allows leaving on the day it joined', () => {
    expect(decideLeaving([open], '2024-09-01').ok).toBe(true);
  });
});

describe('decideRejoining', () => {
  const left = { joinedOn: '2020-09-01', leftOn: '2023-07-31' };
  it('opens a new period after the last leaving date', () => {
    expect(decideRejoining([left], '2023-08-01')).toEqual({
      ok: true,
      value: { joinedOn: '2023-08-01', leftOn: null },
    });
  });
  it('refuses a period starting on or before the last leaving date', () => {
    expect(decideRejoining([left], '2023-07-31')).toMatchObject({
      ok: false,
      refusal: { code: 'OVERLAPPING_PERIOD', field: 'joinedOn' },
    });
    expect(decideRejoining([left], '2019-01-01')).toMatchObject({
      ok: false,
      refusal: { code: 'OVERLAPPING_PERIOD' },
    });
  });
  it('refuses a partner that is still a member', () => {
    expect(decideRejoining([{ joinedOn: '2020-09-01', leftOn: null }], '2030-01-01')).toMatchObject(
      { ok: false, refusal: { code: 'OVERLAPPING_PERIOD' } },
    );
  });
  it('checks every earlier period, not only the latest', () => {
    const periods = [left, { joinedOn: '2024-09-01', leftOn: '2025-07-31' }];
    expect(decideRejoining(periods, '2025-08-01').ok).toBe(true);
    expect(decideRejoining(periods, '2025-07-01').ok).toBe(false);
  });
});
