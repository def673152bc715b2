import { Check, Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
import type { Phase } from '../domain/swap-offer-rules';
import type { SwapStatus } from '../domain/swap-lifecycle';

/** Why the matcher proposed a pair (stored as given, for the coordinator to read). */
export interface SwapExplanation {
  rules: string[];
  score: { subject: number; dates: number; distance: number; waiting: number; total: number };
  distanceMiles: number | null;
  overlapDays: number;
}

/**
 * An offer paired with a request: the offering teacher visits the requesting teacher's school
 * from `startsOn` to `endsOn` (the overlap of their windows). Parties and dates are copied at
 * proposal so the swap keeps its meaning if an offer is later withdrawn. Mirrors migration
 * 1732300000010.
 */
@Entity({ name: 'swap' })
@Check(
  'swap_status',
  "status IN ('PROPOSED','APPROVED','CHECKS_CONFIRMED','SCHEDULED','COMPLETED','REFLECTED','WITHDRAWN')",
)
@Check('swap_dates', 'ends_on >= starts_on')
@Check('swap_two_teachers', 'visiting_teacher_id <> host_teacher_id')
@Check(
  'swap_withdrawn',
  "(status = 'WITHDRAWN') = (withdrawn_at IS NOT NULL AND withdrawn_reason IS NOT NULL)",
)
@Check('swap_reason', 'length(withdrawn_reason) BETWEEN 1 AND 500')
@Index('swap_pair_uq', ['offerId', 'requestId'], { unique: true })
@Index('swap_live_offer_uq', ['offerId'], { unique: true, where: "status <> 'WITHDRAWN'" })
@Index('swap_live_request_uq', ['requestId'], { unique: true, where: "status <> 'WITHDRAWN'" })
@Index('swap_host_teacher_idx', ['hostTeacherId'])
@Index('swap_visiting_teacher_idx', ['visitingTeacherId'])
export class SwapEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  offerId!: string;

  @Column({ type: 'uuid' })
  requestId!: string;

  @Column({ type: 'uuid' })
  visitingTeacherId!: string;

  @Column({ type: 'uuid' })
  hostTeacherId!: string;

  @Column({ type: 'uuid' })
  visitingPartnerId!: string;

  @Column({ type: 'uuid' })
  hostPartnerId!: string;

  @Column({ type: 'text', array: true })
  subjects!: string[];

  @Column({ type: 'text' })
  phase!: Phase;

  @Column({ type: 'date' })
  startsOn!: string;

  @Column({ type: 'date' })
  endsOn!: string;

  @Column({ type: 'text', default: 'PROPOSED' })
  status!: SwapStatus;

  /** the coordinator proposed this pair by hand rather than the matching round */
  @Column({ type: 'boolean', default: false })
  pinned!: boolean;

  @Column({ type: 'double precision', nullable: true })
  score!: number | null;

  @Column({ type: 'jsonb', nullable: true })
  explanation!: SwapExplanation | null;

  @Column({ type: 'timestamptz', nullable: true })
  hostApprovedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  visitingApprovedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  checksConfirmedAt!: Date | null;

  /** the host head who confirmed the visitor's checks in writing */
  @Column({ type: 'uuid', nullable: true })
  checksConfirmedBy!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  scheduledAt!: Date | null;

  @Column({ type: 'date', nullable: true })
  completedOn!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  withdrawnAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  withdrawnReason!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
