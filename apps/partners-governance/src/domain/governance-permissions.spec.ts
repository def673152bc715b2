import type { Caller, Role } from '@ekst/auth';
import { ROLES } from '@ekst/auth';
import {
  mayGovern,
  mayManageMembersOf,
  proposalScopeFor,
  proposalVisibleTo,
} from './governance-permissions';
import type { GovernanceOperation } from './governance-permissions';

const A = '00000000-0000-4000-8000-00000000000a';
const B = '00000000-0000-4000-8000-00000000000b';
const me = '00000000-0000-4000-8000-0000000000aa';

const person = (role: Role, partnerId: string | null = A): Caller => ({
  kind: 'person',
  subject: me,
  roles: [role],
  partnerId,
});

/** role × operation → allowed at the role gate (membership checks follow in the use cases). */
const TABLE: Record<GovernanceOperation, readonly Role[]> = {
  READ_GOVERNANCE: ['COORDINATOR', 'HEAD', 'CHAMPION', 'FINANCE'],
  MANAGE_MEMBERSHIP: ['COORDINATOR', 'HEAD', 'CHAMPION'],
  RUN_MEETING: ['COORDINATOR', 'HEAD', 'CHAMPION', 'FINANCE'],
  RECORD_DECISION: ['COORDINATOR', 'HEAD', 'CHAMPION', 'FINANCE'],
  PROPOSE_EVENT: ['COORDINATOR', 'STUDENT'],
  DECIDE_PROPOSAL: ['COORDINATOR', 'HEAD', 'CHAMPION'],
  READ_PROPOSALS: ['COORDINATOR', 'HEAD', 'CHAMPION', 'STUDENT'],
};

describe('governance: role × operation', () => {
  const cases = (Object.keys(TABLE) as GovernanceOperation[]).flatMap((op) =>
    ROLES.map((role) => [op, role, TABLE[op].includes(role)] as const),
  );
  it.each(cases)('%s by %s → %s', (op, role, allowed) => {
    expect(mayGovern(person(role), op)).toBe(allowed);
  });

  it('an API key governs nothing, whatever its roles', () => {
    for (const op of Object.keys(TABLE) as GovernanceOperation[])
      expect(
        mayGovern({ kind: 'api-key', subject: 'k', roles: ['COORDINATOR'], partnerId: null }, op),
      ).toBe(false);
  });
});

describe('who puts whom in which group', () => {
  it.each([
    ['COORDINATOR', 'HEADS', B, true],
    ['COORDINATOR', 'FINANCE', B, true],
    ['HEAD', 'MANAGEMENT', A, true],
    ['HEAD', 'STUDENT_VOICE', A, true],
    ['HEAD', 'MANAGEMENT', B, false],
    ['HEAD', 'HEADS', A, false],
    ['HEAD', 'FINANCE', A, false],
    ['CHAMPION', 'STUDENT_VOICE', A, true],
    ['CHAMPION', 'MANAGEMENT', A, false],
    ['CHAMPION', 'STUDENT_VOICE', B, false],
    ['TEACHER', 'STUDENT_VOICE', A, false],
    ['FINANCE', 'FINANCE', A, false],
    ['STUDENT', 'STUDENT_VOICE', A, false],
  ] as const)('%s → %s member of partner %s: %s', (role, kind, partner, allowed) => {
    expect(mayManageMembersOf(person(role), kind, partner)).toBe(allowed);
  });
});

describe('which proposals a student sees', () => {
  const own = { proposerIds: [me], partnerId: A };
  const coProposed = { proposerIds: ['x', me], partnerId: A };
  const sameSchool = { proposerIds: ['x'], partnerId: A };
  const otherSchool = { proposerIds: ['y'], partnerId: B };
  const student = proposalScopeFor(person('STUDENT'));

  it('their own and co-proposed ones always', () => {
    expect(proposalVisibleTo(student, own, false)).toBe(true);
    expect(proposalVisibleTo(student, coProposed, false)).toBe(true);
  });
  it('their school’s only while a Student Voice member', () => {
    expect(proposalVisibleTo(student, sameSchool, true)).toBe(true);
    expect(proposalVisibleTo(student, sameSchool, false)).toBe(false);
  });
  it('never another school’s', () => {
    expect(proposalVisibleTo(student, otherSchool, true)).toBe(false);
  });
  it('heads, champions and the coordinator see all; teachers none', () => {
    for (const r of ['COORDINATOR', 'HEAD', 'CHAMPION'] as const)
      expect(proposalVisibleTo(proposalScopeFor(person(r)), otherSchool, false)).toBe(true);
    expect(proposalVisibleTo(proposalScopeFor(person('TEACHER')), own, false)).toBe(false);
  });
});
