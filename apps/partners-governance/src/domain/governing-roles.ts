import type { GoverningRole, GroupKind, MembershipRole } from '@ekst/contracts';

/**
 * Which platform role a membership grants. Governing roles follow group membership: the
 * Management Group's champions are CHAMPIONs, the Heads Group's members HEADs, the Finance
 * Group's members FINANCE. Other memberships (a Management chair who is not a champion, the
 * Student Voice Group, OTHER groups) grant none.
 */
export function governingRoleOf(kind: GroupKind, role: MembershipRole): GoverningRole | null {
  switch (kind) {
    case 'MANAGEMENT':
      return role === 'CHAMPION' ? 'CHAMPION' : null;
    case 'HEADS':
      return 'HEAD';
    case 'FINANCE':
      return 'FINANCE';
    case 'STUDENT_VOICE':
    case 'OTHER':
      return null;
  }
}

/** All the governing roles a person's open memberships grant, sorted, each once. */
export function governingRolesFrom(
  openMemberships: ReadonlyArray<{ kind: GroupKind; role: MembershipRole }>,
): GoverningRole[] {
  const roles = new Set<GoverningRole>();
  for (const m of openMemberships) {
    const r = governingRoleOf(m.kind, m.role);
    if (r) roles.add(r);
  }
  return [...roles].sort();
}

/** Whether a person may hold a membership: students sit in Student Voice only, and only students do. */
export function membershipFitsPerson(kind: GroupKind, isStudent: boolean): boolean {
  if (kind === 'STUDENT_VOICE') return isStudent;
  return !isStudent;
}
