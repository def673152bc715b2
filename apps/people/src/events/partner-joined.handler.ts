import { PartnerEvents } from '@ekst/contracts';
import { defineHandler } from '@ekst/messaging';

/** Upsert, so a partner that left and re-joins is ACTIVE again. */
export const partnerJoinedHandler = defineHandler(
  PartnerEvents.joined,
  async ({ manager }, payload) => {
    await manager.query(
      `INSERT INTO partner_projection (id, name, kind, sector, status, left_on, updated_at)
     VALUES ($1, $2, $3, $4, 'ACTIVE', NULL, now())
     ON CONFLICT (id) DO UPDATE
       SET name = EXCLUDED.name, kind = EXCLUDED.kind, sector = EXCLUDED.sector,
           status = 'ACTIVE', left_on = NULL, updated_at = now()`,
      [payload.partnerId, payload.name, payload.kind, payload.sector],
    );
  },
);
