import { PartnerEvents } from '@ekst/contracts';
import { defineHandler } from '@ekst/messaging';

/**
 * Upsert: a partner that left and joins again is active again. Events of one partner share a
 * message key, so they arrive in the order they happened.
 */
export const partnerJoinedHandler = defineHandler(
  PartnerEvents.joined,
  async ({ manager: m }, p) => {
    await m.query(
      `INSERT INTO partner_projection (id, name, kind, sector, joined_on, left_on, updated_at)
     VALUES ($1, $2, $3, $4, $5, NULL, now())
     ON CONFLICT (id) DO UPDATE SET
       name = EXCLUDED.name, kind = EXCLUDED.kind, sector = EXCLUDED.sector,
       joined_on = EXCLUDED.joined_on, left_on = NULL, updated_at = now()`,
      [p.partnerId, p.name, p.kind, p.sector, p.joinedOn],
    );
  },
);
