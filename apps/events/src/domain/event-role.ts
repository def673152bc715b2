export const EVENT_ROLE_KINDS = ['ORGANISER', 'TEACHER_IN_CHARGE', 'AMBASSADOR'] as const;
export type EventRoleKind = (typeof EVENT_ROLE_KINDS)[number];

export type EventRoleRefusal = 'SAFEGUARDING_NOT_VALID' | 'NOT_STAFF';

/**
 * Undergraduate ambassadors work with children: their safeguarding check must still be valid on
 * the last day of the event (`clearedUntil` is an ISO date, inclusive). Organisers and teachers in
 * charge are school or partnership staff.
 */
export function refuseEventRole(
  role: EventRoleKind,
  person: { roles: readonly string[]; clearedUntil: string | null },
  event: { endsAt: Date },
): EventRoleRefusal | null {
  if (role === 'AMBASSADOR') {
    const lastDay = event.endsAt.toISOString().slice(0, 10);
    return person.clearedUntil !== null && person.clearedUntil >= lastDay
      ? null
      : 'SAFEGUARDING_NOT_VALID';
  }
  const staff = ['TEACHER', 'HEAD', 'CHAMPION', 'COORDINATOR'];
  return person.roles.some((r) => staff.includes(r)) ? null : 'NOT_STAFF';
}
