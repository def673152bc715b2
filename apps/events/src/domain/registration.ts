import { hasRole } from '@ekst/auth';
import type { REGISTRATION_STATUSES } from '@ekst/contracts';
import type { Caller, Role } from '@ekst/auth';
import { audienceIncludesStudents, audienceIncludesTeachers, isStaffOf } from './event';
import type { Audience, ConsentKind, EventStatus } from './event';

// The statuses are part of the RegistrationChanged contract other services consume: one list.
export { REGISTRATION_STATUSES } from '@ekst/contracts';
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];
/** Why a registration was cancelled; WAITLIST_CLOSED: still waiting when the event completed. */
export type Cancellation = 'SELF' | 'STAFF' | 'OFFER_EXPIRED' | 'WAITLIST_CLOSED';

/** Statuses that hold one of the event's places (an offer holds it until its deadline). */
export const PLACE_HOLDING_STATUSES: readonly RegistrationStatus[] = [
  'REGISTERED',
  'OFFERED',
  'ATTENDED',
  'NO_SHOW',
];

/** How long a promoted person has to confirm, unless the event starts sooner. */
export const OFFER_WINDOW_MS = 48 * 3_600_000;

export type Placement =
  | { status: 'REGISTERED'; waitlistPosition: null }
  | { status: 'WAITLISTED'; waitlistPosition: number };

/**
 * Where a new registrant goes. A place is theirs while fewer than `capacity` places are held,
 * their partner holds fewer than its quota, and nobody waiting could take that place instead (the
 * waitlist is first come, first served: nobody skips someone ahead who is eligible for it).
 * `waitingEligible` counts people waiting whose own partner is under its quota.
 */
export function decidePlacement(state: {
  capacity: number;
  taken: number;
  partnerTaken: number;
  partnerQuota: number | null;
  waitingEligible: number;
  lastWaitlistPosition: number | null;
}): Placement {
  const placeFree = state.taken < state.capacity;
  const underQuota = state.partnerQuota === null || state.partnerTaken < state.partnerQuota;
  if (placeFree && underQuota && state.waitingEligible === 0) {
    return { status: 'REGISTERED', waitlistPosition: null };
  }
  return { status: 'WAITLISTED', waitlistPosition: (state.lastWaitlistPosition ?? 0) + 1 };
}

/**
 * Who is offered the free places, in queue order: the first waiting people whose partner is still
 * under its quota (counting the offers made here). Someone whose partner is at quota keeps their
 * place in the queue for a later chance.
 */
export function chooseOffers(state: {
  capacity: number;
  taken: number;
  partnerQuota: number | null;
  takenByPartner: ReadonlyMap<string, number>;
  /** in queue order */
  waiting: ReadonlyArray<{ id: string; partnerId: string | null }>;
}): string[] {
  let free = state.capacity - state.taken;
  const taken = new Map(state.takenByPartner);
  const chosen: string[] = [];
  for (const w of state.waiting) {
    if (free <= 0) break;
    const key = w.partnerId ?? '';
    const n = taken.get(key) ?? 0;
    if (state.partnerQuota !== null && n >= state.partnerQuota) continue;
    chosen.push(w.id);
    taken.set(key, n + 1);
    free -= 1;
  }
  return chosen;
}

/** The deadline to confirm an offer made `now`: the offer window, but never after the start. */
export function offerDeadline(now: Date, startsAt: Date, windowMs = OFFER_WINDOW_MS): Date {
  return new Date(Math.min(now.getTime() + windowMs, startsAt.getTime()));
}

export type RegistrationRefusal =
  | 'EVENT_NOT_OPEN'
  | 'EVENT_CANCELLED'
  | 'EVENT_STARTED'
  | 'NOT_IN_AUDIENCE'
  | 'YEAR_GROUP_NOT_ELIGIBLE'
  | 'PARTNER_NOT_MEMBER'
  | 'CONSENT_REQUIRED'
  | 'PERSON_LEFT';

/** Staff roles that make someone part of a "teachers" audience. */
const TEACHER_AUDIENCE_ROLES: readonly Role[] = ['TEACHER', 'HEAD', 'CHAMPION'];

/**
 * Whether `person` may take a place at `event` now. Students must be in one of the event's year
 * groups; school staff count as teachers. Ambassadors, finance and associate contacts help run
 * events but do not register as participants.
 */
export function refuseRegistration(
  event: {
    status: EventStatus;
    startsAt: Date;
    audience: Audience;
    yearGroups: readonly number[];
    requiredConsents?: readonly ConsentKind[];
  },
  person: {
    roles: readonly Role[];
    yearGroup: number | null;
    /** whether the person's partner is a member today */
    partnerActive?: boolean;
    /** consent kinds currently granted */
    consents?: readonly ConsentKind[];
    /** the day they left the partnership (people's PersonLeft); null while they take part */
    leftOn?: string | null;
  },
  now: Date,
): RegistrationRefusal | null {
  if (event.status === 'CANCELLED') return 'EVENT_CANCELLED';
  if (event.status !== 'PUBLISHED') return 'EVENT_NOT_OPEN';
  if (event.startsAt.getTime() <= now.getTime()) return 'EVENT_STARTED';
  if (person.leftOn != null) return 'PERSON_LEFT';
  if (person.partnerActive === false) return 'PARTNER_NOT_MEMBER';
  if (person.roles.includes('STUDENT')) {
    if (!audienceIncludesStudents(event.audience)) return 'NOT_IN_AUDIENCE';
    if (person.yearGroup === null || !event.yearGroups.includes(person.yearGroup))
      return 'YEAR_GROUP_NOT_ELIGIBLE';
    const granted = person.consents ?? [];
    if ((event.requiredConsents ?? []).some((k) => !granted.includes(k))) return 'CONSENT_REQUIRED';
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

/**
 * Who may cancel or confirm a registration: the person themself, their partner's teachers,
 * champions and head, and the coordinator.
 */
export function canActForRegistrant(
  caller: Caller,
  personId: string,
  personPartnerId: string | null,
): boolean {
  return canSeePersonRegistrations(caller, personId, personPartnerId);
}
