import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Local copies of other services' data evaluation needs; fed by their topics. */
export class CreateProjections1732300000001 implements MigrationInterface {
  name = 'CreateProjections1732300000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE partner_projection (
        id          uuid PRIMARY KEY,
        name        text NOT NULL,
        kind        text NOT NULL CHECK (kind IN ('STATE','SELECTIVE','INDEPENDENT','UNIVERSITY','ASSOCIATE')),
        sector      text NOT NULL CHECK (sector IN ('STATE','INDEPENDENT','HIGHER_EDUCATION','COMMUNITY')),
        joined_on   date NOT NULL,
        left_on     date,
        updated_at  timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE event_projection (
        id               uuid PRIMARY KEY,
        title            text NOT NULL,
        kind             text NOT NULL,
        host_partner_id  uuid,
        starts_at        timestamptz NOT NULL,
        ends_at          timestamptz NOT NULL,
        status           text NOT NULL CHECK (status IN ('DRAFT','PUBLISHED','COMPLETED','CANCELLED')),
        occurred_at      timestamptz NOT NULL,
        updated_at       timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT event_projection_ends_after_start CHECK (ends_at > starts_at)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE event_projection`);
    await q.query(`DROP TABLE partner_projection`);
  }
}
