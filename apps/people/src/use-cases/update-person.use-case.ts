import type { Role } from '@ekst/auth';
import { PeopleEvents } from '@ekst/contracts';
import {
  done,
  isUuid,
  refused,
  rejected,
  rejectedAll,
  userErrorsFromZod,
} from '@ekst/subgraph-kit';
import { changesGoverningRoles, mayChangeCoordinatorGrantedRoles } from '../domain/governing-roles';
import { registerPersonSchema } from '../domain/person-registration';
import { canSeePerson, mayUpdate, personScopeFor } from '../domain/person-visibility';
import { accessClaimsChanged } from '../domain/session-claims';
import { PersonEntity } from '../entities/person.entity';
import { noSuchPerson } from './people-use-case';
import type { PeopleDeps, PeopleResult } from './people-use-case';
import {
  activePartner,
  duplicateEmail,
  governingRoleFollowsGroup,
  isEmailClash,
} from './register-person.use-case';
import { revokeAllSessionsOf } from './session-revocation';

const FIELDS = ['partnerId', 'displayName', 'roles', 'yearGroup', 'email', 'phone'] as const;

export type PersonPatch = Partial<Record<(typeof FIELDS)[number], unknown>> & {
  roles?: readonly Role[] | null;
};

/** The record as it would be with `patch` applied, checked by the registration rules. */
export function parsePatched(current: PersonEntity, patch: PersonPatch) {
  const merged: Record<string, unknown> = {
    partnerId: current.partnerId,
    displayName: current.displayName,
    roles: current.roles,
    yearGroup: current.yearGroup,
    email: current.email,
    phone: current.phone,
  };
  for (const f of FIELDS) if (patch[f] !== undefined) merged[f] = patch[f];
  return registerPersonSchema.safeParse(merged);
}

/**
 * Changes a person: the fields given replace the stored ones (null clears), and the result must
 * pass the same rules as a registration, and the same permission at the person's current partner
 * and at the new one. Someone the caller cannot see is NOT_FOUND (they learn nothing about whether
 * the person exists). Announces PersonUpdated (ids, roles, year group only). A change of roles or
 * partner ends all the person's sessions (they sign in again and get a token with what they now
 * hold).
 *
 * `permittedBy: 'rectification'`: the rectification use case has decided that the caller (the
 * data protection lead or the coordinator) may make this change, so visibility and the
 * registering rights are not asked again; every rule of the record still is.
 */
export async function updatePerson(
  deps: PeopleDeps,
  { id: rawId, input: patch }: { id: string; input: PersonPatch },
  opts: { permittedBy?: 'rectification' } = {},
): Promise<PeopleResult<PersonEntity>> {
  if (!isUuid(rawId)) return rejected(noSuchPerson('id'));
  const id = rawId.toLowerCase();
  try {
    return await deps.transaction(async ({ manager: m, outbox }) => {
      const repo = m.getRepository(PersonEntity);
      const current = await repo
        .createQueryBuilder('p')
        .setLock('pessimistic_write')
        .where('p.id = :id', { id })
        .getOne();
      const permitted = opts.permittedBy === 'rectification';
      if (!current || (!permitted && !canSeePerson(personScopeFor(deps.caller), current)))
        return rejected(noSuchPerson('id'));
      const parsed = parsePatched(current, patch);
      if (!parsed.success) return rejectedAll(userErrorsFromZod(parsed.error.issues));
      const p = parsed.data;
      if (
        !permitted &&
        !mayUpdate(deps.caller, current, { partnerId: p.partnerId, roles: p.roles })
      ) {
        return refused(
          'Only the coordinator, or a head or champion of this partner, can change its people',
        );
      }
      // Nobody, the coordinator included, grants or removes a governing role here: it follows
      // group membership (GroupMembershipChanged), so the MoU's limits cannot be bypassed.
      if (changesGoverningRoles(current.roles, p.roles)) return governingRoleFollowsGroup();
      const byCoordinator = deps.caller.roles.includes('COORDINATOR');
      if (!mayChangeCoordinatorGrantedRoles(byCoordinator, current.roles, p.roles))
        return refused('Only the coordinator grants or removes the data protection lead role');
      let partnerId = current.partnerId;
      if (p.partnerId.toLowerCase() !== current.partnerId) {
        const partner = await activePartner(m, p.partnerId);
        if (partner.kind !== 'done') return partner;
        partnerId = partner.value.id;
      }
      if (p.email && p.email.toLowerCase() !== current.email?.toLowerCase()) {
        const clash = await repo
          .createQueryBuilder('p')
          .where('lower(p.email) = lower(:email) AND p.id <> :id', { email: p.email, id })
          .getExists();
        if (clash) return duplicateEmail();
      }
      const before = { partnerId: current.partnerId, roles: [...current.roles] };
      Object.assign(current, {
        partnerId,
        displayName: p.displayName,
        roles: p.roles,
        yearGroup: p.yearGroup ?? null,
        email: p.email ?? null,
        phone: p.phone ?? null,
      });
      await repo.save(current);
      await outbox.append(PeopleEvents.updated, id, {
        personId: id,
        partnerId: current.partnerId,
        roles: current.roles,
        yearGroup: current.yearGroup,
      });
      // In the same transaction as the change: no moment where the new roles are stored but an
      // old token still carries the old ones unrevoked (the gateway refuses it within seconds).
      if (accessClaimsChanged(before, current)) await revokeAllSessionsOf(m, id, 'ACCESS_CHANGE');
      return done(current);
    });
  } catch (err) {
    if (isEmailClash(err)) return duplicateEmail();
    throw err;
  }
}
