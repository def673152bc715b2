import type { Role } from '@ekst/auth';
import type { SwapStatus } from './swap-lifecycle';
import type { SwapSideNow } from './swap-review';
import { swapReviewReason } from './swap-review';

const HOST_SCHOOL = 'host-school';
const VISITING_SCHOOL = 'visiting-school';
const swap = (status: SwapStatus = 'SCHEDULED') => ({
  status,
  hostTeacherId: 'host',
  visitingTeacherId: 'visitor',
  hostPartnerId: HOST_SCHOOL,
  visitingPartnerId: VISITING_SCHOOL,
});
const side = (
  partnerId: string,
  over: {
    roles?: Role[];
    sector?: 'STATE' | 'INDEPENDENT' | 'HIGHER_EDUCATION';
    left?: boolean;
  } = {},
): SwapSideNow => ({
  teacher: { partnerId, roles: over.roles ?? ['TEACHER'] },
  partner: { sector: over.sector ?? 'STATE', status: over.left ? 'LEFT' : 'ACTIVE' },
});
const host = side(HOST_SCHOOL);
const visiting = side(VISITING_SCHOOL, { sector: 'INDEPENDENT' });

describe('swapReviewReason', () => {
  it.each<SwapStatus>(['PROPOSED', 'APPROVED', 'CHECKS_CONFIRMED', 'SCHEDULED'])(
    'is null for a %s swap whose teachers are still eligible at their schools',
    (status) => {
      expect(swapReviewReason(swap(status), host, visiting)).toBeNull();
    },
  );

  it.each<[string, SwapSideNow, RegExp]>([
    [
      'lost the TEACHER role',
      side(HOST_SCHOOL, { roles: ['HEAD'] }),
      /host teacher: only teachers/,
    ],
    [
      'whose school left',
      side(HOST_SCHOOL, { left: true }),
      /host teacher: .*left the partnership/,
    ],
    [
      'moved to a university',
      side('university', { sector: 'HIGHER_EDUCATION' }),
      /host teacher: swaps are between state and independent/,
    ],
    ['moved within the sector', side('another-state-school'), /host teacher has moved/],
    [
      'moved across sectors',
      side('an-independent-school', { sector: 'INDEPENDENT' }),
      /host teacher has moved/,
    ],
    ['erased', { teacher: null, partner: null }, /host teacher: .*not known/],
  ])('flags a live swap whose host teacher %s', (_name, hostNow, reason) => {
    expect(swapReviewReason(swap('APPROVED'), hostNow, visiting)).toMatch(reason);
  });

  it('names both sides, host first, when both need review', () => {
    expect(
      swapReviewReason(swap(), side(HOST_SCHOOL, { roles: ['HEAD'] }), side('elsewhere')),
    ).toBe(
      'the host teacher: only teachers can offer a swap; ' +
        'the visiting teacher has moved to another school since the swap was matched',
    );
  });

  it.each<SwapStatus>(['COMPLETED', 'REFLECTED', 'WITHDRAWN'])(
    'never flags a %s swap: it is no longer to happen',
    (status) => {
      expect(swapReviewReason(swap(status), side('elsewhere'), side('elsewhere'))).toBeNull();
    },
  );
});
