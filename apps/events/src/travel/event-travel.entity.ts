import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { EventEntity } from '../entities/event.entity';
import type { TravelMode } from './travel';

/** How one partner's people get to one event. Mirrors migration 1732300000600. */
@Entity({ name: 'event_travel' })
@Check(
  'event_travel_mode_check',
  "mode IN ('COACH','MINIBUS','PUBLIC_TRANSPORT','WALKING','PARENTS')",
)
@Check('event_travel_pickup_place_check', 'length(pickup_place) BETWEEN 1 AND 200')
@Check('event_travel_seats_check', 'seats BETWEEN 0 AND 1000')
@Check('event_travel_cost_pence_check', 'cost_pence BETWEEN 0 AND 100000000')
export class EventTravelEntity {
  @PrimaryColumn({ type: 'uuid' })
  eventId!: string;

  @ManyToOne(() => EventEntity, { nullable: false, onDelete: 'NO ACTION' })
  @JoinColumn({ name: 'event_id', foreignKeyConstraintName: 'event_travel_event_id_fkey' })
  event?: EventEntity;

  @PrimaryColumn({ type: 'uuid' })
  partnerId!: string;

  @Column({ type: 'text' })
  mode!: TravelMode;

  @Column({ type: 'timestamptz' })
  pickupAt!: Date;

  @Column({ type: 'text' })
  pickupPlace!: string;

  @Column({ type: 'int' })
  seats!: number;

  /** integer pence */
  @Column({ type: 'int' })
  costPence!: number;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}
