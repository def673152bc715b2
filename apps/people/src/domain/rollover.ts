import { hasRole } from '@ekst/auth';
import type { Caller } from '@ekst/auth';
import { STUDENT_YEAR_GROUPS } from './person-registration';
import { londonDate } from '@ekst/subgraph-kit';

/** Year 13 is the last: at the rollover its students leave. */
export const LEAVING_YEAR_GROUP = STUDENT_YEAR_GROUPS.max;

/**
 * How long a leaver's record is kept after they leave before it is erased everywhere (as
 * `erasePerson` does, PersonErased to every service): one year, so the year they left can still be
 * evaluated and reported (the annual report, follow-up surveys, a reference or a safeguarding
 * question about the past year), and no longer: they no longer take part.
 */
export const LEAVER_RETENTION_DAYS = 365;

/** Academic years as evaluation counts them: 2026 is 2026/27 (the year students move into). */
export const ACADEMIC_YEARS = { min: 2000, max: 2100 } as const;

export function isAcademicYear(year: number): boolean {
  return Number.isInteger(year) && year >= ACADEMIC_YEARS.min && year <= ACADEMIC_YEARS.max;
}

/** What the rollover does to a student in `yearGroup`. */
export function afterRollover(
  yearGroup: number,
): { kind: 'moveUp'; to: number } | { kind: 'leave' } {
  return yearGroup >= LEAVING_YEAR_GROUP
    ? { kind: 'leave' }
    : { kind: 'moveUp', to: yearGroup + 1 };
}

/**
 * A year may be rolled once, and never after a later one: rolling 2025 after 2026 would move
 * everyone up a second time.
 */
export function alreadyRolled(academicYear: number, lastRolled: number | null): boolean {
  return lastRolled !== null && lastRolled >= academicYear;
}

/** The rollover changes every student's record in the partnership: the coordinator only. */
export function mayRollOver(caller: Caller): boolean {
  return hasRole(caller, 'COORDINATOR');
}

/** The last day a leaver who left on `leftOn` (YYYY-MM-DD) is kept; erased after it. */
export function leaverErasureCutoff(today: Date): string {
  return londonDate(new Date(today.getTime() - LEAVER_RETENTION_DAYS * 86_400_000));
}

/**
 * A roster import is a school's own business: the coordinator, or a champion of that partner (a
 * champion of another school is FORBIDDEN).
 */
export function mayImportRoster(caller: Caller, partnerId: string): boolean {
  if (hasRole(caller, 'COORDINATOR')) return true;
  return (
    hasRole(caller, 'CHAMPION') &&
    caller.partnerId !== null &&
    caller.partnerId.toLowerCase() === partnerId.toLowerCase()
  );
}
