import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Pseudonymous responses, the people and attendance projections that reports group them by, and
 * the yearly summaries associates may see once published.
 */
export class ResponsesAndDose1732300000003 implements MigrationInterface {
  name = 'ResponsesAndDose1732300000003';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE event_projection
        ADD COLUMN audience      text CHECK (audience IN ('STUDENTS','TEACHERS','BOTH')),
        ADD COLUMN year_groups   int[] NOT NULL DEFAULT '{}',
        ADD COLUMN aims          text[] NOT NULL DEFAULT '{}',
        ADD COLUMN academic_year int,
        ADD COLUMN completed_at  timestamptz`);
    // The academic year (from 1 September, London time) an event belongs to, named by its first year.
    await q.query(`
      UPDATE event_projection SET academic_year =
        extract(year FROM (starts_at AT TIME ZONE 'Europe/London') - interval '8 months')::int`);
    await q.query(`ALTER TABLE event_projection ALTER COLUMN academic_year SET NOT NULL`);
    await q.query(
      `CREATE INDEX event_projection_academic_year_idx ON event_projection (academic_year)`,
    );

    await q.query(`
      CREATE TABLE person_projection (
        id          uuid PRIMARY KEY,
        partner_id  uuid NOT NULL,
        roles       text[] NOT NULL CONSTRAINT person_projection_roles_check CHECK (cardinality(roles) >= 1),
        year_group  int CONSTRAINT person_projection_year_group_check CHECK (year_group BETWEEN 1 AND 13),
        updated_at  timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX person_projection_partner_idx ON person_projection (partner_id)`);

    await q.query(`
      CREATE TABLE attendance_dose (
        person_id      uuid NOT NULL,
        event_id       uuid NOT NULL,
        status         text NOT NULL CONSTRAINT attendance_dose_status_check CHECK (status IN ('ATTENDED','NO_SHOW')),
        academic_year  int NOT NULL,
        recorded_at    timestamptz NOT NULL,
        PRIMARY KEY (person_id, event_id)
      )`);
    // Dose = ATTENDED events per person in a year: an index-only scan for the reports.
    await q.query(`
      CREATE INDEX attendance_dose_year_person_idx ON attendance_dose (academic_year, person_id)
        WHERE status = 'ATTENDED'`);

    await q.query(`
      CREATE TABLE survey_invitation (
        id            uuid PRIMARY KEY,
        token         text NOT NULL,
        survey_id     uuid NOT NULL CONSTRAINT survey_invitation_survey_id_fkey REFERENCES survey (id),
        person_id     uuid,
        invited_at    timestamptz NOT NULL DEFAULT now(),
        responded_at  timestamptz
      )`);
    await q.query(`CREATE UNIQUE INDEX survey_invitation_token_uq ON survey_invitation (token)`);
    // One invitation per person and survey; erased people's rows have no person any more.
    await q.query(
      `CREATE UNIQUE INDEX survey_invitation_survey_person_uq ON survey_invitation (survey_id, person_id)`,
    );
    await q.query(`CREATE INDEX survey_invitation_person_idx ON survey_invitation (person_id)`);

    // No person_id here: a response reaches a person only through its invitation.
    await q.query(`
      CREATE TABLE survey_response (
        id             uuid PRIMARY KEY,
        survey_id      uuid NOT NULL CONSTRAINT survey_response_survey_id_fkey REFERENCES survey (id),
        invitation_id  uuid NOT NULL CONSTRAINT survey_response_invitation_id_fkey REFERENCES survey_invitation (id),
        answers        jsonb NOT NULL,
        reflection     text,
        score          numeric,
        change         numeric,
        responded_at   timestamptz NOT NULL DEFAULT now()
      )`);
    // One response per token (invitation), whatever the concurrency.
    await q.query(
      `CREATE UNIQUE INDEX survey_response_invitation_uq ON survey_response (invitation_id)`,
    );
    await q.query(`CREATE INDEX survey_response_survey_idx ON survey_response (survey_id)`);
    // The rows impact reports read: POST responses paired with a PRE one.
    await q.query(`
      CREATE INDEX survey_response_paired_idx ON survey_response (survey_id, invitation_id, change)
        WHERE change IS NOT NULL`);

    await q.query(`
      CREATE TABLE impact_summary (
        academic_year  int PRIMARY KEY,
        published_at   timestamptz
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE impact_summary`);
    await q.query(`DROP TABLE survey_response`);
    await q.query(`DROP TABLE survey_invitation`);
    await q.query(`DROP TABLE attendance_dose`);
    await q.query(`DROP TABLE person_projection`);
    await q.query(`
      ALTER TABLE event_projection DROP COLUMN audience, DROP COLUMN year_groups, DROP COLUMN aims,
        DROP COLUMN academic_year, DROP COLUMN completed_at`);
  }
}
