import { done, isUuid, refused, rejected, userError } from '@ekst/subgraph-kit';
import type { EntityManager } from 'typeorm';
import { canRunCheckIn } from '../domain/event';
import { checkInWarnings, photoConsentFromProjection } from '../domain/registration-fields';
import type { CheckInWarning } from '../domain/registration-fields';
import { RegistrationEntity } from '../entities/registration.entity';
import { callerRolesAtEvent } from './event-management';
import type { EventsDeps, EventsResult } from './events-use-case';
import { appendAttendanceRecorded, appendRegistrationChanged } from './outbox-events';
import { lockEvent } from './places';

export interface Attendance {
  registration: RegistrationEntity;
  /** for whoever is at the door, e.g. NO_PHOTOS unless photo consent is recorded as given */
  warnings: CheckInWarning[];
}

/** Who is arriving or leaving: by person (found by name in the people service) or ticket code. */
export interface AttendanceArgs {
  eventId: string;
  personId?: string | null;
  code?: string | null;
}

/** Check-in opens two hours before the start and closes a day after the end. */
const OPENS_BEFORE_MS = 2 * 3_600_000;
const CLOSES_AFTER_MS = 24 * 3_600_000;

const CHECK_IN_FORBIDDEN = 'Only the coordinator and the event’s organisers run check-in';

/** REGISTERED or NO_SHOW → ATTENDED, with the time; announced as AttendanceRecorded. */
export function checkIn(deps: EventsDeps, args: AttendanceArgs): Promise<EventsResult<Attendance>> {
  return recordAttendance(deps, { ...args, action: 'CHECK_IN' });
}

/** Records the departure time of someone checked in. */
export function checkOut(
  deps: EventsDeps,
  args: AttendanceArgs,
): Promise<EventsResult<Attendance>> {
  return recordAttendance(deps, { ...args, action: 'CHECK_OUT' });
}

async function findRegistration(
  m: EntityManager,
  eventId: string,
  who: { personId?: string | null; code?: string | null },
): Promise<RegistrationEntity | null> {
  const repo = m.getRepository(RegistrationEntity);
  if (who.code) {
    const r = await repo.findOneBy({ checkInCode: who.code.trim().toUpperCase() });
    return r && r.eventId === eventId ? r : null;
  }
  if (who.personId && isUuid(who.personId)) {
    return repo
      .createQueryBuilder('r')
      .where(`r.event_id = :eventId AND r.person_id = :personId AND r.status <> 'CANCELLED'`, {
        eventId,
        personId: who.personId,
      })
      .getOne();
  }
  return null;
}

/**
 * Records arrival (REGISTERED or NO_SHOW → ATTENDED, with the time) or departure (check-out time),
 * for the coordinator and the event's organisers and teachers in charge (canRunCheckIn). Only
 * someone with a place can be checked in; a repeat check-in is refused, not double-counted.
 * Arrival is announced as AttendanceRecorded: evaluation counts doses from it.
 */
export async function recordAttendance(
  deps: EventsDeps,
  args: AttendanceArgs & { action: 'CHECK_IN' | 'CHECK_OUT' },
): Promise<EventsResult<Attendance>> {
  const now = deps.clock.now();
  return deps.transaction(async (tx): Promise<EventsResult<Attendance>> => {
    const m = tx.manager;
    if (!canRunCheckIn(deps.caller, await callerRolesAtEvent(m, deps.caller, args.eventId))) {
      return refused(CHECK_IN_FORBIDDEN);
    }
    if (!args.personId === !args.code) {
      return rejected(userError('INVALID', 'give either a person or a check-in code', 'personId'));
    }
    const event = await lockEvent(m, args.eventId);
    if (!event) return rejected(userError('NOT_FOUND', 'no event with this id', 'eventId'));
    if (event.status !== 'PUBLISHED' && event.status !== 'COMPLETED') {
      return rejected(userError('EVENT_NOT_OPEN', `this event is ${event.status}`, 'eventId'));
    }
    const t = now.getTime();
    if (
      t < event.startsAt.getTime() - OPENS_BEFORE_MS ||
      t > event.endsAt.getTime() + CLOSES_AFTER_MS
    ) {
      return rejected(
        userError('CHECK_IN_CLOSED', 'check-in is open on the day of the event only', 'eventId'),
      );
    }
    const r = await findRegistration(m, event.id, args);
    const field = args.code ? 'code' : 'personId';
    if (!r || !['REGISTERED', 'ATTENDED', 'NO_SHOW'].includes(r.status)) {
      return rejected(userError('NOT_REGISTERED', 'this person has no place at this event', field));
    }
    if (args.action === 'CHECK_IN') {
      if (r.status === 'ATTENDED')
        return rejected(userError('ALREADY_CHECKED_IN', 'already checked in', field));
      r.status = 'ATTENDED';
      r.checkedInAt = now;
      r.checkedOutAt = null;
      await m.getRepository(RegistrationEntity).save(r);
      await appendRegistrationChanged(tx.outbox, r);
      await appendAttendanceRecorded(tx.outbox, {
        eventId: event.id,
        personId: r.personId,
        status: 'ATTENDED',
        recordedAt: now,
      });
    } else {
      if (r.status !== 'ATTENDED')
        return rejected(userError('NOT_CHECKED_IN', 'not checked in', field));
      if (r.checkedOutAt)
        return rejected(userError('ALREADY_CHECKED_OUT', 'already checked out', field));
      r.checkedOutAt = now;
      await m.getRepository(RegistrationEntity).save(r);
    }
    const [consent] = (await m.query(
      `SELECT granted FROM person_consent WHERE person_id = $1 AND kind = 'PHOTO_PUBLICITY'`,
      [r.personId],
    )) as Array<{ granted: boolean }>;
    return done({
      registration: r,
      warnings: checkInWarnings({ photoConsent: photoConsentFromProjection(consent ?? null) }),
    });
  });
}
