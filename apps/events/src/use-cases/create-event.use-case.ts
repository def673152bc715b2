import { randomUUID } from 'node:crypto';
import { userError, userErrorsFromZod } from '@ekst/subgraph-kit';
import type { UserError } from '@ekst/subgraph-kit';
import type { DataSource } from 'typeorm';
import { newEventSchema } from '../domain/event';
import { EventEntity } from '../entities/event.entity';
import { appendEventScheduled } from './event-scheduled.outbox';

export type CreateEventResult =
  | { event: EventEntity; errors: [] }
  | { event: null; errors: UserError[] };

/**
 * Creates a DRAFT event and announces it in the same transaction. The host, when given, must be
 * a partner that is a member today, as far as this service has heard.
 */
export async function createEvent(
  dataSource: DataSource,
  input: unknown,
  opts: { topic: string },
): Promise<CreateEventResult> {
  const parsed = newEventSchema.safeParse(input);
  if (!parsed.success) return { event: null, errors: userErrorsFromZod(parsed.error.issues) };
  const e = parsed.data;

  return dataSource.transaction(async (m) => {
    if (e.hostPartnerId !== null) {
      // FOR SHARE: a PartnerLeft applied concurrently waits until this event is committed.
      const active = (await m.query(
        `SELECT 1 FROM partner_projection
         WHERE id = $1 AND (left_on IS NULL OR left_on > current_date) FOR SHARE`,
        [e.hostPartnerId],
      )) as unknown[];
      if (active.length === 0) {
        return {
          event: null,
          errors: [userError('UNKNOWN_PARTNER', 'no active partner with this id', 'hostPartnerId')],
        };
      }
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
      status: 'DRAFT',
    });
    await m.getRepository(EventEntity).insert(event);
    await appendEventScheduled(m, event, opts.topic);
    return { event, errors: [] };
  });
}
