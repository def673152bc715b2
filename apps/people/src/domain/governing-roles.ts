import type { Role } from '@ekst/auth';
import { GOVERNING_ROLES } from '@ekst/contracts';
import type { GoverningRole, GroupMembershipChangedV1 } from '@ekst/contracts';

/**
 * CHAMPION, HEAD and FINANCE follow group membership in partners-governance (the MoU: two
 * champions per partner, the Heads and Finance Groups), so people's own mutations do not grant
 * or remove them. The one exception is the coordinator registering a person: a partnership has
 * to start with its heads and champions before any group exists (the demo seed does this).
 */
export function isGoverning(role: Role): role is GoverningRole {
  return (GOVERNING_ROLES as readonly string[]).includes(role);
}

function governingOf(roles: readonly Role[]): Set<GoverningRole> {
  return new Set(roles.filter(isGoverning));
}

/** Whether a change from `before` to `after` grants or removes a governing role. */
export function changesGoverningRoles(before: readonly Role[], after: readonly Role[]): boolean {
  const was = governingOf(before);
  const now = governingOf(after);
  return was.size !== now.size || [...was].some((r) => !now.has(r));
}

/** Whether a registration may carry these roles: governing ones only by the coordinator. */
export function mayRegisterGoverningRoles(
  callerIsCoordinator: boolean,
  roles: readonly Role[],
): boolean {
  return callerIsCoordinator || roles.every((r) => !isGoverning(r));
}

/**
 * A person's roles after a membership change. STARTED adds the role the membership grants
 * (`governingRoles` lists all the person's open-membership roles, so it is the one to add when
 * it is missing); ENDED removes a governing role that no open membership grants any more. Roles
 * the coordinator gave at registration and the person's other roles stay. A person left with no
 * role at all keeps TEACHER: people always hold one, and staff of a partner are its teachers.
 */
export function rolesAfterMembershipChange(
  roles: readonly Role[],
  change: Pick<GroupMembershipChangedV1, 'change' | 'governingRoles' | 'groupKind' | 'role'>,
): Role[] {
  const granted = grantedBy(change.groupKind, change.role);
  const next = new Set<Role>(roles);
  if (change.change === 'STARTED') {
    if (granted && change.governingRoles.includes(granted)) next.add(granted);
  } else if (granted && !change.governingRoles.includes(granted)) next.delete(granted);
  if (next.has('STUDENT')) return roles.slice();
  if (next.size === 0) next.add('TEACHER');
  return [...next];
}

function grantedBy(
  kind: GroupMembershipChangedV1['groupKind'],
  role: GroupMembershipChangedV1['role'],
): GoverningRole | null {
  if (kind === 'MANAGEMENT') return role === 'CHAMPION' ? 'CHAMPION' : null;
  if (kind === 'HEADS') return 'HEAD';
  if (kind === 'FINANCE') return 'FINANCE';
  return null;
}

/**
 * Roles only the coordinator grants or removes (issue 20): the data protection lead reads every
 * service's personal data for subject access, so no head or champion may hand it out.
 */
export const COORDINATOR_GRANTED_ROLES: readonly Role[] = ['DATA_PROTECTION_LEAD'];

/** Whether a caller may make this change of roles as far as coordinator-granted roles go. */
export function mayChangeCoordinatorGrantedRoles(
  callerIsCoordinator: boolean,
  before: readonly Role[],
  after: readonly Role[],
): boolean {
  if (callerIsCoordinator) return true;
  return COORDINATOR_GRANTED_ROLES.every((r) => before.includes(r) === after.includes(r));
}
