import type { MigrationInterface, QueryRunner } from 'typeorm';
import { addPartnerLocation, removePartnerLocation } from '@ekst/partner-projection';

/** partner_projection keeps the partner's site (lat, lng) from PartnerJoined (@ekst/partner-projection). */
export class PartnerLocation1732300000031 implements MigrationInterface {
  name = 'PartnerLocation1732300000031';

  async up(q: QueryRunner): Promise<void> {
    await addPartnerLocation(q);
  }

  async down(q: QueryRunner): Promise<void> {
    await removePartnerLocation(q);
  }
}
