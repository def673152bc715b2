import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One row per academic year rolled over (migration 1732300000500): a second run is refused. */
@Entity({ name: 'rollover_run' })
export class RolloverRunEntity {
  /** 2026 = the 2026/27 year the students moved into */
  @PrimaryColumn({ type: 'integer' })
  academicYear!: number;

  @Column({ type: 'timestamptz' })
  ranAt!: Date;

  @Column({ type: 'integer' })
  movedUp!: number;

  @Column({ type: 'integer' })
  leftCount!: number;
}
