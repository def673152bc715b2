import { done, rejected, userError } from '@ekst/subgraph-kit';
import { canTransition } from '../domain/event';
import { EventEntity } from '../entities/event.entity';
import { callerManagesEvent, eventNotFound, notManager } from './event-management';
import { appendEventScheduled } from './event-scheduled.outbox';
import type { EventsDeps, EventsResult } from './events-use-case';
import {
  appendAttendanceRecorded,
  appendEventCompleted,
  appendRegistrationChanged,
} from './outbox-events';
import { lockEvent } from './places';

/**
 * PUBLISHED → COMPLETED once the event has ended. Everyone still REGISTERED (never checked in) is
 * marked NO_SHOW, each announced as AttendanceRecorded; EventCompleted carries the attendees, so
 * evaluation opens post-event surveys for exactly the people who came. Open offers lapse and the
 * waitlist closes: nobody is left OFFERED or WAITLISTED at a completed event.
 */
export async function completeEvent(
  deps: EventsDeps,
  args: { id: string },
): Promise<EventsResult<EventEntity>> {
  const now = deps.clock.now();
  return deps.transaction(async (tx): Promise<EventsResult<EventEntity>> => {
    const m = tx.manager;
    const event = await lockEvent(m, args.id);
    if (!event) return eventNotFound();
    if (!(await callerManagesEvent(m, deps.caller, event))) return notManager();
    if (!canTransition(event.status, 'COMPLETED')) {
      return rejected(
        userError('INVALID_TRANSITION', `a ${event.status} event cannot be completed`, 'id'),
      );
    }
    if (event.endsAt.getTime() > now.getTime()) {
      return rejected(userError('NOT_ENDED', 'this event has not ended yet', 'id'));
    }
    const noShows = (await m.query(
      `UPDATE registration SET status = 'NO_SHOW'
       WHERE event_id = $1 AND status = 'REGISTERED' RETURNING id, person_id`,
      [event.id],
    )) as [Array<{ id: string; person_id: string }>, number];
    for (const { id, person_id } of noShows[0]) {
      await appendRegistrationChanged(tx.outbox, {
        id,
        eventId: event.id,
        personId: person_id,
        status: 'NO_SHOW',
      });
      await appendAttendanceRecorded(tx.outbox, {
        eventId: event.id,
        personId: person_id,
        status: 'NO_SHOW',
        recordedAt: now,
      });
    }
    // Open offers and the queue lapse with the event: an offer as OFFER_EXPIRED, someone still
    // waiting as WAITLIST_CLOSED (no place was ever offered). No OfferExpired: its message says
    // the place passed to the next person, and there is none; RegistrationChanged is what the
    // consumers' projections need.
    const lapsed = (await m.query(
      `UPDATE registration SET status = 'CANCELLED', waitlist_position = NULL, offer_expires_at = NULL,
              cancelled_at = $2,
              cancellation = CASE status WHEN 'OFFERED' THEN 'OFFER_EXPIRED' ELSE 'WAITLIST_CLOSED' END
       WHERE event_id = $1 AND status IN ('OFFERED','WAITLISTED') RETURNING id, person_id`,
      [event.id, now],
    )) as [Array<{ id: string; person_id: string }>, number];
    for (const { id, person_id } of lapsed[0]) {
      await appendRegistrationChanged(tx.outbox, {
        id,
        eventId: event.id,
        personId: person_id,
        status: 'CANCELLED',
      });
    }
    const attendees = (await m.query(
      `SELECT person_id FROM registration WHERE event_id = $1 AND status = 'ATTENDED' ORDER BY person_id`,
      [event.id],
    )) as Array<{ person_id: string }>;
    event.status = 'COMPLETED';
    event.completedAt = now;
    await m.getRepository(EventEntity).save(event);
    await appendEventCompleted(tx.outbox, {
      eventId: event.id,
      completedAt: now,
      attendeeIds: attendees.map((a) => a.person_id),
    });
    await appendEventScheduled(tx.outbox, event);
    return done(event);
  });
}
