import {
  done,
  rejected,
  rejectedAll,
  userError,
  userErrorsFromZod,
  LONDON_TODAY_SQL,
} from '@ekst/subgraph-kit';
import type { EntityManager } from 'typeorm';
import { newEventSchema } from '../domain/event';
import type { NewEvent } from '../domain/event';
import { EventEntity } from '../entities/event.entity';
import { mayPlaceAt, notPlacer, unknownPartner } from './create-event.use-case';
import { callerManagesEvent, eventNotFound, notManager } from './event-management';
import { appendEventScheduled } from './event-scheduled.outbox';
import type { EventsDeps, EventsResult } from './events-use-case';
import { HOLDS_PLACE_SQL, lockEvent, offerFreePlaces } from './places';

/**
 * Changes a DRAFT or PUBLISHED event, for whoever manages it (quota and capacity included); moving
 * it to another host also needs the right to place an event there. The patch is merged over the
 * current state and the whole is validated again (an end before the start is refused however it
 * arises). Capacity may not drop below the places already held; a higher capacity or quota offers
 * the new places to the queue.
 */
export async function updateEvent(
  deps: EventsDeps,
  args: { id: string; input: Record<string, unknown> },
): Promise<EventsResult<EventEntity>> {
  const now = deps.clock.now();
  return deps.transaction(async (tx): Promise<EventsResult<EventEntity>> => {
    const m = tx.manager;
    const event = await lockEvent(m, args.id);
    if (!event) return eventNotFound();
    if (!(await callerManagesEvent(m, deps.caller, event))) return notManager();
    if (event.status !== 'DRAFT' && event.status !== 'PUBLISHED') {
      return rejected(userError('NOT_EDITABLE', `a ${event.status} event cannot be changed`, 'id'));
    }
    const defined = Object.fromEntries(
      Object.entries(args.input).filter(([, v]) => v !== undefined),
    );
    const parsed = newEventSchema.safeParse({ ...currentState(event), ...defined });
    if (!parsed.success) return rejectedAll(userErrorsFromZod(parsed.error.issues));
    const e = parsed.data;
    if (e.hostPartnerId !== event.hostPartnerId && !mayPlaceAt(deps.caller, e.hostPartnerId)) {
      return notPlacer();
    }
    const refusal = await refuseBelowHeld(m, event.id, e);
    if (refusal) return refusal;
    if (e.hostPartnerId !== null && e.hostPartnerId !== event.hostPartnerId) {
      const active = (await m.query(
        `SELECT 1 FROM partner_projection WHERE id = $1 AND (left_on IS NULL OR left_on > ${LONDON_TODAY_SQL}) FOR SHARE`,
        [e.hostPartnerId],
      )) as unknown[];
      if (active.length === 0) return unknownPartner();
    }
    Object.assign(event, {
      title: e.title,
      kind: e.kind,
      audience: e.audience,
      yearGroups: e.yearGroups,
      hostPartnerId: e.hostPartnerId,
      venue: e.venue,
      startsAt: new Date(e.startsAt),
      endsAt: new Date(e.endsAt),
      aims: e.aims,
      capacity: e.capacity,
      partnerQuota: e.partnerQuota,
      requiredConsents: e.requiredConsents,
      proposalId: e.proposalId,
    });
    await m.getRepository(EventEntity).save(event);
    await offerFreePlaces(tx, event, now);
    await appendEventScheduled(tx.outbox, event);
    return done(event);
  });
}

/** The event as the input of newEventSchema, for a patch to be merged over. */
function currentState(event: EventEntity): Record<string, unknown> {
  return {
    title: event.title,
    kind: event.kind,
    audience: event.audience,
    yearGroups: event.yearGroups,
    hostPartnerId: event.hostPartnerId,
    venue: event.venue,
    startsAt: event.startsAt.toISOString(),
    endsAt: event.endsAt.toISOString(),
    aims: event.aims,
    capacity: event.capacity,
    partnerQuota: event.partnerQuota,
    requiredConsents: event.requiredConsents,
    proposalId: event.proposalId,
  };
}

/**
 * Capacity may not go below the places held. A quota is a promise to every partner; one already
 * holding more places than the new quota would break it, so the quota cannot go below what any
 * partner holds.
 */
async function refuseBelowHeld(
  m: EntityManager,
  eventId: string,
  e: NewEvent,
): Promise<EventsResult<never> | null> {
  const [{ taken }] = (await m.query(
    `SELECT count(*)::int AS taken FROM registration WHERE event_id = $1 AND status IN ${HOLDS_PLACE_SQL}`,
    [eventId],
  )) as Array<{ taken: number }>;
  if (e.capacity < taken) {
    return rejected(
      userError(
        'CAPACITY_BELOW_REGISTRATIONS',
        `${taken} places are already taken; the capacity cannot be lower`,
        'capacity',
      ),
    );
  }
  if (e.partnerQuota === null) return null;
  const [{ most }] = (await m.query(
    `SELECT coalesce(max(held), 0)::int AS most FROM (
       SELECT count(*) AS held FROM registration
       WHERE event_id = $1 AND status IN ${HOLDS_PLACE_SQL} GROUP BY partner_id) t`,
    [eventId],
  )) as Array<{ most: number }>;
  if (e.partnerQuota < most) {
    return rejected(
      userError(
        'QUOTA_BELOW_REGISTRATIONS',
        `one partner already holds ${most} places; the quota cannot be lower`,
        'partnerQuota',
      ),
    );
  }
  return null;
}
