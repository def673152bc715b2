import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { EventEntity } from './event.entity';
import type { RegistrationStatus } from '../domain/registration';

/** Mirrors migration 1732300000003 by name, so the schema diff is empty. */
@Entity({ name: 'registration' })
@Check('registration_status_check', "status IN ('REGISTERED','WAITLISTED','CANCELLED')")
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
}
