import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { RectifiableField, RectificationStatus } from '../domain/rectification';

/** A correction someone asked for, and how it was handled (migration 1732300002004). */
@Entity({ name: 'rectification_request' })
@Check(
  'rectification_request_field_check',
  "field IN ('DISPLAY_NAME','YEAR_GROUP','EMAIL','PHONE')",
)
@Check('rectification_request_status_check', "status IN ('OPEN','APPLIED','REFUSED')")
@Check('rectification_request_handled_check', "(status = 'OPEN') = (handled_at IS NULL)")
@Check('rectification_request_refusal_check', "(status = 'REFUSED') = (outcome_reason IS NOT NULL)")
@Index('rectification_request_person_idx', ['personId', 'requestedAt'])
@Index('rectification_request_requester_idx', ['requestedBy', 'requestedAt'])
@Index('rectification_request_handled_idx', ['handledAt'])
export class RectificationRequestEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  personId!: string;

  @Column({ type: 'text' })
  field!: RectifiableField;

  @Column({ type: 'text' })
  requestedValue!: string;

  @Column({ type: 'text' })
  reason!: string;

  /** null once the requester has been erased */
  @Column({ type: 'uuid', nullable: true })
  requestedBy!: string | null;

  @Column({ type: 'timestamptz' })
  requestedAt!: Date;

  @Column({ type: 'text' })
  status!: RectificationStatus;

  @Column({ type: 'uuid', nullable: true })
  handledBy!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  handledAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  outcomeReason!: string | null;
}
