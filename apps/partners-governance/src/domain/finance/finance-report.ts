import { sumPence } from './money';

/**
 * The year's accounts from its records, as pure arithmetic on integer pence: budget vs
 * committed vs actual per budget line, levies per partner, other income, and the balance.
 *
 * Definitions (README, "Finance"): `committed` is spending ordered but not yet paid (expenses
 * COMMITTED), `actual` is spending paid (expenses PAID), so a line's `remaining` is
 * budgeted − committed − actual (negative when overspent). Income is counted when received:
 * levy payments and other income. The balance is income received − expenses paid; money still
 * committed is shown beside it, not taken from it.
 */

export type InvoiceStatus = 'UNPAID' | 'PART_PAID' | 'PAID';

export function invoiceStatus(amountPence: number, paidPence: number): InvoiceStatus {
  if (paidPence <= 0) return 'UNPAID';
  return paidPence >= amountPence ? 'PAID' : 'PART_PAID';
}

/** How far a payment would take an invoice past its amount; 0 when it fits. */
export function overpaymentPence(
  amountPence: number,
  paidSoFarPence: number,
  paymentPence: number,
): number {
  return Math.max(0, paidSoFarPence + paymentPence - amountPence);
}

export interface ReportInput {
  budgetLines: ReadonlyArray<{ id: string; code: string; name: string; budgetedPence: number }>;
  expenses: ReadonlyArray<{
    budgetLineId: string;
    amountPence: number;
    status: 'COMMITTED' | 'PAID';
  }>;
  invoices: ReadonlyArray<{ id: string; partnerId: string; amountPence: number }>;
  payments: ReadonlyArray<{ invoiceId: string; amountPence: number }>;
  otherIncome: ReadonlyArray<{ source: string; amountPence: number; restricted: boolean }>;
}

export interface BudgetLineFigures {
  budgetLineId: string;
  code: string;
  name: string;
  budgetedPence: number;
  committedPence: number;
  actualPence: number;
  remainingPence: number;
}

export interface LevyFigures {
  partnerId: string;
  invoicedPence: number;
  receivedPence: number;
  outstandingPence: number;
}

export interface FinanceReportFigures {
  lines: BudgetLineFigures[];
  totals: Omit<BudgetLineFigures, 'budgetLineId' | 'code' | 'name'>;
  levies: LevyFigures[];
  levyTotals: Omit<LevyFigures, 'partnerId'>;
  otherIncome: {
    bySource: Array<{ source: string; amountPence: number }>;
    restrictedPence: number;
    unrestrictedPence: number;
    totalPence: number;
  };
  incomeReceivedPence: number;
  expensesPaidPence: number;
  expensesCommittedPence: number;
  balancePence: number;
}

export function buildFinanceReport(input: ReportInput): FinanceReportFigures {
  const lineIds = new Set(input.budgetLines.map((l) => l.id));
  const strays = input.expenses.filter((e) => !lineIds.has(e.budgetLineId));
  // An expense is always on one of the year's lines (a foreign key and the use cases see to it);
  // one that is not would silently vanish from the lines yet count in the balance.
  if (strays.length > 0) throw new Error('an expense is on a budget line outside the year');

  const lines = [...input.budgetLines]
    .sort((a, b) => a.code.localeCompare(b.code))
    .map((l) => {
      const mine = input.expenses.filter((e) => e.budgetLineId === l.id);
      const committedPence = sumPence(
        mine.filter((e) => e.status === 'COMMITTED').map((e) => e.amountPence),
      );
      const actualPence = sumPence(
        mine.filter((e) => e.status === 'PAID').map((e) => e.amountPence),
      );
      return {
        budgetLineId: l.id,
        code: l.code,
        name: l.name,
        budgetedPence: l.budgetedPence,
        committedPence,
        actualPence,
        remainingPence: l.budgetedPence - committedPence - actualPence,
      };
    });
  const totals = {
    budgetedPence: sumPence(lines.map((l) => l.budgetedPence)),
    committedPence: sumPence(lines.map((l) => l.committedPence)),
    actualPence: sumPence(lines.map((l) => l.actualPence)),
    remainingPence: sumPence(lines.map((l) => l.remainingPence)),
  };

  const partnerOf = new Map(input.invoices.map((i) => [i.id, i.partnerId]));
  const partners = [...new Set(input.invoices.map((i) => i.partnerId))].sort();
  const levies = partners.map((partnerId) => {
    const invoicedPence = sumPence(
      input.invoices.filter((i) => i.partnerId === partnerId).map((i) => i.amountPence),
    );
    const receivedPence = sumPence(
      input.payments
        .filter((p) => partnerOf.get(p.invoiceId) === partnerId)
        .map((p) => p.amountPence),
    );
    return {
      partnerId,
      invoicedPence,
      receivedPence,
      outstandingPence: invoicedPence - receivedPence,
    };
  });
  const levyTotals = {
    invoicedPence: sumPence(levies.map((l) => l.invoicedPence)),
    receivedPence: sumPence(levies.map((l) => l.receivedPence)),
    outstandingPence: sumPence(levies.map((l) => l.outstandingPence)),
  };

  const sources = [...new Set(input.otherIncome.map((i) => i.source))].sort();
  const otherIncome = {
    bySource: sources.map((source) => ({
      source,
      amountPence: sumPence(
        input.otherIncome.filter((i) => i.source === source).map((i) => i.amountPence),
      ),
    })),
    restrictedPence: sumPence(
      input.otherIncome.filter((i) => i.restricted).map((i) => i.amountPence),
    ),
    unrestrictedPence: sumPence(
      input.otherIncome.filter((i) => !i.restricted).map((i) => i.amountPence),
    ),
    totalPence: sumPence(input.otherIncome.map((i) => i.amountPence)),
  };

  const incomeReceivedPence = levyTotals.receivedPence + otherIncome.totalPence;
  return {
    lines,
    totals,
    levies,
    levyTotals,
    otherIncome,
    incomeReceivedPence,
    expensesPaidPence: totals.actualPence,
    expensesCommittedPence: totals.committedPence,
    balancePence: incomeReceivedPence - totals.actualPence,
  };
}
