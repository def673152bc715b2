import { EventEvents } from '@ekst/contracts';
import { defineHandler } from '@ekst/messaging';
import type { EntityManager } from 'typeorm';
import { deliverySettings } from '../config';
import { notify } from '../use-cases/notify';

/** Statuses of people who hold (or are about to hold) a place: they are told of changes. */
const HOLDING_A_PLACE = ['REGISTERED', 'OFFERED'];
/** Everyone with a live registration, waitlist included: they are told of a cancellation. */
const LIVE = ['REGISTERED', 'OFFERED', 'WAITLISTED'];

interface EventRow {
  id: string;
  title: string;
  starts_at: Date;
  ends_at: Date;
  host_partner_id: string | null;
  status: string;
}

async function eventRow(manager: EntityManager, id: string): Promise<EventRow | null> {
  const rows = (await manager.query(
    `SELECT id, title, starts_at, ends_at, host_partner_id, status FROM event_projection WHERE id = $1`,
    [id],
  )) as EventRow[];
  return rows[0] ?? null;
}

async function peopleAt(manager: EntityManager, eventId: string, statuses: string[]) {
  const rows = (await manager.query(
    `SELECT DISTINCT person_id FROM registration_projection WHERE event_id = $1 AND status = ANY($2)`,
    [eventId, statuses],
  )) as Array<{ person_id: string }>;
  return rows.map((r) => ({ personId: r.person_id }));
}

/** An event the handler has not heard of yet: the events topic is ordered per event, so rare. */
function titleOf(e: EventRow | null): string {
  return e?.title ?? 'an EKST event';
}

/**
 * The programme as communications needs it (title, times, host). A change of time or venue to a
 * published event tells everyone holding a place, and a moved start re-arms the day-before reminder.
 */
export const eventScheduledHandler = defineHandler(
  EventEvents.scheduled,
  async ({ manager }, p, envelope) => {
    const before = await eventRow(manager, p.eventId);
    await manager.query(
      `INSERT INTO event_projection (id, title, starts_at, ends_at, host_partner_id, status, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, now())
       ON CONFLICT (id) DO UPDATE SET title = EXCLUDED.title, starts_at = EXCLUDED.starts_at,
         ends_at = EXCLUDED.ends_at, host_partner_id = EXCLUDED.host_partner_id,
         status = EXCLUDED.status, updated_at = now(),
         reminded_at = CASE WHEN event_projection.starts_at = EXCLUDED.starts_at
                            THEN event_projection.reminded_at END`,
      [p.eventId, p.title, p.startsAt, p.endsAt, p.hostPartnerId, p.status],
    );
    if (!before || before.status !== 'PUBLISHED' || p.status !== 'PUBLISHED') return;
    const timeChanged =
      before.starts_at.getTime() !== new Date(p.startsAt).getTime() ||
      before.ends_at.getTime() !== new Date(p.endsAt).getTime();
    const venueChanged = before.host_partner_id !== p.hostPartnerId;
    if (!timeChanged && !venueChanged) return;
    await notify(manager, deliverySettings(), {
      sourceKey: envelope.id,
      input: {
        template: 'EVENT_CHANGED',
        eventId: p.eventId,
        eventTitle: p.title,
        startsAt: p.startsAt,
        endsAt: p.endsAt,
        venueChanged,
      },
      recipients: await peopleAt(manager, p.eventId, HOLDING_A_PLACE),
    });
  },
);

/** Who is registered where (ids and status only): who to tell of a cancellation or a change. */
export const registrationChangedHandler = defineHandler(
  EventEvents.registrationChanged,
  async ({ manager }, p) => {
    await manager.query(
      `INSERT INTO registration_projection (id, event_id, person_id, status, updated_at)
       SELECT $1, $2, $3, $4, now() WHERE NOT EXISTS (SELECT 1 FROM erased_person WHERE id_hash = sha256(convert_to($3::uuid::text, 'UTF8')))
       ON CONFLICT (id) DO UPDATE SET status = EXCLUDED.status, updated_at = now()`,
      [p.registrationId, p.eventId, p.personId, p.status],
    );
  },
);

/**
 * A waitlisted person was offered a place: they are told with the deadline; a student's school
 * champions are e-mailed too, because a student has no address and someone must make sure they
 * see it in time.
 */
export const placeOfferedHandler = defineHandler(
  EventEvents.placeOffered,
  async ({ manager }, p, envelope) => {
    const event = await eventRow(manager, p.eventId);
    const settings = deliverySettings();
    await notify(manager, settings, {
      sourceKey: envelope.id,
      input: {
        template: 'PLACE_OFFERED',
        eventId: p.eventId,
        eventTitle: titleOf(event),
        confirmBy: p.confirmBy,
      },
      recipients: [{ personId: p.personId }],
    });
    const champions = (await manager.query(
      `SELECT c.id FROM person_projection s
         JOIN person_projection c ON c.partner_id = s.partner_id AND 'CHAMPION' = ANY(c.roles)
        WHERE s.id = $1 AND s.is_student AND c.id <> s.id`,
      [p.personId],
    )) as Array<{ id: string }>;
    await notify(manager, settings, {
      sourceKey: envelope.id,
      input: {
        template: 'PLACE_OFFERED_CHAMPION',
        eventId: p.eventId,
        eventTitle: titleOf(event),
        confirmBy: p.confirmBy,
      },
      recipients: champions.map((c) => ({ personId: c.id, aboutPersonId: p.personId })),
    });
  },
);

/** An offer lapsed: the person learns the place has moved on (the next one gets PlaceOffered). */
export const offerExpiredHandler = defineHandler(
  EventEvents.offerExpired,
  async ({ manager }, p, envelope) => {
    const event = await eventRow(manager, p.eventId);
    await notify(manager, deliverySettings(), {
      sourceKey: envelope.id,
      input: { template: 'OFFER_EXPIRED', eventId: p.eventId, eventTitle: titleOf(event) },
      recipients: [{ personId: p.personId }],
    });
  },
);

/** Everyone with a live registration is told once, with the reason. */
export const eventCancelledHandler = defineHandler(
  EventEvents.cancelled,
  async ({ manager }, p, envelope) => {
    const event = await eventRow(manager, p.eventId);
    await notify(manager, deliverySettings(), {
      sourceKey: envelope.id,
      input: {
        template: 'EVENT_CANCELLED',
        eventId: p.eventId,
        eventTitle: titleOf(event),
        reason: p.reason,
      },
      recipients: await peopleAt(manager, p.eventId, LIVE),
    });
  },
);
