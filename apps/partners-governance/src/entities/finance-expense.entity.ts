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
import { FinanceBudgetLineEntity } from './finance-budget-line.entity';
import { FinancePeriodEntity } from './finance-period.entity';

export type ExpenseStatus = 'COMMITTED' | 'PAID';

/** Spending against a budget line: COMMITTED once ordered, PAID once paid. */
@Entity({ name: 'finance_expense' })
@Check('finance_expense_amount_pence_check', 'amount_pence > 0')
@Check('finance_expense_status_check', "status IN ('COMMITTED','PAID')")
@Index('finance_expense_period_idx', ['periodId'])
@Index('finance_expense_budget_line_idx', ['budgetLineId'])
export class FinanceExpenseEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  /** the budget line's period, copied so a period's rows are found (and locked) in one place */
  @Column({ type: 'uuid' })
  periodId!: string;

  @ManyToOne(() => FinancePeriodEntity, { nullable: false, onDelete: 'NO ACTION' })
  @JoinColumn({ name: 'period_id', foreignKeyConstraintName: 'finance_expense_period_id_fkey' })
  period?: FinancePeriodEntity;

  @Column({ type: 'uuid' })
  budgetLineId!: string;

  @ManyToOne(() => FinanceBudgetLineEntity, { nullable: false, onDelete: 'NO ACTION' })
  @JoinColumn({
    name: 'budget_line_id',
    foreignKeyConstraintName: 'finance_expense_budget_line_id_fkey',
  })
  budgetLine?: FinanceBudgetLineEntity;

  @Column({ type: 'bigint', transformer: penceColumn })
  amountPence!: number;

  @Column({ type: 'date' })
  incurredOn!: string;

  /** an organisation (a coach company, a venue), never a private individual's name */
  @Column({ type: 'text' })
  payee!: string;

  @Column({ type: 'text' })
  description!: string;

  @Column({ type: 'text' })
  status!: ExpenseStatus;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
