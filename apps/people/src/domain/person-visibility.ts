import { hasRole } from '@ekst/auth';
import type { Caller, Role } from '@ekst/auth';

/**
 * Whom a caller may see. The coordinator sees everyone. Anyone else sees themself (a person's own
 * record is never hidden from them) and, as a head, champion or teacher, the people of their own
 * partner. Students, finance members, ambassadors, associates and API keys see no one else.
 */
export type PersonScope =
  | { kind: 'everyone' }
  | { kind: 'limited'; selfId: string | null; partnerId: string | null };

/** Roles that work with their own school's people day to day. */
const PARTNER_STAFF: Role[] = ['HEAD', 'CHAMPION', 'TEACHER'];
/** Roles trusted with contact details of their own partner's people. */
const PARTNER_LEADS: Role[] = ['HEAD', 'CHAMPION'];

export function personScopeFor(caller: Caller): PersonScope {
  if (hasRole(caller, 'COORDINATOR')) return { kind: 'everyone' };
  return {
    kind: 'limited',
    selfId: caller.kind === 'person' ? caller.subject.toLowerCase() : null,
    partnerId: hasRole(caller, ...PARTNER_STAFF) ? (caller.partnerId?.toLowerCase() ?? null) : null,
  };
}

/** True when the scope cannot match anyone, so a query can be skipped altogether. */
export function seesNobody(scope: PersonScope): boolean {
  return scope.kind === 'limited' && scope.selfId === null && scope.partnerId === null;
}

export function canSeePerson(
  scope: PersonScope,
  person: { id: string; partnerId: string },
): boolean {
  if (scope.kind === 'everyone') return true;
  return (
    person.id === scope.selfId || (scope.partnerId !== null && person.partnerId === scope.partnerId)
  );
}

/** Contact details are narrower than visibility: a teacher sees a colleague, not their email. */
export function canSeeEmail(caller: Caller, person: { id: string; partnerId: string }): boolean {
  if (hasRole(caller, 'COORDINATOR')) return true;
  if (caller.kind === 'person' && caller.subject.toLowerCase() === person.id) return true;
  return hasRole(caller, ...PARTNER_LEADS) && caller.partnerId?.toLowerCase() === person.partnerId;
}

/**
 * The coordinator registers anyone; a head or champion registers people of their own partner,
 * but cannot grant COORDINATOR, which would let them see and do everything.
 */
export function mayRegister(caller: Caller, partnerId: string, roles: readonly Role[]): boolean {
  if (hasRole(caller, 'COORDINATOR')) return true;
  return (
    hasRole(caller, ...PARTNER_LEADS) &&
    caller.partnerId !== null &&
    caller.partnerId.toLowerCase() === partnerId.toLowerCase() &&
    !roles.includes('COORDINATOR')
  );
}

function ofPartner(caller: Caller, partnerId: string): boolean {
  return caller.partnerId !== null && caller.partnerId.toLowerCase() === partnerId.toLowerCase();
}
function isSelf(caller: Caller, personId: string): boolean {
  return caller.kind === 'person' && caller.subject.toLowerCase() === personId.toLowerCase();
}
type PersonRef = { id: string; partnerId: string; roles?: readonly Role[] };

/**
 * The current consent state (e.g. a photo refusal) is needed by whoever runs activities with the
 * person: the coordinator, the person, and their own partner's heads, champions and teachers.
 */
export function canSeeConsentState(caller: Caller, person: PersonRef): boolean {
  if (hasRole(caller, 'COORDINATOR') || isSelf(caller, person.id)) return true;
  return hasRole(caller, ...PARTNER_STAFF) && ofPartner(caller, person.partnerId);
}

/** The records themselves name parents and carers: the coordinator, the person, heads and champions. */
export function canSeeConsentRecords(caller: Caller, person: PersonRef): boolean {
  if (hasRole(caller, 'COORDINATOR') || isSelf(caller, person.id)) return true;
  return hasRole(caller, ...PARTNER_LEADS) && ofPartner(caller, person.partnerId);
}

export function mayRecordConsent(caller: Caller, person: PersonRef): boolean {
  if (hasRole(caller, 'COORDINATOR')) return true;
  return hasRole(caller, ...PARTNER_LEADS) && ofPartner(caller, person.partnerId);
}

/**
 * Anyone signed in may refuse or withdraw their own consent (the rules are in own-consent.ts);
 * granting it stays with `mayRecordConsent`.
 */
export function mayDecideOwnConsent(caller: Caller, person: PersonRef): boolean {
  return isSelf(caller, person.id);
}

/** Safeguarding metadata: the coordinator, heads and champions of the person's partner, the person. */
export function canSeeSafeguarding(caller: Caller, person: PersonRef): boolean {
  if (hasRole(caller, 'COORDINATOR') || isSelf(caller, person.id)) return true;
  return hasRole(caller, ...PARTNER_LEADS) && ofPartner(caller, person.partnerId);
}

export function mayRecordSafeguarding(caller: Caller, person: PersonRef): boolean {
  if (hasRole(caller, 'COORDINATOR')) return true;
  return hasRole(caller, ...PARTNER_LEADS) && ofPartner(caller, person.partnerId);
}

/**
 * Sign-in codes are how a school gets its people (students above all) onto the platform: the
 * coordinator for anyone, heads and champions for their own partner's people (never a
 * coordinator's account), teachers for their own partner's students.
 */
export function mayCreateSignInCode(caller: Caller, person: Required<PersonRef>): boolean {
  if (hasRole(caller, 'COORDINATOR')) return true;
  if (!ofPartner(caller, person.partnerId) || person.roles.includes('COORDINATOR')) return false;
  if (hasRole(caller, ...PARTNER_LEADS)) return true;
  return hasRole(caller, 'TEACHER') && person.roles.includes('STUDENT');
}

/** Updating follows registering, at the person's current partner and at the new one. */
export function mayUpdate(
  caller: Caller,
  person: Required<PersonRef>,
  next: { partnerId: string; roles: readonly Role[] },
): boolean {
  if (hasRole(caller, 'COORDINATOR')) return true;
  if (person.roles.includes('COORDINATOR')) return false;
  return (
    mayRegister(caller, person.partnerId, person.roles) &&
    mayRegister(caller, next.partnerId, next.roles)
  );
}

/** Erasure is irreversible and reaches every service: the coordinator only. */
export function mayErase(caller: Caller): boolean {
  return hasRole(caller, 'COORDINATOR');
}

export function mayRevokeSessionsOf(caller: Caller, personId: string): boolean {
  return hasRole(caller, 'COORDINATOR') || isSelf(caller, personId);
}

/**
 * How long after an event ends its contacts keep seeing each other's names: long enough to follow
 * up (certificates, a lost coat, a safeguarding concern raised the week after, the evaluation
 * survey's reminders), short enough that a visit does not become a standing window into another
 * school. The projection rows go with it (retention policy in module.ts).
 */
export const EVENT_CONTACT_DAYS_AFTER_END = 30;

/** Roles at an event whose holders run it: they see who is registered; registrants see them. */
const RUNS_THE_EVENT: readonly EventRoleAtEvent[] = ['ORGANISER', 'TEACHER_IN_CHARGE'];

export type EventRoleAtEvent = 'ORGANISER' | 'TEACHER_IN_CHARGE' | 'AMBASSADOR';

/**
 * What people knows (from the events topic) about one event that both the viewer and the person
 * looked at may be linked to: who hosts it, when it ends, and each one's registration status
 * (null when not registered) and roles there.
 */
export interface EventLink {
  eventStatus: string;
  hostPartnerId: string | null;
  endsAt: Date;
  subject: { registrationStatus: string | null; roles: readonly EventRoleAtEvent[] };
  viewer: { registrationStatus: string | null; roles: readonly EventRoleAtEvent[] };
}

/** Events that ended before this instant no longer link anyone (SQL prefilters with it too). */
export function eventContactCutoff(now: Date): Date {
  return new Date(now.getTime() - EVENT_CONTACT_DAYS_AFTER_END * 86_400_000);
}

/** A registration that still stands: a cancelled one says the person is not coming. */
function isRegistered(status: string | null): boolean {
  return status !== null && status !== 'CANCELLED';
}

/**
 * Whether an event makes `subject` visible to `caller` (their name, year group, roles and partner;
 * contact details, consent and safeguarding keep their own, narrower rules). From registration
 * until EVENT_CONTACT_DAYS_AFTER_END days after the end of an event that is not cancelled:
 *
 * - its organisers and teachers in charge, and the host partner's heads, champions and teachers,
 *   see everyone registered (any status but CANCELLED: the waitlist is theirs to run too);
 * - everyone registered sees the adults who organise it or are its teacher in charge (a visiting
 *   student should know who to look for), but not the other registrants, nor its ambassadors.
 */
export function canSeeAsEventContact(
  caller: Caller,
  subject: { roles: readonly Role[] },
  link: EventLink,
  now: Date,
): boolean {
  if (caller.kind !== 'person') return false;
  if (link.eventStatus === 'CANCELLED') return false;
  if (link.endsAt.getTime() < eventContactCutoff(now).getTime()) return false;
  const hostStaff =
    link.hostPartnerId !== null &&
    hasRole(caller, ...PARTNER_STAFF) &&
    ofPartner(caller, link.hostPartnerId);
  const runsIt = link.viewer.roles.some((r) => RUNS_THE_EVENT.includes(r));
  if (isRegistered(link.subject.registrationStatus) && (hostStaff || runsIt)) return true;
  const subjectRunsIt = link.subject.roles.some((r) => RUNS_THE_EVENT.includes(r));
  const subjectIsAdult = !subject.roles.includes('STUDENT');
  return subjectRunsIt && subjectIsAdult && isRegistered(link.viewer.registrationStatus);
}

/** Whether any of the events linking the two makes `subject` visible to `caller`. */
export function canSeeViaEvents(
  caller: Caller,
  subject: { roles: readonly Role[] },
  links: readonly EventLink[],
  now: Date,
): boolean {
  return links.some((link) => canSeeAsEventContact(caller, subject, link, now));
}
