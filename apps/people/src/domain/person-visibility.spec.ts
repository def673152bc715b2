import type { Caller, Role } from '@ekst/auth';
import {
  canSeeEmail,
  canSeePerson,
  mayRegister,
  personScopeFor,
  seesNobody,
} from './person-visibility';

const SCHOOL_A = '0a6e2f4c-1111-4c5e-8f00-00000000000a';
const SCHOOL_B = '0a6e2f4c-2222-4c5e-8f00-00000000000b';
const ME = '5b1d7c3e-0000-4a2b-9c00-0000000000e1';
const COLLEAGUE = { id: '5b1d7c3e-0000-4a2b-9c00-0000000000e2', partnerId: SCHOOL_A };
const STRANGER = { id: '5b1d7c3e-0000-4a2b-9c00-0000000000e3', partnerId: SCHOOL_B };
const SELF = { id: ME, partnerId: SCHOOL_A };

function caller(roles: Role[], overrides: Partial<Caller> = {}): Caller {
  return { kind: 'person', subject: ME, roles, partnerId: SCHOOL_A, ...overrides };
}
const see = (c: Caller, p: { id: string; partnerId: string }) => canSeePerson(personScopeFor(c), p);

describe('who sees whom', () => {
  it.each([
    // caller roles, self, colleague, other partner's person
    [['COORDINATOR'], true, true, true],
    [['HEAD'], true, true, false],
    [['CHAMPION'], true, true, false],
    [['TEACHER'], true, true, false],
    [['STUDENT'], true, false, false],
    [['FINANCE'], true, false, false],
    [['AMBASSADOR'], true, false, false],
    [['ASSOCIATE'], true, false, false],
  ] as Array<[Role[], boolean, boolean, boolean]>)(
    '%j sees self=%s colleague=%s stranger=%s',
    (roles, self, colleague, stranger) => {
      const c = caller(roles);
      expect([see(c, SELF), see(c, COLLEAGUE), see(c, STRANGER)]).toEqual([
        self,
        colleague,
        stranger,
      ]);
    },
  );

  it('an associate API key sees nobody, and the scope says so without a query', () => {
    const key = caller(['ASSOCIATE'], { kind: 'api-key', subject: 'key-1', partnerId: SCHOOL_B });
    expect(seesNobody(personScopeFor(key))).toBe(true);
    expect([see(key, SELF), see(key, STRANGER)]).toEqual([false, false]);
  });

  it('a teacher with no partner sees only themself', () => {
    const c = caller(['TEACHER'], { partnerId: null });
    expect([see(c, SELF), see(c, COLLEAGUE)]).toEqual([true, false]);
  });
});

describe('who sees an email address', () => {
  it.each([
    [['COORDINATOR'], true, true],
    [['HEAD'], true, false],
    [['CHAMPION'], true, false],
    [['TEACHER'], false, false],
    [['FINANCE'], false, false],
  ] as Array<[Role[], boolean, boolean]>)(
    '%j: colleague=%s stranger=%s',
    (roles, colleague, stranger) => {
      const c = caller(roles);
      expect([canSeeEmail(c, COLLEAGUE), canSeeEmail(c, STRANGER)]).toEqual([colleague, stranger]);
    },
  );

  it('everyone sees their own', () => {
    expect(canSeeEmail(caller(['TEACHER']), SELF)).toBe(true);
  });
});

describe('who may register people', () => {
  it.each([
    [['COORDINATOR'], SCHOOL_B, ['COORDINATOR'], true],
    [['CHAMPION'], SCHOOL_A, ['TEACHER'], true],
    [['HEAD'], SCHOOL_A, ['STUDENT'], true],
    [['CHAMPION'], SCHOOL_B, ['TEACHER'], false],
    [['CHAMPION'], SCHOOL_A, ['COORDINATOR'], false],
    [['HEAD'], SCHOOL_A, ['HEAD', 'COORDINATOR'], false],
    [['TEACHER'], SCHOOL_A, ['STUDENT'], false],
    [['STUDENT'], SCHOOL_A, ['STUDENT'], false],
  ] as Array<[Role[], string, Role[], boolean]>)(
    '%j registering at %s as %j: %s',
    (roles, partnerId, newRoles, allowed) => {
      expect(mayRegister(caller(roles), partnerId, newRoles)).toBe(allowed);
    },
  );
});
