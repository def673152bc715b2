import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The POST survey window opens per completed event for its attendees
 * (`survey-windows.use-case.ts`: `attendance_dose WHERE event_id = $1 AND status = 'ATTENDED'`).
 * The primary key leads with `person_id`, so without this index each completed event scanned the
 * whole table: 1,000,000 rows at national scale (issue 15). Partial and covering as the query
 * is, so it is an index-only scan of the event's attendees.
 */
export class AttendanceEventIndex1732300000071 implements MigrationInterface {
  name = 'AttendanceEventIndex1732300000071';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE INDEX attendance_dose_event_person_idx ON attendance_dose (event_id, person_id)
        WHERE status = 'ATTENDED'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX attendance_dose_event_person_idx`);
  }
}
