import { GROUP_KINDS, MEMBERSHIP_ROLES } from '@ekst/contracts';
import { championLimitReached, MAX_CHAMPIONS_PER_PARTNER } from './champion-limit';
import { governingRoleOf, governingRolesFrom, membershipFitsPerson } from './governing-roles';

describe('at most two champions per partner in the Management Group', () => {
  it('allows the first and second, refuses the third', () => {
    expect(MAX_CHAMPIONS_PER_PARTNER).toBe(2);
    expect(championLimitReached('MANAGEMENT', 'CHAMPION', 0)).toBe(false);
    expect(championLimitReached('MANAGEMENT', 'CHAMPION', 1)).toBe(false);
    expect(championLimitReached('MANAGEMENT', 'CHAMPION', 2)).toBe(true);
    expect(championLimitReached('MANAGEMENT', 'CHAMPION', 3)).toBe(true);
  });

  it.each(
    GROUP_KINDS.flatMap((kind) => MEMBERSHIP_ROLES.map((role) => [kind, role] as const)).filter(
      ([kind, role]) => !(kind === 'MANAGEMENT' && role === 'CHAMPION'),
    ),
  )('does not limit %s %s memberships', (kind, role) => {
    expect(championLimitReached(kind, role, 5)).toBe(false);
  });
});

describe('governing roles follow group membership', () => {
  it.each([
    ['MANAGEMENT', 'CHAMPION', 'CHAMPION'],
    ['MANAGEMENT', 'CHAIR', null],
    ['MANAGEMENT', 'MEMBER', null],
    ['HEADS', 'MEMBER', 'HEAD'],
    ['HEADS', 'CHAIR', 'HEAD'],
    ['FINANCE', 'MEMBER', 'FINANCE'],
    ['STUDENT_VOICE', 'MEMBER', null],
    ['OTHER', 'CHAIR', null],
  ] as const)('%s %s grants %s', (kind, role, granted) => {
    expect(governingRoleOf(kind, role)).toBe(granted);
  });

  it('collects the roles of all open memberships once each', () => {
    expect(
      governingRolesFrom([
        { kind: 'HEADS', role: 'MEMBER' },
        { kind: 'FINANCE', role: 'CHAIR' },
        { kind: 'HEADS', role: 'CHAIR' },
        { kind: 'STUDENT_VOICE', role: 'MEMBER' },
      ]),
    ).toEqual(['FINANCE', 'HEAD']);
    expect(governingRolesFrom([])).toEqual([]);
  });

  it('students sit in Student Voice only, and only students do', () => {
    expect(membershipFitsPerson('STUDENT_VOICE', true)).toBe(true);
    expect(membershipFitsPerson('STUDENT_VOICE', false)).toBe(false);
    expect(membershipFitsPerson('MANAGEMENT', true)).toBe(false);
    expect(membershipFitsPerson('MANAGEMENT', false)).toBe(true);
  });
});
