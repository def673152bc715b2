import type { BaseContext } from '@ekst/subgraph-kit';
import DataLoader from 'dataloader';
import { findClashes, participatingPartners } from '../domain/term-clash';
import type { TermClash, TermDateRange } from '../domain/term-clash';

interface EventDates {
  id: string;
  hostPartnerId: string | null;
  startsAt: Date;
  endsAt: Date;
}

/** Clash warnings of events, by event: one SQL query for every event asked for in one tick. */
export interface ClashLoaders {
  clashesByEvent: DataLoader<EventDates, TermClash[], string>;
}

export function createClashLoaders(base: Pick<BaseContext, 'dataSource'>): ClashLoaders {
  return {
    clashesByEvent: new DataLoader<EventDates, TermClash[], string>(
      async (events) => {
        const ids = events.map((e) => e.id);
        const rows = (await base.dataSource.query(
          `WITH participant AS (
             SELECT e.id AS event_id, e.host_partner_id AS partner_id
               FROM event e WHERE e.id = ANY($1::uuid[]) AND e.host_partner_id IS NOT NULL
             UNION
             SELECT r.event_id, r.partner_id
               FROM registration r
              WHERE r.event_id = ANY($1::uuid[]) AND r.status <> 'CANCELLED' AND r.partner_id IS NOT NULL
           )
           SELECT p.event_id, t.partner_id, t.kind,
                  to_char(t.starts_on, 'YYYY-MM-DD') AS starts_on,
                  to_char(t.ends_on, 'YYYY-MM-DD') AS ends_on, t.label
             FROM participant p
             JOIN partner_term_date t
               ON t.partner_id = p.partner_id AND t.kind <> 'TERM'`,
          [ids],
        )) as Array<{
          event_id: string;
          partner_id: string;
          kind: string;
          starts_on: string;
          ends_on: string;
          label: string | null;
        }>;
        return events.map((event) => {
          const mine = rows.filter((r) => r.event_id === event.id);
          const ranges: TermDateRange[] = mine.map((r) => ({
            partnerId: r.partner_id,
            kind: r.kind,
            startsOn: r.starts_on,
            endsOn: r.ends_on,
            label: r.label,
          }));
          const participants = participatingPartners(
            event.hostPartnerId,
            ranges.map((r) => r.partnerId),
          );
          return findClashes(event, participants, ranges);
        });
      },
      { cacheKeyFn: (e) => `${e.id}|${e.startsAt.toISOString()}|${e.endsAt.toISOString()}` },
    ),
  };
}
