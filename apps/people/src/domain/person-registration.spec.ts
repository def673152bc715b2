import { registerPersonSchema } from './person-registration';

const PARTNER = '7f8c4a52-3c1e-4d38-9a51-2b6f0e9d1a11';
const teacher = {
  partnerId: PARTNER,
  displayName: 'Maya Marden',
  roles: ['TEACHER'],
  email: 'maya.marden@school.example',
};
const student = { partnerId: PARTNER, displayName: 'Leo Larkin', roles: ['STUDENT'], yearGroup: 9 };

function fieldsRejected(input: Record<string, unknown>): string[] {
  const result = registerPersonSchema.safeParse(input);
  return result.success
    ? []
    : [...new Set(result.error.issues.map((i) => i.path.join('.')))].sort();
}

describe('registerPersonSchema', () => {
  it.each([
    ['a teacher with an email', teacher],
    ['a teacher without an email', { ...teacher, email: null }],
    ['an adult holding several roles', { ...teacher, roles: ['HEAD', 'CHAMPION', 'TEACHER'] }],
    ['a Year 7 student', { ...student, yearGroup: 7 }],
    ['a Year 13 student', { ...student, yearGroup: 13 }],
    ['a 2-character name', { ...teacher, displayName: 'Jo' }],
    ['a 100-character name', { ...teacher, displayName: 'x'.repeat(100) }],
  ])('accepts %s', (_name, input) => {
    expect(registerPersonSchema.safeParse(input).success).toBe(true);
  });

  it.each([
    ['a one-character name', { ...teacher, displayName: 'J' }, ['displayName']],
    ['a name that is only spaces', { ...teacher, displayName: '    ' }, ['displayName']],
    ['a 101-character name', { ...teacher, displayName: 'x'.repeat(101) }, ['displayName']],
    ['no roles', { ...teacher, roles: [] }, ['roles']],
    ['a repeated role', { ...teacher, roles: ['TEACHER', 'TEACHER'] }, ['roles']],
    ['an unknown role', { ...teacher, roles: ['JANITOR'] }, ['roles.0']],
    ['a student without a year group', { ...student, yearGroup: null }, ['yearGroup']],
    ['a Year 6 student', { ...student, yearGroup: 6 }, ['yearGroup']],
    ['a Year 14 student', { ...student, yearGroup: 14 }, ['yearGroup']],
    ['a fractional year group', { ...student, yearGroup: 8.5 }, ['yearGroup']],
    ['a student with an email', { ...student, email: 'leo@home.example' }, ['email']],
    ['a student who is also a teacher', { ...student, roles: ['STUDENT', 'TEACHER'] }, ['roles']],
    ['an adult with a year group', { ...teacher, yearGroup: 10 }, ['yearGroup']],
    ['an invalid email', { ...teacher, email: 'maya.marden' }, ['email']],
    ['an empty email', { ...teacher, email: '' }, ['email']],
    ['a partner id that is not a uuid', { ...teacher, partnerId: 'canterbury' }, ['partnerId']],
    [
      'several problems at once',
      { ...student, displayName: 'L', yearGroup: null, email: 'x@y.example' },
      ['displayName', 'email', 'yearGroup'],
    ],
  ])('rejects %s', (_name, input, fields) => {
    expect(fieldsRejected(input)).toEqual(fields);
  });

  it('trims the name and email it keeps', () => {
    const parsed = registerPersonSchema.parse({
      ...teacher,
      displayName: '  Maya Marden ',
      email: ' Maya@School.example ',
    });
    expect(parsed).toMatchObject({ displayName: 'Maya Marden', email: 'Maya@School.example' });
  });
});
