import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { PartnerKind, Sector } from '@ekst/contracts';

export type PartnerStatus = 'ACTIVE' | 'LEFT';

/** What teacher-swap knows of partners, fed by partners-governance's PartnerJoined / PartnerLeft. */
@Entity({ name: 'partner_projection' })
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
