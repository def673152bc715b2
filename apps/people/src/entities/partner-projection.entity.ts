import { Check, Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { PartnerKind, Sector } from '@ekst/contracts';

export type PartnerStatus = 'ACTIVE' | 'LEFT';

/** What people knows of partners, fed by partners-governance's PartnerJoined / PartnerLeft. */
@Entity({ name: 'partner_projection' })
// Mirrors migration 1732300000001 by name (Postgres named the inline checks), so the schema diff is empty.
@Check(
  'partner_projection_kind_check',
  "kind IN ('STATE','SELECTIVE','INDEPENDENT','UNIVERSITY','ASSOCIATE')",
)
@Check(
  'partner_projection_sector_check',
  "sector IN ('STATE','INDEPENDENT','HIGHER_EDUCATION','COMMUNITY')",
)
@Check('partner_projection_status_check', "status IN ('ACTIVE','LEFT')")
@Check('partner_projection_check', "(status = 'LEFT') = (left_on IS NOT NULL)")
export class PartnerProjectionEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  kind!: PartnerKind;

  @Column({ type: 'text' })
  sector!: Sector;

  @Column({ type: 'text' })
  status!: PartnerStatus;

  @Column({ type: 'date', nullable: true })
  leftOn!: string | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
