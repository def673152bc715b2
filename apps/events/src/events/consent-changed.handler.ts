import { PeopleEvents } from '@ekst/contracts';
import { defineHandler } from '@ekst/messaging';

/**
 * The current state of one kind of consent. Events of one person share a key, so they arrive in
 * order and the last one wins.
 */
export const consentChangedHandler = defineHandler(
  PeopleEvents.consentChanged,
  async ({ manager: m }, p) => {
    await m.query(
      `INSERT INTO person_consent (person_id, kind, granted, updated_at) VALUES ($1, $2, $3, now())
     ON CONFLICT (person_id, kind) DO UPDATE SET granted = EXCLUDED.granted, updated_at = now()`,
      [p.personId, p.kind, p.granted],
    );
  },
);
