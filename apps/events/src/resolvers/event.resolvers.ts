import { forbidden } from '@ekst/subgraph-kit';
import type { Resolvers } from '../__generated__/resolvers-types';
import type { EventsContext } from '../context';
import { canSeeEvent, canSeeEventRegistrations } from '../domain/event';
import { canSeePersonRegistrations } from '../domain/registration';
import { photoConsentRefusedFlag, visibleCheckInCode } from '../domain/registration-fields';
import { assignEventRole } from '../use-cases/assign-event-role.use-case';
import { recordAttendance } from '../use-cases/attendance.use-case';
import type { AttendanceResult } from '../use-cases/attendance.use-case';
import { createCalendarFeed, revokeCalendarFeed } from '../use-cases/calendar.use-case';
import { cancelEvent } from '../use-cases/cancel-event.use-case';
import { cancelRegistration } from '../use-cases/cancel-registration.use-case';
import type { RegistrationChangeResult } from '../use-cases/cancel-registration.use-case';
import { completeEvent } from '../use-cases/complete-event.use-case';
import { confirmPlace } from '../use-cases/confirm-place.use-case';
import { copyEvent, createEventSeries } from '../use-cases/event-series.use-case';
import { updateEvent } from '../use-cases/update-event.use-case';
import type { EventEntity } from '../entities/event.entity';
import { createEvent } from '../use-cases/create-event.use-case';
import { listEvents } from '../use-cases/list-events.query';
import { publishEvent } from '../use-cases/publish-event.use-case';
import { registerForEvent } from '../use-cases/register-for-event.use-case';
import { isForbidden } from '../use-cases/event-management';
import type { Forbidden } from '../use-cases/event-management';

/** The use case decided who may manage the event; a refusal is the service's FORBIDDEN error. */
function managed<T extends object>(result: T | Forbidden): T {
  if (isForbidden(result)) throw forbidden(result.forbidden);
  return result;
}

function changePayload(result: RegistrationChangeResult) {
  if (result.outcome === 'forbidden') throw forbidden('You cannot act for this person');
  return result.outcome === 'ok'
    ? { registration: result.registration, offered: result.offered, errors: [] }
    : { registration: null, offered: [], errors: result.errors };
}

function attendancePayload(result: AttendanceResult) {
  if (result.outcome === 'forbidden')
    throw forbidden('Only the coordinator and the event’s organisers run check-in');
  return result.outcome === 'ok'
    ? { registration: result.registration, warnings: result.warnings, errors: [] }
    : { registration: null, warnings: [], errors: result.errors };
}

/** An event the caller may not see is indistinguishable from one that does not exist. */
async function visibleEvent(ctx: EventsContext, id: string): Promise<EventEntity | null> {
  const event = await ctx.eventById.load(id);
  return event && canSeeEvent(ctx.caller, event) ? event : null;
}

/** The caller's own roles at an event, from the batched roles of the event (no extra query). */
async function callerRolesAt(ctx: EventsContext, eventId: string): Promise<string[]> {
  if (ctx.caller.kind !== 'person') return [];
  const me = ctx.caller.subject.toLowerCase();
  return (await ctx.rolesByEvent.load(eventId)).filter((r) => r.personId === me).map((r) => r.role);
}

export const resolvers: Resolvers = {
  Query: {
    events: (_root, args, ctx) => listEvents(ctx.dataSource, ctx.caller, args),
    event: (_root, { id }, ctx) => visibleEvent(ctx, id),
  },
  Mutation: {
    createEvent: async (_root, { input }, ctx) =>
      managed(
        await createEvent(ctx.dataSource, { input, caller: ctx.caller }, { topic: ctx.ownTopic }),
      ),
    publishEvent: async (_root, { id }, ctx) =>
      managed(
        await publishEvent(ctx.dataSource, { id, caller: ctx.caller }, { topic: ctx.ownTopic }),
      ),
    registerForEvent: async (_root, { eventId, personId }, ctx) => {
      const result = await registerForEvent(
        ctx.dataSource,
        { eventId, personId, caller: ctx.caller },
        { topic: ctx.ownTopic },
      );
      if (result.outcome === 'forbidden') throw forbidden('You cannot register this person');
      return { registration: result.registration, errors: result.errors };
    },
    updateEvent: async (_root, { id, input }, ctx) =>
      managed(
        await updateEvent(
          ctx.dataSource,
          { id, patch: input, caller: ctx.caller },
          { topic: ctx.ownTopic },
        ),
      ),
    cancelEvent: async (_root, { id, reason }, ctx) =>
      managed(
        await cancelEvent(
          ctx.dataSource,
          { id, reason, caller: ctx.caller },
          { topic: ctx.ownTopic },
        ),
      ),
    completeEvent: async (_root, { id }, ctx) =>
      managed(
        await completeEvent(ctx.dataSource, { id, caller: ctx.caller }, { topic: ctx.ownTopic }),
      ),
    createEventSeries: async (_root, { input: { dates, ...rest } }, ctx) =>
      managed(
        await createEventSeries(
          ctx.dataSource,
          { input: rest, dates, caller: ctx.caller },
          { topic: ctx.ownTopic },
        ),
      ),
    copyEvent: async (_root, { id, startsAt, endsAt }, ctx) =>
      managed(
        await copyEvent(
          ctx.dataSource,
          { id, startsAt, endsAt, caller: ctx.caller },
          { topic: ctx.ownTopic },
        ),
      ),
    cancelRegistration: async (_root, { registrationId }, ctx) =>
      changePayload(
        await cancelRegistration(
          ctx.dataSource,
          { registrationId, caller: ctx.caller },
          { topic: ctx.ownTopic },
        ),
      ),
    confirmPlace: async (_root, { registrationId }, ctx) =>
      changePayload(
        await confirmPlace(
          ctx.dataSource,
          { registrationId, caller: ctx.caller },
          { topic: ctx.ownTopic },
        ),
      ),
    assignEventRole: async (_root, { eventId, personId, role }, ctx) =>
      managed(
        await assignEventRole(
          ctx.dataSource,
          { eventId, personId, role, caller: ctx.caller },
          { topic: ctx.ownTopic },
        ),
      ),
    checkIn: async (_root, { eventId, personId, code }, ctx) =>
      attendancePayload(
        await recordAttendance(
          ctx.dataSource,
          { eventId, personId, code, action: 'CHECK_IN', caller: ctx.caller },
          { topic: ctx.ownTopic },
        ),
      ),
    checkOut: async (_root, { eventId, personId, code }, ctx) =>
      attendancePayload(
        await recordAttendance(
          ctx.dataSource,
          { eventId, personId, code, action: 'CHECK_OUT', caller: ctx.caller },
          { topic: ctx.ownTopic },
        ),
      ),
    createCalendarFeed: async (_root, { scope, partnerId }, ctx) => {
      const result = await createCalendarFeed(ctx.dataSource, ctx.caller, { scope, partnerId });
      if (result === 'forbidden') throw forbidden('You cannot create this calendar feed');
      return result;
    },
    revokeCalendarFeed: async (_root, { id }, ctx) => {
      const result = await revokeCalendarFeed(ctx.dataSource, ctx.caller, id);
      if (result === 'forbidden') throw forbidden('You cannot revoke this calendar feed');
      return result;
    },
  },
  Event: {
    __resolveReference: (ref, ctx) => visibleEvent(ctx, ref.id),
    hostPartner: (e) => (e.hostPartnerId ? { id: e.hostPartnerId } : null),
    startsAt: (e) => e.startsAt.toISOString(),
    endsAt: (e) => e.endsAt.toISOString(),
    registeredCount: async (e, _args, ctx) =>
      (await ctx.registrationCountsByEvent.load(e.id)).registered,
    waitlistCount: async (e, _args, ctx) =>
      (await ctx.registrationCountsByEvent.load(e.id)).waitlisted,
    registrations: async (e, _args, ctx) => {
      if (!canSeeEventRegistrations(ctx.caller, e, await callerRolesAt(ctx, e.id)))
        throw forbidden(
          "Only the coordinator, the host's staff and the event's organisers and teachers in charge see who is registered",
        );
      return ctx.registrationsByEvent.load(e.id);
    },
    copiedFrom: (e, _args, ctx) => (e.copiedFromId ? visibleEvent(ctx, e.copiedFromId) : null),
    roles: (e, _args, ctx) => ctx.rolesByEvent.load(e.id),
  },
  EventRole: {
    person: (r) => ({ id: r.personId }),
  },
  CalendarFeed: {
    createdAt: (f) => f.createdAt.toISOString(),
    revokedAt: (f) => f.revokedAt?.toISOString() ?? null,
  },
  Registration: {
    // Whoever may see a registration may see the event it is for, whatever its status now.
    event: async (r, _args, ctx) => {
      const event = await ctx.eventById.load(r.eventId);
      if (!event) throw new Error(`registration ${r.id} refers to a missing event`);
      return event;
    },
    person: (r) => ({ id: r.personId }),
    registeredAt: (r) => r.registeredAt.toISOString(),
    offerExpiresAt: (r) => r.offerExpiresAt?.toISOString() ?? null,
    cancelledAt: (r) => r.cancelledAt?.toISOString() ?? null,
    checkedInAt: (r) => r.checkedInAt?.toISOString() ?? null,
    checkedOutAt: (r) => r.checkedOutAt?.toISOString() ?? null,
    // Field rules shared with the CSV export (domain/registration-fields), so neither shows more.
    checkInCode: (r, _args, ctx) => visibleCheckInCode(ctx.caller, r),
    photoConsent: (r, _args, ctx) => ctx.photoConsentByPerson.load(r.personId),
    photoConsentRefused: async (r, _args, ctx) =>
      photoConsentRefusedFlag(await ctx.photoConsentByPerson.load(r.personId)),
  },
  Person: {
    __resolveReference: (ref) => ({ id: ref.id }),
    registrations: async (p, _args, ctx) => {
      // The coordinator needs no projection lookup; everyone else is checked against the person's partner.
      const partnerId = canSeePersonRegistrations(ctx.caller, p.id, null)
        ? null
        : ((await ctx.personById.load(p.id))?.partnerId ?? null);
      if (!canSeePersonRegistrations(ctx.caller, p.id, partnerId)) {
        throw forbidden(
          "Only the person, the coordinator and their school's staff see their registrations",
        );
      }
      return ctx.registrationsByPerson.load(p.id);
    },
  },
  Partner: {
    __resolveReference: (ref) => ({ id: ref.id }),
    hostedEvents: (p, _args, ctx) => ctx.hostedEventsByPartner.load(p.id),
  },
};
