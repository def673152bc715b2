import { EventEvents } from '@ekst/contracts';
import { defineHandler } from '@ekst/messaging';

/*
 * The events topic, reduced to what "who sees whom through an event" needs. Every event of the
 * topic is keyed by the programme item's id, so for one event they arrive in the order events
 * wrote them: EventScheduled (on create) before any registration or role.
 */

/**
 * EventScheduled carries the event's whole state, so the newest wins (a late, older delivery is
 * ignored); the end time is copied to the participation rows, whose retention follows it.
 */
export const eventScheduledHandler = defineHandler(
  EventEvents.scheduled,
  async ({ manager: m }, p, envelope) => {
    const applied = (await m.query(
      `INSERT INTO event_projection (id, host_partner_id, ends_at, status, occurred_at)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (id) DO UPDATE SET
         host_partner_id = EXCLUDED.host_partner_id, ends_at = EXCLUDED.ends_at,
         status = EXCLUDED.status, occurred_at = EXCLUDED.occurred_at
       WHERE event_projection.occurred_at <= EXCLUDED.occurred_at
       RETURNING ends_at`,
      [p.eventId, p.hostPartnerId, p.endsAt, p.status, envelope.occurredAt],
    )) as unknown[];
    if (applied.length === 0) return;
    await m.query(
      `UPDATE event_registration_projection SET event_ends_at = $2 WHERE event_id = $1`,
      [p.eventId, p.endsAt],
    );
    await m.query(`UPDATE event_role_projection SET event_ends_at = $2 WHERE event_id = $1`, [
      p.eventId,
      p.endsAt,
    ]);
  },
);

/**
 * Only for people this service holds: a change still in flight when a person was erased must not
 * bring a row about them back.
 */
export const registrationChangedHandler = defineHandler(
  EventEvents.registrationChanged,
  async ({ manager: m }, p) => {
    await m.query(
      `INSERT INTO event_registration_projection (registration_id, event_id, person_id, status, event_ends_at)
       SELECT $1, $2, $3, $4, (SELECT ends_at FROM event_projection WHERE id = $2)
       WHERE EXISTS (SELECT 1 FROM person WHERE id = $3)
       ON CONFLICT (registration_id) DO UPDATE SET status = EXCLUDED.status`,
      [p.registrationId, p.eventId, p.personId, p.status],
    );
  },
);

export const eventRoleAssignedHandler = defineHandler(
  EventEvents.roleAssigned,
  async ({ manager: m }, p) => {
    await m.query(
      `INSERT INTO event_role_projection (event_id, person_id, role, event_ends_at)
     SELECT $1, $2, $3, (SELECT ends_at FROM event_projection WHERE id = $1)
     WHERE EXISTS (SELECT 1 FROM person WHERE id = $2)
     ON CONFLICT DO NOTHING`,
      [p.eventId, p.personId, p.role],
    );
  },
);

export const eventRoleRemovedHandler = defineHandler(
  EventEvents.roleRemoved,
  async ({ manager: m }, p) => {
    await m.query(
      `DELETE FROM event_role_projection WHERE event_id = $1 AND person_id = $2 AND role = $3`,
      [p.eventId, p.personId, p.role],
    );
  },
);
