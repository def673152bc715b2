import type { Caller } from '@ekst/auth';
import { userError, userErrorsFromZod } from '@ekst/subgraph-kit';
import type { DataSource } from 'typeorm';
import { newEventSchema } from '../domain/event';
import { mayPlaceEvent, PLACE_EVENT_FORBIDDEN } from '../domain/event-management';
import { EventEntity } from '../entities/event.entity';
import { eventNotFound, manageForbidden } from './cancel-event.use-case';
import type { EventChangeResult } from './cancel-event.use-case';
import { callerManagesEvent } from './event-management';
import { appendEventScheduled } from './event-scheduled.outbox';
import { HOLDS_PLACE_SQL, lockEvent, offerFreePlaces } from './places';

/**
 * Changes a DRAFT or PUBLISHED event, for whoever manages it (quota and capacity included); moving
 * it to another host also needs the right to place an event there. The patch is merged over the
 * current state and the whole is validated again (an end before the start is refused however it
 * arises). Capacity may not drop below the places already held; a higher capacity or quota offers
 * the new places to the queue.
 */
export async function updateEvent(
  dataSource: DataSource,
  args: { id: string; patch: Record<string, unknown>; caller: Caller },
  opts: { topic: string; now?: Date },
): Promise<EventChangeResult> {
  const now = opts.now ?? new Date();
  return dataSource.transaction(async (m) => {
    const event = await lockEvent(m, args.id);
    if (!event) return eventNotFound();
    if (!(await callerManagesEvent(m, args.caller, event))) return manageForbidden();
    if (event.status !== 'DRAFT' && event.status !== 'PUBLISHED') {
      return {
        event: null,
        errors: [userError('NOT_EDITABLE', `a ${event.status} event cannot be changed`, 'id')],
      };
    }
    const defined = Object.fromEntries(
      Object.entries(args.patch).filter(([, v]) => v !== undefined),
    );
    const parsed = newEventSchema.safeParse({
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
      ...defined,
    });
    if (!parsed.success) return { event: null, errors: userErrorsFromZod(parsed.error.issues) };
    const e = parsed.data;
    if (e.hostPartnerId !== event.hostPartnerId && !mayPlaceEvent(args.caller, e)) {
      return { forbidden: PLACE_EVENT_FORBIDDEN };
    }
    const [{ taken }] = (await m.query(
      `SELECT count(*)::int AS taken FROM registration WHERE event_id = $1 AND status IN ${HOLDS_PLACE_SQL}`,
      [event.id],
    )) as Array<{ taken: number }>;
    if (e.capacity < taken) {
      return {
        event: null,
        errors: [
          userError(
            'CAPACITY_BELOW_REGISTRATIONS',
            `${taken} places are already taken; the capacity cannot be lower`,
            'capacity',
          ),
        ],
      };
    }
    // A quota is a promise to every partner; one already holding more places than the new quota
    // would break it, so the quota cannot go below what any partner holds.
    if (e.partnerQuota !== null) {
      const [{ most }] = (await m.query(
        `SELECT coalesce(max(held), 0)::int AS most FROM (
           SELECT count(*) AS held FROM registration
           WHERE event_id = $1 AND status IN ${HOLDS_PLACE_SQL} GROUP BY partner_id) t`,
        [event.id],
      )) as Array<{ most: number }>;
      if (e.partnerQuota < most) {
        return {
          event: null,
          errors: [
            userError(
              'QUOTA_BELOW_REGISTRATIONS',
              `one partner already holds ${most} places; the quota cannot be lower`,
              'partnerQuota',
            ),
          ],
        };
      }
    }
    if (e.hostPartnerId !== null && e.hostPartnerId !== event.hostPartnerId) {
      const active = (await m.query(
        `SELECT 1 FROM partner_projection WHERE id = $1 AND (left_on IS NULL OR left_on > current_date) FOR SHARE`,
        [e.hostPartnerId],
      )) as unknown[];
      if (active.length === 0) {
        return {
          event: null,
          errors: [userError('UNKNOWN_PARTNER', 'no active partner with this id', 'hostPartnerId')],
        };
      }
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
    await offerFreePlaces(m, event, now, opts.topic);
    await appendEventScheduled(m, event, opts.topic);
    return { event, errors: [] };
  });
}
