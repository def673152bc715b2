import { isUuid, userError } from '@ekst/subgraph-kit';
import type { UserError } from '@ekst/subgraph-kit';
import type { DataSource } from 'typeorm';
import { EventEntity } from '../entities/event.entity';
import { appendEventScheduled } from './event-scheduled.outbox';

export type PublishEventResult =
  | { event: EventEntity; errors: [] }
  | { event: null; errors: UserError[] };

/**
 * DRAFT → PUBLISHED. The update is guarded by the status it expects, so two publishers racing
 * (or a second click) change the row once and announce it once; the loser gets NOT_DRAFT.
 */
export async function publishEvent(
  dataSource: DataSource,
  id: string,
  opts: { topic: string },
): Promise<PublishEventResult> {
  if (!isUuid(id))
    return { event: null, errors: [userError('NOT_FOUND', 'no event with this id', 'id')] };
  return dataSource.transaction(async (m) => {
    const updated = await m
      .createQueryBuilder()
      .update(EventEntity)
      .set({ status: 'PUBLISHED', updatedAt: () => 'now()' })
      .where('id = :id AND status = :from', { id, from: 'DRAFT' })
      .execute();
    const event = await m.getRepository(EventEntity).findOneBy({ id });
    if (!event)
      return { event: null, errors: [userError('NOT_FOUND', 'no event with this id', 'id')] };
    if (updated.affected !== 1) {
      return {
        event: null,
        errors: [
          userError(
            'NOT_DRAFT',
            `only a draft can be published; this event is ${event.status}`,
            'id',
          ),
        ],
      };
    }
    await appendEventScheduled(m, event, opts.topic);
    return { event, errors: [] };
  });
}
