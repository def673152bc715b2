import { Check, Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One teacher's reflection on a completed swap. The text stays here (SwapReflected carries only
 * the aims): it is free text about colleagues and pupils. Mirrors migration 1732300000010.
 */
@Entity({ name: 'swap_reflection' })
@Check('swap_reflection_text', 'length(text) BETWEEN 1 AND 4000')
@Index('swap_reflection_teacher_idx', ['teacherId'])
export class SwapReflectionEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'swap_reflection_pk' })
  swapId!: string;

  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'swap_reflection_pk' })
  teacherId!: string;

  @Column({ type: 'text' })
  text!: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  aims!: string[];

  @Column({ type: 'date' })
  reflectedOn!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
