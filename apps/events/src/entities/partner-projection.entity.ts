import { Check, Column, Entity, PrimaryColumn } from 'typeorm';
import type { PartnerKind, Sector } from '@ekst/contracts';

/** What events knows about partners, kept from partners-governance's PartnerJoined/PartnerLeft. */
@Entity({ name: 'partner_projection' })
@Check(
  'partner_projection_kind_check',
  "kind IN ('STATE','SELECTIVE','INDEPENDENT','UNIVERSITY','ASSOCIATE')",
)
@Check(
  'partner_projection_sector_check',
  "sector IN ('STATE','INDEPENDENT','HIGHER_EDUCATION','COMMUNITY')",
)
export class PartnerProjectionEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  kind!: PartnerKind;

  @Column({ type: 'text' })
  sector!: Sector;

  @Column({ type: 'date' })
  joinedOn!: string;

  @Column({ type: 'date', nullable: true })
  leftOn!: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}
