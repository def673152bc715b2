import { randomUUID } from 'node:crypto';
import type { Caller } from '@ekst/auth';
import { userError, userErrorsFromZod } from '@ekst/subgraph-kit';
import type { UserError } from '@ekst/subgraph-kit';
import type { DataSource, EntityManager } from 'typeorm';
import { newEventSchema } from '../domain/event';
import type { NewEvent } from '../domain/event';
import { mayPlaceEvent, PLACE_EVENT_FORBIDDEN } from '../domain/event-management';
import { EventEntity } from '../entities/event.entity';
import type { Forbidden } from './event-management';
import { appendEventScheduled } from './event-scheduled.outbox';

export type CreateEventResult =
  | { event: EventEntity; errors: [] }
  | { event: null; errors: UserError[] }
  | Forbidden;

/** The coordinator places events anywhere; a champion at their own school (see mayPlaceEvent). */
export function placeForbidden(caller: Caller, hostPartnerId: unknown): Forbidden | null {
  const host = typeof hostPartnerId === 'string' && hostPartnerId !== '' ? hostPartnerId : null;
  return mayPlaceEvent(caller, { hostPartnerId: host })
    ? null
    : { forbidden: PLACE_EVENT_FORBIDDEN };
}

/**
 * Creates a DRAFT event and announces it in the same transaction. The host, when given, must be
 * a partner that is a member today, as far as this service has heard.
 */
export async function createEvent(
  dataSource: DataSource,
  args: { input: Record<string, unknown>; caller: Caller },
  opts: { topic: string },
): Promise<CreateEventResult> {
  const refused = placeForbidden(args.caller, args.input.hostPartnerId);
  if (refused) return refused;
  const parsed = newEventSchema.safeParse(args.input);
  if (!parsed.success) return { event: null, errors: userErrorsFromZod(parsed.error.issues) };
  return dataSource.transaction(async (m) => {
    const [event] = await insertEvents(m, [parsed.data], opts);
    return event ? { event, errors: [] } : { event: null, errors: [UNKNOWN_PARTNER] };
  });
}

const UNKNOWN_PARTNER = userError(
  'UNKNOWN_PARTNER',
  'no active partner with this id',
  'hostPartnerId',
);

/**
 * Inserts validated drafts (one, a series, or a copy) and announces each; returns [] when the
 * host partner is not an active member, so the caller's transaction writes nothing.
 */
export async function insertEvents(
  m: EntityManager,
  events: NewEvent[],
  opts: { topic: string; seriesId?: string | null; copiedFromId?: string | null },
): Promise<EventEntity[]> {
  const created: EventEntity[] = [];
  for (const e of events) {
    if (e.hostPartnerId !== null) {
      // FOR SHARE: a PartnerLeft applied concurrently waits until this event is committed.
      const active = (await m.query(
        `SELECT 1 FROM partner_projection
         WHERE id = $1 AND (left_on IS NULL OR left_on > current_date) FOR SHARE`,
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
    await appendEventScheduled(m, event, opts.topic);
    created.push(event);
  }
  return created;
}
