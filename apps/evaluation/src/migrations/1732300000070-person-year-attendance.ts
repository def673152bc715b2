import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each student's attendance per academic year, counted when it is recorded instead of in every
 * report (issue 15: the impact and reach reports at national scale). At 100,000 students and
 * 1,000,000 attendance records, grouping a year's 500,000 records by person was most of each
 * report's work, and with parallel query the leader and each worker did it again.
 *
 * Statement-level triggers on `attendance_dose` keep the counts in the writing transaction, so
 * they are exact whoever writes: the AttendanceRecorded handler (an insert, or an update when a
 * correction wins), erasure and the retention job (deletes), the demo seed and tests (bulk
 * inserts), TRUNCATE. A row exists only while it counts something, so a person's rows go with
 * their attendance (erasure, retention). `up` counts the attendance already recorded.
 *
 * The CHECKs make a count that would go negative (a bug) fail the write instead of skewing a
 * report. PostgreSQL checks them on the row an INSERT … ON CONFLICT proposes, before it finds the
 * conflict, so decrements go through UPDATE and only new (year, person) pairs through INSERT.
 */
export class PersonYearAttendance1732300000070 implements MigrationInterface {
  name = 'PersonYearAttendance1732300000070';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE person_year_attendance (
        academic_year  int NOT NULL,
        person_id      uuid NOT NULL,
        -- the dose of the dose-response analysis: events ATTENDED in the academic year
        attended       int NOT NULL CONSTRAINT person_year_attendance_attended_check CHECK (attended >= 0),
        no_shows       int NOT NULL CONSTRAINT person_year_attendance_no_shows_check CHECK (no_shows >= 0),
        PRIMARY KEY (academic_year, person_id)
      )`);
    // One function for the four triggers (PostgreSQL allows transition tables only on a trigger
    // of one event); it reads the transition tables its trigger has.
    await q.query(`
      CREATE FUNCTION person_year_attendance_apply() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          -- Only increments: an upsert, in key order (concurrent writers lock rows alike).
          INSERT INTO person_year_attendance AS t (academic_year, person_id, attended, no_shows)
          SELECT academic_year, person_id,
                 count(*) FILTER (WHERE status = 'ATTENDED'), count(*) FILTER (WHERE status = 'NO_SHOW')
            FROM attendance_dose_new
           GROUP BY academic_year, person_id
           ORDER BY academic_year, person_id
          ON CONFLICT (academic_year, person_id) DO UPDATE
            SET attended = t.attended + EXCLUDED.attended, no_shows = t.no_shows + EXCLUDED.no_shows;
        ELSIF TG_OP = 'DELETE' THEN
          -- Only decrements, of rows that exist (their attendance was counted when recorded).
          UPDATE person_year_attendance t
             SET attended = t.attended - d.attended, no_shows = t.no_shows - d.no_shows
            FROM (SELECT academic_year, person_id,
                         count(*) FILTER (WHERE status = 'ATTENDED') AS attended,
                         count(*) FILTER (WHERE status = 'NO_SHOW') AS no_shows
                    FROM attendance_dose_old GROUP BY academic_year, person_id) d
           WHERE t.academic_year = d.academic_year AND t.person_id = d.person_id;
          DELETE FROM person_year_attendance t
           USING (SELECT DISTINCT academic_year, person_id FROM attendance_dose_old) d
           WHERE t.academic_year = d.academic_year AND t.person_id = d.person_id
             AND t.attended = 0 AND t.no_shows = 0;
        ELSIF TG_OP = 'UPDATE' THEN
          -- A correction (status) or a move to another year or person: the signed difference per
          -- (year, person). Existing rows take it by UPDATE; pairs new to the table are inserted
          -- (ON CONFLICT: another transaction may insert the same pair meanwhile).
          WITH d AS (
            SELECT academic_year, person_id, sum(attended)::int AS attended, sum(no_shows)::int AS no_shows
              FROM (SELECT academic_year, person_id, (status = 'ATTENDED')::int AS attended,
                           (status = 'NO_SHOW')::int AS no_shows
                      FROM attendance_dose_new
                    UNION ALL
                    SELECT academic_year, person_id, -(status = 'ATTENDED')::int, -(status = 'NO_SHOW')::int
                      FROM attendance_dose_old) x
             GROUP BY academic_year, person_id
            HAVING sum(attended) <> 0 OR sum(no_shows) <> 0
          ),
          updated AS (
            UPDATE person_year_attendance t
               SET attended = t.attended + d.attended, no_shows = t.no_shows + d.no_shows
              FROM d
             WHERE t.academic_year = d.academic_year AND t.person_id = d.person_id
            RETURNING t.academic_year, t.person_id
          )
          INSERT INTO person_year_attendance AS t (academic_year, person_id, attended, no_shows)
          SELECT d.academic_year, d.person_id, d.attended, d.no_shows
            FROM d
           WHERE NOT EXISTS (SELECT 1 FROM updated u
                              WHERE u.academic_year = d.academic_year AND u.person_id = d.person_id)
           ORDER BY d.academic_year, d.person_id
          ON CONFLICT (academic_year, person_id) DO UPDATE
            SET attended = t.attended + EXCLUDED.attended, no_shows = t.no_shows + EXCLUDED.no_shows;
          DELETE FROM person_year_attendance t
           USING (SELECT academic_year, person_id FROM attendance_dose_old
                  UNION SELECT academic_year, person_id FROM attendance_dose_new) d
           WHERE t.academic_year = d.academic_year AND t.person_id = d.person_id
             AND t.attended = 0 AND t.no_shows = 0;
        ELSE
          TRUNCATE person_year_attendance;
        END IF;
        RETURN NULL;
      END $fn$`);
    await q.query(`
      CREATE TRIGGER person_year_attendance_insert AFTER INSERT ON attendance_dose
        REFERENCING NEW TABLE AS attendance_dose_new
        FOR EACH STATEMENT EXECUTE FUNCTION person_year_attendance_apply()`);
    await q.query(`
      CREATE TRIGGER person_year_attendance_update AFTER UPDATE ON attendance_dose
        REFERENCING OLD TABLE AS attendance_dose_old NEW TABLE AS attendance_dose_new
        FOR EACH STATEMENT EXECUTE FUNCTION person_year_attendance_apply()`);
    await q.query(`
      CREATE TRIGGER person_year_attendance_delete AFTER DELETE ON attendance_dose
        REFERENCING OLD TABLE AS attendance_dose_old
        FOR EACH STATEMENT EXECUTE FUNCTION person_year_attendance_apply()`);
    await q.query(`
      CREATE TRIGGER person_year_attendance_truncate AFTER TRUNCATE ON attendance_dose
        FOR EACH STATEMENT EXECUTE FUNCTION person_year_attendance_apply()`);
    // The attendance already recorded. CREATE TRIGGER has locked out writers until this
    // migration's transaction commits, so none is counted twice or missed.
    await q.query(`
      INSERT INTO person_year_attendance (academic_year, person_id, attended, no_shows)
      SELECT academic_year, person_id,
             count(*) FILTER (WHERE status = 'ATTENDED'), count(*) FILTER (WHERE status = 'NO_SHOW')
        FROM attendance_dose
       GROUP BY academic_year, person_id`);
    // Statistics now, not when autovacuum gets to it: without them the planner took a year of
    // 100,000 rows for 1,066 and built the dose hash in every parallel worker (the benchmark).
    await q.query(`ANALYZE person_year_attendance`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER person_year_attendance_truncate ON attendance_dose`);
    await q.query(`DROP TRIGGER person_year_attendance_delete ON attendance_dose`);
    await q.query(`DROP TRIGGER person_year_attendance_update ON attendance_dose`);
    await q.query(`DROP TRIGGER person_year_attendance_insert ON attendance_dose`);
    await q.query(`DROP FUNCTION person_year_attendance_apply()`);
    await q.query(`DROP TABLE person_year_attendance`);
  }
}
