import type { Caller } from '@ekst/auth';
import { isUuid, userError } from '@ekst/subgraph-kit';
import type { UserError } from '@ekst/subgraph-kit';
import type { DataSource } from 'typeorm';
import { refuseEventRole } from '../domain/event-role';
import type { EventRoleKind, EventRoleRefusal } from '../domain/event-role';
import { EventRoleEntity } from '../entities/event-role.entity';
import { appendEventRoleAssigned } from './outbox-events';
import { manageForbidden } from './cancel-event.use-case';
import { callerManagesEvent } from './event-management';
import type { Forbidden } from './event-management';
import { lockEvent } from './places';

const MESSAGES: Record<EventRoleRefusal, string> = {
  SAFEGUARDING_NOT_VALID: 'this person has no safeguarding check valid on the day of the event',
  NOT_STAFF: 'organisers and teachers in charge are staff of a partner',
};

/**
 * Gives someone a role at an event (idempotent), for whoever manages the event. Ambassadors need
 * a safeguarding check valid on the day, as the people service last reported it.
 */
export async function assignEventRole(
  dataSource: DataSource,
  args: { eventId: string; personId: string; role: EventRoleKind; caller: Caller },
  opts: { topic: string },
): Promise<{ role: EventRoleEntity | null; errors: UserError[] } | Forbidden> {
  if (!isUuid(args.personId)) {
    return {
      role: null,
      errors: [userError('UNKNOWN_PERSON', 'no person with this id', 'personId')],
    };
  }
  return dataSource.transaction(async (m) => {
    const event = await lockEvent(m, args.eventId);
    if (event && !(await callerManagesEvent(m, args.caller, event))) return manageForbidden();
    if (!event || event.status === 'CANCELLED' || event.status === 'COMPLETED') {
      return {
        role: null,
        errors: [userError('NOT_FOUND', 'no open event with this id', 'eventId')],
      };
    }
    const [person] = (await m.query(
      `SELECT p.roles, to_char(s.cleared_until, 'YYYY-MM-DD') AS cleared_until
       FROM person_projection p LEFT JOIN person_safeguarding s ON s.person_id = p.id WHERE p.id = $1`,
      [args.personId],
    )) as Array<{ roles: string[]; cleared_until: string | null }>;
    if (!person) {
      return {
        role: null,
        errors: [userError('UNKNOWN_PERSON', 'no person with this id', 'personId')],
      };
    }
    const refusal = refuseEventRole(
      args.role,
      { roles: person.roles, clearedUntil: person.cleared_until },
      event,
    );
    if (refusal) return { role: null, errors: [userError(refusal, MESSAGES[refusal], 'personId')] };
    const inserted = (await m.query(
      `INSERT INTO event_role (event_id, person_id, role) VALUES ($1, $2, $3)
       ON CONFLICT DO NOTHING RETURNING event_id`,
      [event.id, args.personId, args.role],
    )) as unknown[];
    // Announced once, when the role is new: assigning it again changes nothing.
    if (inserted.length > 0) {
      await appendEventRoleAssigned(m, opts.topic, {
        eventId: event.id,
        personId: args.personId,
        role: args.role,
      });
    }
    const role = await m
      .getRepository(EventRoleEntity)
      .findOneByOrFail({ eventId: event.id, personId: args.personId, role: args.role });
    return { role, errors: [] };
  });
}

/** The roles a person holds at an event (for who may run check-in). */
export async function rolesAtEvent(
  dataSource: DataSource,
  eventId: string,
  personId: string,
): Promise<EventRoleKind[]> {
  if (!isUuid(eventId) || !isUuid(personId)) return [];
  const rows = await dataSource.getRepository(EventRoleEntity).findBy({ eventId, personId });
  return rows.map((r) => r.role);
}
