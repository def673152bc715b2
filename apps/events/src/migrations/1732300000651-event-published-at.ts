import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * When an event was published: a cancelled event stays in calendar feeds (STATUS:CANCELLED) only
 * if it ever was, so a cancelled draft never leaves the Management Group. Existing rows: published
 * and completed events, and cancelled ones that had registrations or were a swap visit (both need
 * a published event), count as published when created; other cancelled events stay unknown (null)
 * and are left out of feeds, as before.
 */
export class EventPublishedAt1732300000651 implements MigrationInterface {
  name = 'EventPublishedAt1732300000651';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE event ADD COLUMN published_at timestamptz`);
    await q.query(`
      UPDATE event e SET published_at = e.created_at
       WHERE e.status IN ('PUBLISHED','COMPLETED')
          OR (e.status = 'CANCELLED'
              AND (e.swap_id IS NOT NULL
                   OR EXISTS (SELECT 1 FROM registration r WHERE r.event_id = e.id)))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE event DROP COLUMN published_at`);
  }
}
