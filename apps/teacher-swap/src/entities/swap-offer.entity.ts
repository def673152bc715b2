import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import type { Phase, SwapOfferStatus, SwapSector } from '../domain/swap-offer-rules';

@Entity({ name: 'swap_offer' })
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

  @Column({ type: 'text' })
  status!: SwapOfferStatus;

  /** Copied from the teacher's partner at creation: matching pairs opposite sectors. */
  @Column({ type: 'text' })
  sector!: SwapSector;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  withdrawnAt!: Date | null;
}
