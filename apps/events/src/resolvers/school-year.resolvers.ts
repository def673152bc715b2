import { createGroupLoader, forbidden, payloadOf, payloadWith } from '@ekst/subgraph-kit';
import type DataLoader from 'dataloader';
import type { Resolvers } from '../__generated__/resolvers-types';
import { ambassadorHours } from '../ambassadors/ambassador-hours.query';
import {
  AmbassadorAvailabilityEntity,
  AmbassadorOfferEntity,
} from '../ambassadors/ambassador.entities';
import {
  acceptAmbassadorSlot,
  logAmbassadorHours,
  offerAmbassadorSlot,
  recordAmbassadorAvailability,
  setAmbassadorSlots,
} from '../ambassadors/ambassador.use-cases';
import { mayReadAmbassadorHours } from '../ambassadors/ambassadors';
import type { EventsContext } from '../context';
import { cpdRecord } from '../cpd/cpd-record.query';
import { mayReadCpdRecord } from '../cpd/cpd-record';
import { canSeeEvent } from '../domain/event';
import { mayManageEvent } from '../domain/event-management';
import type { EventRoleKind } from '../domain/event-role';
import type { EventEntity } from '../entities/event.entity';
import { StandingGroupEntity } from '../standing-groups/standing-group.entity';
import {
  addStandingGroupSessions,
  createStandingGroup,
  joinStandingGroup,
  leaveStandingGroup,
} from '../standing-groups/standing-group.use-cases';
import { setEventTravel } from '../travel/set-event-travel.use-case';
import { transportList, travelCostPence } from '../travel/transport-list.query';
import { mayPlanTravel, mayReadTravelCost } from '../travel/travel';

/*
 * The school-year additions (issue 14, events part): standing groups, travel, ambassadors and
 * teachers' CPD records. Merged with the event resolvers in module.ts.
 */

async function rolesAt(ctx: EventsContext, eventId: string): Promise<EventRoleKind[]> {
  if (ctx.caller.kind !== 'person') return [];
  const me = ctx.caller.subject.toLowerCase();
  return (await ctx.rolesByEvent.load(eventId)).filter((r) => r.personId === me).map((r) => r.role);
}

async function manages(ctx: EventsContext, e: EventEntity): Promise<boolean> {
  return mayManageEvent(ctx.caller, e, await rolesAt(ctx, e.id));
}

async function visibleEvent(ctx: EventsContext, id: string): Promise<EventEntity | null> {
  const event = await ctx.eventById.load(id);
  return event && canSeeEvent(ctx.caller, event) ? event : null;
}

async function eventOf(ctx: EventsContext, id: string): Promise<EventEntity> {
  const event = await ctx.eventById.load(id);
  if (!event) throw new Error(`missing event ${id}`);
  return event;
}

interface SessionGroupRow {
  event_id: string;
  id: string;
  title: string;
  kind: StandingGroupEntity['kind'];
  created_at: Date;
}

/**
 * Per-request loaders for the Event fields added here, so a page of events costs one query per
 * field, not one per event. Kept beside the context (keyed by it) rather than in loaders.ts.
 */
const loadersOf = new WeakMap<
  EventsContext,
  {
    groupByEvent: DataLoader<string, SessionGroupRow[]>;
    slotsByEvent: DataLoader<string, Array<{ event_id: string; slots: number }>>;
  }
>();
function schoolYearLoaders(ctx: EventsContext) {
  let l = loadersOf.get(ctx);
  if (!l) {
    l = {
      groupByEvent: createGroupLoader(
        (ids) =>
          ctx.dataSource.query(
            `SELECT s.event_id, g.id, g.title, g.kind, g.created_at FROM standing_group_session s
             JOIN standing_group g ON g.id = s.group_id WHERE s.event_id = ANY($1::uuid[])`,
            [ids],
          ) as Promise<SessionGroupRow[]>,
        (r) => r.event_id,
      ),
      slotsByEvent: createGroupLoader(
        (ids) =>
          ctx.dataSource.query(
            `SELECT event_id, slots FROM event_ambassador_slots WHERE event_id = ANY($1::uuid[])`,
            [ids],
          ) as Promise<Array<{ event_id: string; slots: number }>>,
        (r) => r.event_id,
      ),
    };
    loadersOf.set(ctx, l);
  }
  return l;
}

export const schoolYearResolvers: Resolvers = {
  Query: {
    standingGroups: (_r, _a, ctx) =>
      ctx.dataSource
        .getRepository(StandingGroupEntity)
        .find({ order: { title: 'ASC', id: 'ASC' } }),
    standingGroup: (_r, { id }, ctx) =>
      /^[0-9a-f-]{36}$/i.test(id)
        ? ctx.dataSource.getRepository(StandingGroupEntity).findOneBy({ id })
        : null,
  },
  // One line each (the seam): permissions and rules live in the use cases.
  Mutation: {
    createStandingGroup: (_r, args, ctx) =>
      createStandingGroup(ctx.deps, args).then(payloadOf('standingGroup')),
    addStandingGroupSessions: (_r, args, ctx) =>
      addStandingGroupSessions(ctx.deps, args).then(
        payloadWith({ standingGroup: null, registrations: [], skipped: [] }),
      ),
    joinStandingGroup: (_r, args, ctx) =>
      joinStandingGroup(ctx.deps, args).then(
        payloadWith({ standingGroup: null, registrations: [], skipped: [] }),
      ),
    leaveStandingGroup: (_r, args, ctx) =>
      leaveStandingGroup(ctx.deps, args).then(payloadWith({ standingGroup: null, withdrawn: [] })),
    setEventTravel: (_r, args, ctx) => setEventTravel(ctx.deps, args).then(payloadOf('travel')),
    recordAmbassadorAvailability: (_r, args, ctx) =>
      recordAmbassadorAvailability(ctx.deps, args).then(payloadOf('availability')),
    setAmbassadorSlots: (_r, args, ctx) =>
      setAmbassadorSlots(ctx.deps, args).then(payloadOf('event')),
    offerAmbassadorSlot: (_r, args, ctx) =>
      offerAmbassadorSlot(ctx.deps, args).then(payloadOf('offer')),
    acceptAmbassadorSlot: (_r, args, ctx) =>
      acceptAmbassadorSlot(ctx.deps, args).then(payloadOf('offer')),
    logAmbassadorHours: (_r, args, ctx) =>
      logAmbassadorHours(ctx.deps, args).then(payloadOf('entry')),
  },
  StandingGroup: {
    sessions: async (g, _a, ctx) => {
      const rows = (await ctx.dataSource.query(
        `SELECT s.event_id FROM standing_group_session s JOIN event e ON e.id = s.event_id
         WHERE s.group_id = $1 ORDER BY e.starts_at, e.id`,
        [g.id],
      )) as Array<{ event_id: string }>;
      const events = await Promise.all(rows.map((r) => visibleEvent(ctx, r.event_id)));
      return events.filter((e): e is EventEntity => e !== null);
    },
    memberCount: async (g, _a, ctx) => {
      const [row] = (await ctx.dataSource.query(
        `SELECT count(*)::int AS n FROM standing_group_member WHERE group_id = $1 AND left_at IS NULL`,
        [g.id],
      )) as Array<{ n: number }>;
      return row.n;
    },
    isMember: async (g, _a, ctx) => {
      if (ctx.caller.kind !== 'person') return false;
      const rows = (await ctx.dataSource.query(
        `SELECT 1 FROM standing_group_member WHERE group_id = $1 AND person_id::text = lower($2) AND left_at IS NULL`,
        [g.id, ctx.caller.subject],
      )) as unknown[];
      return rows.length > 0;
    },
  },
  StandingGroupSkip: {
    event: (s, _a, ctx) => eventOf(ctx, s.eventId),
    person: (s) => ({ id: s.personId }),
  },
  TransportListEntry: {
    partner: (t) => ({ id: t.partnerId }),
    pickupAt: (t) => t.pickupAt?.toISOString() ?? null,
  },
  AmbassadorAvailability: {
    startsAt: (a) => a.startsAt.toISOString(),
    endsAt: (a) => a.endsAt.toISOString(),
  },
  AmbassadorOffer: {
    event: (o, _a, ctx) => eventOf(ctx, o.eventId),
    person: (o) => ({ id: o.personId }),
    offeredAt: (o) => o.offeredAt.toISOString(),
    acceptedAt: (o) => o.acceptedAt?.toISOString() ?? null,
  },
  AmbassadorHoursEntry: {
    event: (h, _a, ctx) => eventOf(ctx, h.eventId),
    loggedAt: (h) => h.loggedAt.toISOString(),
  },
  CpdEntry: {
    event: (c, _a, ctx) => eventOf(ctx, c.eventId),
    startsAt: (c) => c.startsAt.toISOString(),
    endsAt: (c) => c.endsAt.toISOString(),
  },
  Event: {
    standingGroup: async (e, _a, ctx) => {
      const [row] = await schoolYearLoaders(ctx).groupByEvent.load(e.id);
      return row
        ? { id: row.id, title: row.title, kind: row.kind, createdAt: row.created_at }
        : null;
    },
    transportList: async (e, _a, ctx) => {
      if (!mayPlanTravel(await manages(ctx, e), await rolesAt(ctx, e.id)))
        throw forbidden(
          'Only those who run the event and its teachers in charge see its transport list',
        );
      return transportList(ctx.dataSource.manager, e.id);
    },
    travelCostPence: async (e, _a, ctx) => {
      if (!mayReadTravelCost(ctx.caller, await manages(ctx, e), await rolesAt(ctx, e.id)))
        throw forbidden('Only finance and those who run the event see its travel cost');
      return travelCostPence(ctx.dataSource.manager, e.id);
    },
    ambassadorSlots: async (e, _a, ctx) =>
      (await schoolYearLoaders(ctx).slotsByEvent.load(e.id))[0]?.slots ?? 0,
    ambassadorOffers: async (e, _a, ctx) => {
      if (!(await manages(ctx, e)))
        throw forbidden('Only those who manage the event see its ambassador offers');
      return ctx.dataSource
        .getRepository(AmbassadorOfferEntity)
        .find({ where: { eventId: e.id }, order: { offeredAt: 'ASC' } });
    },
  },
  Person: {
    cpdRecord: async (p, { academicYear }, ctx) => {
      const person = await ctx.personById.load(p.id);
      if (!mayReadCpdRecord(ctx.caller, { id: p.id, partnerId: person?.partnerId ?? null }))
        throw forbidden(
          "Only the teacher, their school's head and the coordinator see a CPD record",
        );
      return cpdRecord(ctx.dataSource.manager, p.id.toLowerCase(), academicYear);
    },
    ambassadorAvailability: async (p, _a, ctx) => {
      if (!mayReadAmbassadorHours(ctx.caller, p.id))
        throw forbidden("Only the ambassador and the coordinator see an ambassador's availability");
      return ctx.dataSource
        .getRepository(AmbassadorAvailabilityEntity)
        .createQueryBuilder('a')
        .where('a.person_id = :id AND a.ends_at > now()', { id: p.id.toLowerCase() })
        .orderBy('a.starts_at')
        .getMany();
    },
    ambassadorHours: async (p, { academicYear }, ctx) => {
      if (!mayReadAmbassadorHours(ctx.caller, p.id))
        throw forbidden("Only the ambassador and the coordinator see an ambassador's hours");
      return ambassadorHours(ctx.dataSource.manager, p.id.toLowerCase(), academicYear);
    },
  },
};
