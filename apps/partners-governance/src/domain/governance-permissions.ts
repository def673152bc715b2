import type { Caller, Role } from '@ekst/auth';
import type { GroupKind } from '@ekst/contracts';

/**
 * Who may do what in governance (issue 10): the coordinator everything; heads and champions read
 * governance and decide what their group decides; students only the Student Voice part that
 * concerns them. These are the role-level gates; the use cases add the membership checks that
 * need the database (a decision needs a member of the meeting's group, a proposal a Student
 * Voice member), which answer with typed errors rather than FORBIDDEN.
 */
export type GovernanceOperation =
  | 'READ_GOVERNANCE'
  | 'MANAGE_MEMBERSHIP'
  | 'RUN_MEETING'
  | 'RECORD_DECISION'
  | 'PROPOSE_EVENT'
  | 'DECIDE_PROPOSAL'
  | 'READ_PROPOSALS';

const GOVERNORS: readonly Role[] = ['HEAD', 'CHAMPION', 'FINANCE'];

const BY_OPERATION: Record<GovernanceOperation, readonly Role[]> = {
  READ_GOVERNANCE: GOVERNORS,
  // Heads put their school's champions and Student Voice members in; champions their students.
  MANAGE_MEMBERSHIP: ['HEAD', 'CHAMPION'],
  // Members of the meeting's group (checked by the use case) run its meetings.
  RUN_MEETING: GOVERNORS,
  RECORD_DECISION: GOVERNORS,
  PROPOSE_EVENT: ['STUDENT'],
  // The Management Group decides; membership of it is checked by the use case.
  DECIDE_PROPOSAL: ['HEAD', 'CHAMPION'],
  // A student passes the gate but sees only what concerns them (proposalScopeFor).
  READ_PROPOSALS: ['HEAD', 'CHAMPION', 'STUDENT'],
};

export function mayGovern(caller: Caller, op: GovernanceOperation): boolean {
  if (caller.kind !== 'person') return false;
  if (caller.roles.includes('COORDINATOR')) return true;
  return caller.roles.some((r) => BY_OPERATION[op].includes(r));
}

/**
 * Which groups a non-coordinator may add people to or remove them from, always at their own
 * partner: a head its champions (Management) and students (Student Voice), a champion its
 * students. Nobody but the coordinator changes the Heads or Finance Group, whose membership makes
 * a HEAD or FINANCE.
 */
export function mayManageMembersOf(
  caller: Caller,
  groupKind: GroupKind,
  personPartnerId: string,
): boolean {
  if (caller.kind !== 'person') return false;
  if (caller.roles.includes('COORDINATOR')) return true;
  if (caller.partnerId === null || caller.partnerId !== personPartnerId) return false;
  if (
    caller.roles.includes('HEAD') &&
    (groupKind === 'MANAGEMENT' || groupKind === 'STUDENT_VOICE')
  )
    return true;
  return caller.roles.includes('CHAMPION') && groupKind === 'STUDENT_VOICE';
}

/** What proposals a caller may list: all of them, or those that concern a student. */
export type ProposalScope =
  | { kind: 'all' }
  | { kind: 'student'; personId: string; partnerId: string | null }
  | { kind: 'none' };

export function proposalScopeFor(caller: Caller): ProposalScope {
  if (caller.kind !== 'person') return { kind: 'none' };
  if (caller.roles.includes('COORDINATOR')) return { kind: 'all' };
  if (caller.roles.some((r) => r === 'HEAD' || r === 'CHAMPION')) return { kind: 'all' };
  if (caller.roles.includes('STUDENT'))
    return { kind: 'student', personId: caller.subject, partnerId: caller.partnerId };
  return { kind: 'none' };
}

/**
 * A student sees the proposals they (co-)proposed and, while a Student Voice member, those of
 * their own school's Student Voice members: never another school's.
 */
export function proposalVisibleTo(
  scope: ProposalScope,
  proposal: { proposerIds: readonly string[]; partnerId: string },
  studentVoiceMember: boolean,
): boolean {
  switch (scope.kind) {
    case 'all':
      return true;
    case 'none':
      return false;
    case 'student':
      return (
        proposal.proposerIds.includes(scope.personId) ||
        (studentVoiceMember && scope.partnerId === proposal.partnerId)
      );
  }
}
