import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A suppression list of erased people, as communications keeps: a late `RegistrationChanged`
 * (events' topic is read independently of people's, so it can arrive after `PersonErased`) must
 * not bring an erased person's registration back into `event_registration`.
 */
export class ErasedPerson1732300000061 implements MigrationInterface {
  name = 'ErasedPerson1732300000061';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE erased_person (
        -- SHA-256 of the erased person's id, never the id itself: enough to recognise them in a
        -- late event, nothing that names them in this database.
        id_hash     bytea PRIMARY KEY,
        erased_at   timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE erased_person`);
  }
}
