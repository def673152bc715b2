import { isUuid, rejected, userError } from '@ekst/subgraph-kit';
import type { EntityManager } from 'typeorm';
import { Not } from 'typeorm';
import { z } from 'zod';
import {
  budgetLineSchema,
  expenseSchema,
  levyInvoiceSchema,
  levyPaymentSchema,
  otherIncomeSchema,
} from '../../domain/finance/finance-input';
import { overpaymentPence } from '../../domain/finance/finance-report';
import { sumPence } from '../../domain/finance/money';
import { FinanceBudgetLineEntity } from '../../entities/finance-budget-line.entity';
import { FinanceExpenseEntity } from '../../entities/finance-expense.entity';
import { FinanceLevyInvoiceEntity } from '../../entities/finance-levy-invoice.entity';
import { FinanceLevyPaymentEntity } from '../../entities/finance-levy-payment.entity';
import { FinanceOtherIncomeEntity } from '../../entities/finance-other-income.entity';
import { FinancePeriodEntity } from '../../entities/finance-period.entity';
import { PartnerEntity } from '../../entities/partner.entity';
import type { RecordKind } from './finance-records';
import { notFound } from './finance-tx';
import type {
  BudgetLineView,
  ExpenseView,
  LevyInvoiceView,
  OtherIncomeView,
} from './finance-views';
import { levyInvoiceView } from './finance-views';

/** A create input's academic year, beside the record's own fields. */
const inYear = <S extends z.ZodType>(schema: S) =>
  z
    .object({ academicYear: z.string({ message: 'must be an academic year like 2026-27' }) })
    .and(schema);

async function periodByYear(m: EntityManager, academicYear: string) {
  const period = await m.getRepository(FinancePeriodEntity).findOneBy({ academicYear });
  return period
    ? period.id
    : rejected(userError('NOT_FOUND', 'no finance period for this academic year', 'academicYear'));
}

const periodIdOf = async (_m: EntityManager, r: { periodId: string }) => r.periodId;

/**
 * Income and spending belong to the year they happened in: a record dated outside its period
 * would be counted in one year and closed with another.
 */
async function withinPeriod(m: EntityManager, periodId: string, date: string, field: string) {
  const p = await m.getRepository(FinancePeriodEntity).findOneByOrFail({ id: periodId });
  return date < p.startsOn || date > p.endsOn
    ? rejected(
        userError(
          'INVALID',
          `must be within ${p.academicYear} (${p.startsOn} to ${p.endsOn})`,
          field,
        ),
      )
    : null;
}

async function lineIn(m: EntityManager, id: string): Promise<FinanceBudgetLineEntity | null> {
  return isUuid(id) ? m.getRepository(FinanceBudgetLineEntity).findOneBy({ id }) : null;
}

type BudgetLineData = z.infer<typeof budgetLineSchema>;
export const BUDGET_LINE: RecordKind<
  FinanceBudgetLineEntity,
  BudgetLineData & { academicYear: string },
  BudgetLineData,
  BudgetLineView
> = {
  entityType: 'BUDGET_LINE',
  entity: FinanceBudgetLineEntity,
  what: 'budget line',
  createSchema: inYear(budgetLineSchema),
  recordSchema: budgetLineSchema,
  periodForCreate: (m, d) => periodByYear(m, d.academicYear),
  periodOf: periodIdOf,
  async check(m, d, current, periodId) {
    const clash = await m.getRepository(FinanceBudgetLineEntity).existsBy({
      periodId,
      code: d.code,
      ...(current ? { id: Not(current.id) } : {}),
    });
    return clash
      ? rejected(
          userError('FINANCE_DUPLICATE', 'the year already has a line with this code', 'code'),
        )
      : null;
  },
  async checkDelete(m, line) {
    const used = await m.getRepository(FinanceExpenseEntity).existsBy({ budgetLineId: line.id });
    return used
      ? rejected(
          userError('IN_USE', 'the budget line has expenses: move or delete them first', 'id'),
        )
      : null;
  },
  columns: (d, periodId) => ({
    periodId,
    code: d.code,
    name: d.name,
    budgetedPence: d.budgetedPence,
  }),
  view: async (_m, r, p) => Object.assign(r, { academicYear: p.academicYear }),
};

type InvoiceData = z.infer<typeof levyInvoiceSchema>;
export const LEVY_INVOICE: RecordKind<
  FinanceLevyInvoiceEntity,
  InvoiceData & { academicYear: string },
  InvoiceData,
  LevyInvoiceView
> = {
  entityType: 'LEVY_INVOICE',
  entity: FinanceLevyInvoiceEntity,
  what: 'levy invoice',
  createSchema: inYear(levyInvoiceSchema),
  recordSchema: levyInvoiceSchema,
  periodForCreate: (m, d) => periodByYear(m, d.academicYear),
  periodOf: periodIdOf,
  async check(m, d, current) {
    if (!(await m.getRepository(PartnerEntity).existsBy({ id: d.partnerId })))
      return notFound('partnerId', 'partner');
    const clash = await m
      .getRepository(FinanceLevyInvoiceEntity)
      .createQueryBuilder('i')
      .where('lower(i.reference) = lower(:ref)', { ref: d.reference })
      .andWhere(current ? 'i.id <> :id' : 'TRUE', { id: current?.id })
      .getExists();
    if (clash)
      return rejected(
        userError('FINANCE_DUPLICATE', 'an invoice with this reference exists', 'reference'),
      );
    if (current) {
      const paid = await paidOn(m, current.id);
      if (d.amountPence < paid)
        return rejected(
          userError('INVALID', `must be at least the ${paid} pence already paid`, 'amountPence'),
        );
    }
    return null;
  },
  async checkDelete(m, invoice) {
    const used = await m
      .getRepository(FinanceLevyPaymentEntity)
      .existsBy({ invoiceId: invoice.id });
    return used
      ? rejected(userError('IN_USE', 'the invoice has payments: delete them first', 'id'))
      : null;
  },
  columns: (d, periodId) => ({
    periodId,
    partnerId: d.partnerId,
    reference: d.reference,
    amountPence: d.amountPence,
    issuedOn: d.issuedOn,
    dueOn: d.dueOn,
  }),
  view: (m, r, p) => levyInvoiceView(m, r, p.academicYear),
};

async function paidOn(m: EntityManager, invoiceId: string, except?: string): Promise<number> {
  const payments = await m.getRepository(FinanceLevyPaymentEntity).findBy({
    invoiceId,
    ...(except ? { id: Not(except) } : {}),
  });
  return sumPence(payments.map((p) => p.amountPence));
}

type PaymentData = z.infer<typeof levyPaymentSchema>;
export const LEVY_PAYMENT: RecordKind<
  FinanceLevyPaymentEntity,
  PaymentData,
  PaymentData,
  FinanceLevyPaymentEntity
> = {
  entityType: 'LEVY_PAYMENT',
  entity: FinanceLevyPaymentEntity,
  what: 'levy payment',
  createSchema: levyPaymentSchema,
  recordSchema: levyPaymentSchema,
  async periodForCreate(m, d) {
    const invoice = await m.getRepository(FinanceLevyInvoiceEntity).findOneBy({ id: d.invoiceId });
    return invoice ? invoice.periodId : notFound('invoiceId', 'levy invoice');
  },
  async periodOf(m, payment) {
    const invoice = await m
      .getRepository(FinanceLevyInvoiceEntity)
      .findOneByOrFail({ id: payment.invoiceId });
    return invoice.periodId;
  },
  async check(m, d, current) {
    // The invoice row is locked, so two payments at once cannot both fit in what is left.
    const invoice = await m
      .getRepository(FinanceLevyInvoiceEntity)
      .createQueryBuilder('i')
      .setLock('pessimistic_write')
      .where('i.id = :id', { id: d.invoiceId })
      .getOneOrFail();
    const paid = await paidOn(m, invoice.id, current?.id);
    const over = overpaymentPence(invoice.amountPence, paid, d.amountPence);
    return over > 0
      ? rejected(
          userError(
            'OVERPAYMENT',
            `would overpay the invoice by ${over} pence (outstanding: ${invoice.amountPence - paid} pence)`,
            'amountPence',
          ),
        )
      : null;
  },
  columns: (d) => ({
    invoiceId: d.invoiceId,
    amountPence: d.amountPence,
    paidOn: d.paidOn,
    method: d.method,
  }),
  view: async (_m, r) => r,
};

type IncomeData = z.infer<typeof otherIncomeSchema>;
export const OTHER_INCOME: RecordKind<
  FinanceOtherIncomeEntity,
  IncomeData & { academicYear: string },
  IncomeData,
  OtherIncomeView
> = {
  entityType: 'OTHER_INCOME',
  entity: FinanceOtherIncomeEntity,
  what: 'income',
  createSchema: inYear(otherIncomeSchema),
  recordSchema: otherIncomeSchema,
  nullable: ['restrictedPurpose'],
  periodForCreate: (m, d) => periodByYear(m, d.academicYear),
  periodOf: periodIdOf,
  check: (m, d, _current, periodId) => withinPeriod(m, periodId, d.receivedOn, 'receivedOn'),
  columns: (d, periodId) => ({
    periodId,
    source: d.source,
    description: d.description,
    amountPence: d.amountPence,
    receivedOn: d.receivedOn,
    restricted: d.restricted,
    restrictedPurpose: d.restrictedPurpose ?? null,
  }),
  view: async (_m, r, p) => Object.assign(r, { academicYear: p.academicYear }),
};

type ExpenseData = z.infer<typeof expenseSchema>;
export const EXPENSE: RecordKind<FinanceExpenseEntity, ExpenseData, ExpenseData, ExpenseView> = {
  entityType: 'EXPENSE',
  entity: FinanceExpenseEntity,
  what: 'expense',
  createSchema: expenseSchema,
  recordSchema: expenseSchema,
  async periodForCreate(m, d) {
    const line = await lineIn(m, d.budgetLineId);
    return line ? line.periodId : notFound('budgetLineId', 'budget line');
  },
  periodOf: periodIdOf,
  async check(m, d, _current, periodId) {
    const line = await lineIn(m, d.budgetLineId);
    if (!line) return notFound('budgetLineId', 'budget line');
    if (line.periodId !== periodId)
      return rejected(
        userError('INVALID', "must be a budget line of the expense's own year", 'budgetLineId'),
      );
    return withinPeriod(m, periodId, d.incurredOn, 'incurredOn');
  },
  columns: (d, periodId) => ({
    periodId,
    budgetLineId: d.budgetLineId,
    amountPence: d.amountPence,
    incurredOn: d.incurredOn,
    payee: d.payee,
    description: d.description,
    status: d.status,
  }),
  async view(m, r, p) {
    const line = await m
      .getRepository(FinanceBudgetLineEntity)
      .findOneByOrFail({ id: r.budgetLineId });
    return Object.assign(r, {
      academicYear: p.academicYear,
      line: Object.assign(line, { academicYear: p.academicYear }),
    });
  },
};
