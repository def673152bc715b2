import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Survey windows and instruments per age band (issue 15): an event has one survey per phase and
 * instrument (a mixed-age event gives each age band its validated scale); evaluation keeps who is
 * registered for which event (from events' RegistrationChanged) so a PRE survey invites exactly
 * them; and notes on the event when its automatic surveys were opened, so the windows job opens
 * them once.
 */
export class SurveyWindows1732300000060 implements MigrationInterface {
  name = 'SurveyWindows1732300000060';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX survey_event_phase_uq`);
    await q.query(
      `CREATE UNIQUE INDEX survey_event_phase_instrument_uq ON survey (event_id, phase, instrument)`,
    );
    // The windows job looks for open surveys to close and drafts to open.
    await q.query(
      `CREATE INDEX survey_open_idx ON survey (closes_at) WHERE status IN ('OPEN','DRAFT')`,
    );
    await q.query(`ALTER TABLE event_projection ADD COLUMN pre_surveys_opened_at timestamptz`);
    await q.query(`ALTER TABLE event_projection ADD COLUMN post_surveys_opened_at timestamptz`);
    await q.query(`
      CREATE TABLE event_registration (
        event_id   uuid NOT NULL,
        person_id  uuid NOT NULL,
        status     text NOT NULL CONSTRAINT event_registration_status_check
                   CHECK (status IN ('REGISTERED','WAITLISTED','OFFERED','CANCELLED','ATTENDED','NO_SHOW')),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT event_registration_pkey PRIMARY KEY (event_id, person_id)
      )`);
    await q.query(`CREATE INDEX event_registration_person_idx ON event_registration (person_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE event_registration`);
    await q.query(`ALTER TABLE event_projection DROP COLUMN post_surveys_opened_at`);
    await q.query(`ALTER TABLE event_projection DROP COLUMN pre_surveys_opened_at`);
    await q.query(`DROP INDEX survey_open_idx`);
    await q.query(`DROP INDEX survey_event_phase_instrument_uq`);
    await q.query(`CREATE UNIQUE INDEX survey_event_phase_uq ON survey (event_id, phase)`);
  }
}
