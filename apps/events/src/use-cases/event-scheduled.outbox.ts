import { EventEvents } from '@ekst/contracts';
import type { Outbox } from '@ekst/messaging';
import type { EventEntity } from '../entities/event.entity';

/**
 * Announces an event's current state (EventScheduled carries the whole state, not a diff), so a
 * consumer keeps the newest by occurredAt whatever order deliveries come in.
 */
export async function appendEventScheduled(outbox: Outbox, event: EventEntity): Promise<void> {
  await outbox.append(EventEvents.scheduled, event.id, {
    eventId: event.id,
    title: event.title,
    kind: event.kind,
    hostPartnerId: event.hostPartnerId,
    startsAt: event.startsAt.toISOString(),
    endsAt: event.endsAt.toISOString(),
    status: event.status,
    audience: event.audience,
    yearGroups: event.yearGroups,
    aims: event.aims,
    // evaluation's reach report sets places used against them
    capacity: event.capacity,
    partnerQuota: event.partnerQuota ?? null,
  });
}
