import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Roster import, September rollover and check-in by name (issue 14):
 * - `person.external_id`: the school's MIS id, so re-importing a roster matches the same people;
 *   unique within a partner.
 * - `person.left_on`: the day a Year 13 student left at a rollover (a leaver cannot sign in; the
 *   leaver erasure job erases them a set time later).
 * - `people_name_key(text)`: lower case without accents, IMMUTABLE so an expression index can use
 *   it (`unaccent` itself is only STABLE: its dictionary could change; ours is fixed by naming it).
 *   Check-in searches registrants by a prefix of this key, matched by the database on the index.
 * - `rollover_run`: one row per academic year rolled, so a second run is refused.
 */
export class RosterRollover1732300000500 implements MigrationInterface {
  name = 'RosterRollover1732300000500';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
    await q.query(`
      CREATE FUNCTION people_name_key(name text) RETURNS text
      LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
      AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, name)) $$`);
    await q.query(`ALTER TABLE person ADD COLUMN external_id text`);
    await q.query(`ALTER TABLE person ADD COLUMN left_on date`);
    await q.query(
      `ALTER TABLE person ADD CONSTRAINT person_external_id_check CHECK (length(external_id) BETWEEN 1 AND 64)`,
    );
    await q.query(
      `ALTER TABLE person ADD CONSTRAINT person_only_students_leave CHECK (left_on IS NULL OR 'STUDENT' = ANY (roles))`,
    );
    await q.query(
      `CREATE UNIQUE INDEX person_external_id_uq ON person (partner_id, external_id) WHERE external_id IS NOT NULL`,
    );
    await q.query(
      `CREATE INDEX person_name_key_idx ON person (people_name_key(display_name) text_pattern_ops)`,
    );
    await q.query(`CREATE INDEX person_left_on_idx ON person (left_on) WHERE left_on IS NOT NULL`);
    await q.query(`
      CREATE TABLE rollover_run (
        academic_year  integer PRIMARY KEY,
        ran_at         timestamptz NOT NULL,
        moved_up       integer NOT NULL,
        left_count     integer NOT NULL
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE rollover_run`);
    await q.query(`DROP INDEX person_left_on_idx`);
    await q.query(`DROP INDEX person_name_key_idx`);
    await q.query(`DROP INDEX person_external_id_uq`);
    await q.query(`ALTER TABLE person DROP CONSTRAINT person_only_students_leave`);
    await q.query(`ALTER TABLE person DROP CONSTRAINT person_external_id_check`);
    await q.query(`ALTER TABLE person DROP COLUMN left_on`);
    await q.query(`ALTER TABLE person DROP COLUMN external_id`);
    await q.query(`DROP FUNCTION people_name_key(text)`);
  }
}
