import { EventEvents } from '@ekst/contracts';
import type { EventDefinition } from '@ekst/contracts';
import { appendEvent } from '@ekst/messaging';
import type { EntityManager } from 'typeorm';
import type { z } from 'zod';

/** Appends one of this service's domain events, keyed by the event (programme item) id. */
function append<T extends z.ZodType>(
  m: EntityManager,
  topic: string,
  definition: EventDefinition<T>,
  aggregateId: string,
  payload: z.infer<T>,
): Promise<void> {
  return appendEvent(m, { topic, producer: 'events', definition, aggregateId, payload });
}

export function appendPlaceOffered(
  m: EntityManager,
  topic: string,
  p: { registrationId: string; eventId: string; personId: string; confirmBy: Date },
): Promise<void> {
  return append(m, topic, EventEvents.placeOffered, p.eventId, {
    ...p,
    confirmBy: p.confirmBy.toISOString(),
  });
}

export function appendEventCancelled(
  m: EntityManager,
  topic: string,
  p: { eventId: string; reason: string },
): Promise<void> {
  return append(m, topic, EventEvents.cancelled, p.eventId, p);
}

export function appendEventCompleted(
  m: EntityManager,
  topic: string,
  p: { eventId: string; completedAt: Date; attendeeIds: string[] },
): Promise<void> {
  return append(m, topic, EventEvents.completed, p.eventId, {
    ...p,
    completedAt: p.completedAt.toISOString(),
  });
}

export function appendAttendanceRecorded(
  m: EntityManager,
  topic: string,
  p: { eventId: string; personId: string; status: 'ATTENDED' | 'NO_SHOW'; recordedAt: Date },
): Promise<void> {
  return append(m, topic, EventEvents.attendanceRecorded, p.eventId, {
    ...p,
    recordedAt: p.recordedAt.toISOString(),
  });
}
