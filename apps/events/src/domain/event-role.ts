import { londonDate } from '@ekst/subgraph-kit';

export const EVENT_ROLE_KINDS = [
  'ORGANISER',
  'TEACHER_IN_CHARGE',
  'AMBASSADOR',
  // --- groups, meetings, proposals ---
  // A Student Voice student helping to organise: sees the event (even as a draft) and its roles,
  // never its registrations, and manages nothing (mayManageEvent counts ORGANISER only).
  'STUDENT_ORGANISER',
] as const;
export type EventRoleKind = (typeof EVENT_ROLE_KINDS)[number];

export type EventRoleRefusal = 'SAFEGUARDING_NOT_VALID' | 'NOT_STAFF' | 'NOT_A_STUDENT';

/**
 * Undergraduate ambassadors work with children: their safeguarding check must still be valid on
 * the last day of the event in Europe/London (`clearedUntil` is an ISO date, inclusive). Organisers and teachers in
 * charge are school or partnership staff.
 */
export function refuseEventRole(
  role: EventRoleKind,
  person: { roles: readonly string[]; clearedUntil: string | null },
  event: { endsAt: Date },
): EventRoleRefusal | null {
  if (role === 'AMBASSADOR') {
    // UK dates: an event ending at 00:30 BST ends on that London day, not UTC's day before.
    const lastDay = londonDate(event.endsAt);
    return person.clearedUntil !== null && person.clearedUntil >= lastDay
      ? null
      : 'SAFEGUARDING_NOT_VALID';
  }
  if (role === 'STUDENT_ORGANISER')
    return person.roles.includes('STUDENT') ? null : 'NOT_A_STUDENT';
  const staff = ['TEACHER', 'HEAD', 'CHAMPION', 'COORDINATOR'];
  return person.roles.some((r) => staff.includes(r)) ? null : 'NOT_STAFF';
}
