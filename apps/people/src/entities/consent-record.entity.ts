import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type {
  ConsentDecision,
  ConsentGiver,
  ConsentKind,
  ConsentMethod,
} from '../domain/consent-state';

/** One consent decision as it was given; the current state is derived from all of them. */
@Entity({ name: 'consent_record' })
@Check('consent_record_kind_check', "kind IN ('PHOTO_PUBLICITY','TRIPS','DATA_PROCESSING')")
@Check('consent_record_decision_check', "decision IN ('GRANTED','REFUSED','WITHDRAWN')")
@Check('consent_record_given_by_check', "given_by IN ('STUDENT','PARENT_CARER','SELF')")
@Check('consent_record_method_check', "method IN ('PAPER','ONLINE','VERBAL')")
@Check(
  'consent_record_notice_version_check',
  "(kind = 'DATA_PROCESSING') = (notice_version IS NOT NULL)",
)
@Check('consent_record_giver_name_check', "(given_by = 'PARENT_CARER') = (giver_name IS NOT NULL)")
@Index('consent_record_person_idx', ['personId', 'kind', 'givenAt'])
export class ConsentRecordEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  personId!: string;

  @Column({ type: 'text' })
  kind!: ConsentKind;

  @Column({ type: 'text' })
  decision!: ConsentDecision;

  @Column({ type: 'text', nullable: true })
  noticeVersion!: string | null;

  @Column({ type: 'text' })
  givenBy!: ConsentGiver;

  /** The parent or carer's name; null when the person gave it themself. */
  @Column({ type: 'text', nullable: true })
  giverName!: string | null;

  @Column({ type: 'timestamptz' })
  givenAt!: Date;

  @Column({ type: 'text' })
  method!: ConsentMethod;

  @Column({ type: 'uuid', nullable: true })
  recordedBy!: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  recordedAt!: Date;
}
