import type { EntityManager } from 'typeorm';
import { academicPeriod } from '../domain/event';
import type { EventKind } from '../domain/event';
import { CPD_KINDS, cpdMinutes, hoursOf } from './cpd-record';

export type CpdParticipation = 'ATTENDED' | 'LED';

/** One line of a CPD record (CpdEntry in the schema). */
export interface CpdEntryRow {
  eventId: string;
  kind: EventKind;
  title: string;
  startsAt: Date;
  endsAt: Date;
  participation: CpdParticipation;
  minutes: number;
  hours: number;
}

export interface CpdRecordResult {
  academicYear: number;
  entries: CpdEntryRow[];
  totalMinutes: number;
  totalHours: number;
}

/**
 * A teacher's CPD in an academic year: events of the CPD kinds (not cancelled) that they led (an
 * ORGANISER or TEACHER_IN_CHARGE role) or attended (checked in). Leading wins when both are true;
 * each event counts once, for its whole length.
 */
export async function cpdRecord(
  m: EntityManager,
  personId: string,
  academicYear: number,
): Promise<CpdRecordResult> {
  const { from, to } = academicPeriod(academicYear);
  const rows = (await m.query(
    `SELECT e.id, e.kind, e.title, e.starts_at, e.ends_at,
            EXISTS (SELECT 1 FROM event_role er WHERE er.event_id = e.id AND er.person_id = $1
                    AND er.role IN ('ORGANISER','TEACHER_IN_CHARGE')) AS led
     FROM event e
     WHERE e.kind = ANY ($2::text[]) AND e.status <> 'CANCELLED'
       AND e.starts_at >= ($3::date::timestamp AT TIME ZONE 'Europe/London')
       AND e.starts_at < ($4::date::timestamp AT TIME ZONE 'Europe/London')
       AND (EXISTS (SELECT 1 FROM registration r WHERE r.event_id = e.id AND r.person_id = $1
                    AND r.status = 'ATTENDED')
         OR EXISTS (SELECT 1 FROM event_role er WHERE er.event_id = e.id AND er.person_id = $1
                    AND er.role IN ('ORGANISER','TEACHER_IN_CHARGE')))
     ORDER BY e.starts_at, e.id`,
    [personId, CPD_KINDS, from, to],
  )) as Array<{
    id: string;
    kind: EventKind;
    title: string;
    starts_at: Date;
    ends_at: Date;
    led: boolean;
  }>;
  const entries = rows.map((r): CpdEntryRow => {
    const minutes = cpdMinutes(r.starts_at, r.ends_at);
    return {
      eventId: r.id,
      kind: r.kind,
      title: r.title,
      startsAt: r.starts_at,
      endsAt: r.ends_at,
      participation: r.led ? 'LED' : 'ATTENDED',
      minutes,
      hours: hoursOf(minutes),
    };
  });
  const totalMinutes = entries.reduce((sum, e) => sum + e.minutes, 0);
  return { academicYear, entries, totalMinutes, totalHours: hoursOf(totalMinutes) };
}
