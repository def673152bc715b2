import { EventEvents } from '@ekst/contracts';
import { defineHandler } from '@ekst/messaging';

/**
 * EventScheduled carries an event's whole state, so the newest one wins. Deliveries can come out
 * of order (a replay, a redelivery after a rebalance), so the upsert only overwrites a row with an
 * event that occurred no earlier than the one it holds.
 */
export const eventScheduledHandler = defineHandler(
  EventEvents.scheduled,
  async (m, p, envelope) => {
    await m.query(
      `INSERT INTO event_projection (id, title, kind, host_partner_id, starts_at, ends_at, status, occurred_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, now())
     ON CONFLICT (id) DO UPDATE SET
       title = EXCLUDED.title, kind = EXCLUDED.kind, host_partner_id = EXCLUDED.host_partner_id,
       starts_at = EXCLUDED.starts_at, ends_at = EXCLUDED.ends_at, status = EXCLUDED.status,
       occurred_at = EXCLUDED.occurred_at, updated_at = now()
     WHERE event_projection.occurred_at <= EXCLUDED.occurred_at`,
      [
        p.eventId,
        p.title,
        p.kind,
        p.hostPartnerId,
        p.startsAt,
        p.endsAt,
        p.status,
        envelope.occurredAt,
      ],
    );
  },
);
