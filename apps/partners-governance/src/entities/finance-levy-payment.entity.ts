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
import { FinanceLevyInvoiceEntity } from './finance-levy-invoice.entity';

export type LevyPaymentMethod = 'BANK_TRANSFER' | 'CHEQUE' | 'CARD' | 'CASH' | 'OTHER';

@Entity({ name: 'finance_levy_payment' })
@Check('finance_levy_payment_amount_pence_check', 'amount_pence > 0')
@Check(
  'finance_levy_payment_method_check',
  "method IN ('BANK_TRANSFER','CHEQUE','CARD','CASH','OTHER')",
)
@Index('finance_levy_payment_invoice_idx', ['invoiceId'])
export class FinanceLevyPaymentEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  invoiceId!: string;

  @ManyToOne(() => FinanceLevyInvoiceEntity, { nullable: false, onDelete: 'NO ACTION' })
  @JoinColumn({
    name: 'invoice_id',
    foreignKeyConstraintName: 'finance_levy_payment_invoice_id_fkey',
  })
  invoice?: FinanceLevyInvoiceEntity;

  @Column({ type: 'bigint', transformer: penceColumn })
  amountPence!: number;

  @Column({ type: 'date' })
  paidOn!: string;

  @Column({ type: 'text' })
  method!: LevyPaymentMethod;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
