import { forbidden } from '@ekst/subgraph-kit';
import type { Resolvers } from '../__generated__/resolvers-types';
import type { EventsContext } from '../context';
import { canManageEvents, canSeeEvent, canSeeEventRegistrations } from '../domain/event';
import { canSeePersonRegistrations } from '../domain/registration';
import type { EventEntity } from '../entities/event.entity';
import { createEvent } from '../use-cases/create-event.use-case';
import { listEvents } from '../use-cases/list-events.query';
import { publishEvent } from '../use-cases/publish-event.use-case';
import { registerForEvent } from '../use-cases/register-for-event.use-case';

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
