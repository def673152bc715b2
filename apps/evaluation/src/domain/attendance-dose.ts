import { hasRole } from '@ekst/auth';
import type { Caller } from '@ekst/auth';

/**
 * A person's dose (events attended in a year) says where a child has been: the person themself,
 * their own school's teachers, champions and head, and the coordinator read it.
 */
export function mayReadAttendanceDose(
  caller: Caller,
  person: { id: string; partnerId: string | null },
): boolean {
  if (hasRole(caller, 'COORDINATOR')) return true;
  if (caller.kind === 'person' && caller.subject.toLowerCase() === person.id.toLowerCase())
    return true;
  return (
    person.partnerId !== null &&
    caller.partnerId === person.partnerId &&
    hasRole(caller, 'TEACHER', 'CHAMPION', 'HEAD')
  );
}
