import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Password reset requests (issue 13). The secret is never stored: only its SHA-256 (to check a
 * presented token) — the secret itself is derived from the request id with a server key, so
 * people can hand it to communications at send time and nothing secret travels on Kafka.
 */
export class PasswordReset1732300000701 implements MigrationInterface {
  name = 'PasswordReset1732300000701';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE password_reset (
        id           uuid PRIMARY KEY,
        person_id    uuid NOT NULL,
        secret_hash  text NOT NULL,
        created_at   timestamptz NOT NULL DEFAULT now(),
        expires_at   timestamptz NOT NULL,
        used_at      timestamptz
      )`);
    await q.query(`CREATE INDEX password_reset_person_idx ON password_reset (person_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE password_reset`);
  }
}
