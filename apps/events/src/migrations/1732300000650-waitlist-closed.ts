import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A registration still WAITLISTED when its event completes is CANCELLED with cancellation
 * WAITLIST_CLOSED (no place was ever offered), instead of waiting for ever. Completed events
 * that already left people waiting are closed the same way, as of their completion.
 */
export class WaitlistClosed1732300000650 implements MigrationInterface {
  name = 'WaitlistClosed1732300000650';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE registration DROP CONSTRAINT registration_cancellation_check`);
    await q.query(`ALTER TABLE registration ADD CONSTRAINT registration_cancellation_check
      CHECK (cancellation IN ('SELF','STAFF','OFFER_EXPIRED','WAITLIST_CLOSED'))`);
    await q.query(`
      UPDATE registration r
         SET status = 'CANCELLED', waitlist_position = NULL, cancellation = 'WAITLIST_CLOSED',
             cancelled_at = COALESCE(e.completed_at, now())
        FROM event e
       WHERE e.id = r.event_id AND e.status = 'COMPLETED' AND r.status = 'WAITLISTED'`);
  }

  async down(q: QueryRunner): Promise<void> {
    // The queue order is gone; the rows stay CANCELLED, counted as lapsed offers.
    await q.query(
      `UPDATE registration SET cancellation = 'OFFER_EXPIRED' WHERE cancellation = 'WAITLIST_CLOSED'`,
    );
    await q.query(`ALTER TABLE registration DROP CONSTRAINT registration_cancellation_check`);
    await q.query(`ALTER TABLE registration ADD CONSTRAINT registration_cancellation_check
      CHECK (cancellation IN ('SELF','STAFF','OFFER_EXPIRED'))`);
  }
}
