import type { Caller } from '@ekst/auth';
import { userError } from '@ekst/subgraph-kit';
import type { UserError } from '@ekst/subgraph-kit';
import type { DataSource } from 'typeorm';
import { z } from 'zod';
import { canTransition } from '../domain/event';
import { MANAGE_EVENT_FORBIDDEN } from '../domain/event-management';
import { EventEntity } from '../entities/event.entity';
import { appendEventScheduled } from './event-scheduled.outbox';
import { appendEventCancelled } from './outbox-events';
import { callerManagesEvent } from './event-management';
import type { Forbidden } from './event-management';
import { lockEvent } from './places';

export type EventChangeResult =
  | { event: EventEntity; errors: [] }
  | { event: null; errors: UserError[] }
  | Forbidden;

export const manageForbidden = (): Forbidden => ({ forbidden: MANAGE_EVENT_FORBIDDEN });

export const eventNotFound = (): EventChangeResult => ({
  event: null,
  errors: [userError('NOT_FOUND', 'no event with this id', 'id')],
});

const reasonSchema = z.string().trim().min(1, 'give a reason').max(500, 'at most 500 characters');

/**
 * DRAFT or PUBLISHED → CANCELLED with a reason, by whoever manages the event. Registrations stay
 * as they were (they are the record of who was told); EventCancelled tells every consumer, which
 * look registrations up by id.
 */
export async function cancelEvent(
  dataSource: DataSource,
  args: { id: string; reason: string; caller: Caller },
  opts: { topic: string },
): Promise<EventChangeResult> {
  return dataSource.transaction(async (m) => {
    const event = await lockEvent(m, args.id);
    if (!event) return eventNotFound();
    if (!(await callerManagesEvent(m, args.caller, event))) return manageForbidden();
    const reason = reasonSchema.safeParse(args.reason);
    if (!reason.success) {
      return {
        event: null,
        errors: [userError('INVALID', reason.error.issues[0].message, 'reason')],
      };
    }
    if (!canTransition(event.status, 'CANCELLED')) {
      return {
        event: null,
        errors: [
          userError('INVALID_TRANSITION', `a ${event.status} event cannot be cancelled`, 'id'),
        ],
      };
    }
    event.status = 'CANCELLED';
    event.cancelReason = reason.data;
    await m.getRepository(EventEntity).save(event);
    await appendEventCancelled(m, opts.topic, { eventId: event.id, reason: reason.data });
    await appendEventScheduled(m, event, opts.topic);
    return { event, errors: [] };
  });
}
