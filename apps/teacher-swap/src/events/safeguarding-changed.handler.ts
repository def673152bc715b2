import { PeopleEvents } from '@ekst/contracts';
import { defineHandler } from '@ekst/messaging';

/** Until when the person may work with children; null when no check is valid (as events keeps it). */
export const safeguardingChangedHandler = defineHandler(
  PeopleEvents.safeguardingChanged,
  async ({ manager: m }, p) => {
    await m.query(
      `INSERT INTO person_safeguarding (person_id, cleared_until, updated_at) VALUES ($1, $2, now())
       ON CONFLICT (person_id) DO UPDATE SET cleared_until = EXCLUDED.cleared_until, updated_at = now()`,
      [p.personId, p.clearedUntil],
    );
  },
);
