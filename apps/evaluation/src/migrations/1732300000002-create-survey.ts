import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateSurvey1732300000002 implements MigrationInterface {
  name = 'CreateSurvey1732300000002';

  async up(q: QueryRunner): Promise<void> {
    // event_id has no foreign key to event_projection: the projection is a cache of another
    // service's data, and createSurvey checks it at creation time.
    await q.query(`
      CREATE TABLE survey (
        id          uuid PRIMARY KEY,
        event_id    uuid NOT NULL,
        phase       text NOT NULL CHECK (phase IN ('PRE','POST')),
        instrument  text NOT NULL CHECK (instrument IN ('SWEMWBS','WEMWBS','STIRLING','BRIEF_RESILIENCE','CUSTOM')),
        opens_at    timestamptz NOT NULL,
        closes_at   timestamptz NOT NULL,
        status      text NOT NULL CHECK (status IN ('DRAFT','OPEN','CLOSED')),
        created_at  timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT survey_closes_after_opening CHECK (closes_at > opens_at)
      )`);
    // One before and one after per event: a pre/post comparison needs exactly one of each.
    await q.query(`CREATE UNIQUE INDEX survey_event_phase_uq ON survey (event_id, phase)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE survey`);
  }
}
