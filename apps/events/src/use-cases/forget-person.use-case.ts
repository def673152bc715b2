import type { Tx } from '@ekst/messaging';
import { PLACE_HOLDING_STATUSES } from '../domain/registration';
import type { EventEntity } from '../entities/event.entity';
import { lockEvent, offerFreePlaces } from './places';
// --- school year ---
import { forgetSchoolYearPerson } from '../school-year.module';

/**
 * Erasure leaves nothing of the person behind here: registrations link a person to where they
 * were, so they go with the projection rows, their roles at events and their calendar feeds.
 *
 * A place the person held is freed like a cancellation frees it: offered at once, through the same
 * offerFreePlaces, to the first eligible person on the waitlist (PlaceOffered and
 * RegistrationChanged through the inbox transaction's outbox). Every event the person is
 * registered at is locked first, in id order (so two erasures cannot deadlock), so the counts the
 * offers rest on see the deletion and nothing else moves meanwhile. A redelivered PersonErased
 * finds nothing left to delete and offers nothing.
 */
export async function forgetPerson(tx: Tx, personId: string): Promise<void> {
  const m = tx.manager;
  const now = tx.clock.now();
  const rows = (await m.query(
    `SELECT event_id, bool_or(status = ANY($2::text[])) AS held_place
     FROM registration WHERE person_id = $1 GROUP BY event_id ORDER BY event_id`,
    [personId, PLACE_HOLDING_STATUSES],
  )) as Array<{ event_id: string; held_place: boolean }>;
  const freed: EventEntity[] = [];
  for (const r of rows) {
    const event = await lockEvent(m, r.event_id);
    if (event && r.held_place) freed.push(event);
  }
  await m.query(`DELETE FROM registration WHERE person_id = $1`, [personId]);
  await m.query(`DELETE FROM event_role WHERE person_id = $1`, [personId]);
  await m.query(`DELETE FROM calendar_feed WHERE scope = 'PERSON' AND owner_id = $1`, [personId]);
  await m.query(`DELETE FROM person_consent WHERE person_id = $1`, [personId]);
  await m.query(`DELETE FROM person_safeguarding WHERE person_id = $1`, [personId]);
  await m.query(`DELETE FROM person_projection WHERE id = $1`, [personId]);
  await forgetSchoolYearPerson(m, personId); // --- school year ---
  for (const event of freed) await offerFreePlaces(tx, event, now);
}
