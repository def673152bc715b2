import { hasRole } from '@ekst/auth';
import type { Caller } from '@ekst/auth';
import type { EventRoleKind } from './event-role';

/**
 * Who manages an existing event (changes it, its quota and its dates, publishes, cancels or
 * completes it, copies it, gives out roles at it):
 * - the coordinator, who runs the partnership day to day;
 * - the host partner's champions and head: it is their school's event, and they answer for it;
 * - the event's organisers (an event role), whichever partner they belong to, because they were
 *   given the event to run.
 * Nobody else: a champion of another school sits on the Management Group but does not run other
 * schools' events. An event at an external venue has no host staff, so only the coordinator and
 * its organisers manage it.
 */
export function mayManageEvent(
  caller: Caller,
  event: { hostPartnerId: string | null },
  callerRolesAtEvent: readonly EventRoleKind[],
): boolean {
  if (hasRole(caller, 'COORDINATOR')) return true;
  // Event roles belong to people; an API key's subject is never one of them.
  if (caller.kind === 'person' && callerRolesAtEvent.includes('ORGANISER')) return true;
  return (
    caller.kind === 'person' &&
    event.hostPartnerId !== null &&
    caller.partnerId === event.hostPartnerId &&
    hasRole(caller, 'CHAMPION', 'HEAD')
  );
}

/**
 * Who may put a new event on the programme at a host (create it, a series of it, or copy one there;
 * moving an event to another host counts as placing it there): the coordinator anywhere, and a
 * champion at their own school, so that whoever creates an event can go on managing it. Events at
 * external venues, or at another partner, are placed by the coordinator, who names their
 * organisers. Heads manage their school's events but do not set the programme.
 */
export function mayPlaceEvent(caller: Caller, event: { hostPartnerId: string | null }): boolean {
  if (hasRole(caller, 'COORDINATOR')) return true;
  return (
    caller.kind === 'person' &&
    event.hostPartnerId !== null &&
    caller.partnerId === event.hostPartnerId &&
    hasRole(caller, 'CHAMPION')
  );
}

export const MANAGE_EVENT_FORBIDDEN =
  "Only the coordinator, the host school's champions and head, and the event's organisers manage this event";
export const PLACE_EVENT_FORBIDDEN =
  'Only the coordinator, or a champion of the host school, puts an event on the programme there';
