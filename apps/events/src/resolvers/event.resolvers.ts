import { forbidden, payloadOf, payloadWith } from '@ekst/subgraph-kit';
import type { Resolvers } from '../__generated__/resolvers-types';
import type { EventsContext } from '../context';
import { canSeeEvent, canSeeEventRegistrations } from '../domain/event';
import { canSeePersonRegistrations } from '../domain/registration';
import { photoConsentRefusedFlag, visibleCheckInCode } from '../domain/registration-fields';
import type { EventEntity } from '../entities/event.entity';
import { assignEventRole } from '../use-cases/assign-event-role.use-case';
import { checkIn, checkOut } from '../use-cases/attendance.use-case';
import { createCalendarFeed, revokeCalendarFeed } from '../use-cases/calendar-feed.use-case';
import { cancelEvent } from '../use-cases/cancel-event.use-case';
import { cancelRegistration } from '../use-cases/cancel-registration.use-case';
import { completeEvent } from '../use-cases/complete-event.use-case';
import { confirmPlace } from '../use-cases/confirm-place.use-case';
import { createEvent } from '../use-cases/create-event.use-case';
import { clashResolvers } from './clash.resolvers';
import { copyEvent, createEventSeries } from '../use-cases/event-series.use-case';
import { listEvents } from '../use-cases/list-events.query';
import { eventIdForProposal } from '../use-cases/student-voice-draft.query';
import { publishEvent } from '../use-cases/publish-event.use-case';
import { registerForEvent } from '../use-cases/register-for-event.use-case';
import { updateEvent } from '../use-cases/update-event.use-case';

/** An event the caller may not see is indistinguishable from one that does not exist. */
async function visibleEvent(ctx: EventsContext, id: string): Promise<EventEntity | null> {
  const event = await ctx.eventById.load(id);
  if (!event) return null;
  if (canSeeEvent(ctx.caller, event)) return event;
  // Only an event the caller's roles do not show needs their roles at it (a student organiser's
  // draft): one batched query then, none for the events everyone sees.
  return canSeeEvent(ctx.caller, event, await callerRolesAt(ctx, event.id)) ? event : null;
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
    // --- groups, meetings, proposals ---
    eventForProposal: async (_root, { proposalId }, ctx) => {
      const id = await eventIdForProposal(ctx.dataSource, proposalId);
      return id ? visibleEvent(ctx, id) : null;
    },
  },
  // One line each (STYLE.md, the seam): permissions and rules live in the use cases.
  Mutation: {
    createEvent: (_r, args, ctx) => createEvent(ctx.deps, args).then(payloadOf('event')),
    publishEvent: (_r, args, ctx) => publishEvent(ctx.deps, args).then(payloadOf('event')),
    registerForEvent: (_r, args, ctx) =>
      registerForEvent(ctx.deps, args).then(payloadOf('registration')),
    updateEvent: (_r, args, ctx) => updateEvent(ctx.deps, args).then(payloadOf('event')),
    cancelEvent: (_r, args, ctx) => cancelEvent(ctx.deps, args).then(payloadOf('event')),
    completeEvent: (_r, args, ctx) => completeEvent(ctx.deps, args).then(payloadOf('event')),
    createEventSeries: (_r, args, ctx) =>
      createEventSeries(ctx.deps, args).then(payloadWith({ events: [] })),
    copyEvent: (_r, args, ctx) => copyEvent(ctx.deps, args).then(payloadOf('event')),
    cancelRegistration: (_r, args, ctx) =>
      cancelRegistration(ctx.deps, args).then(payloadWith({ registration: null, offered: [] })),
    confirmPlace: (_r, args, ctx) =>
      confirmPlace(ctx.deps, args).then(payloadWith({ registration: null, offered: [] })),
    assignEventRole: (_r, args, ctx) => assignEventRole(ctx.deps, args).then(payloadOf('role')),
    checkIn: (_r, args, ctx) =>
      checkIn(ctx.deps, args).then(payloadWith({ registration: null, warnings: [] })),
    checkOut: (_r, args, ctx) =>
      checkOut(ctx.deps, args).then(payloadWith({ registration: null, warnings: [] })),
    createCalendarFeed: (_r, args, ctx) =>
      createCalendarFeed(ctx.deps, args).then(payloadWith({ feed: null, token: null })),
    revokeCalendarFeed: (_r, args, ctx) =>
      revokeCalendarFeed(ctx.deps, args).then(payloadOf('feed')),
  },
  ...clashResolvers,
  Event: {
    __resolveReference: (ref, ctx) => visibleEvent(ctx, ref.id),
    clashWarnings: (e, _args, ctx) => ctx.clashesByEvent.load(e),
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
      const registrations = await ctx.registrationsByEvent.load(e.id);
      // One access-log entry for the whole register, naming everyone on it (issue 20).
      ctx.accessLog.record(
        'REGISTRATIONS',
        'Event.registrations',
        registrations.map((r) => r.personId),
      );
      return registrations;
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
      const registrations = await ctx.registrationsByPerson.load(p.id);
      ctx.accessLog.record('REGISTRATIONS', 'Person.registrations', [p.id]); // not when it is the caller
      return registrations;
    },
  },
  Partner: {
    __resolveReference: (ref) => ({ id: ref.id }),
    hostedEvents: (p, _args, ctx) => ctx.hostedEventsByPartner.load(p.id),
  },
};
