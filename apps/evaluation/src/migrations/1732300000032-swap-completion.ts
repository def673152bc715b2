import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Completed teacher swaps (teacher-swap's SwapCompleted), so evidence can say how many of a
 * year's swaps were reflected on. The schools taken part, not the teachers.
 */
export class SwapCompletion1732300000032 implements MigrationInterface {
  name = 'SwapCompletion1732300000032';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE swap_completion (
        swap_id        uuid PRIMARY KEY,
        completed_on   date NOT NULL,
        academic_year  int NOT NULL,
        partner_ids    uuid[] NOT NULL,
        received_at    timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX swap_completion_year_idx ON swap_completion (academic_year)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE swap_completion`);
  }
}
