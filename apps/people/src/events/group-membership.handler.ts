import { GovernanceEvents, PeopleEvents } from '@ekst/contracts';
import { defineHandler } from '@ekst/messaging';
import { rolesAfterMembershipChange } from '../domain/governing-roles';
import { accessClaimsChanged } from '../domain/session-claims';
import { PersonEntity } from '../entities/person.entity';
import { revokeAllSessionsOf } from '../use-cases/session-revocation';

/**
 * Governing roles follow group membership (partners-governance's GroupMembershipChanged): the
 * person gains or loses CHAMPION, HEAD or FINANCE, announces PersonUpdated, and, as for any
 * change of roles, every session of theirs ends in the same transaction so no token keeps a role
 * they no longer hold. A person people does not know (erased) is left alone.
 */
export const groupMembershipChangedHandler = defineHandler(
  GovernanceEvents.membershipChanged,
  async ({ manager: m, outbox }, p) => {
    const repo = m.getRepository(PersonEntity);
    const person = await repo
      .createQueryBuilder('p')
      .setLock('pessimistic_write')
      .where('p.id = :id', { id: p.personId })
      .getOne();
    if (!person) return;
    const roles = rolesAfterMembershipChange(person.roles, p);
    const before = { partnerId: person.partnerId, roles: [...person.roles] };
    if (!accessClaimsChanged(before, { partnerId: person.partnerId, roles })) return;
    await repo.update({ id: person.id }, { roles });
    await outbox.append(PeopleEvents.updated, person.id, {
      personId: person.id,
      partnerId: person.partnerId,
      roles,
      yearGroup: person.yearGroup,
    });
    await revokeAllSessionsOf(m, person.id, 'ACCESS_CHANGE');
  },
);
