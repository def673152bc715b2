import type { MigrationInterface, QueryRunner } from 'typeorm';
import { addPartnerLocation, migratePartnerProjection } from '@ekst/partner-projection';

/**
 * communications keeps the shared partner projection (@ekst/partner-projection) so an
 * announcement to a partner nobody knows is refused instead of silently reaching no one.
 */
export class PartnerProjection1733100000002 implements MigrationInterface {
  name = 'PartnerProjection1733100000002';

  async up(q: QueryRunner): Promise<void> {
    await migratePartnerProjection(q);
    await addPartnerLocation(q);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE partner_projection`);
  }
}
