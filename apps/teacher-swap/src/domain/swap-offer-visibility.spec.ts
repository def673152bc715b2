import type { Caller, Role } from '@ekst/auth';
import {
  canSeeOffer,
  mayCreateOffer,
  mayWithdraw,
  swapOfferScopeFor,
} from './swap-offer-visibility';

const ME = '3c2b1a00-0000-4000-8000-0000000000a1';
const OTHER = '3c2b1a00-0000-4000-8000-0000000000a2';
const caller = (roles: Role[], overrides: Partial<Caller> = {}): Caller => ({
  kind: 'person',
  subject: ME,
  roles,
  partnerId: null,
  ...overrides,
});
const offer = (teacherId: string, status: string) => ({ teacherId, status });

describe('who sees which offer', () => {
  it.each([
    // roles, someone else's open, someone else's withdrawn, my withdrawn
    [['COORDINATOR'], true, true, true],
    [['HEAD'], true, false, true],
    [['CHAMPION'], true, false, true],
    [['TEACHER'], true, false, true],
    [['STUDENT'], false, false, false],
    [['FINANCE'], false, false, false],
    [['AMBASSADOR'], false, false, false],
    [['ASSOCIATE'], false, false, false],
  ] as Array<[Role[], boolean, boolean, boolean]>)(
    '%j: open=%s withdrawn=%s own withdrawn=%s',
    (roles, open, withdrawn, own) => {
      const scope = swapOfferScopeFor(caller(roles));
      expect([
        canSeeOffer(scope, offer(OTHER, 'OPEN')),
        canSeeOffer(scope, offer(OTHER, 'WITHDRAWN')),
        canSeeOffer(scope, offer(ME, 'WITHDRAWN')),
      ]).toEqual([open, withdrawn, own]);
    },
  );
});

describe('who may create and withdraw', () => {
  it('only a teacher person creates offers', () => {
    expect(mayCreateOffer(caller(['TEACHER']))).toBe(true);
    expect(mayCreateOffer(caller(['CHAMPION', 'TEACHER']))).toBe(true);
    expect(mayCreateOffer(caller(['HEAD']))).toBe(false);
    expect(mayCreateOffer(caller(['COORDINATOR']))).toBe(false);
    expect(mayCreateOffer(caller(['TEACHER'], { kind: 'api-key' }))).toBe(false);
  });

  it('the owner or the coordinator withdraws', () => {
    expect(mayWithdraw(caller(['TEACHER']), { teacherId: ME })).toBe(true);
    expect(mayWithdraw(caller(['TEACHER']), { teacherId: OTHER })).toBe(false);
    expect(mayWithdraw(caller(['HEAD']), { teacherId: OTHER })).toBe(false);
    expect(mayWithdraw(caller(['COORDINATOR']), { teacherId: OTHER })).toBe(true);
  });
});
