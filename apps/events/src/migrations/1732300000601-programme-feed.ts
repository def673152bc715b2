import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A calendar feed may be of the whole published programme (scope PROGRAMME). */
export class ProgrammeFeed1732300000601 implements MigrationInterface {
  name = 'ProgrammeFeed1732300000601';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE calendar_feed DROP CONSTRAINT calendar_feed_scope_check`);
    await q.query(`ALTER TABLE calendar_feed ADD CONSTRAINT calendar_feed_scope_check
      CHECK (scope IN ('PARTNER','PERSON','PROGRAMME'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM calendar_feed WHERE scope = 'PROGRAMME'`);
    await q.query(`ALTER TABLE calendar_feed DROP CONSTRAINT calendar_feed_scope_check`);
    await q.query(`ALTER TABLE calendar_feed ADD CONSTRAINT calendar_feed_scope_check
      CHECK (scope IN ('PARTNER','PERSON'))`);
  }
}
