import type { MigrationInterface, QueryRunner } from 'typeorm';
import { migratePartnerProjection, revertPartnerProjection } from '@ekst/partner-projection';

/** partner_projection takes the one shape shared with the other services (@ekst/partner-projection), rows kept. */
export class SharedPartnerProjection1732300000003 implements MigrationInterface {
  name = 'SharedPartnerProjection1732300000003';

  async up(q: QueryRunner): Promise<void> {
    await migratePartnerProjection(q);
  }

  async down(q: QueryRunner): Promise<void> {
    await revertPartnerProjection(q, 'status');
  }
}
