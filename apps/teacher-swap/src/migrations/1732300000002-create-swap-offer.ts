import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateSwapOffer1732300000002 implements MigrationInterface {
  name = 'CreateSwapOffer1732300000002';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE swap_offer (
        id                uuid PRIMARY KEY,
        teacher_id        uuid NOT NULL,
        subjects          text[] NOT NULL CHECK (cardinality(subjects) BETWEEN 1 AND 5),
        phase             text NOT NULL CHECK (phase IN ('PRIMARY','KS3','KS4','KS5')),
        available_from    date NOT NULL,
        available_to      date NOT NULL,
        max_travel_miles  integer NOT NULL CHECK (max_travel_miles BETWEEN 1 AND 60),
        notes             text CHECK (length(notes) <= 1000),
        status            text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN','WITHDRAWN')),
        sector            text NOT NULL CHECK (sector IN ('STATE','INDEPENDENT')),
        created_at        timestamptz NOT NULL DEFAULT now(),
        withdrawn_at      timestamptz,
        CONSTRAINT swap_offer_dates CHECK (available_to >= available_from),
        CONSTRAINT swap_offer_withdrawn_at CHECK ((status = 'WITHDRAWN') = (withdrawn_at IS NOT NULL))
      )`);
    // Person.swapOffers and erasure look offers up by teacher; the pool is browsed by status and sector.
    await q.query(
      `CREATE INDEX swap_offer_teacher_idx ON swap_offer (teacher_id, created_at DESC)`,
    );
    await q.query(
      `CREATE INDEX swap_offer_pool_idx ON swap_offer (status, sector, created_at DESC)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE swap_offer`);
  }
}
