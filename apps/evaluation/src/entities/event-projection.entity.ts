import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { EVENT_KINDS, EVENT_STATUSES } from '@ekst/contracts';

/**
 * What evaluation knows about an event, from events' EventScheduled. `occurredAt` is that of the
 * newest event applied: an older one delivered late never overwrites it.
 */
@Entity({ name: 'event_projection' })
@Check('event_projection_ends_after_start', 'ends_at > starts_at')
@Check('event_projection_status_check', "status IN ('DRAFT','PUBLISHED','COMPLETED','CANCELLED')")
@Check('event_projection_audience_check', "audience IN ('STUDENTS','TEACHERS','BOTH')")
@Check('event_projection_capacity_check', 'capacity >= 1')
@Check('event_projection_partner_quota_check', 'partner_quota >= 1')
@Index('event_projection_academic_year_idx', ['academicYear'])
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

  /** null for events announced before EventScheduled carried an audience */
  @Column({ type: 'text', nullable: true })
  audience!: 'STUDENTS' | 'TEACHERS' | 'BOTH' | null;

  @Column({ type: 'int', array: true, default: () => "'{}'" })
  yearGroups!: number[];

  /** the partnership's aims the event serves: reports group evidence by them */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  aims!: string[];

  /** places at the event; null for events announced before EventScheduled carried it */
  @Column({ type: 'int', nullable: true })
  capacity!: number | null;

  /**
   * at most this many places for one partner's people; null for no quota, and for events
   * announced before EventScheduled carried it (then `capacity` is null too)
   */
  @Column({ type: 'int', nullable: true })
  partnerQuota!: number | null;

  /** 2025 for 2025/26 (from 1 September, London time) */
  @Column({ type: 'int' })
  academicYear!: number;

  @Column({ type: 'timestamptz', nullable: true })
  completedAt!: Date | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;

  /** when the windows job opened the event's PRE surveys (null: not yet) */
  @Column({ type: 'timestamptz', nullable: true })
  preSurveysOpenedAt!: Date | null;

  /** when the event's POST surveys were opened on completion (null: not yet) */
  @Column({ type: 'timestamptz', nullable: true })
  postSurveysOpenedAt!: Date | null;
}
