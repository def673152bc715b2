import { PeopleEvents } from '@ekst/contracts';
import { defineHandler } from '@ekst/messaging';

/**
 * Erasure leaves nothing behind here: registrations link a person to where they were, so they go
 * with the projection rows, their roles at events and their calendar feeds. A place they held is
 * offered on by the next offer sweep only when an offer expires (see README).
 */
export const personErasedHandler = defineHandler(PeopleEvents.erased, async ({ manager: m }, p) => {
  await m.query(`DELETE FROM registration WHERE person_id = $1`, [p.personId]);
  await m.query(`DELETE FROM event_role WHERE person_id = $1`, [p.personId]);
  await m.query(`DELETE FROM calendar_feed WHERE scope = 'PERSON' AND owner_id = $1`, [p.personId]);
  await m.query(`DELETE FROM person_consent WHERE person_id = $1`, [p.personId]);
  await m.query(`DELETE FROM person_safeguarding WHERE person_id = $1`, [p.personId]);
  await m.query(`DELETE FROM person_projection WHERE id = $1`, [p.personId]);
});
