import { Column, Entity, PrimaryColumn, Unique } from 'typeorm';

/** The partnership's aims: reference data owned here (codes as the Aim enums elsewhere). */
@Entity({ name: 'aim' })
export class AimEntity {
  @PrimaryColumn({ type: 'text' })
  code!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  description!: string;

  @Column({ type: 'integer' })
  position!: number;
}

/** One of the Heads Group's priorities for an academic year. Mirrors migration 1732300000100. */
@Entity({ name: 'priority' })
@Unique('priority_year_position_uq', ['academicYear', 'position'])
export class PriorityEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'text' })
  academicYear!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  description!: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  aims!: string[];

  @Column({ type: 'integer' })
  position!: number;
}
