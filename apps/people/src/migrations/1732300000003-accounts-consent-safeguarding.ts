import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Accounts and sessions, consent records and safeguarding check metadata. No foreign keys to
 * `person`: erasure deletes or anonymises each table explicitly (and the retention policy names
 * what each keeps), which an ON DELETE CASCADE would hide.
 */
export class AccountsConsentSafeguarding1732300000003 implements MigrationInterface {
  name = 'AccountsConsentSafeguarding1732300000003';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE person ADD COLUMN phone text`);
    await q.query(
      `ALTER TABLE person ADD CONSTRAINT person_phone_check CHECK (phone IS NULL OR phone ~ '^\\+?[0-9 ]{7,20}$')`,
    );
    await q.query(
      `ALTER TABLE person ADD CONSTRAINT person_student_has_no_phone CHECK (NOT ('STUDENT' = ANY (roles)) OR phone IS NULL)`,
    );

    await q.query(`
      CREATE TABLE account (
        person_id        uuid PRIMARY KEY,
        password_hash    text NOT NULL,
        password_set_at  timestamptz NOT NULL DEFAULT now()
      )`);

    // Keyed by a hash of the normalised e-mail whether or not anyone has it, so a lock-out
    // reveals nothing about which addresses exist.
    await q.query(`
      CREATE TABLE sign_in_throttle (
        key_hash      text PRIMARY KEY,
        failures      integer NOT NULL DEFAULT 0,
        locked_until  timestamptz,
        updated_at    timestamptz NOT NULL DEFAULT now()
      )`);

    await q.query(`
      CREATE TABLE sign_in_code (
        id          uuid PRIMARY KEY,
        person_id   uuid NOT NULL,
        code_hash   text NOT NULL,
        expires_at  timestamptz NOT NULL,
        used_at     timestamptz,
        created_at  timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX sign_in_code_hash_uq ON sign_in_code (code_hash)`);
    await q.query(`CREATE INDEX sign_in_code_person_idx ON sign_in_code (person_id)`);

    await q.query(`
      CREATE TABLE session (
        id            uuid PRIMARY KEY,
        person_id     uuid NOT NULL,
        refresh_hash  text NOT NULL,
        -- the token just replaced: presenting it again means it was copied (reuse detection)
        previous_refresh_hash text,
        created_at    timestamptz NOT NULL DEFAULT now(),
        refreshed_at  timestamptz NOT NULL DEFAULT now(),
        expires_at    timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX session_person_idx ON session (person_id)`);

    // What the gateway polls: random session ids only, never who they belonged to.
    await q.query(`
      CREATE TABLE session_revocation (
        session_id  uuid PRIMARY KEY,
        reason      text NOT NULL,
        revoked_at  timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT session_revocation_reason_check CHECK (reason IN ('SIGN_OUT','REFRESH_REUSE','REVOKED','ERASURE','PASSWORD_CHANGE'))
      )`);
    await q.query(
      `CREATE INDEX session_revocation_revoked_at_idx ON session_revocation (revoked_at)`,
    );

    await q.query(`
      CREATE TABLE consent_record (
        id              uuid PRIMARY KEY,
        person_id       uuid NOT NULL,
        kind            text NOT NULL,
        decision        text NOT NULL,
        notice_version  text,
        given_by        text NOT NULL,
        giver_name      text,
        given_at        timestamptz NOT NULL,
        method          text NOT NULL,
        recorded_by     uuid,
        recorded_at     timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT consent_record_kind_check CHECK (kind IN ('PHOTO_PUBLICITY','TRIPS','DATA_PROCESSING')),
        CONSTRAINT consent_record_decision_check CHECK (decision IN ('GRANTED','REFUSED','WITHDRAWN')),
        CONSTRAINT consent_record_given_by_check CHECK (given_by IN ('STUDENT','PARENT_CARER','SELF')),
        CONSTRAINT consent_record_method_check CHECK (method IN ('PAPER','ONLINE','VERBAL')),
        CONSTRAINT consent_record_notice_version_check CHECK ((kind = 'DATA_PROCESSING') = (notice_version IS NOT NULL)),
        CONSTRAINT consent_record_giver_name_check CHECK ((given_by = 'PARENT_CARER') = (giver_name IS NOT NULL))
      )`);
    await q.query(
      `CREATE INDEX consent_record_person_idx ON consent_record (person_id, kind, given_at)`,
    );

    await q.query(`
      CREATE TABLE safeguarding_check (
        id           uuid PRIMARY KEY,
        person_id    uuid,
        partner_id   uuid NOT NULL,
        kind         text NOT NULL,
        reference    text NOT NULL,
        checked_on   date NOT NULL,
        checked_by   text NOT NULL,
        review_on    date NOT NULL,
        recorded_by  uuid,
        recorded_at  timestamptz NOT NULL DEFAULT now(),
        erased_at    timestamptz,
        CONSTRAINT safeguarding_check_kind_check CHECK (kind IN ('ENHANCED_DBS_BARRED_LIST','ENHANCED_DBS','IDENTITY','EMPLOYER_CONFIRMATION')),
        CONSTRAINT safeguarding_check_dates_check CHECK (review_on >= checked_on),
        CONSTRAINT safeguarding_check_erased_check CHECK ((person_id IS NULL) = (erased_at IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX safeguarding_check_person_idx ON safeguarding_check (person_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of [
      'safeguarding_check',
      'consent_record',
      'session_revocation',
      'session',
      'sign_in_code',
      'sign_in_throttle',
      'account',
    ]) {
      await q.query(`DROP TABLE ${t}`);
    }
    await q.query(`ALTER TABLE person DROP CONSTRAINT person_student_has_no_phone`);
    await q.query(`ALTER TABLE person DROP CONSTRAINT person_phone_check`);
    await q.query(`ALTER TABLE person DROP COLUMN phone`);
  }
}
