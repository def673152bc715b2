import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * What people knows of events (from EventScheduled): enough to decide who may see whom through
 * an event, namely its host, its end and whether it was cancelled. No people in it.
 */
@Entity({ name: 'event_projection' })
export class EventProjectionEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  /** null for an external venue */
  @Column({ type: 'uuid', nullable: true })
  hostPartnerId!: string | null;

  @Column({ type: 'timestamptz' })
  endsAt!: Date;

  @Column({ type: 'text' })
  status!: string;

  /** of the EventScheduled applied last: an older one arriving late changes nothing */
  @Column({ type: 'timestamptz' })
  occurredAt!: Date;
}
