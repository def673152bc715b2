import { PeopleEvents } from '@ekst/contracts';
import type { Outbox } from '@ekst/messaging';
import { done, isUuid, refused, rejected } from '@ekst/subgraph-kit';
import { signInThrottleKey } from '../auth/secrets';
import { mayErase } from '../domain/person-visibility';
import type { EntityManager } from 'typeorm';
import { PersonEntity } from '../entities/person.entity';
import { noSuchPerson } from './people-use-case';
import type { PeopleDeps, PeopleResult } from './people-use-case';

/**
 * Erases a person on request (UK GDPR art. 17), in one transaction: their sessions are revoked
 * (the revocation list holds only random session ids), and every table follows its data policy:
 * account, sign-in codes, sessions, throttle, consent records and the events they are linked to
 * (registrations, roles) are deleted; safeguarding check
 * metadata is kept without the person for its retention period (the policy says why); their id is
 * removed where they recorded something for others. Their rectification requests go; their id
 * leaves the requests they made or handled for others. PersonErased tells every other service.
 * The coordinator only: erasure is irreversible.
 */
export async function erasePerson(
  deps: PeopleDeps,
  { id: rawId }: { id: string },
): Promise<PeopleResult<string>> {
  if (!mayErase(deps.caller)) return refused('Only the coordinator can erase a person');
  if (!isUuid(rawId)) return rejected(noSuchPerson('id'));
  const id = rawId.toLowerCase();
  return deps.transaction(async ({ manager: m, outbox }) => {
    const person = await m
      .getRepository(PersonEntity)
      .createQueryBuilder('p')
      .setLock('pessimistic_write')
      .where('p.id = :id', { id })
      .getOne();
    if (!person) return rejected(noSuchPerson('id'));
    await eraseWithin(m, outbox, person);
    return done(id);
  });
}

/**
 * The erasure itself, inside the caller's transaction (erasePerson, and the leaver erasure job
 * once a leaver's retention period is over): every table follows its data policy and
 * PersonErased goes to every service.
 */
export async function eraseWithin(
  m: EntityManager,
  outbox: Outbox,
  person: Pick<PersonEntity, 'id' | 'email'>,
): Promise<void> {
  const id = person.id;
  await m.query(
    `INSERT INTO session_revocation (session_id, reason) SELECT id, 'ERASURE' FROM session WHERE person_id = $1
       ON CONFLICT (session_id) DO NOTHING`,
    [id],
  );
  await m.query(`DELETE FROM session WHERE person_id = $1`, [id]);
  await m.query(`DELETE FROM sign_in_code WHERE person_id = $1`, [id]);
  await m.query(`DELETE FROM account WHERE person_id = $1`, [id]);
  await m.query(`DELETE FROM password_reset WHERE person_id = $1`, [id]);
  if (person.email) {
    await m.query(`DELETE FROM sign_in_throttle WHERE key_hash = $1`, [
      signInThrottleKey(person.email),
    ]);
  }
  await m.query(`DELETE FROM consent_record WHERE person_id = $1`, [id]);
  await m.query(`DELETE FROM event_registration_projection WHERE person_id = $1`, [id]);
  await m.query(`DELETE FROM event_role_projection WHERE person_id = $1`, [id]);
  await m.query(
    `UPDATE safeguarding_check SET person_id = NULL, erased_at = now() WHERE person_id = $1`,
    [id],
  );
  await m.query(`UPDATE consent_record SET recorded_by = NULL WHERE recorded_by = $1`, [id]);
  await m.query(`UPDATE safeguarding_check SET recorded_by = NULL WHERE recorded_by = $1`, [id]);
  await m.query(`DELETE FROM rectification_request WHERE person_id = $1`, [id]);
  await m.query(`UPDATE rectification_request SET requested_by = NULL WHERE requested_by = $1`, [
    id,
  ]);
  await m.query(`UPDATE rectification_request SET handled_by = NULL WHERE handled_by = $1`, [id]);
  await m.query(`DELETE FROM person WHERE id = $1`, [id]);
  await outbox.append(PeopleEvents.erased, id, { personId: id });
}
