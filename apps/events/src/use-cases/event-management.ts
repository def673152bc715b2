import type { Caller } from '@ekst/auth';
import { isUuid, refused, rejected, userError } from '@ekst/subgraph-kit';
import type { EntityManager } from 'typeorm';
import { MANAGE_EVENT_FORBIDDEN, mayManageEvent } from '../domain/event-management';
import type { EventRoleKind } from '../domain/event-role';
import { EventRoleEntity } from '../entities/event-role.entity';

/** FORBIDDEN for anyone who does not manage the event (see mayManageEvent). */
export const notManager = () => refused(MANAGE_EVENT_FORBIDDEN);

export const eventNotFound = () => rejected(userError('NOT_FOUND', 'no event with this id', 'id'));

/**
 * Asks the domain whether the caller manages this event, with their roles at it read in the use
 * case's transaction (after the event row is locked, so a role given or taken concurrently is
 * either seen or not, never half).
 */
export async function callerManagesEvent(
  m: EntityManager,
  caller: Caller,
  event: { id: string; hostPartnerId: string | null },
): Promise<boolean> {
  return mayManageEvent(caller, event, await callerRolesAtEvent(m, caller, event.id));
}

/** The caller's own roles at an event (none for API keys, non-uuid subjects or event ids). */
export async function callerRolesAtEvent(
  m: EntityManager,
  caller: Caller,
  eventId: string,
): Promise<EventRoleKind[]> {
  if (caller.kind !== 'person' || !isUuid(caller.subject) || !isUuid(eventId)) return [];
  const rows = await m
    .getRepository(EventRoleEntity)
    .findBy({ eventId, personId: caller.subject.toLowerCase() });
  return rows.map((r) => r.role);
}
