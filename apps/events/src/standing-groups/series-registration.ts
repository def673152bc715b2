import { hasRole } from '@ekst/auth';
import type { Caller } from '@ekst/auth';

/** A session of a standing group as the planner needs it. */
export interface SessionState {
  eventId: string;
  status: string;
  startsAt: Date;
}

/** A member's registration for a session (any status). */
export interface MemberRegistration {
  id: string;
  eventId: string;
  status: string;
}

const ACTIVE = ['REGISTERED', 'WAITLISTED', 'OFFERED', 'ATTENDED', 'NO_SHOW'];
const WITHDRAWABLE = ['REGISTERED', 'WAITLISTED', 'OFFERED'];

/**
 * Which sessions a member must be registered for now: the PUBLISHED sessions that have not
 * started and for which they hold no active registration. Idempotent: planning again after the
 * registrations were made plans nothing. Sessions already held, started or not open are reported
 * so the caller can say why nothing was done for them.
 */
export function planSeriesRegistrations(
  sessions: readonly SessionState[],
  registrations: readonly MemberRegistration[],
  now: Date,
): { register: string[]; held: string[]; started: string[]; notOpen: string[] } {
  const held = new Set(
    registrations.filter((r) => ACTIVE.includes(r.status)).map((r) => r.eventId),
  );
  const plan = {
    register: [] as string[],
    held: [] as string[],
    started: [] as string[],
    notOpen: [] as string[],
  };
  for (const s of [...sessions].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())) {
    if (held.has(s.eventId)) plan.held.push(s.eventId);
    else if (s.startsAt.getTime() <= now.getTime()) plan.started.push(s.eventId);
    else if (s.status !== 'PUBLISHED') plan.notOpen.push(s.eventId);
    else plan.register.push(s.eventId);
  }
  return plan;
}

/**
 * Which of a leaving member's registrations are withdrawn: those for sessions that have not
 * started and still hold or wait for a place. Past attendance stays: it counts towards their dose.
 */
export function planSeriesWithdrawals(
  sessions: readonly SessionState[],
  registrations: readonly MemberRegistration[],
  now: Date,
): string[] {
  const future = new Set(
    sessions.filter((s) => s.startsAt.getTime() > now.getTime()).map((s) => s.eventId),
  );
  return registrations
    .filter((r) => future.has(r.eventId) && WITHDRAWABLE.includes(r.status))
    .map((r) => r.id);
}

/** Standing groups are set up and given sessions by the coordinator, who runs the programme. */
export function mayRunStandingGroups(caller: Caller): boolean {
  return hasRole(caller, 'COORDINATOR');
}
