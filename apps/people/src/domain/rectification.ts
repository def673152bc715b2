import { hasRole, mayActOnDataRights } from '@ekst/auth';
import type { Caller, Role } from '@ekst/auth';

/**
 * Rectification (UK GDPR art. 16) as rules: who may ask for a correction of whose record, who
 * handles it, which fields can be corrected and how a requested value becomes a change of the
 * record. No TypeORM, no GraphQL: the use case asks these.
 */
export const RECTIFIABLE_FIELDS = ['DISPLAY_NAME', 'YEAR_GROUP', 'EMAIL', 'PHONE'] as const;
export type RectifiableField = (typeof RECTIFIABLE_FIELDS)[number];
export type RectificationStatus = 'OPEN' | 'APPLIED' | 'REFUSED';

/** Staff who know their school's students and may pass on a parent's request. */
const SCHOOL_STAFF: Role[] = ['HEAD', 'CHAMPION', 'TEACHER'];

export type RequestPermission = 'allowed' | 'not-visible' | 'forbidden';

/**
 * The person themself may ask; so may the data protection lead or the coordinator; and a head,
 * champion or teacher for a student of their own school (a parent asks through the school).
 * Someone else's record the caller cannot see at all is 'not-visible' (answered as NOT_FOUND, as
 * everywhere in people); a colleague's record is 'forbidden' (adults ask for themselves).
 */
export function mayRequestRectification(
  caller: Caller,
  person: { id: string; partnerId: string; roles: readonly Role[] },
): RequestPermission {
  if (caller.kind !== 'person') return 'forbidden';
  if (caller.subject.toLowerCase() === person.id.toLowerCase()) return 'allowed';
  if (mayActOnDataRights(caller)) return 'allowed';
  const sameSchool =
    caller.partnerId !== null && caller.partnerId.toLowerCase() === person.partnerId.toLowerCase();
  if (!sameSchool || !hasRole(caller, ...SCHOOL_STAFF)) return 'not-visible';
  return person.roles.includes('STUDENT') ? 'allowed' : 'forbidden';
}

/** Applying or refusing a request: the data protection lead or the coordinator, partnership-wide. */
export function mayHandleRectification(caller: Caller): boolean {
  return mayActOnDataRights(caller);
}

/** The patch of updatePerson a correction is: one field, the value as that field's type. */
export function rectificationPatch(
  field: RectifiableField,
  value: string,
):
  | { displayName: string }
  | { yearGroup: number | string }
  | { email: string }
  | {
      phone: string;
    } {
  const v = value.trim();
  switch (field) {
    case 'DISPLAY_NAME':
      return { displayName: v };
    case 'YEAR_GROUP':
      // Not a whole number: left as text, so the registration rules reject it as INVALID.
      return { yearGroup: /^\d{1,2}$/.test(v) ? Number(v) : v };
    case 'EMAIL':
      return { email: v };
    case 'PHONE':
      return { phone: v };
  }
}

export const REASON_LENGTH = { min: 3, max: 1000 } as const;

/** A reason (the requester's or the handler's refusal) trimmed, or null when its length is off. */
export function reasonText(raw: string): string | null {
  const r = raw.trim();
  return r.length >= REASON_LENGTH.min && r.length <= REASON_LENGTH.max ? r : null;
}

/** Only an open request can be applied or refused: a second answer changes nothing. */
export function isHandled(status: RectificationStatus): boolean {
  return status !== 'OPEN';
}
