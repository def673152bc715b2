import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { SafeguardingCheckKind } from '../domain/safeguarding-clearance';

/**
 * Metadata of one safeguarding check: never the certificate's contents. After erasure the row is
 * kept without the person (person_id null, erased_at set) for the retention period.
 */
@Entity({ name: 'safeguarding_check' })
@Check(
  'safeguarding_check_kind_check',
  "kind IN ('ENHANCED_DBS_BARRED_LIST','ENHANCED_DBS','IDENTITY','EMPLOYER_CONFIRMATION')",
)
@Check('safeguarding_check_dates_check', 'review_on >= checked_on')
@Check('safeguarding_check_erased_check', '(person_id IS NULL) = (erased_at IS NOT NULL)')
@Index('safeguarding_check_person_idx', ['personId'])
export class SafeguardingCheckEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid', nullable: true })
  personId!: string | null;

  @Column({ type: 'uuid' })
  partnerId!: string;

  @Column({ type: 'text' })
  kind!: SafeguardingCheckKind;

  @Column({ type: 'text' })
  reference!: string;

  /** YYYY-MM-DD */
  @Column({ type: 'date' })
  checkedOn!: string;

  @Column({ type: 'text' })
  checkedBy!: string;

  /** YYYY-MM-DD: the check must be renewed by then */
  @Column({ type: 'date' })
  reviewOn!: string;

  @Column({ type: 'uuid', nullable: true })
  recordedBy!: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  recordedAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  erasedAt!: Date | null;
}
