import { done, isUuid, rejected, userError } from '@ekst/subgraph-kit';
import { EventEntity } from '../entities/event.entity';
import { callerManagesEvent, eventNotFound, notManager } from './event-management';
import { appendEventScheduled } from './event-scheduled.outbox';
import type { EventsDeps, EventsResult } from './events-use-case';

/**
 * DRAFT → PUBLISHED, by whoever manages the event. The update is guarded by the status it
 * expects, so two publishers racing (or a second click) change the row once and announce it once;
 * the loser gets NOT_DRAFT.
 */
export async function publishEvent(
  deps: EventsDeps,
  args: { id: string },
): Promise<EventsResult<EventEntity>> {
  const { id } = args;
  if (!isUuid(id)) return eventNotFound();
  return deps.transaction(async (tx): Promise<EventsResult<EventEntity>> => {
    const m = tx.manager;
    // Permission rests on the host and the caller's roles, not the status: a plain read decides
    // it, and the status-guarded update below still settles racing publishers without a lock.
    const current = await m.getRepository(EventEntity).findOneBy({ id });
    if (!current) return eventNotFound();
    if (!(await callerManagesEvent(m, deps.caller, current))) return notManager();
    const updated = await m
      .createQueryBuilder()
      .update(EventEntity)
      .set({ status: 'PUBLISHED', publishedAt: () => 'now()', updatedAt: () => 'now()' })
      .where('id = :id AND status = :from', { id, from: 'DRAFT' })
      .execute();
    const event = await m.getRepository(EventEntity).findOneBy({ id });
    if (!event) return eventNotFound();
    if (updated.affected !== 1) {
      return rejected(
        userError(
          'NOT_DRAFT',
          `only a draft can be published; this event is ${event.status}`,
          'id',
        ),
      );
    }
    await appendEventScheduled(tx.outbox, event);
    return done(event);
  });
}
