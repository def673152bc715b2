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

export type OtherIncomeSource = 'FUNDRAISING' | 'GRANT' | 'SPONSORSHIP' | 'OTHER';

/** Income other than levies; a restricted fund may be spent only on its stated purpose. */
@Entity({ name: 'finance_other_income' })
@Check('finance_other_income_amount_pence_check', 'amount_pence > 0')
@Check(
  'finance_other_income_source_check',
  "source IN ('FUNDRAISING','GRANT','SPONSORSHIP','OTHER')",
)
@Check('finance_other_income_restricted_check', 'restricted = (restricted_purpose IS NOT NULL)')
@Index('finance_other_income_period_idx', ['periodId'])
export class FinanceOtherIncomeEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  periodId!: string;

  @ManyToOne(() => FinancePeriodEntity, { nullable: false, onDelete: 'NO ACTION' })
  @JoinColumn({
    name: 'period_id',
    foreignKeyConstraintName: 'finance_other_income_period_id_fkey',
  })
  period?: FinancePeriodEntity;

  @Column({ type: 'text' })
  source!: OtherIncomeSource;

  @Column({ type: 'text' })
  description!: string;

  @Column({ type: 'bigint', transformer: penceColumn })
  amountPence!: number;

  @Column({ type: 'date' })
  receivedOn!: string;

  @Column({ type: 'boolean' })
  restricted!: boolean;

  @Column({ type: 'text', nullable: true })
  restrictedPurpose!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
