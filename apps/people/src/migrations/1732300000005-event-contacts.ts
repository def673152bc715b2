import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The events topic's projections behind "an event's organisers and host staff see its registrants". */
export class EventContacts1732300000005 implements MigrationInterface {
  name = 'EventContacts1732300000005';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE event_projection (
        id               uuid PRIMARY KEY,
        host_partner_id  uuid,
        ends_at          timestamptz NOT NULL,
        status           text NOT NULL,
        occurred_at      timestamptz NOT NULL
      )`);
    await q.query(`
      CREATE TABLE event_registration_projection (
        registration_id  uuid PRIMARY KEY,
        event_id         uuid NOT NULL,
        person_id        uuid NOT NULL,
        status           text NOT NULL,
        event_ends_at    timestamptz
      )`);
    await q.query(
      `CREATE INDEX event_registration_projection_person_idx ON event_registration_projection (person_id)`,
    );
    await q.query(
      `CREATE INDEX event_registration_projection_event_idx ON event_registration_projection (event_id)`,
    );
    await q.query(`
      CREATE TABLE event_role_projection (
        event_id       uuid NOT NULL,
        person_id      uuid NOT NULL,
        role           text NOT NULL,
        event_ends_at  timestamptz,
        PRIMARY KEY (event_id, person_id, role)
      )`);
    await q.query(
      `CREATE INDEX event_role_projection_person_idx ON event_role_projection (person_id)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE event_role_projection`);
    await q.query(`DROP TABLE event_registration_projection`);
    await q.query(`DROP TABLE event_projection`);
  }
}
