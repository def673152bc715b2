import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreatePartner1732300000001 implements MigrationInterface {
  name = 'CreatePartner1732300000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE partner (
        id          uuid PRIMARY KEY,
        name        text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        kind        text NOT NULL CHECK (kind IN ('STATE','SELECTIVE','INDEPENDENT','UNIVERSITY','ASSOCIATE')),
        sector      text NOT NULL CHECK (sector IN ('STATE','INDEPENDENT','HIGHER_EDUCATION','COMMUNITY')),
        town        text NOT NULL,
        latitude    double precision CHECK (latitude BETWEEN -90 AND 90),
        longitude   double precision CHECK (longitude BETWEEN -180 AND 180),
        joined_on   date NOT NULL,
        left_on     date CHECK (left_on IS NULL OR left_on >= joined_on),
        created_at  timestamptz NOT NULL DEFAULT now()
      )`);
    // Two partners with the same name would be indistinguishable to every other service.
    await q.query(`CREATE UNIQUE INDEX partner_name_uq ON partner (lower(name))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE partner`);
  }
}
