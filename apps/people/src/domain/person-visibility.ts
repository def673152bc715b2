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
