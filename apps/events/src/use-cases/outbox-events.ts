import { EventEvents } from '@ekst/contracts';
import type { Outbox, TraceHeaders } from '@ekst/messaging';
import type { EventRoleKind } from '../domain/event-role';
import type { RegistrationStatus } from '../domain/registration';

/*
 * This service's domain events, keyed by the event (programme item) id. The outbox comes from the
 * transaction (`tx.outbox`), already bound to the events topic: nothing here says where they go.
 */

export function appendPlaceOffered(
  outbox: Outbox,
  p: { registrationId: string; eventId: string; personId: string; confirmBy: Date },
): Promise<void> {
  return outbox.append(EventEvents.placeOffered, p.eventId, {
    ...p,
    confirmBy: p.confirmBy.toISOString(),
  });
}

/** An offer lapsed unconfirmed: communications tells the person the place moved on. */
export function appendOfferExpired(
  outbox: Outbox,
  p: { registrationId: string; eventId: string; personId: string },
): Promise<void> {
  return outbox.append(EventEvents.offerExpired, p.eventId, p);
}

export function appendEventCancelled(
  outbox: Outbox,
  p: { eventId: string; reason: string },
): Promise<void> {
  return outbox.append(EventEvents.cancelled, p.eventId, p);
}

export function appendEventCompleted(
  outbox: Outbox,
  p: { eventId: string; completedAt: Date; attendeeIds: string[] },
): Promise<void> {
  return outbox.append(EventEvents.completed, p.eventId, {
    ...p,
    completedAt: p.completedAt.toISOString(),
  });
}

export function appendAttendanceRecorded(
  outbox: Outbox,
  p: { eventId: string; personId: string; status: 'ATTENDED' | 'NO_SHOW'; recordedAt: Date },
): Promise<void> {
  return outbox.append(EventEvents.attendanceRecorded, p.eventId, {
    ...p,
    recordedAt: p.recordedAt.toISOString(),
  });
}

/**
 * Every new registration and every change of its status, so the people service knows who is
 * registered where (an event's organisers and host staff may see its registrants' names).
 */
export function appendRegistrationChanged(
  outbox: Outbox,
  r: { id: string; eventId: string; personId: string; status: RegistrationStatus },
): Promise<void> {
  return outbox.append(EventEvents.registrationChanged, r.eventId, {
    registrationId: r.id,
    eventId: r.eventId,
    personId: r.personId,
    status: r.status,
  });
}

/**
 * `appendRegistrationChanged` for many registrations, in one outbox statement, in order; each
 * with the trace context of the request that made it when given (the group commit's batch).
 */
export function appendRegistrationsChanged(
  outbox: Outbox,
  rs: ReadonlyArray<{
    id: string;
    eventId: string;
    personId: string;
    status: RegistrationStatus;
    traceContext?: TraceHeaders | null;
  }>,
): Promise<void> {
  return outbox.appendMany(
    EventEvents.registrationChanged,
    rs.map((r) => ({
      traceContext: r.traceContext,
      aggregateId: r.eventId,
      payload: { registrationId: r.id, eventId: r.eventId, personId: r.personId, status: r.status },
    })),
  );
}

/** A role at an event: the people service lets organisers and teachers in charge see registrants. */
export function appendEventRoleAssigned(
  outbox: Outbox,
  p: { eventId: string; personId: string; role: Exclude<EventRoleKind, 'STUDENT_ORGANISER'> },
): Promise<void> {
  return outbox.append(EventEvents.roleAssigned, p.eventId, p);
}
