import { Check, Column, Entity, PrimaryColumn } from 'typeorm';
import type { EVENT_KINDS, EVENT_STATUSES } from '@ekst/contracts';

/**
 * What evaluation knows about an event, from events' EventScheduled. `occurredAt` is that of the
 * newest event applied: an older one delivered late never overwrites it.
 */
@Entity({ name: 'event_projection' })
@Check('event_projection_ends_after_start', 'ends_at > starts_at')
@Check('event_projection_status_check', "status IN ('DRAFT','PUBLISHED','COMPLETED','CANCELLED')")
export class EventProjectionEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  kind!: (typeof EVENT_KINDS)[number];

  @Column({ type: 'uuid', nullable: true })
  hostPartnerId!: string | null;

  @Column({ type: 'timestamptz' })
  startsAt!: Date;

  @Column({ type: 'timestamptz' })
  endsAt!: Date;

  @Column({ type: 'text' })
  status!: (typeof EVENT_STATUSES)[number];

  @Column({ type: 'timestamptz' })
  occurredAt!: Date;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}
