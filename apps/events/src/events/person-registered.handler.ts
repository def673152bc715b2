import { PeopleEvents } from '@ekst/contracts';
import { defineHandler } from '@ekst/messaging';

export const personRegisteredHandler = defineHandler(
  PeopleEvents.registered,
  async ({ manager: m }, p) => {
    await m.query(
      `INSERT INTO person_projection (id, partner_id, roles, year_group, updated_at)
     VALUES ($1, $2, $3, $4, now())
     ON CONFLICT (id) DO UPDATE SET
       partner_id = EXCLUDED.partner_id, roles = EXCLUDED.roles,
       year_group = EXCLUDED.year_group, updated_at = now()`,
      [p.personId, p.partnerId, p.roles, p.yearGroup],
    );
  },
);
