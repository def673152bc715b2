import { EventEvents } from '@ekst/contracts';
import type { EventDefinition } from '@ekst/contracts';
import { appendEvent } from '@ekst/messaging';
import type { EntityManager } from 'typeorm';
import type { z } from 'zod';
import type { EventRoleKind } from '../domain/event-role';
import type { RegistrationStatus } from '../domain/registration';

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

/**
 * Every new registration and every change of its status, so the people service knows who is
 * registered where (an event's organisers and host staff may see its registrants' names).
 */
export function appendRegistrationChanged(
  m: EntityManager,
  topic: string,
  r: { id: string; eventId: string; personId: string; status: RegistrationStatus },
): Promise<void> {
  return append(m, topic, EventEvents.registrationChanged, r.eventId, {
    registrationId: r.id,
    eventId: r.eventId,
    personId: r.personId,
    status: r.status,
  });
}

/** A role at an event: the people service lets organisers and teachers in charge see registrants. */
export function appendEventRoleAssigned(
  m: EntityManager,
  topic: string,
  p: { eventId: string; personId: string; role: EventRoleKind },
): Promise<void> {
  return append(m, topic, EventEvents.roleAssigned, p.eventId, p);
}
