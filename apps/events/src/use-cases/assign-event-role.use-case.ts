import { done, isUuid, rejected, userError } from '@ekst/subgraph-kit';
import { refuseEventRole } from '../domain/event-role';
import type { EventRoleKind, EventRoleRefusal } from '../domain/event-role';
import { EventRoleEntity } from '../entities/event-role.entity';
import { callerManagesEvent, notManager } from './event-management';
import type { EventsDeps, EventsResult } from './events-use-case';
import { appendEventRoleAssigned } from './outbox-events';
import { lockEvent } from './places';

const MESSAGES: Record<EventRoleRefusal, string> = {
  SAFEGUARDING_NOT_VALID: 'this person has no safeguarding check valid on the day of the event',
  NOT_STAFF: 'organisers and teachers in charge are staff of a partner',
  NOT_A_STUDENT: 'student organisers are students',
};

const unknownPerson = () =>
  rejected(userError('UNKNOWN_PERSON', 'no person with this id', 'personId'));

/**
 * Gives someone a role at an event (idempotent), for whoever manages the event. Ambassadors need
 * a safeguarding check valid on the day, as the people service last reported it.
 */
export async function assignEventRole(
  deps: EventsDeps,
  args: { eventId: string; personId: string; role: EventRoleKind },
): Promise<EventsResult<EventRoleEntity>> {
  if (!isUuid(args.personId)) return unknownPerson();
  return deps.transaction(async (tx): Promise<EventsResult<EventRoleEntity>> => {
    const m = tx.manager;
    const event = await lockEvent(m, args.eventId);
    if (event && !(await callerManagesEvent(m, deps.caller, event))) return notManager();
    if (!event || event.status === 'CANCELLED' || event.status === 'COMPLETED') {
      return rejected(userError('NOT_FOUND', 'no open event with this id', 'eventId'));
    }
    const [person] = (await m.query(
      `SELECT p.roles, to_char(s.cleared_until, 'YYYY-MM-DD') AS cleared_until
       FROM person_projection p LEFT JOIN person_safeguarding s ON s.person_id = p.id WHERE p.id = $1`,
      [args.personId],
    )) as Array<{ roles: string[]; cleared_until: string | null }>;
    if (!person) return unknownPerson();
    const refusal = refuseEventRole(
      args.role,
      { roles: person.roles, clearedUntil: person.cleared_until },
      event,
    );
    if (refusal) return rejected(userError(refusal, MESSAGES[refusal], 'personId'));
    const inserted = (await m.query(
      `INSERT INTO event_role (event_id, person_id, role) VALUES ($1, $2, $3)
       ON CONFLICT DO NOTHING RETURNING event_id`,
      [event.id, args.personId, args.role],
    )) as unknown[];
    // Announced once, when the role is new: assigning it again changes nothing.
    // A student organiser sees no registrants, so people (which shows organisers the names of
    // those registered) is not told of one.
    if (inserted.length > 0 && args.role !== 'STUDENT_ORGANISER') {
      await appendEventRoleAssigned(tx.outbox, {
        eventId: event.id,
        personId: args.personId,
        role: args.role as Exclude<EventRoleKind, 'STUDENT_ORGANISER'>,
      });
    }
    return done(
      await m
        .getRepository(EventRoleEntity)
        .findOneByOrFail({ eventId: event.id, personId: args.personId, role: args.role }),
    );
  });
}
