import { present } from '@ekst/subgraph-kit';
import { isUuid } from '@ekst/subgraph-kit';
import type { EntityManager } from 'typeorm';
import { In } from 'typeorm';
import type {
  BudgetLineFigures,
  FinanceReportFigures,
  InvoiceStatus,
  LevyFigures,
} from '../../domain/finance/finance-report';
import { buildFinanceReport, invoiceStatus } from '../../domain/finance/finance-report';
import { sumPence } from '../../domain/finance/money';
import { FinanceBudgetLineEntity } from '../../entities/finance-budget-line.entity';
import { FinanceExpenseEntity } from '../../entities/finance-expense.entity';
import type { ExpenseStatus } from '../../entities/finance-expense.entity';
import { FinanceLevyInvoiceEntity } from '../../entities/finance-levy-invoice.entity';
import { FinanceLevyPaymentEntity } from '../../entities/finance-levy-payment.entity';
import { FinanceOtherIncomeEntity } from '../../entities/finance-other-income.entity';
import type { FinancePeriodEntity } from '../../entities/finance-period.entity';
import { PartnerEntity } from '../../entities/partner.entity';
import type { FinanceAuditEntryEntity } from '../../entities/finance-audit-entry.entity';
import { financeReportCsv } from './finance-report-csv';

/** What the graph shows of finance records: the row and what is derived from its year. */
export type BudgetLineView = FinanceBudgetLineEntity & { academicYear: string };
export type OtherIncomeView = FinanceOtherIncomeEntity & { academicYear: string };
export type ExpenseView = FinanceExpenseEntity & { academicYear: string; line: BudgetLineView };
export type LevyInvoiceView = FinanceLevyInvoiceEntity & {
  academicYear: string;
  payments: FinanceLevyPaymentEntity[];
  paidPence: number;
  outstandingPence: number;
  status: InvoiceStatus;
};
export type BudgetLineFiguresView = BudgetLineFigures & { budgetLine: BudgetLineView };
export type FinanceReportView = Omit<FinanceReportFigures, 'lines'> & {
  academicYear: string;
  periodStatus: FinancePeriodEntity['status'];
  lines: BudgetLineFiguresView[];
  levies: LevyFigures[];
  csv: string;
};

type Period = Pick<FinancePeriodEntity, 'id' | 'academicYear'>;

/** A row a foreign key guarantees (shared with the rest of the service). */
export { present };

export async function budgetLinesOf(m: EntityManager, p: Period): Promise<BudgetLineView[]> {
  const rows = await m
    .getRepository(FinanceBudgetLineEntity)
    .find({ where: { periodId: p.id }, order: { code: 'ASC' } });
  return rows.map((r) => Object.assign(r, { academicYear: p.academicYear }));
}

export async function otherIncomeOf(m: EntityManager, p: Period): Promise<OtherIncomeView[]> {
  const rows = await m
    .getRepository(FinanceOtherIncomeEntity)
    .find({ where: { periodId: p.id }, order: { receivedOn: 'DESC', createdAt: 'DESC' } });
  return rows.map((r) => Object.assign(r, { academicYear: p.academicYear }));
}

export async function expensesOf(
  m: EntityManager,
  p: Period,
  filter: { budgetLineId?: string | null; status?: ExpenseStatus | null } = {},
): Promise<ExpenseView[]> {
  // An id that is not a uuid matches nothing (rather than failing in Postgres).
  if (filter.budgetLineId && !isUuid(filter.budgetLineId)) return [];
  const lines = new Map((await budgetLinesOf(m, p)).map((l) => [l.id, l]));
  const rows = await m.getRepository(FinanceExpenseEntity).find({
    where: {
      periodId: p.id,
      ...(filter.budgetLineId ? { budgetLineId: filter.budgetLineId } : {}),
      ...(filter.status ? { status: filter.status } : {}),
    },
    order: { incurredOn: 'DESC', createdAt: 'DESC' },
  });
  return rows.map((r) =>
    Object.assign(r, {
      academicYear: p.academicYear,
      line: present(lines.get(r.budgetLineId), 'budget line'),
    }),
  );
}

function invoiceView(
  invoice: FinanceLevyInvoiceEntity,
  academicYear: string,
  payments: FinanceLevyPaymentEntity[],
): LevyInvoiceView {
  const paidPence = sumPence(payments.map((x) => x.amountPence));
  return Object.assign(invoice, {
    academicYear,
    payments,
    paidPence,
    outstandingPence: invoice.amountPence - paidPence,
    status: invoiceStatus(invoice.amountPence, paidPence),
  });
}

export async function levyInvoicesOf(m: EntityManager, p: Period): Promise<LevyInvoiceView[]> {
  const invoices = await m
    .getRepository(FinanceLevyInvoiceEntity)
    .find({ where: { periodId: p.id }, order: { reference: 'ASC' } });
  const payments = invoices.length
    ? await m.getRepository(FinanceLevyPaymentEntity).find({
        where: { invoiceId: In(invoices.map((i) => i.id)) },
        order: { paidOn: 'ASC', createdAt: 'ASC' },
      })
    : [];
  return invoices.map((i) =>
    invoiceView(
      i,
      p.academicYear,
      payments.filter((x) => x.invoiceId === i.id),
    ),
  );
}

export async function levyInvoiceView(
  m: EntityManager,
  invoice: FinanceLevyInvoiceEntity,
  academicYear: string,
): Promise<LevyInvoiceView> {
  const payments = await m
    .getRepository(FinanceLevyPaymentEntity)
    .find({ where: { invoiceId: invoice.id }, order: { paidOn: 'ASC', createdAt: 'ASC' } });
  return invoiceView(invoice, academicYear, payments);
}

/** The year's figures from its rows (the arithmetic is `buildFinanceReport`), with its CSV. */
export async function financeReportOf(
  m: EntityManager,
  p: FinancePeriodEntity,
): Promise<FinanceReportView> {
  const [lines, invoices, income, expenses] = await Promise.all([
    budgetLinesOf(m, p),
    levyInvoicesOf(m, p),
    otherIncomeOf(m, p),
    m.getRepository(FinanceExpenseEntity).find({ where: { periodId: p.id } }),
  ]);
  const figures = buildFinanceReport({
    budgetLines: lines,
    expenses,
    invoices,
    payments: invoices.flatMap((i) => i.payments),
    otherIncome: income,
  });
  const lineById = new Map(lines.map((l) => [l.id, l]));
  const partners = figures.levies.length
    ? await m
        .getRepository(PartnerEntity)
        .findBy({ id: In(figures.levies.map((l) => l.partnerId)) })
    : [];
  const partnerNames = new Map(partners.map((x) => [x.id, x.name]));
  return {
    ...figures,
    academicYear: p.academicYear,
    periodStatus: p.status,
    lines: figures.lines.map((f) => ({
      ...f,
      budgetLine: present(lineById.get(f.budgetLineId), 'budget line'),
    })),
    csv: financeReportCsv(p.academicYear, figures, partnerNames),
  };
}

export type FinanceAuditEntryView = FinanceAuditEntryEntity & { academicYear: string };
