import { hasRole } from '@ekst/auth';
import type { Caller } from '@ekst/auth';
import type { EventKind } from '../domain/event';

/** The kinds of event that count as a teacher's professional development. */
export const CPD_KINDS: readonly EventKind[] = [
  'CPD',
  'TEACHMEET',
  'SUBJECT_CLUSTER',
  'TEACHER_SWAP_VISIT',
];

const LONDON = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** A UK local calendar day (as a day number) and minute of that day. */
function londonDayAndMinute(at: Date): { day: number; minute: number } {
  const parts = Object.fromEntries(LONDON.formatToParts(at).map((p) => [p.type, p.value]));
  const day = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day)) / 86_400_000;
  return { day, minute: Number(parts.hour) * 60 + Number(parts.minute) };
}

/**
 * What an appraisal counts as CPD time: start to end for an event on one day; for an event over
 * several days (a three-day swap visit), each day from the start time to the end time in UK local
 * time, not the nights in between.
 */
export function cpdMinutes(startsAt: Date, endsAt: Date): number {
  const elapsed = Math.max(0, Math.round((endsAt.getTime() - startsAt.getTime()) / 60_000));
  const from = londonDayAndMinute(startsAt);
  const to = londonDayAndMinute(endsAt);
  // One sitting, even one that runs past midnight (an evening session ending at 00:30), counts
  // start to end; only an event over several days counts each day's start-to-end window.
  if (from.day === to.day || elapsed < 24 * 60) return elapsed;
  const window = to.minute - from.minute;
  if (window <= 0) return elapsed; // no daily window to read (ends earlier in the day than it starts)
  return (to.day - from.day + 1) * window;
}

/** Hours to two decimal places, for people to read. */
export function hoursOf(minutes: number): number {
  return Math.round((minutes / 60) * 100) / 100;
}

/**
 * A teacher's CPD record is for their appraisal: the teacher themself, their own school's head
 * and the coordinator read it; no one else (not other staff, not another school's head).
 */
export function mayReadCpdRecord(
  caller: Caller,
  person: { id: string; partnerId: string | null },
): boolean {
  if (hasRole(caller, 'COORDINATOR')) return true;
  if (caller.kind === 'person' && caller.subject.toLowerCase() === person.id.toLowerCase())
    return true;
  return (
    caller.kind === 'person' &&
    person.partnerId !== null &&
    caller.partnerId === person.partnerId &&
    hasRole(caller, 'HEAD')
  );
}
