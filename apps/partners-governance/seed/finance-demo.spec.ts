import { buildFinanceReport } from '../src/domain/finance/finance-report';
import { positivePenceSchema } from '../src/domain/finance/money';
import { planFinanceDemo } from './finance-demo';
import type { DemoFinancePartner } from './finance-demo';

// As in the demo partnership (tools/seed/demo-data.ts): four state-sector schools, one of them
// selective, three independent schools, the university and two associates.
const partners: DemoFinancePartner[] = [
  { id: 's1', name: 'State 1', kind: 'STATE' },
  { id: 's4', name: 'State 3', kind: 'STATE' },
  { id: 's2', name: 'State 2', kind: 'STATE' },
  { id: 's3', name: 'Grammar', kind: 'SELECTIVE' },
  { id: 'i1', name: 'Independent 1', kind: 'INDEPENDENT' },
  { id: 'i2', name: 'Independent 2', kind: 'INDEPENDENT' },
  { id: 'i3', name: 'Independent 3', kind: 'INDEPENDENT' },
  { id: 'u', name: 'University', kind: 'UNIVERSITY' },
  { id: 'a', name: 'Associate', kind: 'ASSOCIATE' },
  { id: 'a2', name: 'Associate 2', kind: 'ASSOCIATE' },
];

describe('the demo finance plan', () => {
  const [closed, current] = planFinanceDemo(partners);

  /** The report of a planned year, as the service would compute it. */
  const reportOf = (year: typeof current) =>
    buildFinanceReport({
      budgetLines: year.lines.map((l) => ({ ...l, id: l.code })),
      expenses: year.expenses.map((e) => ({ ...e, budgetLineId: e.code })),
      invoices: year.invoices.map((i) => ({ ...i, id: i.reference })),
      payments: year.invoices.flatMap((i) =>
        i.payments.map((p) => ({ invoiceId: i.reference, amountPence: p.amountPence })),
      ),
      otherIncome: year.income.map((i) => ({ ...i, restricted: i.restrictedPurpose !== null })),
    });

  it('has a closed 2025-26 and an open 2026-27', () => {
    expect([closed.academicYear, closed.close]).toEqual(['2025-26', true]);
    expect([current.academicYear, current.close]).toEqual(['2026-27', false]);
  });

  it('invoices every school partner once, and leaves exactly one levy outstanding', () => {
    expect(current.invoices.map((i) => i.partnerId).sort()).toEqual([
      'i1',
      'i2',
      'i3',
      's1',
      's2',
      's3',
      's4',
    ]);
    const r = reportOf(current);
    expect(r.levies.filter((l) => l.outstandingPence > 0)).toHaveLength(1);
    expect(r.levies.filter((l) => l.outstandingPence > 0)[0].receivedPence).toBe(0);
  });

  it('balances the budget against the income planned, with a restricted grant', () => {
    const r = reportOf(current);
    expect(r.totals.budgetedPence).toBe(r.levyTotals.invoicedPence + r.otherIncome.totalPence);
    expect(r.otherIncome.restrictedPence).toBeGreaterThan(0);
    expect(r.balancePence).toBeGreaterThan(0);
    expect(r.expensesCommittedPence).toBeGreaterThan(0);
    expect(r.lines.every((l) => l.remainingPence >= 0)).toBe(true);
    expect(r.lines.map((l) => l.code).sort()).toEqual([
      'CHOIR',
      'CONTINGENCY',
      'COORDINATOR',
      'EVENTS',
      'TRANSPORT',
    ]);
  });

  it('refuses to plan a year the levies cannot balance', () => {
    expect(() => planFinanceDemo(partners.slice(0, 2))).toThrow(/cannot balance/);
  });

  it('uses only amounts the service accepts, and unique natural keys', () => {
    for (const y of [closed, current]) {
      const amounts = [
        ...y.invoices.flatMap((i) => [i.amountPence, ...i.payments.map((p) => p.amountPence)]),
        ...y.income.map((i) => i.amountPence),
        ...y.expenses.map((e) => e.amountPence),
      ];
      expect(amounts.every((a) => positivePenceSchema.safeParse(a).success)).toBe(true);
      expect(new Set(y.expenses.map((e) => e.description)).size).toBe(y.expenses.length);
      expect(new Set(y.invoices.map((i) => i.reference)).size).toBe(y.invoices.length);
    }
  });
});
