import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { ApplicationStatus, ContributionKind } from '../domain/associates';
import { PartnerEntity } from './partner.entity';

/** An organisation's application to become an associate partner. Mirrors migration 1732300000100. */
@Entity({ name: 'associate_application' })
@Check(
  'associate_application_organisation_name_check',
  'length(organisation_name) BETWEEN 2 AND 200',
)
@Check('associate_application_status_check', "status IN ('PENDING','APPROVED','REJECTED')")
@Check(
  'associate_application_decision_check',
  "(status = 'PENDING') = (decided_on IS NULL) AND (status = 'APPROVED') = (partner_id IS NOT NULL)",
)
export class AssociateApplicationEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'text' })
  organisationName!: string;

  @Column({ type: 'text' })
  town!: string;

  /** The contact's role in the organisation (e.g. "Community officer"), never their name. */
  @Column({ type: 'text' })
  contactRole!: string;

  @Column({ type: 'text' })
  offer!: string;

  @Column({ type: 'text' })
  status!: ApplicationStatus;

  @Column({ type: 'date' })
  receivedOn!: string;

  @Column({ type: 'uuid', nullable: true })
  decidedBy!: string | null;

  @Column({ type: 'date', nullable: true })
  decidedOn!: string | null;

  @Column({ type: 'text', nullable: true })
  decisionReason!: string | null;

  @Column({ type: 'uuid', nullable: true })
  partnerId!: string | null;

  @ManyToOne(() => PartnerEntity, { nullable: true, onDelete: 'NO ACTION' })
  @JoinColumn({
    name: 'partner_id',
    foreignKeyConstraintName: 'associate_application_partner_id_fkey',
  })
  partner?: PartnerEntity;
}

/** What an associate partner gave, against an event or an academic year. */
@Entity({ name: 'associate_contribution' })
@Check('associate_contribution_kind_check', "kind IN ('VENUE','SPEAKER','SPONSORSHIP','IN_KIND')")
@Check('associate_contribution_amount_check', 'amount_pence >= 0')
@Check('associate_contribution_target_check', '(event_id IS NULL) <> (academic_year IS NULL)')
@Check(
  'associate_contribution_sponsorship_check',
  "(kind = 'SPONSORSHIP') = (amount_pence IS NOT NULL)",
)
@Index('associate_contribution_partner_idx', ['partnerId'])
export class ContributionEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  partnerId!: string;

  @ManyToOne(() => PartnerEntity, { nullable: false, onDelete: 'NO ACTION' })
  @JoinColumn({
    name: 'partner_id',
    foreignKeyConstraintName: 'associate_contribution_partner_id_fkey',
  })
  partner?: PartnerEntity;

  @Column({ type: 'text' })
  kind!: ContributionKind;

  @Column({ type: 'text' })
  description!: string;

  /** Sponsorship only, in integer pence. */
  @Column({ type: 'integer', nullable: true })
  amountPence!: number | null;

  @Column({ type: 'uuid', nullable: true })
  eventId!: string | null;

  @Column({ type: 'text', nullable: true })
  academicYear!: string | null;

  @Column({ type: 'date' })
  recordedOn!: string;
}
