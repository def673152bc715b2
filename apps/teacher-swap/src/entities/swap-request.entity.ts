import { Check, Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
import type { Phase, SwapOfferStatus, SwapSector } from '../domain/swap-offer-rules';

/**
 * A teacher asks to host a visitor from the other sector: the same fields as an offer (the
 * offering teacher visits, the requesting teacher hosts). Mirrors migration 1732300000010.
 */
@Entity({ name: 'swap_request' })
@Check('swap_request_subjects', 'cardinality(subjects) BETWEEN 1 AND 5')
@Check('swap_request_phase', "phase IN ('PRIMARY','KS3','KS4','KS5')")
@Check('swap_request_miles', 'max_travel_miles BETWEEN 1 AND 60')
@Check('swap_request_notes', 'length(notes) <= 1000')
@Check('swap_request_status', "status IN ('OPEN','WITHDRAWN')")
@Check('swap_request_sector', "sector IN ('STATE','INDEPENDENT')")
@Check('swap_request_dates', 'available_to >= available_from')
@Check('swap_request_withdrawn_at', "(status = 'WITHDRAWN') = (withdrawn_at IS NOT NULL)")
@Index('swap_request_teacher_idx', ['teacherId', 'createdAt'])
@Index('swap_request_pool_idx', ['status', 'sector', 'createdAt'])
export class SwapRequestEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

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

  @Column({ type: 'text' })
  sector!: SwapSector;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  withdrawnAt!: Date | null;
}
