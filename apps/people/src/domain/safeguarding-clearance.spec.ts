import { londonDate } from '@ekst/subgraph-kit';
import { clearanceOn, safeguardingInputSchema } from './safeguarding-clearance';
import type { CheckLike } from './safeguarding-clearance';

const dbs: CheckLike = {
  kind: 'ENHANCED_DBS_BARRED_LIST',
  checkedOn: '2024-09-01',
  reviewOn: '2027-08-31',
};

describe('clearanceOn', () => {
  it.each([
    ['before the check', [dbs], '2024-08-31', false],
    ['on the day of the check', [dbs], '2024-09-01', true],
    ['on the review date', [dbs], '2027-08-31', true],
    ['after the review date', [dbs], '2027-09-01', false],
    ['with no checks', [], '2025-01-01', false],
    [
      'with an enhanced DBS without barred list only',
      [{ ...dbs, kind: 'ENHANCED_DBS' }],
      '2025-01-01',
      false,
    ],
    ['with an identity check only', [{ ...dbs, kind: 'IDENTITY' }], '2025-01-01', false],
    [
      "with the employer's written confirmation",
      [{ ...dbs, kind: 'EMPLOYER_CONFIRMATION' }],
      '2025-01-01',
      true,
    ],
  ] as Array<[string, CheckLike[], string, boolean]>)(
    '%s: cleared=%s',
    (_name, checks, on, cleared) => {
      expect(clearanceOn(checks, on).cleared).toBe(cleared);
    },
  );

  it('answers the latest valid-until of the checks that clear', () => {
    const later: CheckLike = {
      kind: 'EMPLOYER_CONFIRMATION',
      checkedOn: '2025-01-01',
      reviewOn: '2028-01-01',
    };
    expect(clearanceOn([dbs, later], '2025-06-01')).toEqual({
      cleared: true,
      basis: 'EMPLOYER_CONFIRMATION',
      validUntil: '2028-01-01',
    });
  });
});

describe('safeguardingInputSchema', () => {
  const ok = {
    kind: 'ENHANCED_DBS_BARRED_LIST',
    reference: '001234567890',
    checkedOn: '2025-01-01',
    checkedBy: 'HR',
    reviewOn: '2028-01-01',
  };
  const fields = (input: object) => {
    const r = safeguardingInputSchema('2025-06-01').safeParse(input);
    return r.success ? [] : r.error.issues.map((i) => i.path.join('.'));
  };
  it('accepts metadata', () => expect(fields(ok)).toEqual([]));
  it.each([
    [
      'free text in the reference (no certificate contents)',
      { ...ok, reference: 'Conviction: none; notes follow…' },
      ['reference'],
    ],
    ['a check in the future', { ...ok, checkedOn: '2025-07-01' }, ['checkedOn']],
    ['a review before the check', { ...ok, reviewOn: '2024-12-31' }, ['reviewOn']],
    ['a date that is not a date', { ...ok, reviewOn: '31/12/2027' }, ['reviewOn']],
  ])('refuses %s', (_name, input, expected) => expect(fields(input)).toEqual(expected));
});

describe("londonDate: the date in the partnership's zone (Europe/London)", () => {
  it.each([
    ['2026-06-30T23:30:00Z', '2026-07-01'], // 00:30 BST: already the next day in London
    ['2026-06-30T12:00:00Z', '2026-06-30'],
    ['2026-12-31T23:30:00Z', '2026-12-31'], // GMT = UTC in winter
  ])('%s is %s', (at, day) => expect(londonDate(new Date(at))).toBe(day));
});
