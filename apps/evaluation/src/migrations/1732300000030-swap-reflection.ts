import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Teacher swap reflections as evaluation evidence (teacher-swap's SwapReflected): who reflected,
 * for which partner, when, and the aims the swap served. Never the text, which stays in
 * teacher-swap.
 */
export class SwapReflection1732300000030 implements MigrationInterface {
  name = 'SwapReflection1732300000030';

  async up(q: QueryRunner): Promise<void> {
    // teacher_id is nullable: erasure clears it and keeps the (then anonymous) evidence.
    await q.query(`
      CREATE TABLE swap_reflection (
        id             uuid PRIMARY KEY,
        swap_id        uuid NOT NULL,
        teacher_id     uuid,
        partner_id     uuid NOT NULL,
        reflected_on   date NOT NULL,
        academic_year  int NOT NULL,
        aims           text[] NOT NULL,
        received_at    timestamptz NOT NULL
      )`);
    // One reflection per teacher and swap, however often SwapReflected is delivered.
    await q.query(
      `CREATE UNIQUE INDEX swap_reflection_swap_teacher_uq ON swap_reflection (swap_id, teacher_id)`,
    );
    await q.query(
      `CREATE INDEX swap_reflection_year_partner_idx ON swap_reflection (academic_year, partner_id)`,
    );
    // Erasure finds a teacher's rows; retention deletes by age.
    await q.query(`CREATE INDEX swap_reflection_teacher_idx ON swap_reflection (teacher_id)`);
    await q.query(`CREATE INDEX swap_reflection_received_idx ON swap_reflection (received_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE swap_reflection`);
  }
}
