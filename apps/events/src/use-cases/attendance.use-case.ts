import type { Caller } from '@ekst/auth';
import { isUuid, userError } from '@ekst/subgraph-kit';
import type { UserError } from '@ekst/subgraph-kit';
import type { DataSource, EntityManager } from 'typeorm';
import { canRunCheckIn } from '../domain/event';
import { checkInWarnings, photoConsentFromProjection } from '../domain/registration-fields';
import type { CheckInWarning } from '../domain/registration-fields';
import { RegistrationEntity } from '../entities/registration.entity';
import { rolesAtEvent } from './assign-event-role.use-case';
import { appendAttendanceRecorded, appendRegistrationChanged } from './outbox-events';
import { lockEvent } from './places';

export type AttendanceResult =
  | {
      outcome: 'ok';
      registration: RegistrationEntity;
      /** for whoever is at the door, e.g. NO_PHOTOS unless photo consent is recorded as given */
      warnings: CheckInWarning[];
      errors: [];
    }
  | { outcome: 'rejected'; registration: null; errors: UserError[] }
  | { outcome: 'forbidden' };

/** Check-in opens two hours before the start and closes a day after the end. */
const OPENS_BEFORE_MS = 2 * 3_600_000;
const CLOSES_AFTER_MS = 24 * 3_600_000;

function rejected(code: string, message: string, field: string): AttendanceResult {
  return { outcome: 'rejected', registration: null, errors: [userError(code, message, field)] };
}

/**
 * Finds the registration by person (the organiser searched for them by name in the people
 * service) or by the code on their ticket.
 */
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
 * Records arrival (REGISTERED or NO_SHOW → ATTENDED, with the time) or departure (check-out time).
 * Only someone with a place can be checked in; a repeat check-in is refused, not double-counted.
 * Arrival is announced as AttendanceRecorded: evaluation counts doses from it.
 */
export async function recordAttendance(
  dataSource: DataSource,
  args: {
    eventId: string;
    personId?: string | null;
    code?: string | null;
    action: 'CHECK_IN' | 'CHECK_OUT';
    caller: Caller;
  },
  opts: { topic: string; now?: Date },
): Promise<AttendanceResult> {
  const now = opts.now ?? new Date();
  if (
    !canRunCheckIn(args.caller, await rolesAtEvent(dataSource, args.eventId, args.caller.subject))
  ) {
    return { outcome: 'forbidden' };
  }
  if (!args.personId === !args.code) {
    return rejected('INVALID', 'give either a person or a check-in code', 'personId');
  }
  return dataSource.transaction(async (m) => {
    const event = await lockEvent(m, args.eventId);
    if (!event) return rejected('NOT_FOUND', 'no event with this id', 'eventId');
    if (event.status !== 'PUBLISHED' && event.status !== 'COMPLETED') {
      return rejected('EVENT_NOT_OPEN', `this event is ${event.status}`, 'eventId');
    }
    const t = now.getTime();
    if (
      t < event.startsAt.getTime() - OPENS_BEFORE_MS ||
      t > event.endsAt.getTime() + CLOSES_AFTER_MS
    ) {
      return rejected(
        'CHECK_IN_CLOSED',
        'check-in is open on the day of the event only',
        'eventId',
      );
    }
    const r = await findRegistration(m, event.id, args);
    const field = args.code ? 'code' : 'personId';
    if (!r || !['REGISTERED', 'ATTENDED', 'NO_SHOW'].includes(r.status)) {
      return rejected('NOT_REGISTERED', 'this person has no place at this event', field);
    }
    if (args.action === 'CHECK_IN') {
      if (r.status === 'ATTENDED')
        return rejected('ALREADY_CHECKED_IN', 'already checked in', field);
      r.status = 'ATTENDED';
      r.checkedInAt = now;
      r.checkedOutAt = null;
      await m.getRepository(RegistrationEntity).save(r);
      await appendRegistrationChanged(m, opts.topic, r);
      await appendAttendanceRecorded(m, opts.topic, {
        eventId: event.id,
        personId: r.personId,
        status: 'ATTENDED',
        recordedAt: now,
      });
    } else {
      if (r.status !== 'ATTENDED') return rejected('NOT_CHECKED_IN', 'not checked in', field);
      if (r.checkedOutAt) return rejected('ALREADY_CHECKED_OUT', 'already checked out', field);
      r.checkedOutAt = now;
      await m.getRepository(RegistrationEntity).save(r);
    }
    const [consent] = (await m.query(
      `SELECT granted FROM person_consent WHERE person_id = $1 AND kind = 'PHOTO_PUBLICITY'`,
      [r.personId],
    )) as Array<{ granted: boolean }>;
    const warnings = checkInWarnings({ photoConsent: photoConsentFromProjection(consent ?? null) });
    return { outcome: 'ok', registration: r, warnings, errors: [] } as const;
  });
}
