import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Student Voice proposals approved by the Management Group become draft events: one per proposal
 * (a unique index makes a redelivered approval a no-op), and their proposers become student
 * organisers, an event role that is not a staff role.
 */
export class StudentVoiceDrafts1732300000200 implements MigrationInterface {
  name = 'StudentVoiceDrafts1732300000200';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE UNIQUE INDEX event_proposal_id_uq ON event (proposal_id) WHERE proposal_id IS NOT NULL`,
    );
    await q.query(`ALTER TABLE event_role DROP CONSTRAINT event_role_role_check`);
    await q.query(`
      ALTER TABLE event_role ADD CONSTRAINT event_role_role_check
        CHECK (role IN ('ORGANISER','TEACHER_IN_CHARGE','AMBASSADOR','STUDENT_ORGANISER'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM event_role WHERE role = 'STUDENT_ORGANISER'`);
    await q.query(`ALTER TABLE event_role DROP CONSTRAINT event_role_role_check`);
    await q.query(`
      ALTER TABLE event_role ADD CONSTRAINT event_role_role_check
        CHECK (role IN ('ORGANISER','TEACHER_IN_CHARGE','AMBASSADOR'))`);
    await q.query(`DROP INDEX event_proposal_id_uq`);
  }
}
