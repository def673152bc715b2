import { randomUUID } from 'node:crypto';
import { done, isUuid, refused, rejected, userError } from '@ekst/subgraph-kit';
import type { EntityManager } from 'typeorm';
import { callerManagesEvent, notManager } from '../use-cases/event-management';
import type { EventsDeps, EventsResult } from '../use-cases/events-use-case';
import { appendEventRoleAssigned } from '../use-cases/outbox-events';
import { lockEvent } from '../use-cases/places';
import type { EventEntity } from '../entities/event.entity';
import {
  AmbassadorAvailabilityEntity,
  AmbassadorHoursEntity,
  AmbassadorOfferEntity,
  EventAmbassadorSlotsEntity,
} from './ambassador.entities';
import { londonDate, mayKeepAvailability, refuseAmbassadorOffer } from './ambassadors';
import type { AmbassadorOfferRefusal } from './ambassadors';

const OFFER_MESSAGES: Record<AmbassadorOfferRefusal, string> = {
  NOT_AN_AMBASSADOR: 'this person is not an ambassador',
  SAFEGUARDING_NOT_VALID: 'this person has no safeguarding check valid on the day of the event',
  NOT_AVAILABLE: 'this ambassador has not said they are available for the whole event',
  NO_SLOTS_LEFT: 'every ambassador slot of this event is already offered or taken',
};

const openEventNotFound = () =>
  rejected(userError('NOT_FOUND', 'no open event with this id', 'eventId'));
const isOpen = (e: EventEntity | null): e is EventEntity =>
  !!e && e.status !== 'CANCELLED' && e.status !== 'COMPLETED';

async function slotsOf(m: EntityManager, eventId: string): Promise<number> {
  const row = await m.getRepository(EventAmbassadorSlotsEntity).findOneBy({ eventId });
  return row?.slots ?? 0;
}

/** An ambassador (for themself) or the coordinator records a window of availability. */
export async function recordAmbassadorAvailability(
  deps: EventsDeps,
  args: { personId: string; startsAt: string; endsAt: string },
): Promise<EventsResult<AmbassadorAvailabilityEntity>> {
  const personId = args.personId.toLowerCase();
  if (!mayKeepAvailability(deps.caller, personId))
    return refused('Only the ambassador themself or the coordinator records their availability');
  const startsAt = new Date(args.startsAt);
  const endsAt = new Date(args.endsAt);
  const iso = /^\d{4}-\d{2}-\d{2}T/;
  if (!iso.test(args.startsAt) || Number.isNaN(startsAt.getTime()))
    return rejected(userError('INVALID', 'an ISO date-time with offset', 'startsAt'));
  if (!iso.test(args.endsAt) || Number.isNaN(endsAt.getTime()) || endsAt <= startsAt)
    return rejected(userError('INVALID', 'an ISO date-time after startsAt', 'endsAt'));
  return deps.transaction(async (tx): Promise<EventsResult<AmbassadorAvailabilityEntity>> => {
    const [person] = isUuid(personId)
      ? ((await tx.manager.query(`SELECT roles FROM person_projection WHERE id = $1`, [
          personId,
        ])) as Array<{
          roles: string[];
        }>)
      : [];
    if (!person) return rejected(userError('UNKNOWN_PERSON', 'no person with this id', 'personId'));
    if (!person.roles.includes('AMBASSADOR'))
      return rejected(userError('NOT_AN_AMBASSADOR', OFFER_MESSAGES.NOT_AN_AMBASSADOR, 'personId'));
    const repo = tx.manager.getRepository(AmbassadorAvailabilityEntity);
    const window = repo.create({
      id: randomUUID(),
      personId,
      startsAt,
      endsAt,
      createdAt: deps.clock.now(),
    });
    await repo.insert(window);
    return done(window);
  });
}

/** How many ambassadors an event wants; never below those already offered or taken. */
export async function setAmbassadorSlots(
  deps: EventsDeps,
  args: { eventId: string; slots: number },
): Promise<EventsResult<EventEntity>> {
  return deps.transaction(async (tx): Promise<EventsResult<EventEntity>> => {
    const m = tx.manager;
    const event = await lockEvent(m, args.eventId);
    if (event && !(await callerManagesEvent(m, deps.caller, event))) return notManager();
    if (!isOpen(event)) return openEventNotFound();
    if (!Number.isInteger(args.slots) || args.slots < 0 || args.slots > 100)
      return rejected(userError('INVALID', 'a whole number of slots from 0 to 100', 'slots'));
    const used = await m.getRepository(AmbassadorOfferEntity).countBy({ eventId: event.id });
    if (args.slots < used)
      return rejected(
        userError('SLOTS_BELOW_OFFERED', `${used} slots are already offered or taken`, 'slots'),
      );
    await m
      .getRepository(EventAmbassadorSlotsEntity)
      .upsert({ eventId: event.id, slots: args.slots }, ['eventId']);
    return done(event);
  });
}

/**
 * Offers one of an event's ambassador slots to an ambassador who is available for the whole event
 * and whose safeguarding check (as people last reported it) is valid on its last day. Offering
 * again to the same person changes nothing.
 */
export async function offerAmbassadorSlot(
  deps: EventsDeps,
  args: { eventId: string; personId: string },
): Promise<EventsResult<AmbassadorOfferEntity>> {
  const personId = args.personId.toLowerCase();
  return deps.transaction(async (tx): Promise<EventsResult<AmbassadorOfferEntity>> => {
    const m = tx.manager;
    const event = await lockEvent(m, args.eventId);
    if (event && !(await callerManagesEvent(m, deps.caller, event))) return notManager();
    if (!isOpen(event)) return openEventNotFound();
    const [person] = isUuid(personId)
      ? ((await m.query(
          `SELECT p.roles, to_char(s.cleared_until, 'YYYY-MM-DD') AS cleared_until
           FROM person_projection p LEFT JOIN person_safeguarding s ON s.person_id = p.id WHERE p.id = $1`,
          [personId],
        )) as Array<{ roles: string[]; cleared_until: string | null }>)
      : [];
    if (!person) return rejected(userError('UNKNOWN_PERSON', 'no person with this id', 'personId'));
    const offers = m.getRepository(AmbassadorOfferEntity);
    const existing = await offers.findOneBy({ eventId: event.id, personId });
    const windows = await m.getRepository(AmbassadorAvailabilityEntity).findBy({ personId });
    const refusal = refuseAmbassadorOffer(
      {
        roles: person.roles,
        clearedUntil: person.cleared_until,
        windows,
        alreadyOffered: !!existing,
      },
      {
        startsAt: event.startsAt,
        endsAt: event.endsAt,
        slots: await slotsOf(m, event.id),
        slotsUsed: await offers.countBy({ eventId: event.id }),
      },
    );
    if (refusal) return rejected(userError(refusal, OFFER_MESSAGES[refusal], 'personId'));
    if (existing) return done(existing);
    const offer = offers.create({
      eventId: event.id,
      personId,
      status: 'OFFERED',
      offeredAt: deps.clock.now(),
      acceptedAt: null,
    });
    await offers.insert(offer);
    return done(offer);
  });
}

/**
 * The ambassador accepts a slot offered to them and takes the AMBASSADOR role at the event
 * (announced as EventRoleAssigned, like assignEventRole). The safeguarding check is asked again:
 * it may have lapsed or been withdrawn since the offer.
 */
export async function acceptAmbassadorSlot(
  deps: EventsDeps,
  args: { eventId: string },
): Promise<EventsResult<AmbassadorOfferEntity>> {
  const { caller } = deps;
  if (caller.kind !== 'person' || !isUuid(caller.subject))
    return refused('Only the ambassador the slot was offered to accepts it');
  const personId = caller.subject.toLowerCase();
  return deps.transaction(async (tx): Promise<EventsResult<AmbassadorOfferEntity>> => {
    const m = tx.manager;
    const event = await lockEvent(m, args.eventId);
    if (!isOpen(event)) return openEventNotFound();
    const offers = m.getRepository(AmbassadorOfferEntity);
    const offer = await offers.findOneBy({ eventId: event.id, personId });
    if (!offer)
      return rejected(
        userError('NO_AMBASSADOR_OFFER', 'no slot is offered to you at this event', 'eventId'),
      );
    if (offer.status === 'ACCEPTED') return done(offer);
    const [s] = (await m.query(
      `SELECT to_char(cleared_until, 'YYYY-MM-DD') AS cleared_until FROM person_safeguarding WHERE person_id = $1`,
      [personId],
    )) as Array<{ cleared_until: string | null }>;
    const lastDay = londonDate(event.endsAt);
    if (!s?.cleared_until || s.cleared_until < lastDay)
      return rejected(
        userError('SAFEGUARDING_NOT_VALID', OFFER_MESSAGES.SAFEGUARDING_NOT_VALID, 'eventId'),
      );
    offer.status = 'ACCEPTED';
    offer.acceptedAt = deps.clock.now();
    await offers.update(
      { eventId: event.id, personId },
      { status: 'ACCEPTED', acceptedAt: offer.acceptedAt },
    );
    const inserted = (await m.query(
      `INSERT INTO event_role (event_id, person_id, role) VALUES ($1, $2, 'AMBASSADOR')
       ON CONFLICT DO NOTHING RETURNING event_id`,
      [event.id, personId],
    )) as unknown[];
    if (inserted.length > 0)
      await appendEventRoleAssigned(tx.outbox, { eventId: event.id, personId, role: 'AMBASSADOR' });
    return done(offer);
  });
}

/** Whoever manages the event records the minutes an ambassador at it worked (replacing any earlier figure). */
export async function logAmbassadorHours(
  deps: EventsDeps,
  args: { eventId: string; personId: string; minutes: number },
): Promise<EventsResult<AmbassadorHoursEntity>> {
  const personId = args.personId.toLowerCase();
  return deps.transaction(async (tx): Promise<EventsResult<AmbassadorHoursEntity>> => {
    const m = tx.manager;
    const event = await lockEvent(m, args.eventId);
    if (event && !(await callerManagesEvent(m, deps.caller, event))) return notManager();
    if (!event || event.status === 'CANCELLED')
      return rejected(userError('NOT_FOUND', 'no event with this id', 'eventId'));
    if (!Number.isInteger(args.minutes) || args.minutes < 1 || args.minutes > 1440)
      return rejected(userError('INVALID', 'whole minutes from 1 to 1440', 'minutes'));
    const [role] = isUuid(personId)
      ? ((await m.query(
          `SELECT 1 FROM event_role WHERE event_id = $1 AND person_id = $2 AND role = 'AMBASSADOR'`,
          [event.id, personId],
        )) as unknown[])
      : [];
    if (!role)
      return rejected(
        userError(
          'NOT_AMBASSADOR_AT_EVENT',
          'this person is not an ambassador at this event',
          'personId',
        ),
      );
    if (event.startsAt.getTime() > deps.clock.now().getTime())
      return rejected(
        userError('HOURS_BEFORE_START', 'hours are logged once the event has started', 'eventId'),
      );
    const repo = m.getRepository(AmbassadorHoursEntity);
    const entry = repo.create({
      eventId: event.id,
      personId,
      minutes: args.minutes,
      loggedAt: deps.clock.now(),
    });
    await repo.upsert(entry, ['eventId', 'personId']);
    return done(entry);
  });
}
