import { randomUUID } from 'node:crypto';
import type { Caller } from '@ekst/auth';
import type { Tx } from '@ekst/messaging';
import {
  done,
  refused,
  rejected,
  rejectedAll,
  userError,
  userErrorsFromZod,
  LONDON_TODAY_SQL,
} from '@ekst/subgraph-kit';
import { newEventSchema } from '../domain/event';
import type { NewEvent } from '../domain/event';
import { mayPlaceEvent, PLACE_EVENT_FORBIDDEN } from '../domain/event-management';
import { EventEntity } from '../entities/event.entity';
import { appendEventScheduled } from './event-scheduled.outbox';
import type { EventsDeps, EventsResult } from './events-use-case';

/** The coordinator places events anywhere; a champion at their own school (see mayPlaceEvent). */
export function mayPlaceAt(caller: Caller, hostPartnerId: unknown): boolean {
  const host = typeof hostPartnerId === 'string' && hostPartnerId !== '' ? hostPartnerId : null;
  return mayPlaceEvent(caller, { hostPartnerId: host });
}

export const notPlacer = () => refused(PLACE_EVENT_FORBIDDEN);

export const unknownPartner = (
  field = 'hostPartnerId',
  message = 'no active partner with this id',
) => rejected(userError('UNKNOWN_PARTNER', message, field));

/**
 * Creates a DRAFT event and announces it in the same transaction. The host, when given, must be
 * a partner that is a member today, as far as this service has heard.
 */
export async function createEvent(
  deps: EventsDeps,
  args: { input: Record<string, unknown> },
): Promise<EventsResult<EventEntity>> {
  if (!mayPlaceAt(deps.caller, args.input.hostPartnerId)) return notPlacer();
  const parsed = newEventSchema.safeParse(args.input);
  if (!parsed.success) return rejectedAll(userErrorsFromZod(parsed.error.issues));
  return deps.transaction(async (tx): Promise<EventsResult<EventEntity>> => {
    const [event] = await insertEvents(tx, [parsed.data]);
    return event ? done(event) : unknownPartner();
  });
}

/**
 * Inserts validated drafts (one, a series, or a copy) and announces each; returns [] when the
 * host partner is not an active member, so the caller's transaction writes nothing.
 */
export async function insertEvents(
  tx: Pick<Tx, 'manager' | 'outbox'>,
  events: NewEvent[],
  opts: { seriesId?: string | null; copiedFromId?: string | null } = {},
): Promise<EventEntity[]> {
  const m = tx.manager;
  const created: EventEntity[] = [];
  for (const e of events) {
    if (e.hostPartnerId !== null) {
      // FOR SHARE: a PartnerLeft applied concurrently waits until this event is committed.
      const active = (await m.query(
        `SELECT 1 FROM partner_projection
         WHERE id = $1 AND (left_on IS NULL OR left_on > ${LONDON_TODAY_SQL}) FOR SHARE`,
        [e.hostPartnerId],
      )) as unknown[];
      if (active.length === 0) return [];
    }
    const event = m.getRepository(EventEntity).create({
      id: randomUUID(),
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
      seriesId: opts.seriesId ?? null,
      copiedFromId: opts.copiedFromId ?? null,
      cancelReason: null,
      completedAt: null,
      status: 'DRAFT',
    });
    await m.getRepository(EventEntity).insert(event);
    await appendEventScheduled(tx.outbox, event);
    created.push(event);
  }
  return created;
}
