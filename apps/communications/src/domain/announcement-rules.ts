import type { Caller } from '@ekst/auth';
import { hasRole } from '@ekst/auth';

/**
 * Who an announcement can address. GROUP is in the enum so a governance group can become a
 * target once partners-governance publishes group memberships; until then it is refused.
 */
export const ANNOUNCEMENT_TARGETS = ['EVERYONE', 'PARTNER', 'EVENT', 'GROUP'] as const;
export type AnnouncementTargetKind = (typeof ANNOUNCEMENT_TARGETS)[number];

export interface AnnouncementTarget {
  kind: AnnouncementTargetKind;
  id: string | null;
}

export type TargetDecision =
  | { kind: 'allowed' }
  | { kind: 'forbidden'; reason: string }
  | { kind: 'unsupported'; reason: string };

/** Whether the caller may post announcements at all (coordinator, heads, champions). */
export function mayAnnounce(caller: Caller): boolean {
  return caller.kind === 'person' && hasRole(caller, 'COORDINATOR', 'HEAD', 'CHAMPION');
}

/**
 * The coordinator and heads may address anyone; a champion only their own partner's people.
 * An event's participants: the coordinator, heads, and a champion of the event's host partner.
 */
export function mayAddress(
  caller: Caller,
  target: AnnouncementTarget,
  eventHostPartnerId: string | null,
): TargetDecision {
  if (target.kind === 'GROUP')
    return {
      kind: 'unsupported',
      reason: 'groups cannot be addressed yet: governance groups are not published to this service',
    };
  if (hasRole(caller, 'COORDINATOR', 'HEAD')) return { kind: 'allowed' };
  if (!hasRole(caller, 'CHAMPION') || caller.partnerId === null)
    return { kind: 'forbidden', reason: 'only the coordinator, heads and champions announce' };
  switch (target.kind) {
    case 'EVERYONE':
      return { kind: 'forbidden', reason: 'a champion announces to their own partner only' };
    case 'PARTNER':
      return target.id === caller.partnerId
        ? { kind: 'allowed' }
        : { kind: 'forbidden', reason: 'a champion announces to their own partner only' };
    case 'EVENT':
      return eventHostPartnerId !== null && eventHostPartnerId === caller.partnerId
        ? { kind: 'allowed' }
        : { kind: 'forbidden', reason: "a champion announces only to their own partner's events" };
  }
}
