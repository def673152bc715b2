import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateRegistration1732300000003 implements MigrationInterface {
  name = 'CreateRegistration1732300000003';

  async up(q: QueryRunner): Promise<void> {
    // person_id has no foreign key: people live in another service, and the projection row may
    // arrive again (or go, on erasure) independently of registrations.
    await q.query(`
      CREATE TABLE registration (
        id                 uuid PRIMARY KEY,
        event_id           uuid NOT NULL REFERENCES event (id),
        person_id          uuid NOT NULL,
        status             text NOT NULL CHECK (status IN ('REGISTERED','WAITLISTED','CANCELLED')),
        waitlist_position  int CHECK (waitlist_position > 0),
        registered_at      timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT registration_position_iff_waitlisted CHECK ((status = 'WAITLISTED') = (waitlist_position IS NOT NULL))
      )`);
    // One active registration per person and event; a cancelled one may be followed by a new one.
    await q.query(`
      CREATE UNIQUE INDEX registration_active_person_uq ON registration (event_id, person_id)
      WHERE status <> 'CANCELLED'`);
    // Two people can never hold the same place in the queue.
    await q.query(`
      CREATE UNIQUE INDEX registration_waitlist_position_uq ON registration (event_id, waitlist_position)
      WHERE status = 'WAITLISTED'`);
    await q.query(`CREATE INDEX registration_event_status_idx ON registration (event_id, status)`);
    await q.query(`CREATE INDEX registration_person_idx ON registration (person_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE registration`);
  }
}
