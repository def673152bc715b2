import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Outbox and inbox tables, shared by every service's migration list.
 *
 * `outbox.xid` records the writing transaction (xid8): ids are assigned before commit, so a relay
 * reading "id > last sent" would skip rows of a slower concurrent writer. The relay only takes rows
 * whose transaction is older than every transaction still running (pg_snapshot_xmin), in (xid, id)
 * order. A statement trigger notifies the relay at commit time; a poll backs it up.
 */
export class MessagingTables1732300000000 implements MigrationInterface {
  name = 'MessagingTables1732300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE outbox (
        id           bigserial PRIMARY KEY,
        xid          xid8 NOT NULL DEFAULT pg_current_xact_id(),
        event_id     uuid NOT NULL UNIQUE,
        event_type   text NOT NULL,
        topic        text NOT NULL,
        message_key  text NOT NULL,
        envelope     jsonb NOT NULL,
        created_at   timestamptz NOT NULL DEFAULT now(),
        sent_at      timestamptz
      )`);
    await q.query(`CREATE INDEX outbox_unsent_idx ON outbox (xid, id) WHERE sent_at IS NULL`);
    await q.query(`
      CREATE FUNCTION outbox_notify() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN PERFORM pg_notify('ekst_outbox', ''); RETURN NULL; END $$`);
    await q.query(`
      CREATE TRIGGER outbox_notify AFTER INSERT ON outbox
      FOR EACH STATEMENT EXECUTE FUNCTION outbox_notify()`);
    await q.query(`
      CREATE TABLE inbox (
        event_id     uuid PRIMARY KEY,
        event_type   text NOT NULL,
        topic        text NOT NULL,
        processed_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE inbox`);
    await q.query(`DROP TRIGGER outbox_notify ON outbox`);
    await q.query(`DROP FUNCTION outbox_notify()`);
    await q.query(`DROP TABLE outbox`);
  }
}

/**
 * `outbox.trace_context`: the W3C trace headers (`traceparent`, `tracestate`) of the request that
 * wrote the row, so the relay's publish and the consumers' handling continue its trace (issue 19).
 * Null when tracing is off; holds ids only, never personal data.
 */
export class MessagingTraceContext1732300000950 implements MigrationInterface {
  name = 'MessagingTraceContext1732300000950';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE outbox ADD COLUMN trace_context jsonb`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE outbox DROP COLUMN trace_context`);
  }
}
