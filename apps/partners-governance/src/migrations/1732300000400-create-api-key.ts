import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateApiKey1732300000400 implements MigrationInterface {
  name = 'CreateApiKey1732300000400';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE api_key (
        id                  uuid PRIMARY KEY,
        partner_id          uuid NOT NULL,
        name                text NOT NULL,
        display_prefix      text NOT NULL,
        secret_hash         bytea NOT NULL,
        scopes              text[] NOT NULL,
        trusted_operations  text[],
        expires_at          timestamptz,
        created_at          timestamptz NOT NULL DEFAULT now(),
        created_by          uuid NOT NULL,
        last_used_at        timestamptz,
        revoked_at          timestamptz,
        revoked_by          uuid
      )`);
    await q.query(`CREATE INDEX api_key_partner_idx ON api_key (partner_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE api_key`);
  }
}
