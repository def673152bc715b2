import { EventEvents } from '@ekst/contracts';
import { defineHandler } from '@ekst/messaging';
import { academicYearOf } from '../domain/statistics';

/**
 * EventScheduled carries an event's whole state, so the newest one wins. Deliveries can come out
 * of order (a replay, a redelivery after a rebalance), so the upsert only overwrites a row with an
 * event that occurred no earlier than the one it holds.
 */
export const eventScheduledHandler = defineHandler(
  EventEvents.scheduled,
  async ({ manager: m }, p, envelope) => {
    await m.query(
      `INSERT INTO event_projection (id, title, kind, host_partner_id, starts_at, ends_at, status, occurred_at,
                                     audience, year_groups, aims, academic_year, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, now())
     ON CONFLICT (id) DO UPDATE SET
       title = EXCLUDED.title, kind = EXCLUDED.kind, host_partner_id = EXCLUDED.host_partner_id,
       starts_at = EXCLUDED.starts_at, ends_at = EXCLUDED.ends_at,
       -- completion arrives as EventCompleted; a later EventScheduled (an edit) does not undo it
       status = CASE WHEN event_projection.status = 'COMPLETED' AND EXCLUDED.status <> 'CANCELLED'
                     THEN 'COMPLETED' ELSE EXCLUDED.status END,
       occurred_at = EXCLUDED.occurred_at, audience = EXCLUDED.audience,
       year_groups = EXCLUDED.year_groups, aims = EXCLUDED.aims,
       academic_year = EXCLUDED.academic_year, updated_at = now()
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
        p.audience ?? null,
        p.yearGroups ?? [],
        p.aims ?? [],
        academicYearOf(new Date(p.startsAt)),
      ],
    );
  },
);
