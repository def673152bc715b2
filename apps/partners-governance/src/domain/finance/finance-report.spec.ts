import { buildFinanceReport, invoiceStatus, overpaymentPence } from './finance-report';
import type { ReportInput } from './finance-report';

const input: ReportInput = {
  budgetLines: [
    { id: 'l-salary', code: 'SALARY', name: 'Coordinator salary', budgetedPence: 1_800_000 },
    { id: 'l-coach', code: 'TRANSPORT', name: 'Transport', budgetedPence: 300_000 },
    { id: 'l-choir', code: 'CHOIR', name: 'Choir', budgetedPence: 50_000 },
  ],
  expenses: [
    { budgetLineId: 'l-salary', amountPence: 900_000, status: 'PAID' },
    { budgetLineId: 'l-salary', amountPence: 900_000, status: 'COMMITTED' },
    { budgetLineId: 'l-coach', amountPence: 120_050, status: 'PAID' },
    { budgetLineId: 'l-coach', amountPence: 200_000, status: 'COMMITTED' },
  ],
  invoices: [
    { id: 'i-a', partnerId: 'p-a', amountPence: 500_000 },
    { id: 'i-b', partnerId: 'p-b', amountPence: 500_000 },
    { id: 'i-b2', partnerId: 'p-b', amountPence: 25_000 },
  ],
  payments: [
    { invoiceId: 'i-a', amountPence: 500_000 },
    { invoiceId: 'i-b', amountPence: 200_000 },
    { invoiceId: 'i-b', amountPence: 100_001 },
  ],
  otherIncome: [
    { source: 'GRANT', amountPence: 400_000, restricted: true },
    { source: 'FUNDRAISING', amountPence: 12_345, restricted: false },
    { source: 'GRANT', amountPence: 1_000, restricted: false },
  ],
};

describe('the finance report', () => {
  const r = buildFinanceReport(input);

  it('puts budget, committed, actual and remaining on each line, in code order', () => {
    expect(r.lines).toEqual([
      {
        budgetLineId: 'l-choir',
        code: 'CHOIR',
        name: 'Choir',
        budgetedPence: 50_000,
        committedPence: 0,
        actualPence: 0,
        remainingPence: 50_000,
      },
      {
        budgetLineId: 'l-salary',
        code: 'SALARY',
        name: 'Coordinator salary',
        budgetedPence: 1_800_000,
        committedPence: 900_000,
        actualPence: 900_000,
        remainingPence: 0,
      },
      {
        budgetLineId: 'l-coach',
        code: 'TRANSPORT',
        name: 'Transport',
        budgetedPence: 300_000,
        committedPence: 200_000,
        actualPence: 120_050,
        remainingPence: -20_050,
      },
    ]);
  });

  it('totals the lines, and the totals equal the sums of the inputs', () => {
    expect(r.totals).toEqual({
      budgetedPence: 2_150_000,
      committedPence: 1_100_000,
      actualPence: 1_020_050,
      remainingPence: 2_150_000 - 1_100_000 - 1_020_050,
    });
  });

  it('shows levies invoiced, received and outstanding per partner', () => {
    expect(r.levies).toEqual([
      { partnerId: 'p-a', invoicedPence: 500_000, receivedPence: 500_000, outstandingPence: 0 },
      {
        partnerId: 'p-b',
        invoicedPence: 525_000,
        receivedPence: 300_001,
        outstandingPence: 224_999,
      },
    ]);
    expect(r.levyTotals).toEqual({
      invoicedPence: 1_025_000,
      receivedPence: 800_001,
      outstandingPence: 224_999,
    });
  });

  it('splits other income by source and restriction', () => {
    expect(r.otherIncome).toEqual({
      bySource: [
        { source: 'FUNDRAISING', amountPence: 12_345 },
        { source: 'GRANT', amountPence: 401_000 },
      ],
      restrictedPence: 400_000,
      unrestrictedPence: 13_345,
      totalPence: 413_345,
    });
  });

  it('balances: income received − expenses paid', () => {
    expect(r.incomeReceivedPence).toBe(800_001 + 413_345);
    expect(r.expensesPaidPence).toBe(1_020_050);
    expect(r.expensesCommittedPence).toBe(1_100_000);
    expect(r.balancePence).toBe(800_001 + 413_345 - 1_020_050);
  });

  it('is all zeros for an empty year', () => {
    const empty = buildFinanceReport({
      budgetLines: [],
      expenses: [],
      invoices: [],
      payments: [],
      otherIncome: [],
    });
    expect(empty.balancePence).toBe(0);
    expect(empty.totals).toEqual({
      budgetedPence: 0,
      committedPence: 0,
      actualPence: 0,
      remainingPence: 0,
    });
    expect(empty.levies).toEqual([]);
  });

  it('refuses an expense on a line outside the year rather than dropping it', () => {
    expect(() =>
      buildFinanceReport({
        ...input,
        expenses: [{ budgetLineId: 'elsewhere', amountPence: 1, status: 'PAID' }],
      }),
    ).toThrow(/outside the year/);
  });
});

describe('an invoice and its payments', () => {
  it.each([
    [1000, 0, 'UNPAID'],
    [1000, 1, 'PART_PAID'],
    [1000, 999, 'PART_PAID'],
    [1000, 1000, 'PAID'],
  ] as const)('%p invoiced, %p paid → %s', (amount, paid, status) => {
    expect(invoiceStatus(amount, paid)).toBe(status);
  });

  it('measures an overpayment', () => {
    expect(overpaymentPence(1000, 600, 400)).toBe(0);
    expect(overpaymentPence(1000, 600, 401)).toBe(1);
    expect(overpaymentPence(1000, 0, 5000)).toBe(4000);
  });
});
