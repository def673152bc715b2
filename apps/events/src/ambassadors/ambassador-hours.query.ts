import type { EntityManager } from 'typeorm';
import { academicPeriod } from '../domain/event';
import type { Term } from '../domain/event';
import { minutesPerTerm } from './ambassadors';

/** One logged entry (AmbassadorHoursEntry in the schema). */
export interface AmbassadorHoursEntryRef {
  eventId: string;
  minutes: number;
  loggedAt: Date;
}

/** One logged entry, with the event's start and title for the summary and the CSV. */
export interface AmbassadorHoursRow extends AmbassadorHoursEntryRef {
  title: string;
  startsAt: Date;
}

export interface AmbassadorHoursSummaryResult {
  academicYear: number;
  byTerm: Array<{ term: Term; minutes: number }>;
  totalMinutes: number;
  entries: AmbassadorHoursRow[];
}

/** An ambassador's logged hours at events that start in an academic year, by term. */
export async function ambassadorHours(
  m: EntityManager,
  personId: string,
  academicYear: number,
): Promise<AmbassadorHoursSummaryResult> {
  const { from, to } = academicPeriod(academicYear);
  const rows = (await m.query(
    `SELECT h.event_id, e.title, e.starts_at, h.minutes, h.logged_at
     FROM ambassador_hours h JOIN event e ON e.id = h.event_id
     WHERE h.person_id = $1
       AND e.starts_at >= ($2::date::timestamp AT TIME ZONE 'Europe/London')
       AND e.starts_at < ($3::date::timestamp AT TIME ZONE 'Europe/London')
     ORDER BY e.starts_at, e.id`,
    [personId, from, to],
  )) as Array<{
    event_id: string;
    title: string;
    starts_at: Date;
    minutes: number;
    logged_at: Date;
  }>;
  const entries = rows.map((r) => ({
    eventId: r.event_id,
    title: r.title,
    startsAt: r.starts_at,
    minutes: r.minutes,
    loggedAt: r.logged_at,
  }));
  return {
    academicYear,
    byTerm: minutesPerTerm(entries, academicYear),
    totalMinutes: entries.reduce((sum, e) => sum + e.minutes, 0),
    entries,
  };
}
