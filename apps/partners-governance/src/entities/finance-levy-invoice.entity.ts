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
import { PartnerEntity } from './partner.entity';

/** A partner's levy for an academic year. UNIQUE lower(reference) is an expression index. */
@Entity({ name: 'finance_levy_invoice' })
@Check('finance_levy_invoice_amount_pence_check', 'amount_pence > 0')
@Check('finance_levy_invoice_dates_check', 'due_on >= issued_on')
@Index('finance_levy_invoice_reference_uq', { synchronize: false })
@Index('finance_levy_invoice_period_idx', ['periodId', 'partnerId'])
export class FinanceLevyInvoiceEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  periodId!: string;

  @ManyToOne(() => FinancePeriodEntity, { nullable: false, onDelete: 'NO ACTION' })
  @JoinColumn({
    name: 'period_id',
    foreignKeyConstraintName: 'finance_levy_invoice_period_id_fkey',
  })
  period?: FinancePeriodEntity;

  @Column({ type: 'uuid' })
  partnerId!: string;

  @ManyToOne(() => PartnerEntity, { nullable: false, onDelete: 'NO ACTION' })
  @JoinColumn({
    name: 'partner_id',
    foreignKeyConstraintName: 'finance_levy_invoice_partner_id_fkey',
  })
  partner?: PartnerEntity;

  @Column({ type: 'text' })
  reference!: string;

  @Column({ type: 'bigint', transformer: penceColumn })
  amountPence!: number;

  @Column({ type: 'date' })
  issuedOn!: string;

  @Column({ type: 'date' })
  dueOn!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
