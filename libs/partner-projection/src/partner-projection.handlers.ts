import { GovernanceEvents, PartnerEvents } from '@ekst/contracts';
import { defineHandler } from '@ekst/messaging';
import type { EventHandler } from '@ekst/messaging';

/**
 * Upsert: a partner that left and joins again (partners-governance announces a rejoin as
 * PartnerJoined with the new period's date) is active again, with its current name, kind, sector
 * and site. A partner's events share a message key, so they arrive in the order they happened.
 */
export const partnerJoinedHandler = defineHandler(
  PartnerEvents.joined,
  async ({ manager, clock }, p) => {
    // `location` absent (a message from before it travelled) says nothing, so a known site is
    // kept; `null` says the partner has none recorded, so it is cleared.
    const locationKnown = p.location !== undefined;
    await manager.query(
      `INSERT INTO partner_projection
         (id, name, kind, sector, status, joined_on, left_on, lat, lng, updated_at)
       VALUES ($1, $2, $3, $4, 'ACTIVE', $5, NULL, $7, $8, $6)
       ON CONFLICT (id) DO UPDATE SET
         name = EXCLUDED.name, kind = EXCLUDED.kind, sector = EXCLUDED.sector, status = 'ACTIVE',
         joined_on = EXCLUDED.joined_on, left_on = NULL, updated_at = EXCLUDED.updated_at,
         lat = CASE WHEN $9 THEN EXCLUDED.lat ELSE partner_projection.lat END,
         lng = CASE WHEN $9 THEN EXCLUDED.lng ELSE partner_projection.lng END`,
      [
        p.partnerId,
        p.name,
        p.kind,
        p.sector,
        p.joinedOn,
        clock.now(),
        p.location?.lat ?? null,
        p.location?.lng ?? null,
        locationKnown,
      ],
    );
  },
);

/**
 * PartnerLeft carries no name or kind, so it can only update a partner this service already
 * knows; PartnerJoined precedes it on the partner's partition.
 */
export const partnerLeftHandler = defineHandler(
  PartnerEvents.left,
  async ({ manager, clock }, p) => {
    await manager.query(
      `UPDATE partner_projection SET status = 'LEFT', left_on = $2, updated_at = $3 WHERE id = $1`,
      [p.partnerId, p.leftOn, clock.now()],
    );
  },
);

/**
 * PartnerUpdated carries the partner's whole current picture (name, kind, sector, site) but says
 * nothing of membership, so status and dates stay. Like PartnerLeft it only updates a partner
 * this service already knows (PartnerJoined precedes it on the partner's partition).
 */
export const partnerUpdatedHandler = defineHandler(
  GovernanceEvents.partnerUpdated,
  async ({ manager, clock }, p) => {
    await manager.query(
      `UPDATE partner_projection
         SET name = $2, kind = $3, sector = $4, lat = $5, lng = $6, updated_at = $7
       WHERE id = $1`,
      [
        p.partnerId,
        p.name,
        p.kind,
        p.sector,
        p.location?.lat ?? null,
        p.location?.lng ?? null,
        clock.now(),
      ],
    );
  },
);

/** What a service adds to its handler list to keep `partner_projection` current. */
export const partnerProjectionHandlers: readonly EventHandler[] = [
  partnerJoinedHandler,
  partnerLeftHandler,
  partnerUpdatedHandler,
];
