import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Communications' own tables. Nothing here holds a name or a contact detail: people are ids, an
 * adult's address is asked of the people service at send time. The inbox and the delivery log
 * carry the rendered message (which templates keep free of names) and are unique per
 * (source, recipient, template), so a redelivered event can never notify twice.
 */
export class Communications1733100000001 implements MigrationInterface {
  name = 'Communications1733100000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE person_projection (
        id          uuid PRIMARY KEY,
        partner_id  uuid NOT NULL,
        roles       text[] NOT NULL CHECK (cardinality(roles) >= 1),
        is_student  boolean NOT NULL,
        updated_at  timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX person_projection_partner_idx ON person_projection (partner_id)`);
    await q.query(`
      CREATE TABLE erased_person (
        -- SHA-256 of the erased person's id, never the id itself: enough to recognise them in a
        -- late event, nothing that names them in this database.
        id_hash     bytea PRIMARY KEY,
        erased_at   timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE event_projection (
        id               uuid PRIMARY KEY,
        title            text NOT NULL,
        starts_at        timestamptz NOT NULL,
        ends_at          timestamptz NOT NULL,
        host_partner_id  uuid,
        status           text NOT NULL,
        reminded_at      timestamptz,
        updated_at       timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE registration_projection (
        id          uuid PRIMARY KEY,
        event_id    uuid NOT NULL,
        person_id   uuid NOT NULL,
        status      text NOT NULL,
        updated_at  timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE INDEX registration_projection_event_idx ON registration_projection (event_id, status)`,
    );
    await q.query(
      `CREATE INDEX registration_projection_person_idx ON registration_projection (person_id)`,
    );
    await q.query(`
      CREATE TABLE notification (
        id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        recipient_id    uuid NOT NULL,
        about_person_id uuid,
        category        text NOT NULL,
        template        text NOT NULL,
        source_key      text NOT NULL,
        subject         text NOT NULL,
        body            text NOT NULL,
        link            text,
        created_at      timestamptz NOT NULL DEFAULT now(),
        read_at         timestamptz,
        CONSTRAINT notification_once UNIQUE (source_key, recipient_id, template)
      )`);
    await q.query(
      `CREATE INDEX notification_inbox_idx ON notification (recipient_id, created_at DESC, id DESC)`,
    );
    await q.query(`CREATE INDEX notification_about_idx ON notification (about_person_id)`);
    await q.query(`
      CREATE TABLE delivery (
        id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        recipient_id    uuid NOT NULL,
        about_person_id uuid,
        category        text NOT NULL,
        template        text NOT NULL,
        source_key      text NOT NULL,
        subject         text NOT NULL,
        body_text       text NOT NULL,
        body_html       text NOT NULL,
        status          text NOT NULL CHECK (status IN ('PENDING','RETRYING','SENT','DEAD','SKIPPED','DIGEST')),
        attempts        integer NOT NULL DEFAULT 0,
        last_error      text,
        message_id      text NOT NULL,
        created_at      timestamptz NOT NULL DEFAULT now(),
        updated_at      timestamptz NOT NULL DEFAULT now(),
        sent_at         timestamptz,
        CONSTRAINT delivery_once UNIQUE (source_key, recipient_id, template)
      )`);
    await q.query(
      `CREATE INDEX delivery_status_idx ON delivery (status, created_at DESC, id DESC)`,
    );
    await q.query(`CREATE INDEX delivery_recipient_idx ON delivery (recipient_id, sent_at)`);
    await q.query(`CREATE INDEX delivery_about_idx ON delivery (about_person_id)`);
    await q.query(`
      CREATE TABLE notification_preference (
        person_id   uuid NOT NULL,
        category    text NOT NULL,
        mode        text NOT NULL CHECK (mode IN ('IMMEDIATE','DAILY_DIGEST','IN_APP_ONLY')),
        updated_at  timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (person_id, category)
      )`);
    await q.query(`
      CREATE TABLE announcement (
        id           uuid PRIMARY KEY,
        author_id    uuid,
        target_kind  text NOT NULL CHECK (target_kind IN ('EVERYONE','PARTNER','EVENT','GROUP')),
        target_id    uuid,
        subject      text NOT NULL,
        body         text NOT NULL,
        recipients   integer NOT NULL,
        created_at   timestamptz NOT NULL DEFAULT now(),
        CHECK ((target_kind = 'EVERYONE') = (target_id IS NULL))
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of [
      'announcement',
      'notification_preference',
      'delivery',
      'notification',
      'registration_projection',
      'event_projection',
      'erased_person',
      'person_projection',
    ])
      await q.query(`DROP TABLE ${t}`);
  }
}
