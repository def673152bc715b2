import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreatePerson1732300000002 implements MigrationInterface {
  name = 'CreatePerson1732300000002';

  async up(q: QueryRunner): Promise<void> {
    // The data-minimisation rules are constraints too, so no code path can store a student's
    // email or an adult's year group.
    await q.query(`
      CREATE TABLE person (
        id            uuid PRIMARY KEY,
        display_name  text NOT NULL CHECK (length(display_name) BETWEEN 2 AND 100),
        partner_id    uuid NOT NULL,
        roles         text[] NOT NULL CHECK (
                        cardinality(roles) >= 1
                        AND roles <@ ARRAY['COORDINATOR','HEAD','CHAMPION','FINANCE','TEACHER','STUDENT','AMBASSADOR','ASSOCIATE']::text[]
                      ),
        year_group    smallint CHECK (year_group BETWEEN 7 AND 13),
        email         text CHECK (email IS NULL OR position('@' IN email) > 1),
        created_at    timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT person_student_has_year_group CHECK (('STUDENT' = ANY (roles)) = (year_group IS NOT NULL)),
        CONSTRAINT person_student_has_no_email CHECK (NOT ('STUDENT' = ANY (roles)) OR email IS NULL),
        CONSTRAINT person_student_role_alone CHECK (NOT ('STUDENT' = ANY (roles)) OR cardinality(roles) = 1)
      )`);
    await q.query(
      `CREATE UNIQUE INDEX person_email_uq ON person (lower(email)) WHERE email IS NOT NULL`,
    );
    // Keyset pagination walks (display_name, id); Partner.people filters by partner first.
    await q.query(`CREATE INDEX person_name_idx ON person (display_name, id)`);
    await q.query(`CREATE INDEX person_partner_idx ON person (partner_id, display_name, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE person`);
  }
}
