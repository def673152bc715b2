import { forbidden } from '@ekst/subgraph-kit';
import type { Resolvers } from '../__generated__/resolvers-types';
import type { EventsContext } from '../context';
import { canManageEvents, canSeeEvent, canSeeEventRegistrations } from '../domain/event';
import { canActForRegistrant, canSeePersonRegistrations } from '../domain/registration';
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

function manager(ctx: EventsContext, what: string): void {
  if (!canManageEvents(ctx.caller))
    throw forbidden(`Only the coordinator and champions can ${what}`);
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
  return { registration: result.registration, errors: result.errors };
}

/** An event the caller may not see is indistinguishable from one that does not exist. */
async function visibleEvent(ctx: EventsContext, id: string): Promise<EventEntity | null> {
  const event = await ctx.eventById.load(id);
  return event && canSeeEvent(ctx.caller, event) ? event : null;
}

export const resolvers: Resolvers = {
  Query: {
    events: (_root, args, ctx) => listEvents(ctx.dataSource, ctx.caller, args),
    event: (_root, { id }, ctx) => visibleEvent(ctx, id),
  },
  Mutation: {
    createEvent: async (_root, { input }, ctx) => {
      if (!canManageEvents(ctx.caller))
        throw forbidden('Only the coordinator and champions can create events');
      return createEvent(ctx.dataSource, input, { topic: ctx.ownTopic });
    },
    publishEvent: async (_root, { id }, ctx) => {
      if (!canManageEvents(ctx.caller))
        throw forbidden('Only the coordinator and champions can publish events');
      return publishEvent(ctx.dataSource, id, { topic: ctx.ownTopic });
    },
    registerForEvent: async (_root, { eventId, personId }, ctx) => {
      const result = await registerForEvent(ctx.dataSource, {
        eventId,
        personId,
        caller: ctx.caller,
      });
      if (result.outcome === 'forbidden') throw forbidden('You cannot register this person');
      return { registration: result.registration, errors: result.errors };
    },
    updateEvent: async (_root, { id, input }, ctx) => {
      manager(ctx, 'change events');
      return updateEvent(ctx.dataSource, { id, patch: input }, { topic: ctx.ownTopic });
    },
    cancelEvent: async (_root, { id, reason }, ctx) => {
      manager(ctx, 'cancel events');
      return cancelEvent(ctx.dataSource, { id, reason }, { topic: ctx.ownTopic });
    },
    completeEvent: async (_root, { id }, ctx) => {
      manager(ctx, 'complete events');
      return completeEvent(ctx.dataSource, { id }, { topic: ctx.ownTopic });
    },
    createEventSeries: async (_root, { input }, ctx) => {
      manager(ctx, 'create events');
      const { dates, ...rest } = input;
      return createEventSeries(ctx.dataSource, { input: rest, dates }, { topic: ctx.ownTopic });
    },
    copyEvent: async (_root, { id, startsAt, endsAt }, ctx) => {
      manager(ctx, 'create events');
      return copyEvent(ctx.dataSource, { id, startsAt, endsAt }, { topic: ctx.ownTopic });
    },
    cancelRegistration: async (_root, { registrationId }, ctx) =>
      changePayload(
        await cancelRegistration(
          ctx.dataSource,
          { registrationId, caller: ctx.caller },
          { topic: ctx.ownTopic },
        ),
      ),
    confirmPlace: async (_root, { registrationId }, ctx) =>
      changePayload(await confirmPlace(ctx.dataSource, { registrationId, caller: ctx.caller })),
    assignEventRole: async (_root, { eventId, personId, role }, ctx) => {
      manager(ctx, 'assign roles at events');
      return assignEventRole(ctx.dataSource, { eventId, personId, role });
    },
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
    registrations: (e, _args, ctx) => {
      if (!canSeeEventRegistrations(ctx.caller, e))
        throw forbidden("Only the coordinator and the host's staff see who is registered");
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
    // The code admits someone at the door: not for the host's other staff browsing the list.
    checkInCode: (r, _args, ctx) =>
      canActForRegistrant(ctx.caller, r.personId, r.partnerId) ? r.checkInCode : null,
    photoConsentRefused: (r, _args, ctx) => ctx.photoConsentRefused.load(r.personId),
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
