import { PartnerEvents } from '@ekst/contracts';
import { defineHandler } from '@ekst/messaging';

/**
 * A partner we never heard join has nothing to update: PartnerJoined carries the name and kind
 * the projection needs, and it precedes PartnerLeft on the partner's partition.
 */
export const partnerLeftHandler = defineHandler(PartnerEvents.left, async ({ manager: m }, p) => {
  await m.query(`UPDATE partner_projection SET left_on = $2, updated_at = now() WHERE id = $1`, [
    p.partnerId,
    p.leftOn,
  ]);
});
