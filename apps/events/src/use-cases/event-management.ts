import type { Caller } from '@ekst/auth';
import { isUuid } from '@ekst/subgraph-kit';
import type { EntityManager } from 'typeorm';
import { mayManageEvent } from '../domain/event-management';
import type { EventRoleKind } from '../domain/event-role';
import { EventRoleEntity } from '../entities/event-role.entity';

/** A use case's answer when the caller may not do this at all (the resolver makes it FORBIDDEN). */
export interface Forbidden {
  readonly forbidden: string;
}

export function isForbidden<T extends object>(result: T | Forbidden): result is Forbidden {
  return 'forbidden' in result;
}

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

/** The caller's own roles at an event (none for API keys and non-uuid subjects). */
export async function callerRolesAtEvent(
  m: EntityManager,
  caller: Caller,
  eventId: string,
): Promise<EventRoleKind[]> {
  if (caller.kind !== 'person' || !isUuid(caller.subject)) return [];
  const rows = await m
    .getRepository(EventRoleEntity)
    .findBy({ eventId, personId: caller.subject.toLowerCase() });
  return rows.map((r) => r.role);
}
