import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The dead-letter record every service keeps next to its inbox: what the inbox consumer gave up
 * on (poison, or an unknown failure after its retries), with the raw message, so an operator can
 * list it and redrive it once the cause is fixed (`redriveDeadLetters`, `npm run dlq`). The
 * dead-letter topic still receives the message too; this table is what makes it visible and
 * replayable from the service's own database.
 *
 * One row per source message (topic, partition, offset): a consumer that crashes between
 * recording and committing the offset records it again as a no-op.
 */
export class MessagingDeadLetters1732300000900 implements MigrationInterface {
  name = 'MessagingDeadLetters1732300000900';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE dead_letter (
        id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        event_id          uuid,
        event_type        text,
        event_version     integer,
        source_topic      text NOT NULL,
        source_partition  integer NOT NULL,
        source_offset     bigint NOT NULL,
        message_key       text,
        raw_value         text,
        error             text NOT NULL,
        failure_kind      text NOT NULL CHECK (failure_kind IN ('poison', 'unknown', 'transient')),
        dead_lettered_at  timestamptz NOT NULL DEFAULT now(),
        redrive_attempts  integer NOT NULL DEFAULT 0,
        redriven_at       timestamptz,
        UNIQUE (source_topic, source_partition, source_offset)
      )`);
    await q.query(
      `CREATE INDEX dead_letter_pending_idx ON dead_letter (dead_lettered_at) WHERE redriven_at IS NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE dead_letter`);
  }
}
