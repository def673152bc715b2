import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import type { Phase } from '../domain/swap-offer-rules';

/** Teachers of one subject across partners (migration 1732300000040). */
@Entity({ name: 'subject_cluster' })
export class SubjectClusterEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  subject!: string;

  @Column({ type: 'text', nullable: true })
  phase!: Phase | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
