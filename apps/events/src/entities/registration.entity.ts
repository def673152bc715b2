import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { EventEntity } from './event.entity';
import type { Cancellation, RegistrationStatus } from '../domain/registration';

/** Mirrors migration 1732300000003 by name, so the schema diff is empty. */
@Entity({ name: 'registration' })
@Check(
  'registration_status_check',
  "status IN ('REGISTERED','WAITLISTED','OFFERED','CANCELLED','ATTENDED','NO_SHOW')",
)
@Check(
  'registration_cancellation_check',
  "cancellation IN ('SELF','STAFF','OFFER_EXPIRED','WAITLIST_CLOSED')",
)
@Check('registration_offer_iff_offered', "(status = 'OFFERED') = (offer_expires_at IS NOT NULL)")
@Check('registration_cancelled_iff_at', "(status = 'CANCELLED') = (cancelled_at IS NOT NULL)")
@Check(
  'registration_check_out_after_in',
  'checked_out_at IS NULL OR (checked_in_at IS NOT NULL AND checked_out_at >= checked_in_at)',
)
@Check('registration_waitlist_position_check', 'waitlist_position > 0')
@Check(
  'registration_position_iff_waitlisted',
  "(status = 'WAITLISTED') = (waitlist_position IS NOT NULL)",
)
@Index('registration_active_person_uq', ['eventId', 'personId'], {
  unique: true,
  where: "status <> 'CANCELLED'",
})
@Index('registration_waitlist_position_uq', ['eventId', 'waitlistPosition'], {
  unique: true,
  where: "status = 'WAITLISTED'",
})
@Index('registration_check_in_code_uq', ['checkInCode'], { unique: true })
@Index('registration_offer_expiry_idx', ['offerExpiresAt'], { where: "status = 'OFFERED'" })
@Index('registration_event_status_idx', ['eventId', 'status'])
@Index('registration_person_idx', ['personId'])
export class RegistrationEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  eventId!: string;

  /** Declared for the foreign key only; code uses eventId and loads events through loaders. */
  @ManyToOne(() => EventEntity, { nullable: false, onDelete: 'NO ACTION' })
  @JoinColumn({ name: 'event_id', foreignKeyConstraintName: 'registration_event_id_fkey' })
  event?: EventEntity;

  @Column({ type: 'uuid' })
  personId!: string;

  @Column({ type: 'text' })
  status!: RegistrationStatus;

  @Column({ type: 'int', nullable: true })
  waitlistPosition!: number | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  registeredAt!: Date;

  /** The person's partner when they registered: what per-partner quotas count. */
  @Column({ type: 'uuid', nullable: true })
  partnerId!: string | null;

  /** Set exactly while OFFERED: the place moves on if not confirmed by then. */
  @Column({ type: 'timestamptz', nullable: true })
  offerExpiresAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  cancelledAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  cancellation!: Cancellation | null;

  /** Shown to the person (e.g. as a QR code) and typed or scanned at the door. */
  @Column({ type: 'text' })
  checkInCode!: string;

  @Column({ type: 'timestamptz', nullable: true })
  checkedInAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  checkedOutAt!: Date | null;
}
