import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
} from 'typeorm';
import { penceColumn } from '../domain/finance/money';
import { FinancePeriodEntity } from './finance-period.entity';

@Entity({ name: 'finance_budget_line' })
@Check('finance_budget_line_budgeted_pence_check', 'budgeted_pence >= 0')
@Index('finance_budget_line_period_code_uq', ['periodId', 'code'], { unique: true })
export class FinanceBudgetLineEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  periodId!: string;

  @ManyToOne(() => FinancePeriodEntity, { nullable: false, onDelete: 'NO ACTION' })
  @JoinColumn({ name: 'period_id', foreignKeyConstraintName: 'finance_budget_line_period_id_fkey' })
  period?: FinancePeriodEntity;

  @Column({ type: 'text' })
  code!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'bigint', transformer: penceColumn })
  budgetedPence!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
