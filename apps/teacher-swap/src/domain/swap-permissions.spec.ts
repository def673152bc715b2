import type { Caller, Role } from '@ekst/auth';
import {
  canSeeSwap,
  headSideOf,
  mayConfirmChecks,
  mayMatch,
  mayRunSwap,
  mayWithdrawSwap,
  swapScopeFor,
  teacherSideOf,
} from './swap-permissions';

const HOST_SCHOOL = '11111111-1111-4111-8111-111111111111';
const VISITING_SCHOOL = '22222222-2222-4222-8222-222222222222';
const OTHER_SCHOOL = '33333333-3333-4333-8333-333333333333';
const HOST_TEACHER = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa';
const VISITING_TEACHER = 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb';
const swap = {
  hostTeacherId: HOST_TEACHER,
  visitingTeacherId: VISITING_TEACHER,
  hostPartnerId: HOST_SCHOOL,
  visitingPartnerId: VISITING_SCHOOL,
};

function caller(roles: Role[], subject: string, partnerId: string | null): Caller {
  return { kind: 'person', subject, roles, partnerId };
}
const coordinator = caller(['COORDINATOR'], 'cccccccc-cccc-4ccc-8ccc-cccccccccccc', null);
const hostHead = caller(['HEAD'], 'dddddddd-dddd-4ddd-8ddd-dddddddddddd', HOST_SCHOOL);
const visitingHead = caller(['HEAD'], 'eeeeeeee-eeee-4eee-8eee-eeeeeeeeeeee', VISITING_SCHOOL);
const otherHead = caller(['HEAD'], 'ffffffff-ffff-4fff-8fff-ffffffffffff', OTHER_SCHOOL);
const hostTeacher = caller(['TEACHER'], HOST_TEACHER.toUpperCase(), HOST_SCHOOL);
const visitingTeacher = caller(['TEACHER'], VISITING_TEACHER, VISITING_SCHOOL);
const colleague = caller(['TEACHER'], '99999999-9999-4999-8999-999999999999', HOST_SCHOOL);
const champion = caller(['CHAMPION'], '88888888-8888-4888-8888-888888888888', HOST_SCHOOL);
const student = caller(['STUDENT'], '77777777-7777-4777-8777-777777777777', HOST_SCHOOL);

// who | sees | head side | teacher side | confirms checks | runs | withdraws | matches
const TABLE: Array<
  [string, Caller, boolean, string | null, string | null, boolean, boolean, boolean, boolean]
> = [
  ['coordinator', coordinator, true, null, null, false, true, true, true],
  ['host head', hostHead, true, 'HOST', null, true, true, true, false],
  ['visiting head', visitingHead, true, 'VISITING', null, false, false, true, false],
  ['head of another school', otherHead, false, null, null, false, false, false, false],
  ['host teacher (id in upper case)', hostTeacher, true, null, 'HOST', false, false, true, false],
  ['visiting teacher', visitingTeacher, true, null, 'VISITING', false, false, true, false],
  ['a colleague at the host school', colleague, false, null, null, false, false, false, false],
  ['champion', champion, false, null, null, false, false, false, false],
  ['student', student, false, null, null, false, false, false, false],
];

describe('swap permissions', () => {
  it.each(TABLE)(
    '%s',
    (_who, c, sees, headSide, teacherSide, confirms, runs, withdraws, matches) => {
      expect(canSeeSwap(swapScopeFor(c), swap)).toBe(sees);
      expect(headSideOf(c, swap)).toBe(headSide);
      expect(teacherSideOf(c, swap)).toBe(teacherSide);
      expect(mayConfirmChecks(c, swap)).toBe(confirms);
      expect(mayRunSwap(c, swap)).toBe(runs);
      expect(mayWithdrawSwap(c, swap)).toBe(withdraws);
      expect(mayMatch(c)).toBe(matches);
    },
  );

  it('gives roles that see no swaps the empty scope', () => {
    expect(swapScopeFor(student)).toEqual({ kind: 'none' });
    expect(swapScopeFor(champion)).toEqual({ kind: 'none' });
  });
});
