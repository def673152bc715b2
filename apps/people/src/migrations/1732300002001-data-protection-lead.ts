import type { MigrationInterface, QueryRunner } from 'typeorm';

const ROLES_BEFORE = `'COORDINATOR','HEAD','CHAMPION','FINANCE','TEACHER','STUDENT','AMBASSADOR','ASSOCIATE'`;

/**
 * Issue 20: the DATA_PROTECTION_LEAD role (granted by the coordinator only). The roles check is
 * replaced under the name Postgres gave the original inline check, so the entity still mirrors it.
 */
export class DataProtectionLead1732300002001 implements MigrationInterface {
  name = 'DataProtectionLead1732300002001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE person DROP CONSTRAINT person_roles_check`);
    await q.query(
      `ALTER TABLE person ADD CONSTRAINT person_roles_check CHECK (cardinality(roles) >= 1 AND roles <@ ARRAY[${ROLES_BEFORE},'DATA_PROTECTION_LEAD']::text[])`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE person DROP CONSTRAINT person_roles_check`);
    await q.query(
      `ALTER TABLE person ADD CONSTRAINT person_roles_check CHECK (cardinality(roles) >= 1 AND roles <@ ARRAY[${ROLES_BEFORE}]::text[])`,
    );
  }
}
