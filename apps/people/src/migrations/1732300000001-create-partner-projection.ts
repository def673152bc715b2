import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreatePartnerProjection1732300000001 implements MigrationInterface {
  name = 'CreatePartnerProjection1732300000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE partner_projection (
        id          uuid PRIMARY KEY,
        name        text NOT NULL,
        kind        text NOT NULL CHECK (kind IN ('STATE','SELECTIVE','INDEPENDENT','UNIVERSITY','ASSOCIATE')),
        sector      text NOT NULL CHECK (sector IN ('STATE','INDEPENDENT','HIGHER_EDUCATION','COMMUNITY')),
        status      text NOT NULL CHECK (status IN ('ACTIVE','LEFT')),
        left_on     date,
        updated_at  timestamptz NOT NULL DEFAULT now(),
        CHECK ((status = 'LEFT') = (left_on IS NOT NULL))
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE partner_projection`);
  }
}
