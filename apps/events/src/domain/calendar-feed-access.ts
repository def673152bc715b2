import { hasRole } from '@ekst/auth';
import type { Caller } from '@ekst/auth';
import { isStaffOf } from './event';

/** A feed of one person's events, or of one partner's (hosted, or where its people hold a place). */
export interface CalendarFeedOwner {
  scope: 'PERSON' | 'PARTNER' | 'PROGRAMME';
  /** the person's or the partner's id */
  ownerId: string;
}

/**
 * Who may create and revoke a calendar feed: a person their own; a partner's teachers, champions
 * and head their partner's; the coordinator any. A feed's URL shows the owner's programme to
 * whoever holds it, so nobody else may hand one out or take one away.
 */
export function mayKeepCalendarFeed(caller: Caller, feed: CalendarFeedOwner): boolean {
  if (hasRole(caller, 'COORDINATOR')) return true;
  // PROGRAMME (the whole published programme) is owned, like PERSON, by whoever subscribed.
  if (feed.scope === 'PERSON' || feed.scope === 'PROGRAMME')
    return caller.kind === 'person' && caller.subject === feed.ownerId;
  return isStaffOf(caller, feed.ownerId);
}
