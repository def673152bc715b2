import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A yearly impact summary; associates see it only once the coordinator has published it. */
@Entity({ name: 'impact_summary' })
export class ImpactSummaryEntity {
  @PrimaryColumn({ type: 'int' })
  academicYear!: number;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;
}
