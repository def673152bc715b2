import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  Unique,
} from 'typeorm';
import { PartnerEntity } from './partner.entity';

/** One version of the partnership's Memorandum of Understanding. Mirrors migration 1732300000100. */
@Entity({ name: 'mou_version' })
@Check('mou_version_content_check', 'body IS NOT NULL OR document_ref IS NOT NULL')
@Check('mou_version_dates_check', 'effective_to IS NULL OR effective_to >= effective_from')
@Index('mou_version_current_uq', ['isCurrent'], { unique: true, where: 'is_current' })
export class MouVersionEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text', nullable: true })
  body!: string | null;

  @Column({ type: 'text', nullable: true })
  documentRef!: string | null;

  @Column({ type: 'date' })
  effectiveFrom!: string;

  @Column({ type: 'date', nullable: true })
  effectiveTo!: string | null;

  @Column({ type: 'date', nullable: true })
  renewalDueOn!: string | null;

  @Column({ type: 'boolean', default: false })
  isCurrent!: boolean;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  publishedAt!: Date;
}

/** A partner's signature on one MoU version; the signer is referenced by person id only. */
@Entity({ name: 'mou_signature' })
@Unique('mou_signature_version_partner_uq', ['mouVersionId', 'partnerId'])
export class MouSignatureEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  mouVersionId!: string;

  @ManyToOne(() => MouVersionEntity, { nullable: false, onDelete: 'NO ACTION' })
  @JoinColumn({
    name: 'mou_version_id',
    foreignKeyConstraintName: 'mou_signature_mou_version_id_fkey',
  })
  mouVersion?: MouVersionEntity;

  @Column({ type: 'uuid' })
  partnerId!: string;

  @ManyToOne(() => PartnerEntity, { nullable: false, onDelete: 'NO ACTION' })
  @JoinColumn({ name: 'partner_id', foreignKeyConstraintName: 'mou_signature_partner_id_fkey' })
  partner?: PartnerEntity;

  @Column({ type: 'uuid' })
  signedByPersonId!: string;

  /** The signer's role for the partner, e.g. "Headteacher". */
  @Column({ type: 'text' })
  signerRole!: string;

  @Column({ type: 'date' })
  signedOn!: string;
}
