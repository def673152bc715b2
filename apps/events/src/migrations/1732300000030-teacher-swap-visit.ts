import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A TEACHER_SWAP_VISIT names the swap it shows, once: SwapScheduled may be delivered again (or
 * re-announced), and the unique index makes the second insert a no-op.
 */
export class TeacherSwapVisit1732300000030 implements MigrationInterface {
  name = 'TeacherSwapVisit1732300000030';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE event ADD COLUMN swap_id uuid`);
    await q.query(
      `CREATE UNIQUE INDEX event_swap_id_uq ON event (swap_id) WHERE swap_id IS NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX event_swap_id_uq`);
    await q.query(`ALTER TABLE event DROP COLUMN swap_id`);
  }
}
