import type { Caller, Role } from '@ekst/auth';
import {
  isHandled,
  mayHandleRectification,
  mayRequestRectification,
  rectificationPatch,
  reasonText,
} from './rectification';

const WESTGATE = '00000000-0000-4000-8000-00000000aaaa';
const HARTLEY = '00000000-0000-4000-8000-00000000bbbb';
const STUDENT = {
  id: '00000000-0000-4000-8000-000000000001',
  partnerId: WESTGATE,
  roles: ['STUDENT'] as Role[],
};
const COLLEAGUE = {
  id: '00000000-0000-4000-8000-000000000002',
  partnerId: WESTGATE,
  roles: ['TEACHER'] as Role[],
};
const caller = (
  roles: Role[],
  partnerId: string | null,
  subject = '00000000-0000-4000-8000-0000000000ff',
): Caller => ({
  kind: 'person',
  subject,
  roles,
  partnerId,
});

describe('mayRequestRectification', () => {
  it.each([
    ['the student themself', caller(['STUDENT'], WESTGATE, STUDENT.id), STUDENT, 'allowed'],
    ['another student of the school', caller(['STUDENT'], WESTGATE), STUDENT, 'not-visible'],
    ['a teacher of the school, for a student', caller(['TEACHER'], WESTGATE), STUDENT, 'allowed'],
    ['a champion of the school, for a student', caller(['CHAMPION'], WESTGATE), STUDENT, 'allowed'],
    ['a head of the school, for a student', caller(['HEAD'], WESTGATE), STUDENT, 'allowed'],
    ['a teacher of another school', caller(['TEACHER'], HARTLEY), STUDENT, 'not-visible'],
    ['a teacher, for a colleague', caller(['TEACHER'], WESTGATE), COLLEAGUE, 'forbidden'],
    ['the colleague themself', caller(['TEACHER'], WESTGATE, COLLEAGUE.id), COLLEAGUE, 'allowed'],
    ['finance of the school', caller(['FINANCE'], WESTGATE), STUDENT, 'not-visible'],
    [
      'the data protection lead, anywhere',
      caller(['DATA_PROTECTION_LEAD'], HARTLEY),
      COLLEAGUE,
      'allowed',
    ],
    ['the coordinator', caller(['COORDINATOR'], null), STUDENT, 'allowed'],
  ] as const)('%s: %s', (_name, who, person, expected) => {
    expect(mayRequestRectification(who, person)).toBe(expected);
  });

  it('an API key may not ask', () => {
    const key: Caller = {
      kind: 'api-key',
      subject: 'key-1',
      roles: ['COORDINATOR'],
      partnerId: null,
    };
    expect(mayRequestRectification(key, STUDENT)).toBe('forbidden');
  });
});

describe('mayHandleRectification', () => {
  it.each([
    [['DATA_PROTECTION_LEAD'], true],
    [['TEACHER', 'DATA_PROTECTION_LEAD'], true],
    [['COORDINATOR'], true],
    [['HEAD'], false],
    [['CHAMPION'], false],
    [['TEACHER'], false],
    [['STUDENT'], false],
  ] as Array<[Role[], boolean]>)('%j: %s', (roles, expected) => {
    expect(mayHandleRectification(caller(roles, WESTGATE))).toBe(expected);
  });
});

describe('rectificationPatch', () => {
  it('maps each field to updatePerson’s patch, trimmed', () => {
    expect(rectificationPatch('DISPLAY_NAME', ' Amira Okafor ')).toEqual({
      displayName: 'Amira Okafor',
    });
    expect(rectificationPatch('YEAR_GROUP', '11')).toEqual({ yearGroup: 11 });
    expect(rectificationPatch('EMAIL', 'a@b.org ')).toEqual({ email: 'a@b.org' });
    expect(rectificationPatch('PHONE', '01843 000000')).toEqual({ phone: '01843 000000' });
  });
  it('a year group that is not a whole number stays text, for the rules to reject', () => {
    expect(rectificationPatch('YEAR_GROUP', '11.5')).toEqual({ yearGroup: '11.5' });
    expect(rectificationPatch('YEAR_GROUP', 'eleven')).toEqual({ yearGroup: 'eleven' });
  });
});

describe('reasonText and isHandled', () => {
  it('a reason is 3 to 1000 characters once trimmed', () => {
    expect(reasonText('  ok ')).toBeNull();
    expect(reasonText(' why ')).toBe('why');
    expect(reasonText('x'.repeat(1000))).toHaveLength(1000);
    expect(reasonText('x'.repeat(1001))).toBeNull();
  });
  it('only an open request is unhandled', () => {
    expect(isHandled('OPEN')).toBe(false);
    expect(isHandled('APPLIED')).toBe(true);
    expect(isHandled('REFUSED')).toBe(true);
  });
});
