import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
} from 'typeorm';
import { PartnerEntity } from './partner.entity';

/** One stretch of a partner's membership. Mirrors migration 1732300000100 by name. */
@Entity({ name: 'partner_membership_period' })
@Check('partner_membership_period_dates_check', 'left_on IS NULL OR left_on >= joined_on')
@Check('partner_membership_period_reason_check', '(left_on IS NULL) = (leaving_reason IS NULL)')
@Index('partner_membership_period_open_uq', ['partnerId'], {
  unique: true,
  where: 'left_on IS NULL',
})
@Index('partner_membership_period_partner_idx', ['partnerId', 'joinedOn'])
export class MembershipPeriodEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  partnerId!: string;

  /** Declared for the foreign key only. */
  @ManyToOne(() => PartnerEntity, { nullable: false, onDelete: 'NO ACTION' })
  @JoinColumn({
    name: 'partner_id',
    foreignKeyConstraintName: 'partner_membership_period_partner_id_fkey',
  })
  partner?: PartnerEntity;

  @Column({ type: 'date' })
  joinedOn!: string;

  @Column({ type: 'date', nullable: true })
  leftOn!: string | null;

  @Column({ type: 'text', nullable: true })
  leavingReason!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
