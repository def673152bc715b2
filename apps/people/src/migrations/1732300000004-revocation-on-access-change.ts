import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Sessions also end when a person's roles or partner change (reason ACCESS_CHANGE). */
export class RevocationOnAccessChange1732300000004 implements MigrationInterface {
  name = 'RevocationOnAccessChange1732300000004';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE session_revocation DROP CONSTRAINT session_revocation_reason_check`);
    await q.query(
      `ALTER TABLE session_revocation ADD CONSTRAINT session_revocation_reason_check
       CHECK (reason IN ('SIGN_OUT','REFRESH_REUSE','REVOKED','ERASURE','PASSWORD_CHANGE','ACCESS_CHANGE'))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM session_revocation WHERE reason = 'ACCESS_CHANGE'`);
    await q.query(`ALTER TABLE session_revocation DROP CONSTRAINT session_revocation_reason_check`);
    await q.query(
      `ALTER TABLE session_revocation ADD CONSTRAINT session_revocation_reason_check
       CHECK (reason IN ('SIGN_OUT','REFRESH_REUSE','REVOKED','ERASURE','PASSWORD_CHANGE'))`,
    );
  }
}
