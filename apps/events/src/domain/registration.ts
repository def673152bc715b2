import { hasRole } from '@ekst/auth';
import type { Caller, Role } from '@ekst/auth';
import { audienceIncludesStudents, audienceIncludesTeachers, isStaffOf } from './event';
import type { Audience, EventStatus } from './event';

export const REGISTRATION_STATUSES = ['REGISTERED', 'WAITLISTED', 'CANCELLED'] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];

export type Placement =
  | { status: 'REGISTERED'; waitlistPosition: null }
  | { status: 'WAITLISTED'; waitlistPosition: number };

/**
 * Where a new registrant goes. A place is free while fewer than `capacity` are registered; but
 * the waitlist is first come, first served, so nobody skips the queue while anyone is waiting
 * (a place freed by a cancellation belongs to the head of the waitlist).
 */
export function decidePlacement(state: {
  capacity: number;
  registered: number;
  waiting: number;
  lastWaitlistPosition: number | null;
}): Placement {
  if (state.registered < state.capacity && state.waiting === 0) {
    return { status: 'REGISTERED', waitlistPosition: null };
  }
  return { status: 'WAITLISTED', waitlistPosition: (state.lastWaitlistPosition ?? 0) + 1 };
}

export type RegistrationRefusal =
  | 'EVENT_NOT_OPEN'
  | 'EVENT_STARTED'
  | 'NOT_IN_AUDIENCE'
  | 'YEAR_GROUP_NOT_ELIGIBLE';

/** Staff roles that make someone part of a "teachers" audience. */
const TEACHER_AUDIENCE_ROLES: readonly Role[] = ['TEACHER', 'HEAD', 'CHAMPION'];

/**
 * Whether `person` may take a place at `event` now. Students must be in one of the event's year
 * groups; school staff count as teachers. Ambassadors, finance and associate contacts help run
 * events but do not register as participants.
 */
export function refuseRegistration(
  event: { status: EventStatus; startsAt: Date; audience: Audience; yearGroups: readonly number[] },
  person: { roles: readonly Role[]; yearGroup: number | null },
  now: Date,
): RegistrationRefusal | null {
  if (event.status !== 'PUBLISHED') return 'EVENT_NOT_OPEN';
  if (event.startsAt.getTime() <= now.getTime()) return 'EVENT_STARTED';
  if (person.roles.includes('STUDENT')) {
    if (!audienceIncludesStudents(event.audience)) return 'NOT_IN_AUDIENCE';
    if (person.yearGroup === null || !event.yearGroups.includes(person.yearGroup))
      return 'YEAR_GROUP_NOT_ELIGIBLE';
    return null;
  }
  if (person.roles.some((r) => TEACHER_AUDIENCE_ROLES.includes(r))) {
    return audienceIncludesTeachers(event.audience) ? null : 'NOT_IN_AUDIENCE';
  }
  return 'NOT_IN_AUDIENCE';
}

/**
 * Students and teachers sign themselves up; a partner's staff sign up their own people; the
 * coordinator anyone. `personPartnerId` is null when the person is unknown here.
 */
export function canRegisterPerson(
  caller: Caller,
  personId: string,
  personPartnerId: string | null,
): boolean {
  if (hasRole(caller, 'COORDINATOR')) return true;
  if (
    caller.kind === 'person' &&
    caller.subject === personId &&
    hasRole(caller, 'STUDENT', 'TEACHER')
  )
    return true;
  return isStaffOf(caller, personPartnerId);
}

/** A person's registrations show where a child will be: themself, the coordinator, their school's staff. */
export function canSeePersonRegistrations(
  caller: Caller,
  personId: string,
  personPartnerId: string | null,
): boolean {
  if (hasRole(caller, 'COORDINATOR')) return true;
  if (caller.kind === 'person' && caller.subject === personId) return true;
  return isStaffOf(caller, personPartnerId);
}
