import { randomUUID } from 'node:crypto';
import type { Caller } from '@ekst/auth';
import { PeopleEvents } from '@ekst/contracts';
import { userError, userErrorsFromZod } from '@ekst/subgraph-kit';
import type { UserError } from '@ekst/subgraph-kit';
import type { DataSource } from 'typeorm';
import { mayRecordSafeguarding } from '../domain/person-visibility';
import { clearanceOn, isoDay, safeguardingInputSchema } from '../domain/safeguarding-clearance';
import type { Clearance } from '../domain/safeguarding-clearance';
import { PersonEntity } from '../entities/person.entity';
import { SafeguardingCheckEntity } from '../entities/safeguarding-check.entity';
import { announce } from './announce';

export type RecordCheckResult =
  | { check: SafeguardingCheckEntity; clearance: Clearance; errors: [] }
  | { check: null; clearance: null; errors: UserError[]; forbidden?: true };

/**
 * Records the metadata of a safeguarding check for an adult (never a student: children are not
 * checked, and never the certificate's contents). When today's clearance changes, announces
 * SafeguardingStatusChanged with the date it holds until.
 */
export async function recordSafeguardingCheck(
  dataSource: DataSource,
  caller: Caller,
  input: { personId: string } & Record<string, unknown>,
  opts: { topic: string; now?: Date },
): Promise<RecordCheckResult> {
  const today = isoDay(opts.now ?? new Date());
  return dataSource.transaction(async (m): Promise<RecordCheckResult> => {
    const person = await m
      .getRepository(PersonEntity)
      .createQueryBuilder('p')
      .setLock('pessimistic_write')
      .where('p.id = :id', { id: input.personId })
      .getOne();
    if (!person)
      return {
        check: null,
        clearance: null,
        errors: [userError('NOT_FOUND', 'no such person', 'personId')],
      };
    if (!mayRecordSafeguarding(caller, person))
      return { check: null, clearance: null, errors: [], forbidden: true };
    if (person.roles.includes('STUDENT')) {
      return {
        check: null,
        clearance: null,
        errors: [
          userError('NOT_AN_ADULT', 'safeguarding checks are recorded for adults only', 'personId'),
        ],
      };
    }
    const parsed = safeguardingInputSchema(today).safeParse(input);
    if (!parsed.success)
      return { check: null, clearance: null, errors: userErrorsFromZod(parsed.error.issues) };
    const repo = m.getRepository(SafeguardingCheckEntity);
    const before = clearanceOn(await repo.findBy({ personId: person.id }), today);
    const check = repo.create({
      id: randomUUID(),
      personId: person.id,
      partnerId: person.partnerId,
      ...parsed.data,
      recordedBy: caller.kind === 'person' ? caller.subject : null,
      erasedAt: null,
    });
    await repo.insert(check);
    const clearance = clearanceOn(await repo.findBy({ personId: person.id }), today);
    if (before.validUntil !== clearance.validUntil) {
      await announce(m, opts.topic, PeopleEvents.safeguardingChanged, person.id, {
        personId: person.id,
        clearedUntil: clearance.validUntil,
      });
    }
    return { check, clearance, errors: [] };
  });
}
