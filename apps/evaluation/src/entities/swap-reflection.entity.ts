import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * That a teacher reflected on a completed swap, with the aims it served: evidence beside survey
 * scores and focus-group notes. The reflection's words stay in teacher-swap (SwapReflected does
 * not carry them). Mirrors migration 1732300000030 by name.
 */
@Entity({ name: 'swap_reflection' })
@Index('swap_reflection_swap_teacher_uq', ['swapId', 'teacherId'], { unique: true })
@Index('swap_reflection_year_partner_idx', ['academicYear', 'partnerId'])
@Index('swap_reflection_teacher_idx', ['teacherId'])
@Index('swap_reflection_received_idx', ['receivedAt'])
export class SwapReflectionEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  swapId!: string;

  /** null once the teacher is erased: the evidence stays, anonymous */
  @Column({ type: 'uuid', nullable: true })
  teacherId!: string | null;

  /** the teacher's school when they reflected */
  @Column({ type: 'uuid' })
  partnerId!: string;

  /** YYYY-MM-DD */
  @Column({ type: 'date' })
  reflectedOn!: string;

  @Column({ type: 'int' })
  academicYear!: number;

  /** the partnership's aims as teacher-swap names them; may be empty */
  @Column({ type: 'text', array: true })
  aims!: string[];

  @Column({ type: 'timestamptz' })
  receivedAt!: Date;
}
