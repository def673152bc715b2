import { randomUUID } from 'node:crypto';
import { PeopleEvents } from '@ekst/contracts';
import { userError, userErrorsFromZod } from '@ekst/subgraph-kit';
import type { UserError } from '@ekst/subgraph-kit';
import { QueryFailedError } from 'typeorm';
import type { DataSource } from 'typeorm';
import { registerPersonSchema } from '../domain/person-registration';
import { PartnerProjectionEntity } from '../entities/partner-projection.entity';
import { PersonEntity } from '../entities/person.entity';
import { announce } from './announce';

export type RegisterPersonResult =
  | { person: PersonEntity; errors: [] }
  | { person: null; errors: UserError[] };

export const duplicateEmail = (): RegisterPersonResult => ({
  person: null,
  errors: [
    userError('DUPLICATE_EMAIL', 'someone is already registered with this email address', 'email'),
  ],
});

/** Two registrations racing past the pre-check still meet the unique index. */
export function isEmailClash(err: unknown): boolean {
  if (!(err instanceof QueryFailedError)) return false;
  const driver = err.driverError as { code?: string; constraint?: string };
  return driver.code === '23505' && driver.constraint === 'person_email_uq';
}

/**
 * Registers a person and announces PersonRegistered in the same transaction. The event carries
 * ids, roles and year group only: names and emails never travel on Kafka. Invalid input, a
 * partner that is unknown or has left, or an email already in use returns errors and writes nothing.
 */
export async function registerPerson(
  dataSource: DataSource,
  input: unknown,
  opts: { topic: string },
): Promise<RegisterPersonResult> {
  const parsed = registerPersonSchema.safeParse(input);
  if (!parsed.success) return { person: null, errors: userErrorsFromZod(parsed.error.issues) };
  const p = parsed.data;

  try {
    return await dataSource.transaction(async (m): Promise<RegisterPersonResult> => {
      const partner = await m.getRepository(PartnerProjectionEntity).findOneBy({ id: p.partnerId });
      if (!partner) {
        return {
          person: null,
          errors: [userError('UNKNOWN_PARTNER', 'no such partner', 'partnerId')],
        };
      }
      if (partner.status !== 'ACTIVE') {
        return {
          person: null,
          errors: [userError('PARTNER_LEFT', 'this partner has left the partnership', 'partnerId')],
        };
      }
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
        partnerId: partner.id,
        roles: p.roles,
        yearGroup: p.yearGroup ?? null,
        email: p.email ?? null,
        phone: p.phone ?? null,
      });
      await m.getRepository(PersonEntity).insert(person);
      await announce(m, opts.topic, PeopleEvents.registered, person.id, {
        personId: person.id,
        partnerId: person.partnerId,
        roles: person.roles,
        yearGroup: person.yearGroup,
      });
      return { person, errors: [] };
    });
  } catch (err) {
    if (isEmailClash(err)) return duplicateEmail();
    throw err;
  }
}
