import { randomUUID } from 'node:crypto';
import {
  done,
  isUuid,
  rejected,
  rejectedAll,
  userError,
  userErrorsFromZod,
} from '@ekst/subgraph-kit';
import { newEventSchema } from '../domain/event';
import type { NewEvent } from '../domain/event';
import { EventEntity } from '../entities/event.entity';
import { insertEvents, mayPlaceAt, notPlacer, unknownPartner } from './create-event.use-case';
import type { EventsDeps, EventsResult, EventsUserError } from './events-use-case';

const MAX_SERIES = 52;

/**
 * One event on several dates: each date becomes a DRAFT sharing a series id. All or nothing: one
 * bad date (an end before its start) refuses the whole series, with the index in the field path.
 * The same callers as createEvent at the series' host.
 */
export async function createEventSeries(
  deps: EventsDeps,
  args: {
    input: Record<string, unknown> & { dates: Array<{ startsAt: string; endsAt: string }> };
  },
): Promise<EventsResult<{ events: EventEntity[] }>> {
  const { dates, ...input } = args.input;
  if (!mayPlaceAt(deps.caller, input.hostPartnerId)) return notPlacer();
  if (dates.length < 1 || dates.length > MAX_SERIES) {
    return rejected(userError('INVALID', `give between 1 and ${MAX_SERIES} dates`, 'dates'));
  }
  const parsed: NewEvent[] = [];
  const errors: EventsUserError[] = [];
  dates.forEach((d, i) => {
    const r = newEventSchema.safeParse({ ...input, startsAt: d.startsAt, endsAt: d.endsAt });
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
    return rejectedAll([...unique.values()]);
  }
  return deps.transaction(async (tx): Promise<EventsResult<{ events: EventEntity[] }>> => {
    const events = await insertEvents(tx, parsed, { seriesId: randomUUID() });
    return events.length === 0 ? unknownPartner() : done({ events });
  });
}

/**
 * A new DRAFT like an earlier event (any status) on a new date; registrations are not copied. The
 * copy has the earlier event's host, so the caller must be allowed to place an event there.
 */
export async function copyEvent(
  deps: EventsDeps,
  args: { id: string; startsAt: string; endsAt: string },
): Promise<EventsResult<EventEntity>> {
  if (!isUuid(args.id)) return rejected(userError('NOT_FOUND', 'no event with this id', 'id'));
  return deps.transaction(async (tx): Promise<EventsResult<EventEntity>> => {
    const source = await tx.manager.getRepository(EventEntity).findOneBy({ id: args.id });
    if (!source) return rejected(userError('NOT_FOUND', 'no event with this id', 'id'));
    if (!mayPlaceAt(deps.caller, source.hostPartnerId)) return notPlacer();
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
    if (!parsed.success) return rejectedAll(userErrorsFromZod(parsed.error.issues));
    const [event] = await insertEvents(tx, [parsed.data], { copiedFromId: source.id });
    return event ? done(event) : unknownPartner('id', 'the host partner is no longer a member');
  });
}
