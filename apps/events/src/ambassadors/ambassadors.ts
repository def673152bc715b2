import { hasRole } from '@ekst/auth';
import type { Caller } from '@ekst/auth';
import { refuseEventRole } from '../domain/event-role';
import { londonDate } from '@ekst/subgraph-kit';
import { academicPeriod, TERMS } from '../domain/event';
import type { Term } from '../domain/event';

/** An ambassador records their own availability; the coordinator records anyone's. */
export function mayKeepAvailability(caller: Caller, personId: string): boolean {
  if (hasRole(caller, 'COORDINATOR')) return true;
  return caller.kind === 'person' && caller.subject === personId && hasRole(caller, 'AMBASSADOR');
}

/** An ambassador's hours are theirs and the coordinator's to read (and export). */
export function mayReadAmbassadorHours(caller: Caller, personId: string): boolean {
  if (hasRole(caller, 'COORDINATOR')) return true;
  return caller.kind === 'person' && caller.subject === personId;
}

export type AmbassadorOfferRefusal =
  | 'NOT_AN_AMBASSADOR'
  | 'SAFEGUARDING_NOT_VALID'
  | 'NOT_AVAILABLE'
  | 'NO_SLOTS_LEFT';

/**
 * Whether a slot at `event` may be offered to this person: they are an ambassador, their
 * safeguarding check is valid on the (last) day of the event (the same rule as the AMBASSADOR
 * event role, refuseEventRole), one of their availability windows covers the whole event, and
 * the event has a slot that is neither offered nor taken. An offer already made is not counted
 * against itself (offering again is idempotent).
 */
export function refuseAmbassadorOffer(
  person: {
    roles: readonly string[];
    clearedUntil: string | null;
    windows: ReadonlyArray<{ startsAt: Date; endsAt: Date }>;
    alreadyOffered: boolean;
  },
  event: { startsAt: Date; endsAt: Date; slots: number; slotsUsed: number },
): AmbassadorOfferRefusal | null {
  if (!person.roles.includes('AMBASSADOR')) return 'NOT_AN_AMBASSADOR';
  if (refuseEventRole('AMBASSADOR', person, event)) return 'SAFEGUARDING_NOT_VALID';
  const covered = person.windows.some(
    (w) =>
      w.startsAt.getTime() <= event.startsAt.getTime() &&
      w.endsAt.getTime() >= event.endsAt.getTime(),
  );
  if (!covered) return 'NOT_AVAILABLE';
  if (!person.alreadyOffered && event.slotsUsed >= event.slots) return 'NO_SLOTS_LEFT';
  return null;
}

/** The calendar date of an instant in the partnership's zone (terms are UK local dates). */
export { londonDate };

/** The term of `academicYear` an instant falls in, or null when it is in another year. */
export function termOf(at: Date, academicYear: number): Term | null {
  const day = londonDate(at);
  for (const term of TERMS) {
    const { from, to } = academicPeriod(academicYear, term);
    if (day >= from && day < to) return term;
  }
  return null;
}

/** Minutes per term of one academic year (by the event's start), every term listed, in order. */
export function minutesPerTerm(
  entries: ReadonlyArray<{ startsAt: Date; minutes: number }>,
  academicYear: number,
): Array<{ term: Term; minutes: number }> {
  const totals = new Map<Term, number>(TERMS.map((t) => [t, 0]));
  for (const e of entries) {
    const term = termOf(e.startsAt, academicYear);
    if (term) totals.set(term, (totals.get(term) ?? 0) + e.minutes);
  }
  return TERMS.map((term) => ({ term, minutes: totals.get(term) ?? 0 }));
}
