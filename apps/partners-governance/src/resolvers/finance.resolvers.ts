import { payloadOf, payloadWith } from '@ekst/subgraph-kit';
import type { Resolvers } from '../__generated__/resolvers-types';
import {
  closeFinancePeriod,
  createFinancePeriod,
  reopenFinancePeriod,
} from '../use-cases/finance/finance-period.use-case';
import {
  financeAuditLog,
  financeReport,
  findFinancePeriod,
  listFinancePeriods,
} from '../use-cases/finance/finance-queries';
import {
  createBudgetLine,
  createLevyInvoice,
  deleteBudgetLine,
  deleteExpense,
  deleteLevyInvoice,
  deleteLevyPayment,
  deleteOtherIncome,
  recordExpense,
  recordLevyPayment,
  recordOtherIncome,
  updateBudgetLine,
  updateExpense,
  updateLevyInvoice,
  updateLevyPayment,
  updateOtherIncome,
} from '../use-cases/finance/finance-records.use-case';
import {
  budgetLinesOf,
  expensesOf,
  financeReportOf,
  levyInvoicesOf,
  otherIncomeOf,
  present,
} from '../use-cases/finance/finance-views';
import { PenceScalar } from './pence.scalar';

const deleted = payloadWith({ deletedId: null });

/** Finance: reads ask finance-access through finance-queries; every mutation is one use case. */
export const financeResolvers: Resolvers = {
  Pence: PenceScalar,
  Query: {
    financePeriods: (_r, _a, ctx) => listFinancePeriods(ctx.dataSource, ctx.caller),
    financePeriod: (_r, { academicYear }, ctx) =>
      findFinancePeriod(ctx.dataSource, ctx.caller, academicYear),
    financeReport: (_r, { academicYear }, ctx) =>
      financeReport(ctx.dataSource, ctx.caller, academicYear),
    financeAuditLog: (_r, args, ctx) => financeAuditLog(ctx.dataSource, ctx.caller, args),
  },
  Mutation: {
    createFinancePeriod: (_r, { input }, ctx) =>
      createFinancePeriod(ctx.deps, input).then(payloadOf('period')),
    closeFinancePeriod: (_r, { academicYear }, ctx) =>
      closeFinancePeriod(ctx.deps, academicYear).then(payloadOf('period')),
    reopenFinancePeriod: (_r, { academicYear, reason }, ctx) =>
      reopenFinancePeriod(ctx.deps, academicYear, reason).then(payloadOf('period')),
    createBudgetLine: (_r, { input }, ctx) =>
      createBudgetLine(ctx.deps, input).then(payloadOf('budgetLine')),
    updateBudgetLine: (_r, { id, input }, ctx) =>
      updateBudgetLine(ctx.deps, id, input).then(payloadOf('budgetLine')),
    deleteBudgetLine: (_r, { id }, ctx) => deleteBudgetLine(ctx.deps, id).then(deleted),
    createLevyInvoice: (_r, { input }, ctx) =>
      createLevyInvoice(ctx.deps, input).then(payloadOf('levyInvoice')),
    updateLevyInvoice: (_r, { id, input }, ctx) =>
      updateLevyInvoice(ctx.deps, id, input).then(payloadOf('levyInvoice')),
    deleteLevyInvoice: (_r, { id }, ctx) => deleteLevyInvoice(ctx.deps, id).then(deleted),
    recordLevyPayment: (_r, { input }, ctx) =>
      recordLevyPayment(ctx.deps, input).then(payloadOf('levyPayment')),
    updateLevyPayment: (_r, { id, input }, ctx) =>
      updateLevyPayment(ctx.deps, id, input).then(payloadOf('levyPayment')),
    deleteLevyPayment: (_r, { id }, ctx) => deleteLevyPayment(ctx.deps, id).then(deleted),
    recordOtherIncome: (_r, { input }, ctx) =>
      recordOtherIncome(ctx.deps, input).then(payloadOf('otherIncome')),
    updateOtherIncome: (_r, { id, input }, ctx) =>
      updateOtherIncome(ctx.deps, id, input).then(payloadOf('otherIncome')),
    deleteOtherIncome: (_r, { id }, ctx) => deleteOtherIncome(ctx.deps, id).then(deleted),
    recordExpense: (_r, { input }, ctx) =>
      recordExpense(ctx.deps, input).then(payloadOf('expense')),
    updateExpense: (_r, { id, input }, ctx) =>
      updateExpense(ctx.deps, id, input).then(payloadOf('expense')),
    deleteExpense: (_r, { id }, ctx) => deleteExpense(ctx.deps, id).then(deleted),
  },
  FinancePeriod: {
    closedAt: (p) => p.closedAt?.toISOString() ?? null,
    budgetLines: (p, _a, ctx) => budgetLinesOf(ctx.dataSource.manager, p),
    levyInvoices: (p, _a, ctx) => levyInvoicesOf(ctx.dataSource.manager, p),
    otherIncome: (p, _a, ctx) => otherIncomeOf(ctx.dataSource.manager, p),
    expenses: (p, args, ctx) => expensesOf(ctx.dataSource.manager, p, args),
    report: (p, _a, ctx) =>
      ctx.dataSource.transaction('REPEATABLE READ', (m) => financeReportOf(m, p)),
  },
  LevyInvoice: {
    partner: (i, _a, ctx) => ctx.partnerById.load(i.partnerId).then((p) => present(p, 'partner')),
  },
  Expense: {
    budgetLine: (e) => e.line,
  },
  PartnerLevyFigures: {
    partner: (l, _a, ctx) => ctx.partnerById.load(l.partnerId).then((p) => present(p, 'partner')),
  },
  FinanceAuditEntry: {
    at: (e) => e.at.toISOString(),
    actor: (e) => (e.actorKind === 'person' ? { id: e.actorId } : null),
    before: (e) => (e.before === null ? null : JSON.stringify(e.before)),
    after: (e) => (e.after === null ? null : JSON.stringify(e.after)),
  },
};
