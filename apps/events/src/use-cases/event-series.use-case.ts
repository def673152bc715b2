import { randomUUID } from 'node:crypto';
import type { Caller } from '@ekst/auth';
import { isUuid, userError, userErrorsFromZod } from '@ekst/subgraph-kit';
import type { UserError } from '@ekst/subgraph-kit';
import type { DataSource } from 'typeorm';
import { newEventSchema } from '../domain/event';
import type { NewEvent } from '../domain/event';
import { EventEntity } from '../entities/event.entity';
import { insertEvents, placeForbidden } from './create-event.use-case';
import type { Forbidden } from './event-management';

export type EventsCreatedResult =
  | { events: EventEntity[]; errors: [] }
  | { events: []; errors: UserError[] }
  | Forbidden;

const MAX_SERIES = 52;

/**
 * One event on several dates: each date becomes a DRAFT sharing a series id. All or nothing: one
 * bad date (an end before its start) refuses the whole series, with the index in the field path.
 * The same callers as createEvent at the series' host.
 */
export async function createEventSeries(
  dataSource: DataSource,
  args: {
    input: Record<string, unknown>;
    dates: Array<{ startsAt: string; endsAt: string }>;
    caller: Caller;
  },
  opts: { topic: string },
): Promise<EventsCreatedResult> {
  const refused = placeForbidden(args.caller, args.input.hostPartnerId);
  if (refused) return refused;
  if (args.dates.length < 1 || args.dates.length > MAX_SERIES) {
    return {
      events: [],
      errors: [userError('INVALID', `give between 1 and ${MAX_SERIES} dates`, 'dates')],
    };
  }
  const parsed: NewEvent[] = [];
  const errors: UserError[] = [];
  args.dates.forEach((d, i) => {
    const r = newEventSchema.safeParse({ ...args.input, startsAt: d.startsAt, endsAt: d.endsAt });
    if (r.success) parsed.push(r.data);
    else
      errors.push(
        ...userErrorsFromZod(r.error.issues).map((e) => ({
          ...e,
          field: ['startsAt', 'endsAt'].includes(e.field ?? '') ? `dates.${i}.${e.field}` : e.field,
        })),
      );
  });
  if (errors.length) {
    const unique = new Map(errors.map((e) => [`${e.field}|${e.message}`, e]));
    return { events: [], errors: [...unique.values()] };
  }
  return dataSource.transaction(async (m) => {
    const events = await insertEvents(m, parsed, { topic: opts.topic, seriesId: randomUUID() });
    if (events.length === 0) {
      return {
        events: [],
        errors: [userError('UNKNOWN_PARTNER', 'no active partner with this id', 'hostPartnerId')],
      };
    }
    return { events, errors: [] };
  });
}

/**
 * A new DRAFT like an earlier event (any status) on a new date; registrations are not copied. The
 * copy has the earlier event's host, so the caller must be allowed to place an event there.
 */
export async function copyEvent(
  dataSource: DataSource,
  args: { id: string; startsAt: string; endsAt: string; caller: Caller },
  opts: { topic: string },
): Promise<{ event: EventEntity | null; errors: UserError[] } | Forbidden> {
  const source = isUuid(args.id)
    ? await dataSource.getRepository(EventEntity).findOneBy({ id: args.id })
    : null;
  if (!source)
    return { event: null, errors: [userError('NOT_FOUND', 'no event with this id', 'id')] };
  const refused = placeForbidden(args.caller, source.hostPartnerId);
  if (refused) return refused;
  const parsed = newEventSchema.safeParse({
    title: source.title,
    kind: source.kind,
    audience: source.audience,
    yearGroups: source.yearGroups,
    hostPartnerId: source.hostPartnerId,
    venue: source.venue,
    startsAt: args.startsAt,
    endsAt: args.endsAt,
    aims: source.aims,
    capacity: source.capacity,
    partnerQuota: source.partnerQuota,
    requiredConsents: source.requiredConsents,
    proposalId: source.proposalId,
  });
  if (!parsed.success) return { event: null, errors: userErrorsFromZod(parsed.error.issues) };
  return dataSource.transaction(async (m) => {
    const [event] = await insertEvents(m, [parsed.data], {
      topic: opts.topic,
      copiedFromId: source.id,
    });
    return event
      ? { event, errors: [] }
      : {
          event: null,
          errors: [userError('UNKNOWN_PARTNER', 'the host partner is no longer a member', 'id')],
        };
  });
}
