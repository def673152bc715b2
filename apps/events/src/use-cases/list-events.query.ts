import type { Caller } from '@ekst/auth';
import { isUuid } from '@ekst/subgraph-kit';
import { GraphQLError } from 'graphql';
import { z } from 'zod';
import type { DataSource } from 'typeorm';
import { academicPeriod, visibleEventStatuses } from '../domain/event';
import type { Aim, Audience, EventKind, EventStatus, Term } from '../domain/event';
import { EventEntity } from '../entities/event.entity';

export const MAX_PAGE_SIZE = 200;

export interface EventPage {
  edges: Array<{ cursor: string; node: EventEntity }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** Opaque to clients; it names the last row seen in (starts_at, id) order. */
export function encodeEventCursor(event: { startsAt: Date; id: string }): string {
  return Buffer.from(`${event.startsAt.toISOString()}|${event.id}`, 'utf8').toString('base64url');
}

export function decodeEventCursor(cursor: string): { startsAt: Date; id: string } | null {
  const [at, id, ...rest] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  if (rest.length > 0 || !at || !id || !isUuid(id) || !z.iso.datetime().safeParse(at).success)
    return null;
  return { startsAt: new Date(at), id };
}

function badInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

const isoDateTime = z.iso.datetime({ offset: true });

/**
 * One page of the programme in start order, keyset-paginated on (starts_at, id) so pages stay
 * stable while events are added. Statuses the caller may not see are filtered in SQL.
 */
export async function listEvents(
  dataSource: DataSource,
  caller: Caller,
  args: {
    from?: string | null;
    to?: string | null;
    kind?: EventKind | null;
    status?: EventStatus | null;
    academicYear?: number | null;
    term?: Term | null;
    partnerId?: string | null;
    audience?: Audience | null;
    aim?: Aim | null;
    first?: number | null;
    after?: string | null;
  },
): Promise<EventPage> {
  const first = Math.min(args.first ?? 50, MAX_PAGE_SIZE);
  if (first < 1) throw badInput('first must be at least 1');
  for (const [name, value] of [
    ['from', args.from],
    ['to', args.to],
  ] as const) {
    if (value != null && !isoDateTime.safeParse(value).success) {
      throw badInput(`${name} must be an ISO date-time with an offset`);
    }
  }
  if (args.term && args.academicYear == null) throw badInput('term needs academicYear');
  if (args.academicYear != null && (args.academicYear < 2000 || args.academicYear > 2100))
    throw badInput('academicYear must be a year such as 2025');
  if (args.partnerId != null && !isUuid(args.partnerId)) throw badInput('partnerId must be an id');
  const cursor = args.after != null ? decodeEventCursor(args.after) : null;
  if (args.after != null && cursor === null) throw badInput('after is not a cursor from this list');

  const visible = visibleEventStatuses(caller);
  const statuses = args.status ? visible.filter((s) => s === args.status) : visible;
  if (statuses.length === 0)
    return { edges: [], pageInfo: { hasNextPage: false, endCursor: null } };

  const qb = dataSource
    .getRepository(EventEntity)
    .createQueryBuilder('e')
    .where('e.status IN (:...statuses)', { statuses });
  if (args.kind) qb.andWhere('e.kind = :kind', { kind: args.kind });
  if (args.audience) qb.andWhere('e.audience = :audience', { audience: args.audience });
  if (args.aim) qb.andWhere(':aim = ANY(e.aims)', { aim: args.aim });
  if (args.partnerId) qb.andWhere('e.hostPartnerId = :partnerId', { partnerId: args.partnerId });
  if (args.academicYear != null) {
    // Local dates in the partnership's zone: an event at 00:30 BST on 1 September is in the new year.
    const period = academicPeriod(args.academicYear, args.term);
    qb.andWhere(
      `e.startsAt >= (:periodFrom::timestamp AT TIME ZONE 'Europe/London') AND e.startsAt < (:periodTo::timestamp AT TIME ZONE 'Europe/London')`,
      { periodFrom: period.from, periodTo: period.to },
    );
  }
  if (args.from) qb.andWhere('e.endsAt > :from', { from: args.from });
  if (args.to) qb.andWhere('e.startsAt < :to', { to: args.to });
  if (cursor)
    qb.andWhere('(e.startsAt, e.id) > (:cursorAt, :cursorId)', {
      cursorAt: cursor.startsAt,
      cursorId: cursor.id,
    });
  const rows = await qb
    .orderBy('e.startsAt', 'ASC')
    .addOrderBy('e.id', 'ASC')
    .limit(first + 1)
    .getMany();

  const page = rows.slice(0, first);
  const edges = page.map((node) => ({ cursor: encodeEventCursor(node), node }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
  };
}
