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

/**
 * The outbox trigger notifies the relay only when it may be idle: when no committed row is
 * waiting to be sent (issue 17). PostgreSQL serializes the commits of every transaction that
 * issued a NOTIFY, across the whole server, and holds that lock through the commit's WAL flush
 * (async.c, PreCommit_Notify; PostgreSQL 15 here), so a NOTIFY per outbox write capped a
 * service's writers at one commit per flush: 390–740 transactions/s on the development VM where
 * the same transactions without NOTIFY ran at 1,600–1,670/s (pgbench, 8 clients; tools/bench/
 * README.md, "pipeline"). A committed unsent row means the relay is at work: it drains until none
 * are left and keeps looking for a while after (`OutboxRelay`, `busyPollMs`/`lingerMs`), so it
 * finds this row without being told; the periodic poll still backs everything up.
 */
export class MessagingQuietNotify1732300000960 implements MigrationInterface {
  name = 'MessagingQuietNotify1732300000960';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE OR REPLACE FUNCTION outbox_notify() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NOT EXISTS (SELECT 1 FROM outbox
                       WHERE sent_at IS NULL AND xid <> pg_current_xact_id()) THEN
          PERFORM pg_notify('ekst_outbox', '');
        END IF;
        RETURN NULL;
      END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE OR REPLACE FUNCTION outbox_notify() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN PERFORM pg_notify('ekst_outbox', ''); RETURN NULL; END $$`);
  }
}
