import { randomUUID } from 'node:crypto';
import { PeopleEvents } from '@ekst/contracts';
import {
  done,
  isUuid,
  refused,
  rejected,
  rejectedAll,
  userError,
  userErrorsFromZod,
} from '@ekst/subgraph-kit';
import { canSeePerson, mayRecordSafeguarding, personScopeFor } from '../domain/person-visibility';
import { londonDate } from '@ekst/subgraph-kit';
import { clearanceOn, safeguardingInputSchema } from '../domain/safeguarding-clearance';
import type { Clearance } from '../domain/safeguarding-clearance';
import { PersonEntity } from '../entities/person.entity';
import { SafeguardingCheckEntity } from '../entities/safeguarding-check.entity';
import { noSuchPerson } from './people-use-case';
import type { PeopleDeps, PeopleResult } from './people-use-case';

export interface CheckRecorded {
  check: SafeguardingCheckEntity;
  /** the person's clearance today, with this check counted */
  clearance: Clearance & { personId: string; on: string };
}

/**
 * Records the metadata of a safeguarding check for an adult (never a student: children are not
 * checked, and never the certificate's contents): the coordinator, or a head or champion of the
 * person's partner. When today's clearance changes, announces SafeguardingStatusChanged with the
 * date it holds until. Someone the caller cannot see is NOT_FOUND, exactly like an unknown id.
 */
export async function recordSafeguardingCheck(
  deps: PeopleDeps,
  { input }: { input: { personId: string } & Record<string, unknown> },
): Promise<PeopleResult<CheckRecorded>> {
  if (!isUuid(input.personId)) return rejected(noSuchPerson('personId'));
  const personId = input.personId.toLowerCase();
  const today = londonDate(deps.clock.now());
  return deps.transaction(async ({ manager: m, outbox }): Promise<PeopleResult<CheckRecorded>> => {
    const person = await m
      .getRepository(PersonEntity)
      .createQueryBuilder('p')
      .setLock('pessimistic_write')
      .where('p.id = :id', { id: personId })
      .getOne();
    // Someone the caller may not see is answered like no one at all: FORBIDDEN would tell them
    // the id exists.
    if (!person || !canSeePerson(personScopeFor(deps.caller), person))
      return rejected(noSuchPerson('personId'));
    if (!mayRecordSafeguarding(deps.caller, person))
      return refused(
        "Only the coordinator, or a head or champion of the person's partner, can record safeguarding checks",
      );
    if (person.roles.includes('STUDENT')) {
      return rejected(
        userError('NOT_AN_ADULT', 'safeguarding checks are recorded for adults only', 'personId'),
      );
    }
    const parsed = safeguardingInputSchema(today).safeParse(input);
    if (!parsed.success) return rejectedAll(userErrorsFromZod(parsed.error.issues));
    const repo = m.getRepository(SafeguardingCheckEntity);
    const before = clearanceOn(await repo.findBy({ personId: person.id }), today);
    const check = repo.create({
      id: randomUUID(),
      personId: person.id,
      partnerId: person.partnerId,
      ...parsed.data,
      recordedBy: deps.caller.kind === 'person' ? deps.caller.subject : null,
      erasedAt: null,
    });
    await repo.insert(check);
    const clearance = clearanceOn(await repo.findBy({ personId: person.id }), today);
    if (before.validUntil !== clearance.validUntil) {
      await outbox.append(PeopleEvents.safeguardingChanged, person.id, {
        personId: person.id,
        clearedUntil: clearance.validUntil,
      });
    }
    return done({ check, clearance: { personId, on: today, ...clearance } });
  });
}
