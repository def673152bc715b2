import { PeopleEvents } from '@ekst/contracts';
import { defineHandler } from '@ekst/messaging';

/**
 * Erasure: the person's offers and what this service knew of them go. The projection row is
 * deleted first: that waits for any createSwapOffer holding it FOR SHARE, so an offer committed
 * at the same moment is visible to, and removed by, the second statement.
 */
export const personErasedHandler = defineHandler(
  PeopleEvents.erased,
  async ({ manager }, payload) => {
    await manager.query(`DELETE FROM person_projection WHERE id = $1`, [payload.personId]);
    await manager.query(`DELETE FROM swap_offer WHERE teacher_id = $1`, [payload.personId]);
  },
);
