import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { EventEntity } from '../entities/event.entity';

/** When an ambassador can help (they record it, or the coordinator). Mirrors migration 1732300000600. */
@Entity({ name: 'ambassador_availability' })
@Check('ambassador_availability_ends_after_start', 'ends_at > starts_at')
@Index('ambassador_availability_person_idx', ['personId', 'startsAt'])
export class AmbassadorAvailabilityEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  personId!: string;

  @Column({ type: 'timestamptz' })
  startsAt!: Date;

  @Column({ type: 'timestamptz' })
  endsAt!: Date;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;
}

/** How many ambassadors an event wants (no row: none). */
@Entity({ name: 'event_ambassador_slots' })
@Check('event_ambassador_slots_slots_check', 'slots BETWEEN 0 AND 100')
export class EventAmbassadorSlotsEntity {
  @PrimaryColumn({ type: 'uuid' })
  eventId!: string;

  @ManyToOne(() => EventEntity, { nullable: false, onDelete: 'NO ACTION' })
  @JoinColumn({
    name: 'event_id',
    foreignKeyConstraintName: 'event_ambassador_slots_event_id_fkey',
  })
  event?: EventEntity;

  @Column({ type: 'int' })
  slots!: number;
}

export type AmbassadorOfferStatus = 'OFFERED' | 'ACCEPTED';

/** A slot offered to one ambassador; accepting it gives them the AMBASSADOR role at the event. */
@Entity({ name: 'ambassador_offer' })
@Check('ambassador_offer_status_check', "status IN ('OFFERED','ACCEPTED')")
@Index('ambassador_offer_person_idx', ['personId'])
export class AmbassadorOfferEntity {
  @PrimaryColumn({ type: 'uuid' })
  eventId!: string;

  @ManyToOne(() => EventEntity, { nullable: false, onDelete: 'NO ACTION' })
  @JoinColumn({ name: 'event_id', foreignKeyConstraintName: 'ambassador_offer_event_id_fkey' })
  event?: EventEntity;

  @PrimaryColumn({ type: 'uuid' })
  personId!: string;

  @Column({ type: 'text' })
  status!: AmbassadorOfferStatus;

  @Column({ type: 'timestamptz' })
  offeredAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  acceptedAt!: Date | null;
}

/** Hours an ambassador worked at an event, in minutes (one figure per event, replaced on re-logging). */
@Entity({ name: 'ambassador_hours' })
@Check('ambassador_hours_minutes_check', 'minutes BETWEEN 1 AND 1440')
@Index('ambassador_hours_person_idx', ['personId'])
export class AmbassadorHoursEntity {
  @PrimaryColumn({ type: 'uuid' })
  eventId!: string;

  @ManyToOne(() => EventEntity, { nullable: false, onDelete: 'NO ACTION' })
  @JoinColumn({ name: 'event_id', foreignKeyConstraintName: 'ambassador_hours_event_id_fkey' })
  event?: EventEntity;

  @PrimaryColumn({ type: 'uuid' })
  personId!: string;

  @Column({ type: 'int' })
  minutes!: number;

  @Column({ type: 'timestamptz' })
  loggedAt!: Date;
}
