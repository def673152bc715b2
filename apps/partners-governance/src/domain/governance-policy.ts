import { hasRole } from '@ekst/auth';
import type { Caller, Role } from '@ekst/auth';

/**
 * Who may do what in partners-governance (membership, MoU, term calendars, associates,
 * priorities). One table, asked by every use case and query, so the rules live in one place and
 * are tested as role × operation (governance-policy.spec.ts):
 * - the coordinator does everything;
 * - heads and champions read governance; a head signs the MoU for their own partner; heads and
 *   champions edit their own partner's term calendar; heads decide associate applications and
 *   edit the year's priorities (the Heads Group decides them);
 * - an associate partner's contacts (or its API key) read their own partner's contributions;
 * - aims and priorities are the partnership's public statement of purpose: every signed-in
 *   caller reads them (they sit beside the programme, which students see too);
 * - students (and everyone else) get nothing else of this part.
 */
export type GovernanceOperation =
  | 'partner.create'
  | 'partner.update'
  | 'partner.leave'
  | 'partner.rejoin'
  | 'governance.read'
  | 'mou.publish'
  | 'mou.sign'
  | 'termCalendar.read'
  | 'termCalendar.edit'
  | 'associate.record'
  | 'associate.decide'
  | 'contribution.record'
  | 'contribution.read'
  | 'priority.read'
  | 'priority.edit'
  | 'aims.read';

/** The partner an operation concerns, for the rules that depend on it. */
export interface PolicyTarget {
  readonly partnerId?: string | null;
}

const GOVERNANCE_READERS: readonly Role[] = ['COORDINATOR', 'HEAD', 'CHAMPION'];

function ownPartner(caller: Caller, target: PolicyTarget): boolean {
  return (
    caller.partnerId !== null && target.partnerId != null && caller.partnerId === target.partnerId
  );
}

function signedIn(caller: Caller): boolean {
  return caller.kind !== 'anonymous';
}

export function mayDo(
  caller: Caller,
  operation: GovernanceOperation,
  target: PolicyTarget = {},
): boolean {
  if (hasRole(caller, 'COORDINATOR')) return true;
  switch (operation) {
    case 'partner.create':
    case 'partner.update':
    case 'partner.leave':
    case 'partner.rejoin':
    case 'mou.publish':
    case 'associate.record':
    case 'contribution.record':
      return false;
    case 'governance.read':
      return hasRole(caller, ...GOVERNANCE_READERS);
    case 'mou.sign':
      return hasRole(caller, 'HEAD') && ownPartner(caller, target);
    case 'termCalendar.read':
      // Teachers plan events around partners' term dates; dates of schools, not of people.
      return hasRole(caller, ...GOVERNANCE_READERS, 'TEACHER');
    case 'termCalendar.edit':
      return hasRole(caller, 'HEAD', 'CHAMPION') && ownPartner(caller, target);
    case 'associate.decide':
    case 'priority.edit':
      return hasRole(caller, 'HEAD');
    case 'contribution.read':
      return (
        hasRole(caller, ...GOVERNANCE_READERS) ||
        (hasRole(caller, 'ASSOCIATE') && ownPartner(caller, target))
      );
    case 'priority.read':
    case 'aims.read':
      return signedIn(caller);
  }
}
