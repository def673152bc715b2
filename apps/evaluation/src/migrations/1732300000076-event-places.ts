import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An event's places and per-partner quota, from events' EventScheduled (issue 15: the reach
 * report's places offered and used against quota). Nullable: events announced before
 * EventScheduled carried them stay unknown until their next announcement, rather than guessed.
 * Numbered a few past the latest so a migration added alongside does not take the same number.
 */
export class EventPlaces1732300000076 implements MigrationInterface {
  name = 'EventPlaces1732300000076';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE event_projection ADD COLUMN capacity int, ADD COLUMN partner_quota int`,
    );
    await q.query(
      `ALTER TABLE event_projection ADD CONSTRAINT event_projection_capacity_check CHECK (capacity >= 1)`,
    );
    await q.query(
      `ALTER TABLE event_projection ADD CONSTRAINT event_projection_partner_quota_check CHECK (partner_quota >= 1)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE event_projection DROP CONSTRAINT event_projection_partner_quota_check, DROP CONSTRAINT event_projection_capacity_check`,
    );
    await q.query(`ALTER TABLE event_projection DROP COLUMN partner_quota, DROP COLUMN capacity`);
  }
}
