import { startTestSubgraph, uniqueTopicPrefix } from '@ekst/testing';
import type { TestSubgraph } from '@ekst/testing';
import { planFinanceDemo, seedFinanceDemo } from '../seed/finance-demo';
import type { DemoFinancePartner, PartnerKind } from '../seed/finance-demo';
import { partnersGovernanceModule } from '../src/module';

/** The demo finance loads through the graph, twice without duplicating, and adds up. */
describe('demo finance', () => {
  let sg: TestSubgraph;
  const partners: DemoFinancePartner[] = [];

  beforeAll(async () => {
    sg = await startTestSubgraph(partnersGovernanceModule, {
      topicPrefix: uniqueTopicPrefix(),
      cleanTopics: true,
    });
    const kinds: PartnerKind[] = [
      'STATE',
      'STATE',
      'STATE',
      'SELECTIVE',
      'INDEPENDENT',
      'INDEPENDENT',
      'INDEPENDENT',
      'UNIVERSITY',
      'ASSOCIATE',
    ];
    for (const [i, kind] of kinds.entries()) {
      const name = `Demo Finance Partner ${i}`;
      const r = await sg.query<{ createPartner: { partner: { id: string } } }>(
        `mutation($input: CreatePartnerInput!) { createPartner(input: $input) { partner { id } } }`,
        { input: { name, kind, town: 'Canterbury' } },
      );
      partners.push({ id: r.data!.createPartner.partner.id, name, kind });
    }
  });
  afterAll(async () => {
    await sg?.stop();
  });

  it('loads a closed 2025-26 and a balanced 2026-27, and a second load adds nothing', async () => {
    const q = <T>(query: string, variables?: Record<string, unknown>) =>
      sg.query<T>(query, variables);
    const first = await seedFinanceDemo(q, partners);
    expect(first).toMatch(/records entered now/);
    const rows = async () =>
      (
        (await sg.running.dataSource.query(
          `SELECT (SELECT count(*) FROM finance_expense)::int + (SELECT count(*) FROM finance_levy_payment)::int
                + (SELECT count(*) FROM finance_audit_entry)::int AS n`,
        )) as Array<{ n: number }>
      )[0].n;
    const afterFirst = await rows();
    expect(await seedFinanceDemo(q, partners)).toMatch(/\(0 records entered now\)/);
    expect(await rows()).toBe(afterFirst);

    const plan = planFinanceDemo(partners)[1];
    const r = await sg.query<{
      financeReport: {
        totals: { budgetedPence: number };
        levyTotals: { invoicedPence: number; outstandingPence: number };
        otherIncome: { totalPence: number; restrictedPence: number };
        balancePence: number;
      };
      financePeriods: Array<{ academicYear: string; status: string }>;
    }>(`{ financeReport(academicYear: "2026-27") {
        totals { budgetedPence } levyTotals { invoicedPence outstandingPence }
        otherIncome { totalPence restrictedPence } balancePence }
        financePeriods { academicYear status } }`);
    expect(r.errors).toBeUndefined();
    const report = r.data!.financeReport;
    expect(report.totals.budgetedPence).toBe(
      report.levyTotals.invoicedPence + report.otherIncome.totalPence,
    );
    expect(report.levyTotals.invoicedPence).toBe(
      plan.invoices.reduce((a, i) => a + i.amountPence, 0),
    );
    expect(report.levyTotals.outstandingPence).toBe(plan.invoices.at(-1)!.amountPence);
    expect(report.otherIncome.restrictedPence).toBe(600_000);
    expect(report.balancePence).toBeGreaterThan(0);
    expect(r.data!.financePeriods).toEqual([
      { academicYear: '2026-27', status: 'OPEN' },
      { academicYear: '2025-26', status: 'CLOSED' },
    ]);
  });
});
