import { PeopleEvents } from '@ekst/contracts';
import { defineHandler } from '@ekst/messaging';

/**
 * A leaver (people's September rollover) is marked, not removed: their registrations and roles
 * stay the record of what they did until PersonErased a year later; no new registration is taken
 * (PERSON_LEFT). A person events never heard of is left alone.
 */
export const personLeftHandler = defineHandler(PeopleEvents.left, async ({ manager: m }, p) => {
  await m.query(`UPDATE person_projection SET left_on = $2, updated_at = now() WHERE id = $1`, [
    p.personId,
    p.leftOn,
  ]);
});
