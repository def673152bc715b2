import type { MigrationInterface, QueryRunner } from 'typeorm';

/** person_projection keeps the day a person left the partnership (people's PersonLeft). */
export class PersonLeft1732300000652 implements MigrationInterface {
  name = 'PersonLeft1732300000652';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE person_projection ADD COLUMN left_on date`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE person_projection DROP COLUMN left_on`);
  }
}
