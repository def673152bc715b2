import { randomUUID } from 'node:crypto';
import type { Role } from '@ekst/auth';
import { PeopleEvents } from '@ekst/contracts';
import {
  done,
  refused,
  rejected,
  rejectedAll,
  userError,
  userErrorsFromZod,
} from '@ekst/subgraph-kit';
import { QueryFailedError } from 'typeorm';
import type { EntityManager } from 'typeorm';
import { registerPersonSchema } from '../domain/person-registration';
import {
  mayChangeCoordinatorGrantedRoles,
  mayRegisterGoverningRoles,
} from '../domain/governing-roles';
import { mayRegister } from '../domain/person-visibility';
import { PartnerProjectionEntity } from '../entities/partner-projection.entity';
import { PersonEntity } from '../entities/person.entity';
import type { PeopleDeps, PeopleResult } from './people-use-case';

export const duplicateEmail = () =>
  rejected(
    userError('DUPLICATE_EMAIL', 'someone is already registered with this email address', 'email'),
  );

export const governingRoleFollowsGroup = () =>
  rejected(
    userError(
      'GOVERNING_ROLE_FOLLOWS_GROUP',
      'CHAMPION, HEAD and FINANCE follow group membership: add the person to the group in governance',
      'roles',
    ),
  );

/** Two registrations racing past the pre-check still meet the unique index. */
export function isEmailClash(err: unknown): boolean {
  if (!(err instanceof QueryFailedError)) return false;
  const driver = err.driverError as { code?: string; constraint?: string };
  return driver.code === '23505' && driver.constraint === 'person_email_uq';
}

/** The partner people can be registered with or moved to: known, and still in the partnership. */
export async function activePartner(
  m: EntityManager,
  partnerId: string,
): Promise<PeopleResult<PartnerProjectionEntity>> {
  const partner = await m.getRepository(PartnerProjectionEntity).findOneBy({ id: partnerId });
  if (!partner) return rejected(userError('UNKNOWN_PARTNER', 'no such partner', 'partnerId'));
  if (partner.status !== 'ACTIVE')
    return rejected(
      userError('PARTNER_LEFT', 'this partner has left the partnership', 'partnerId'),
    );
  return done(partner);
}

export interface RegisterPersonInput extends Record<string, unknown> {
  partnerId: string;
  roles: readonly Role[];
}

/**
 * Registers a person and announces PersonRegistered in the same transaction: the coordinator
 * anyone, a head or champion their own partner's people (never a COORDINATOR). The event carries
 * ids, roles and year group only: names and emails never travel on Kafka. Invalid input, a
 * partner that is unknown or has left, or an email already in use returns errors and writes nothing.
 */
export async function registerPerson(
  deps: PeopleDeps,
  { input }: { input: RegisterPersonInput },
): Promise<PeopleResult<PersonEntity>> {
  if (!mayRegister(deps.caller, input.partnerId, input.roles))
    return refused(
      'Only the coordinator, or a head or champion of this partner, can register its people',
    );
  const parsed = registerPersonSchema.safeParse(input);
  if (!parsed.success) return rejectedAll(userErrorsFromZod(parsed.error.issues));
  const p = parsed.data;
  if (!mayRegisterGoverningRoles(deps.caller.roles.includes('COORDINATOR'), p.roles))
    return governingRoleFollowsGroup();
  if (!mayChangeCoordinatorGrantedRoles(deps.caller.roles.includes('COORDINATOR'), [], p.roles))
    return refused('Only the coordinator grants the data protection lead role');

  try {
    return await deps.transaction(async ({ manager: m, outbox }) => {
      const partner = await activePartner(m, p.partnerId);
      if (partner.kind !== 'done') return partner;
      if (p.email) {
        const clash = await m
          .getRepository(PersonEntity)
          .createQueryBuilder('p')
          .where('lower(p.email) = lower(:email)', { email: p.email })
          .getExists();
        if (clash) return duplicateEmail();
      }
      const person = m.getRepository(PersonEntity).create({
        id: randomUUID(),
        displayName: p.displayName,
        partnerId: partner.value.id,
        roles: p.roles,
        yearGroup: p.yearGroup ?? null,
        email: p.email ?? null,
        phone: p.phone ?? null,
      });
      await m.getRepository(PersonEntity).insert(person);
      await outbox.append(PeopleEvents.registered, person.id, {
        personId: person.id,
        partnerId: person.partnerId,
        roles: person.roles,
        yearGroup: person.yearGroup,
      });
      return done(person);
    });
  } catch (err) {
    if (isEmailClash(err)) return duplicateEmail();
    throw err;
  }
}
