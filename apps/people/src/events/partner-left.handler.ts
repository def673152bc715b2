import { PartnerEvents } from '@ekst/contracts';
import { defineHandler } from '@ekst/messaging';

/**
 * PartnerLeft carries no name or kind, so it can only update a partner this service already
 * knows; both events are keyed by partner id, so PartnerJoined arrives first on the same partition.
 */
export const partnerLeftHandler = defineHandler(
  PartnerEvents.left,
  async ({ manager }, payload) => {
    await manager.query(
      `UPDATE partner_projection SET status = 'LEFT', left_on = $2, updated_at = now() WHERE id = $1`,
      [payload.partnerId, payload.leftOn],
    );
  },
);
