import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Local copies of other services' data that events validates against; fed by their topics. */
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
    // No names or contact details: the person is an id with what registration rules need.
    await q.query(`
      CREATE TABLE person_projection (
        id          uuid PRIMARY KEY,
        partner_id  uuid NOT NULL,
        roles       text[] NOT NULL CHECK (cardinality(roles) >= 1),
        year_group  int CHECK (year_group BETWEEN 1 AND 13),
        updated_at  timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX person_projection_partner_idx ON person_projection (partner_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE person_projection`);
    await q.query(`DROP TABLE partner_projection`);
  }
}
