import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A completed teacher swap and the schools of its two teachers (from evaluation's person
 * projection when SwapCompleted arrived): organisations, not people. Mirrors migration
 * 1732300000032 by name.
 */
@Entity({ name: 'swap_completion' })
@Index('swap_completion_year_idx', ['academicYear'])
export class SwapCompletionEntity {
  @PrimaryColumn({ type: 'uuid' })
  swapId!: string;

  /** YYYY-MM-DD */
  @Column({ type: 'date' })
  completedOn!: string;

  @Column({ type: 'int' })
  academicYear!: number;

  /** may be fewer than two when evaluation did not know a teacher's school */
  @Column({ type: 'uuid', array: true })
  partnerIds!: string[];

  @Column({ type: 'timestamptz' })
  receivedAt!: Date;
}
