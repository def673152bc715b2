import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { Aim, Audience, ConsentKind, EventKind, EventStatus } from '../domain/event';

/**
 * Constraints and indexes mirror migration 1732300000002 by name, so the schema diff
 * (migration:check) is empty; the migration is what creates them.
 */
@Entity({ name: 'event' })
@Check('event_title_check', 'length(title) BETWEEN 3 AND 200')
@Check(
  'event_kind_check',
  "kind IN ('TEACHMEET','CPD','SUBJECT_CLUSTER','CHOIR','SPORT','OUTDOOR_LEARNING','WELLBEING','BAKE_OFF','STUDENT_VOICE','TEACHER_SWAP_VISIT','OTHER')",
)
@Check('event_audience_check', "audience IN ('STUDENTS','TEACHERS','BOTH')")
@Check('event_year_groups_check', 'year_groups <@ ARRAY[7,8,9,10,11,12,13]')
@Check('event_venue_check', 'venue IS NULL OR length(venue) BETWEEN 1 AND 200')
@Check(
  'event_aims_check',
  "cardinality(aims) >= 1 AND aims <@ ARRAY['WIDENING_HORIZONS','RAISING_ASPIRATIONS','CONFIDENCE','RESILIENCE','WELLBEING','COMMUNITY']",
)
@Check('event_capacity_check', 'capacity BETWEEN 1 AND 5000')
@Check('event_status_check', "status IN ('DRAFT','PUBLISHED','COMPLETED','CANCELLED')")
@Check('event_ends_after_start', 'ends_at > starts_at')
@Check(
  'event_year_groups_match_audience',
  "(audience = 'TEACHERS') = (cardinality(year_groups) = 0)",
)
@Check('event_has_a_place', 'host_partner_id IS NOT NULL OR venue IS NOT NULL')
@Check('event_cancel_reason_check', 'length(cancel_reason) BETWEEN 1 AND 500')
@Check('event_partner_quota_check', 'partner_quota BETWEEN 1 AND 5000')
@Check(
  'event_required_consents_check',
  "required_consents <@ ARRAY['PHOTO_PUBLICITY','TRIPS','DATA_PROCESSING']",
)
@Check('event_cancel_reason_iff_cancelled', "(status = 'CANCELLED') = (cancel_reason IS NOT NULL)")
@Index('event_series_idx', ['seriesId'], { where: 'series_id IS NOT NULL' })
@Index('event_starts_at_id_idx', ['startsAt', 'id'])
@Index('event_swap_id_uq', ['swapId'], { unique: true, where: 'swap_id IS NOT NULL' })
// One draft per approved Student Voice proposal, however often the approval arrives (1732300000200).
@Index('event_proposal_id_uq', ['proposalId'], { unique: true, where: 'proposal_id IS NOT NULL' })
@Index('event_host_partner_idx', ['hostPartnerId', 'startsAt'], {
  where: 'host_partner_id IS NOT NULL',
})
export class EventEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  kind!: EventKind;

  @Column({ type: 'text' })
  audience!: Audience;

  @Column({ type: 'int', array: true, default: () => "'{}'" })
  yearGroups!: number[];

  @Column({ type: 'uuid', nullable: true })
  hostPartnerId!: string | null;

  @Column({ type: 'text', nullable: true })
  venue!: string | null;

  @Column({ type: 'timestamptz' })
  startsAt!: Date;

  @Column({ type: 'timestamptz' })
  endsAt!: Date;

  @Column({ type: 'text', array: true })
  aims!: Aim[];

  @Column({ type: 'int' })
  capacity!: number;

  @Column({ type: 'text' })
  status!: EventStatus;

  /** Set exactly when CANCELLED: everyone registered is told why. */
  @Column({ type: 'text', nullable: true })
  cancelReason!: string | null;

  /** At most this many places for the people of any one partner; null for no quota. */
  @Column({ type: 'int', nullable: true })
  partnerQuota!: number | null;

  /** Consents a student must have given (e.g. TRIPS for an outdoor day) to take a place. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  requiredConsents!: ConsentKind[];

  /** Events created together on several dates share a series id. */
  @Column({ type: 'uuid', nullable: true })
  seriesId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  copiedFromId!: string | null;

  /** The Student Voice proposal the event came from (partners-governance). */
  @Column({ type: 'uuid', nullable: true })
  proposalId!: string | null;

  /** The teacher swap a TEACHER_SWAP_VISIT shows (teacher-swap's SwapScheduled); at most one event each. */
  @Column({ type: 'uuid', nullable: true })
  swapId!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  completedAt!: Date | null;

  /** When it was published; null for a draft, and for a draft that was cancelled. */
  @Column({ type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
