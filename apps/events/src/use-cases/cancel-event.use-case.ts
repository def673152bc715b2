import { done, rejected, userError } from '@ekst/subgraph-kit';
import { z } from 'zod';
import { canTransition } from '../domain/event';
import { EventEntity } from '../entities/event.entity';
import { appendEventScheduled } from './event-scheduled.outbox';
import { callerManagesEvent, eventNotFound, notManager } from './event-management';
import type { EventsDeps, EventsResult } from './events-use-case';
import { appendEventCancelled } from './outbox-events';
import { lockEvent } from './places';

const reasonSchema = z.string().trim().min(1, 'give a reason').max(500, 'at most 500 characters');

/**
 * DRAFT or PUBLISHED → CANCELLED with a reason, by whoever manages the event. Registrations stay
 * as they were (they are the record of who was told); EventCancelled tells every consumer, which
 * look registrations up by id.
 */
export async function cancelEvent(
  deps: EventsDeps,
  args: { id: string; reason: string },
): Promise<EventsResult<EventEntity>> {
  return deps.transaction(async (tx): Promise<EventsResult<EventEntity>> => {
    const event = await lockEvent(tx.manager, args.id);
    if (!event) return eventNotFound();
    if (!(await callerManagesEvent(tx.manager, deps.caller, event))) return notManager();
    const reason = reasonSchema.safeParse(args.reason);
    if (!reason.success) {
      return rejected(userError('INVALID', reason.error.issues[0].message, 'reason'));
    }
    if (!canTransition(event.status, 'CANCELLED')) {
      return rejected(
        userError('INVALID_TRANSITION', `a ${event.status} event cannot be cancelled`, 'id'),
      );
    }
    event.status = 'CANCELLED';
    event.cancelReason = reason.data;
    await tx.manager.getRepository(EventEntity).save(event);
    await appendEventCancelled(tx.outbox, { eventId: event.id, reason: reason.data });
    await appendEventScheduled(tx.outbox, event);
    return done(event);
  });
}
