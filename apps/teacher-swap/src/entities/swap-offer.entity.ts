import { Check, Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
import type { Phase, SwapOfferStatus, SwapSector } from '../domain/swap-offer-rules';

/**
 * Mirrors migration 1732300000002 by name, so the schema diff is empty. The column checks were
 * declared inline without names, so they carry the names Postgres gave them. Both indexes order
 * created_at DESC in the migration; TypeORM has no per-column order, and compares indexes by name,
 * uniqueness and columns only, so the migration stays the source of truth for the ordering.
 */
@Entity({ name: 'swap_offer' })
@Check('swap_offer_subjects_check', 'cardinality(subjects) BETWEEN 1 AND 5')
@Check('swap_offer_phase_check', "phase IN ('PRIMARY','KS3','KS4','KS5')")
@Check('swap_offer_max_travel_miles_check', 'max_travel_miles BETWEEN 1 AND 60')
@Check('swap_offer_notes_check', 'length(notes) <= 1000')
@Check('swap_offer_status_check', "status IN ('OPEN','WITHDRAWN')")
@Check('swap_offer_sector_check', "sector IN ('STATE','INDEPENDENT')")
@Check('swap_offer_dates', 'available_to >= available_from')
@Check('swap_offer_withdrawn_at', "(status = 'WITHDRAWN') = (withdrawn_at IS NOT NULL)")
@Index('swap_offer_teacher_idx', ['teacherId', 'createdAt'])
@Index('swap_offer_pool_idx', ['status', 'sector', 'createdAt'])
export class SwapOfferEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  /** A person id from people; no foreign key, so demo data and erasure do not depend on event order. */
  @Column({ type: 'uuid' })
  teacherId!: string;

  @Column({ type: 'text', array: true })
  subjects!: string[];

  @Column({ type: 'text' })
  phase!: Phase;

  @Column({ type: 'date' })
  availableFrom!: string;

  @Column({ type: 'date' })
  availableTo!: string;

  @Column({ type: 'integer' })
  maxTravelMiles!: number;

  @Column({ type: 'text', nullable: true })
  notes!: string | null;

  @Column({ type: 'text', default: 'OPEN' })
  status!: SwapOfferStatus;

  /** Copied from the teacher's partner at creation: matching pairs opposite sectors. */
  @Column({ type: 'text' })
  sector!: SwapSector;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  withdrawnAt!: Date | null;
}
