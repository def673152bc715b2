import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The programme's lifecycle (cancellation reason, series, copies, proposals, per-partner quotas,
 * consent an event requires), the registration lifecycle (offers with a deadline, attendance with
 * check-in codes), roles at an event, calendar feed tokens, and projections of consent and
 * safeguarding from the people service.
 */
export class ProgrammeLifecycle1732300000004 implements MigrationInterface {
  name = 'ProgrammeLifecycle1732300000004';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE event
        ADD COLUMN cancel_reason      text CONSTRAINT event_cancel_reason_check CHECK (length(cancel_reason) BETWEEN 1 AND 500),
        ADD COLUMN partner_quota      int CONSTRAINT event_partner_quota_check CHECK (partner_quota BETWEEN 1 AND 5000),
        ADD COLUMN required_consents  text[] NOT NULL DEFAULT '{}'
          CONSTRAINT event_required_consents_check CHECK (required_consents <@ ARRAY['PHOTO_PUBLICITY','TRIPS','DATA_PROCESSING']),
        ADD COLUMN series_id          uuid,
        ADD COLUMN copied_from_id     uuid,
        ADD COLUMN proposal_id        uuid,
        ADD COLUMN completed_at       timestamptz,
        ADD CONSTRAINT event_cancel_reason_iff_cancelled CHECK ((status = 'CANCELLED') = (cancel_reason IS NOT NULL))`);
    await q.query(`CREATE INDEX event_series_idx ON event (series_id) WHERE series_id IS NOT NULL`);

    await q.query(`ALTER TABLE registration DROP CONSTRAINT registration_status_check`);
    await q.query(`
      ALTER TABLE registration
        ADD CONSTRAINT registration_status_check
          CHECK (status IN ('REGISTERED','WAITLISTED','OFFERED','CANCELLED','ATTENDED','NO_SHOW')),
        ADD COLUMN partner_id          uuid,
        ADD COLUMN offer_expires_at    timestamptz,
        ADD COLUMN cancelled_at        timestamptz,
        ADD COLUMN cancellation        text CONSTRAINT registration_cancellation_check
          CHECK (cancellation IN ('SELF','STAFF','OFFER_EXPIRED')),
        ADD COLUMN check_in_code       text,
        ADD COLUMN checked_in_at       timestamptz,
        ADD COLUMN checked_out_at      timestamptz,
        ADD CONSTRAINT registration_offer_iff_offered CHECK ((status = 'OFFERED') = (offer_expires_at IS NOT NULL)),
        ADD CONSTRAINT registration_check_out_after_in
          CHECK (checked_out_at IS NULL OR (checked_in_at IS NOT NULL AND checked_out_at >= checked_in_at))`);
    await q.query(`
      UPDATE registration r SET partner_id = p.partner_id FROM person_projection p WHERE p.id = r.person_id`);
    await q.query(
      `UPDATE registration SET cancelled_at = registered_at WHERE status = 'CANCELLED'`,
    );
    await q.query(`
      ALTER TABLE registration ADD CONSTRAINT registration_cancelled_iff_at
        CHECK ((status = 'CANCELLED') = (cancelled_at IS NOT NULL))`);
    await q.query(
      `UPDATE registration SET check_in_code = upper(substr(md5(random()::text || id::text), 1, 10))`,
    );
    await q.query(`ALTER TABLE registration ALTER COLUMN check_in_code SET NOT NULL`);
    // A code alone identifies a registration at the door.
    await q.query(
      `CREATE UNIQUE INDEX registration_check_in_code_uq ON registration (check_in_code)`,
    );
    // The offer sweep looks only at open offers.
    await q.query(
      `CREATE INDEX registration_offer_expiry_idx ON registration (offer_expires_at) WHERE status = 'OFFERED'`,
    );

    await q.query(`
      CREATE TABLE event_role (
        event_id     uuid NOT NULL REFERENCES event (id),
        person_id    uuid NOT NULL,
        role         text NOT NULL CHECK (role IN ('ORGANISER','TEACHER_IN_CHARGE','AMBASSADOR')),
        assigned_at  timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (event_id, person_id, role)
      )`);
    await q.query(`CREATE INDEX event_role_person_idx ON event_role (person_id)`);

    await q.query(`
      CREATE TABLE person_consent (
        person_id   uuid NOT NULL,
        kind        text NOT NULL CHECK (kind IN ('PHOTO_PUBLICITY','TRIPS','DATA_PROCESSING')),
        granted     boolean NOT NULL,
        updated_at  timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (person_id, kind)
      )`);
    await q.query(`
      CREATE TABLE person_safeguarding (
        person_id      uuid PRIMARY KEY,
        cleared_until  date,
        updated_at     timestamptz NOT NULL DEFAULT now()
      )`);

    // Only a hash of each secret feed token is stored: a leaked table cannot be replayed.
    await q.query(`
      CREATE TABLE calendar_feed (
        id          uuid PRIMARY KEY,
        token_hash  text NOT NULL,
        scope       text NOT NULL CHECK (scope IN ('PARTNER','PERSON')),
        owner_id    uuid NOT NULL,
        created_at  timestamptz NOT NULL DEFAULT now(),
        revoked_at  timestamptz
      )`);
    await q.query(`CREATE UNIQUE INDEX calendar_feed_token_hash_uq ON calendar_feed (token_hash)`);
    await q.query(`CREATE INDEX calendar_feed_owner_idx ON calendar_feed (owner_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE calendar_feed`);
    await q.query(`DROP TABLE person_safeguarding`);
    await q.query(`DROP TABLE person_consent`);
    await q.query(`DROP TABLE event_role`);
    await q.query(`DROP INDEX registration_offer_expiry_idx`);
    await q.query(`DROP INDEX registration_check_in_code_uq`);
    await q.query(
      `DELETE FROM registration WHERE status NOT IN ('REGISTERED','WAITLISTED','CANCELLED')`,
    );
    await q.query(`
      ALTER TABLE registration
        DROP CONSTRAINT registration_cancelled_iff_at,
        DROP CONSTRAINT registration_check_out_after_in,
        DROP CONSTRAINT registration_offer_iff_offered,
        DROP CONSTRAINT registration_status_check,
        DROP COLUMN partner_id, DROP COLUMN offer_expires_at, DROP COLUMN cancelled_at,
        DROP COLUMN cancellation, DROP COLUMN check_in_code, DROP COLUMN checked_in_at,
        DROP COLUMN checked_out_at,
        ADD CONSTRAINT registration_status_check CHECK (status IN ('REGISTERED','WAITLISTED','CANCELLED'))`);
    await q.query(`DROP INDEX event_series_idx`);
    await q.query(`
      ALTER TABLE event
        DROP CONSTRAINT event_cancel_reason_iff_cancelled,
        DROP COLUMN cancel_reason, DROP COLUMN partner_quota, DROP COLUMN required_consents,
        DROP COLUMN series_id, DROP COLUMN copied_from_id, DROP COLUMN proposal_id, DROP COLUMN completed_at`);
  }
}
