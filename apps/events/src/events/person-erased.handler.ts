import { PeopleEvents } from '@ekst/contracts';
import { defineHandler } from '@ekst/messaging';

/**
 * Erasure leaves nothing behind here: registrations link a person to where they were, so they go
 * with the projection row. Places they held are not reallocated here; waitlist promotion is its
 * own use case.
 */
export const personErasedHandler = defineHandler(PeopleEvents.erased, async (m, p) => {
  await m.query(`DELETE FROM registration WHERE person_id = $1`, [p.personId]);
  await m.query(`DELETE FROM person_projection WHERE id = $1`, [p.personId]);
});
