import { PeopleEvents } from '@ekst/contracts';
import { userError, userErrorsFromZod } from '@ekst/subgraph-kit';
import type { UserError } from '@ekst/subgraph-kit';
import type { DataSource } from 'typeorm';
import { registerPersonSchema } from '../domain/person-registration';
import type { Caller } from '@ekst/auth';
import { mayUpdate } from '../domain/person-visibility';
import { accessClaimsChanged } from '../domain/session-claims';
import { PartnerProjectionEntity } from '../entities/partner-projection.entity';
import { PersonEntity } from '../entities/person.entity';
import { announce } from './announce';
import { duplicateEmail, isEmailClash } from './register-person.use-case';
import { revokeAllSessionsOf } from './session-revocation';

export type UpdatePersonResult =
  | { person: PersonEntity; errors: [] }
  | { person: null; errors: UserError[]; forbidden?: true };

const FIELDS = ['partnerId', 'displayName', 'roles', 'yearGroup', 'email', 'phone'] as const;

/**
 * Changes a person: the fields given replace the stored ones (null clears), and the result must
 * pass the same rules as a registration. Announces PersonUpdated (ids, roles, year group only).
 * A change of roles or partner ends all the person's sessions (they sign in again and get a
 * token with what they now hold).
 */
export async function updatePerson(
  dataSource: DataSource,
  caller: Caller,
  id: string,
  patch: Partial<Record<(typeof FIELDS)[number], unknown>>,
  opts: { topic: string },
): Promise<UpdatePersonResult> {
  try {
    return await dataSource.transaction(async (m): Promise<UpdatePersonResult> => {
      const repo = m.getRepository(PersonEntity);
      const current = await repo
        .createQueryBuilder('p')
        .setLock('pessimistic_write')
        .where('p.id = :id', { id })
        .getOne();
      if (!current)
        return { person: null, errors: [userError('NOT_FOUND', 'no such person', 'id')] };
      const merged: Record<string, unknown> = {
        partnerId: current.partnerId,
        displayName: current.displayName,
        roles: current.roles,
        yearGroup: current.yearGroup,
        email: current.email,
        phone: current.phone,
      };
      for (const f of FIELDS) if (patch[f] !== undefined) merged[f] = patch[f];
      const parsed = registerPersonSchema.safeParse(merged);
      if (!parsed.success) return { person: null, errors: userErrorsFromZod(parsed.error.issues) };
      const p = parsed.data;
      if (!mayUpdate(caller, current, { partnerId: p.partnerId, roles: p.roles })) {
        return { person: null, errors: [], forbidden: true };
      }
      if (p.partnerId !== current.partnerId) {
        const partner = await m
          .getRepository(PartnerProjectionEntity)
          .findOneBy({ id: p.partnerId });
        if (!partner)
          return {
            person: null,
            errors: [userError('UNKNOWN_PARTNER', 'no such partner', 'partnerId')],
          };
        if (partner.status !== 'ACTIVE') {
          return {
            person: null,
            errors: [
              userError('PARTNER_LEFT', 'this partner has left the partnership', 'partnerId'),
            ],
          };
        }
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
        partnerId: p.partnerId,
        displayName: p.displayName,
        roles: p.roles,
        yearGroup: p.yearGroup ?? null,
        email: p.email ?? null,
        phone: p.phone ?? null,
      });
      await repo.save(current);
      await announce(m, opts.topic, PeopleEvents.updated, id, {
        personId: id,
        partnerId: current.partnerId,
        roles: current.roles,
        yearGroup: current.yearGroup,
      });
      // In the same transaction as the change: no moment where the new roles are stored but an
      // old token still carries the old ones unrevoked (the gateway refuses it within seconds).
      if (accessClaimsChanged(before, current)) await revokeAllSessionsOf(m, id, 'ACCESS_CHANGE');
      return { person: current, errors: [] };
    });
  } catch (err) {
    if (isEmailClash(err)) return duplicateEmail();
    throw err;
  }
}
