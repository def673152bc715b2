import { PeopleEvents } from '@ekst/contracts';
import { defineHandler } from '@ekst/messaging';

/** Keeps only what offers are validated against: partner and roles (no name, no year group). */
export const personRegisteredHandler = defineHandler(
  PeopleEvents.registered,
  async ({ manager }, payload) => {
    await manager.query(
      `INSERT INTO person_projection (id, partner_id, roles, updated_at) VALUES ($1, $2, $3, now())
     ON CONFLICT (id) DO UPDATE SET partner_id = EXCLUDED.partner_id, roles = EXCLUDED.roles, updated_at = now()`,
      [payload.personId, payload.partnerId, payload.roles],
    );
  },
);
