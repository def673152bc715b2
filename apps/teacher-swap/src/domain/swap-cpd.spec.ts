import type { SwapStatus } from './swap-lifecycle';
import type { SwapForCpd } from './swap-cpd';
import { maySeeSwapCpd, swapCpdOf } from './swap-cpd';

const ME = 'me';
const swap = (
  status: SwapStatus,
  side: 'visiting' | 'host',
  startsOn = '2026-03-02',
  endsOn = '2026-03-03',
): SwapForCpd => ({
  status,
  visitingTeacherId: side === 'visiting' ? ME : 'other',
  hostTeacherId: side === 'host' ? ME : 'other',
  startsOn,
  endsOn,
});

describe('swapCpdOf', () => {
  it('is all zero without swaps', () => {
    expect(swapCpdOf(ME, [])).toEqual({ completedSwaps: 0, visited: 0, hosted: 0, days: 0 });
  });

  it('counts completed and reflected swaps, visiting and hosting, with their days included at both ends', () => {
    expect(
      swapCpdOf(ME, [
        swap('COMPLETED', 'visiting', '2026-03-02', '2026-03-02'),
        swap('REFLECTED', 'host', '2026-03-30', '2026-04-02'),
      ]),
    ).toEqual({ completedSwaps: 2, visited: 1, hosted: 1, days: 5 });
  });

  it('counts days across a month end and the spring clock change', () => {
    expect(swapCpdOf(ME, [swap('COMPLETED', 'visiting', '2026-03-28', '2026-04-01')]).days).toBe(5);
  });

  it.each<SwapStatus>(['PROPOSED', 'APPROVED', 'CHECKS_CONFIRMED', 'SCHEDULED', 'WITHDRAWN'])(
    'leaves out a %s swap: it has not happened',
    (status) => {
      expect(swapCpdOf(ME, [swap(status, 'visiting')]).completedSwaps).toBe(0);
    },
  );

  it("leaves out another teacher's swap", () => {
    const theirs = { ...swap('COMPLETED', 'host'), hostTeacherId: 'x', visitingTeacherId: 'y' };
    expect(swapCpdOf(ME, [theirs]).completedSwaps).toBe(0);
  });
});

describe('maySeeSwapCpd', () => {
  const person = { id: 'AB-teacher', partnerId: 'school' };
  it.each([
    ['the coordinator', true, { kind: 'all' } as const],
    ['the person', true, { kind: 'school-or-own', partnerId: null, selfId: 'ab-teacher' } as const],
    [
      'the head of their school',
      true,
      { kind: 'school-or-own', partnerId: 'school', selfId: 'head' } as const,
    ],
    [
      'the head of another school',
      false,
      { kind: 'school-or-own', partnerId: 'other', selfId: 'head' } as const,
    ],
    [
      'another teacher',
      false,
      { kind: 'school-or-own', partnerId: null, selfId: 'colleague' } as const,
    ],
    ['anyone else', false, { kind: 'none' } as const],
  ])('%s sees it: %s', (_who, expected, scope) => {
    expect(maySeeSwapCpd(scope, person)).toBe(expected);
  });

  it('shows no head the record of a person not known here', () => {
    const scope = { kind: 'school-or-own', partnerId: 'school', selfId: 'head' } as const;
    expect(maySeeSwapCpd(scope, { id: 'x', partnerId: null })).toBe(false);
  });
});
