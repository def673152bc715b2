import type { Caller } from '@ekst/auth';
import { isUuid, userError } from '@ekst/subgraph-kit';
import type { UserError } from '@ekst/subgraph-kit';
import type { DataSource } from 'typeorm';
import { EventEntity } from '../entities/event.entity';
import { manageForbidden } from './cancel-event.use-case';
import { callerManagesEvent } from './event-management';
import type { Forbidden } from './event-management';
import { appendEventScheduled } from './event-scheduled.outbox';

export type PublishEventResult =
  | { event: EventEntity; errors: [] }
  | { event: null; errors: UserError[] }
  | Forbidden;

/**
 * DRAFT → PUBLISHED, by whoever manages the event. The update is guarded by the status it
 * expects, so two publishers racing (or a second click) change the row once and announce it once;
 * the loser gets NOT_DRAFT.
 */
export async function publishEvent(
  dataSource: DataSource,
  args: { id: string; caller: Caller },
  opts: { topic: string },
): Promise<PublishEventResult> {
  const { id } = args;
  if (!isUuid(id))
    return { event: null, errors: [userError('NOT_FOUND', 'no event with this id', 'id')] };
  return dataSource.transaction(async (m) => {
    // Permission rests on the host and the caller's roles, not the status: a plain read decides
    // it, and the status-guarded update below still settles racing publishers without a lock.
    const current = await m.getRepository(EventEntity).findOneBy({ id });
    if (!current)
      return { event: null, errors: [userError('NOT_FOUND', 'no event with this id', 'id')] };
    if (!(await callerManagesEvent(m, args.caller, current))) return manageForbidden();
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
