import type { Caller, Role } from '@ekst/auth';
import {
  checkInWarnings,
  photoConsentFromProjection,
  photoConsentRefusedFlag,
  photosAllowed,
  visibleCheckInCode,
} from './registration-fields';

const HOST = '6f1c1f0e-8a4b-4a53-9a6e-1d1b7b0f2a01';
const VISITOR = '6f1c1f0e-8a4b-4a53-9a6e-1d1b7b0f2a02';
const STUDENT = 'd1b7b0f2-0000-4000-8000-00000000000a';

function caller(
  roles: Role[],
  partnerId: string | null,
  subject = STUDENT.replace('a', 'b'),
): Caller {
  return { kind: 'person', subject, roles, partnerId };
}

describe('photo consent', () => {
  it.each([
    [null, 'NOT_RECORDED', false, true],
    [{ granted: false }, 'REFUSED', false, true],
    [{ granted: true }, 'ALLOWED', true, false],
  ] as const)(
    'projection row %j is %s: photos allowed %s, deprecated "refused" flag %s',
    (row, consent, allowed, refusedFlag) => {
      expect(photoConsentFromProjection(row)).toBe(consent);
      expect(photosAllowed(consent)).toBe(allowed);
      expect(photoConsentRefusedFlag(consent)).toBe(refusedFlag);
    },
  );

  it('warns "no photos" at check-in for REFUSED and NOT_RECORDED, not for ALLOWED', () => {
    expect(checkInWarnings({ photoConsent: 'REFUSED' })).toEqual(['NO_PHOTOS']);
    expect(checkInWarnings({ photoConsent: 'NOT_RECORDED' })).toEqual(['NO_PHOTOS']);
    expect(checkInWarnings({ photoConsent: 'ALLOWED' })).toEqual([]);
  });
});

describe('visibleCheckInCode', () => {
  const visiting = { personId: STUDENT, partnerId: VISITOR, checkInCode: 'ABC123' };
  it.each([
    ['the coordinator', caller(['COORDINATOR'], null), 'ABC123'],
    ['the student themself', caller(['STUDENT'], VISITOR, STUDENT), 'ABC123'],
    ["a teacher of the student's school", caller(['TEACHER'], VISITOR), 'ABC123'],
    ["a champion of the student's school", caller(['CHAMPION'], VISITOR), 'ABC123'],
    ['a champion of the host school', caller(['CHAMPION'], HOST), null],
    ['a head of the host school', caller(['HEAD'], HOST), null],
    ['a teacher of the host school', caller(['TEACHER'], HOST), null],
    ["another student of the student's school", caller(['STUDENT'], VISITOR), null],
  ])('%s sees %s', (_who, c, expected) => {
    expect(visibleCheckInCode(c, visiting)).toBe(expected);
  });
});
