import type { DataPolicy } from '@ekst/subgraph-kit';
import { FINANCE_AUDIT_RETAIN_DAYS } from './domain/finance/finance-audit-policy';
import { FinanceAuditEntryEntity } from './entities/finance-audit-entry.entity';
import { FinanceBudgetLineEntity } from './entities/finance-budget-line.entity';
import { FinanceExpenseEntity } from './entities/finance-expense.entity';
import { FinanceLevyInvoiceEntity } from './entities/finance-levy-invoice.entity';
import { FinanceLevyPaymentEntity } from './entities/finance-levy-payment.entity';
import { FinanceOtherIncomeEntity } from './entities/finance-other-income.entity';
import { FinancePeriodEntity } from './entities/finance-period.entity';

/** Finance's share of the partners-governance module (module.ts spreads these in). */
export const FINANCE_ENTITIES = [
  FinancePeriodEntity,
  FinanceBudgetLineEntity,
  FinanceLevyInvoiceEntity,
  FinanceLevyPaymentEntity,
  FinanceOtherIncomeEntity,
  FinanceExpenseEntity,
  FinanceAuditEntryEntity,
];

const organisational = (table: string, note: string): DataPolicy => ({
  table,
  personalData: false,
  note,
});

export const FINANCE_DATA_POLICIES: DataPolicy[] = [
  organisational('finance_period', 'academic years and their status'),
  organisational('finance_budget_line', "the partnership's budget headings and amounts"),
  organisational('finance_levy_invoice', 'invoices to partner organisations'),
  organisational('finance_levy_payment', 'payments by partner organisations'),
  organisational(
    'finance_other_income',
    'income from organisations (funders, sponsors, appeals); the schema asks for no private individual by name',
  ),
  organisational(
    'finance_expense',
    'payments to organisations (payee is an organisation; the schema asks for no private individual by name)',
  ),
  {
    // The log names who changed what by person id (pseudonymous: the name lives in people).
    table: 'finance_audit_entry',
    personalData: true,
    action: 'delete',
    // A day past the database's floor, so a little clock skew between this process and the
    // database never makes the retention job's DELETE hit a row the trigger still protects.
    retainDays: FINANCE_AUDIT_RETAIN_DAYS + 1,
    ageColumn: 'at',
    basis:
      'the audit trail of the accounts: who (a person id, never a name) changed what and when; ' +
      'UK accounting records are kept six years after the end of their financial year, so ' +
      'seven years from the change covers every row. The database refuses any earlier delete.',
    // Erasure keeps the id: the trail must stay intact for the auditors, and once people has
    // erased the person the id resolves to no one, so what remains is not personal data.
    onErasure: 'none',
  },
];
