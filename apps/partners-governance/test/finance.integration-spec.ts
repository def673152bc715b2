import type { Role } from '@ekst/auth';
import { applyRetention } from '@ekst/subgraph-kit';
import { eventually, startTestSubgraph, testCaller, uniqueTopicPrefix } from '@ekst/testing';
import type { TestSubgraph } from '@ekst/testing';
import { partnersGovernanceModule } from '../src/module';

/**
 * Finance on the real subgraph and a real Postgres: the report adds up from its inputs, a closed
 * period refuses every change, every change is audited and the audit log cannot be altered in the
 * database, bad input changes nothing, and each role does exactly what the rules allow.
 */

const COORDINATOR = testCaller(['COORDINATOR'], {
  subject: '0c000000-0000-4000-8000-000000000001',
});
const TREASURER = testCaller(['FINANCE'], { subject: '0f000000-0000-4000-8000-000000000002' });
const HEAD = testCaller(['HEAD'], { subject: '0e000000-0000-4000-8000-000000000003' });

const FINANCE_TABLES = [
  'finance_period',
  'finance_budget_line',
  'finance_levy_invoice',
  'finance_levy_payment',
  'finance_other_income',
  'finance_expense',
  'finance_audit_entry',
];

type UserErrors = Array<{ field: string | null; code: string; message: string }>;

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('partners-governance finance', () => {
  let sg: TestSubgraph;

  /** Runs a request that must not fail as a whole. */
  async function ok<T>(
    query: string,
    variables: Record<string, unknown> = {},
    caller = COORDINATOR,
  ): Promise<T> {
    const res = await sg.query<T>(query, variables, caller);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data!;
  }

  /** Runs a mutation that must answer with its payload; returns the payload. */
  async function mutate(
    name: string,
    args: string,
    selection: string,
    variables: Record<string, unknown>,
    caller = COORDINATOR,
  ): Promise<Record<string, unknown> & { errors: UserErrors }> {
    const data = await ok<Record<string, Record<string, unknown> & { errors: UserErrors }>>(
      `mutation(${args}) { ${name}(${args
        .split(',')
        .map((a) => a.trim().split(':')[0].slice(1))
        .map((v) => `${v}: $${v}`)
        .join(', ')}) { ${selection} errors { field code message } } }`,
      variables,
      caller,
    );
    return data[name];
  }

  /** Every finance table's content, to prove nothing changed. */
  async function fingerprint(): Promise<Record<string, string>> {
    const out: Record<string, string> = {};
    for (const t of FINANCE_TABLES) {
      const [{ h }] = (await sg.running.dataSource.query(
        `SELECT count(*) || ':' || coalesce(md5(string_agg(x::text, '|' ORDER BY x::text)), '') AS h FROM ${t} x`,
      )) as Array<{ h: string }>;
      out[t] = h;
    }
    return out;
  }

  async function createPartner(name: string): Promise<string> {
    const d = await ok<{ createPartner: { partner: { id: string } } }>(
      `mutation($input: CreatePartnerInput!) { createPartner(input: $input) { partner { id } errors { code } } }`,
      { input: { name, kind: 'STATE', town: 'Dover' } },
    );
    return d.createPartner.partner.id;
  }

  async function openYear(academicYear: string, startYear: number, caller = COORDINATOR) {
    const r = await mutate(
      'createFinancePeriod',
      '$input: CreateFinancePeriodInput!',
      'period { id academicYear status }',
      { input: { academicYear, startsOn: `${startYear}-09-01`, endsOn: `${startYear + 1}-08-31` } },
      caller,
    );
    expect(r.errors).toEqual([]);
    return (r.period as { id: string }).id;
  }

  const line = (academicYear: string, code: string, budgetedPence: number, caller = COORDINATOR) =>
    mutate(
      'createBudgetLine',
      '$input: CreateBudgetLineInput!',
      'budgetLine { id code budgetedPence academicYear }',
      { input: { academicYear, code, name: `Line ${code}`, budgetedPence } },
      caller,
    );
  const invoice = (
    academicYear: string,
    partnerId: string,
    reference: string,
    amountPence: number,
    caller = COORDINATOR,
  ) =>
    mutate(
      'createLevyInvoice',
      '$input: CreateLevyInvoiceInput!',
      'levyInvoice { id amountPence paidPence outstandingPence status }',
      {
        input: {
          academicYear,
          partnerId,
          reference,
          amountPence,
          issuedOn: '2026-09-15',
          dueOn: '2026-10-15',
        },
      },
      caller,
    );
  const payment = (invoiceId: string, amountPence: number, caller = COORDINATOR) =>
    mutate(
      'recordLevyPayment',
      '$input: RecordLevyPaymentInput!',
      'levyPayment { id amountPence }',
      { input: { invoiceId, amountPence, paidOn: '2026-10-01', method: 'BANK_TRANSFER' } },
      caller,
    );
  const income = (
    academicYear: string,
    amountPence: number,
    restrictedPurpose: string | null,
    source = 'GRANT',
    caller = COORDINATOR,
  ) =>
    mutate(
      'recordOtherIncome',
      '$input: RecordOtherIncomeInput!',
      'otherIncome { id amountPence restricted }',
      {
        input: {
          academicYear,
          source,
          description: 'Kent Community Foundation',
          amountPence,
          receivedOn: `${academicYear.slice(0, 4)}-11-01`,
          restricted: restrictedPurpose !== null,
          restrictedPurpose,
        },
      },
      caller,
    );
  const expense = (
    budgetLineId: string,
    amountPence: number,
    status: 'COMMITTED' | 'PAID',
    caller = COORDINATOR,
    incurredOn = '2026-12-01',
  ) =>
    mutate(
      'recordExpense',
      '$input: RecordExpenseInput!',
      'expense { id amountPence status budgetLine { code } }',
      {
        input: {
          budgetLineId,
          amountPence,
          incurredOn,
          payee: 'Stagecoach South East',
          description: 'Coach to the choir festival',
          status,
        },
      },
      caller,
    );
  const idOf = (payload: Record<string, unknown>, field: string) =>
    (payload[field] as { id: string }).id;

  let partnerA: string;
  let partnerB: string;
  let partnerC: string;

  beforeAll(async () => {
    sg = await startTestSubgraph(partnersGovernanceModule, {
      topicPrefix: uniqueTopicPrefix(),
      cleanTopics: true,
    });
    partnerA = await createPartner('Finance Test School A');
    partnerB = await createPartner('Finance Test School B');
    partnerC = await createPartner('Finance Test School C');
  });
  afterAll(async () => {
    await sg?.stop();
  });

  it('reports a year whose every total follows from its levies, payments, income and expenses', async () => {
    const year = '2026-27';
    await openYear(year, 2026);
    const lines = { SALARY: 1_800_000, TRANSPORT: 300_000, CHOIR: 50_000, CONTINGENCY: 25_000 };
    const lineIds: Record<string, string> = {};
    for (const [code, pence] of Object.entries(lines)) {
      const r = await line(year, code, pence, TREASURER);
      expect(r.errors).toEqual([]);
      lineIds[code] = idOf(r, 'budgetLine');
    }
    const invoices = [
      { partner: partnerA, ref: 'LEVY-26-A', amount: 500_000, payments: [500_000] },
      { partner: partnerB, ref: 'LEVY-26-B', amount: 500_000, payments: [200_000, 100_001] },
      { partner: partnerC, ref: 'LEVY-26-C', amount: 350_000, payments: [] },
    ];
    const invoiceIds: string[] = [];
    for (const i of invoices) {
      const r = await invoice(year, i.partner, i.ref, i.amount, TREASURER);
      expect(r.errors).toEqual([]);
      invoiceIds.push(idOf(r, 'levyInvoice'));
      for (const p of i.payments)
        expect((await payment(idOf(r, 'levyInvoice'), p)).errors).toEqual([]);
    }
    const incomes = [
      { pence: 400_000, purpose: 'Choir tour to Lille' },
      { pence: 12_345, purpose: null },
    ];
    for (const i of incomes) expect((await income(year, i.pence, i.purpose)).errors).toEqual([]);
    const expenses = [
      { code: 'SALARY', pence: 900_000, status: 'PAID' as const },
      { code: 'SALARY', pence: 900_000, status: 'COMMITTED' as const },
      { code: 'TRANSPORT', pence: 120_050, status: 'PAID' as const },
      { code: 'TRANSPORT', pence: 200_000, status: 'COMMITTED' as const },
      { code: 'CHOIR', pence: 7_999, status: 'PAID' as const },
    ];
    for (const e of expenses)
      expect((await expense(lineIds[e.code], e.pence, e.status, TREASURER)).errors).toEqual([]);

    const { financeReport: r } = await ok<{
      financeReport: {
        periodStatus: string;
        lines: Array<{
          budgetLine: { code: string };
          budgetedPence: number;
          committedPence: number;
          actualPence: number;
          remainingPence: number;
        }>;
        totals: Record<string, number>;
        levies: Array<{
          partner: { id: string; name: string };
          invoicedPence: number;
          receivedPence: number;
          outstandingPence: number;
        }>;
        levyTotals: Record<string, number>;
        otherIncome: {
          restrictedPence: number;
          unrestrictedPence: number;
          totalPence: number;
          bySource: Array<{ source: string; amountPence: number }>;
        };
        incomeReceivedPence: number;
        expensesPaidPence: number;
        expensesCommittedPence: number;
        balancePence: number;
        csv: string;
      };
    }>(
      `query($y: String!) { financeReport(academicYear: $y) {
        periodStatus
        lines { budgetLine { code } budgetedPence committedPence actualPence remainingPence }
        totals { budgetedPence committedPence actualPence remainingPence }
        levies { partner { id name } invoicedPence receivedPence outstandingPence }
        levyTotals { invoicedPence receivedPence outstandingPence }
        otherIncome { restrictedPence unrestrictedPence totalPence bySource { source amountPence } }
        incomeReceivedPence expensesPaidPence expensesCommittedPence balancePence csv } }`,
      { y: year },
      HEAD,
    );

    expect(r.periodStatus).toBe('OPEN');
    for (const [code, budgeted] of Object.entries(lines)) {
      const mine = expenses.filter((e) => e.code === code);
      const committed = sum(mine.filter((e) => e.status === 'COMMITTED').map((e) => e.pence));
      const actual = sum(mine.filter((e) => e.status === 'PAID').map((e) => e.pence));
      expect(r.lines.find((l) => l.budgetLine.code === code)).toEqual({
        budgetLine: { code },
        budgetedPence: budgeted,
        committedPence: committed,
        actualPence: actual,
        remainingPence: budgeted - committed - actual,
      });
    }
    const paid = sum(expenses.filter((e) => e.status === 'PAID').map((e) => e.pence));
    const committed = sum(expenses.filter((e) => e.status === 'COMMITTED').map((e) => e.pence));
    const budgeted = sum(Object.values(lines));
    expect(r.totals).toEqual({
      budgetedPence: budgeted,
      committedPence: committed,
      actualPence: paid,
      remainingPence: budgeted - committed - paid,
    });
    for (const i of invoices)
      expect(r.levies.find((l) => l.partner.id === i.partner)).toMatchObject({
        invoicedPence: i.amount,
        receivedPence: sum(i.payments),
        outstandingPence: i.amount - sum(i.payments),
      });
    const invoiced = sum(invoices.map((i) => i.amount));
    const received = sum(invoices.flatMap((i) => i.payments));
    expect(r.levyTotals).toEqual({
      invoicedPence: invoiced,
      receivedPence: received,
      outstandingPence: invoiced - received,
    });
    const otherTotal = sum(incomes.map((i) => i.pence));
    expect(r.otherIncome).toEqual({
      restrictedPence: 400_000,
      unrestrictedPence: 12_345,
      totalPence: otherTotal,
      bySource: [{ source: 'GRANT', amountPence: otherTotal }],
    });
    expect(r.incomeReceivedPence).toBe(received + otherTotal);
    expect(r.expensesPaidPence).toBe(paid);
    expect(r.expensesCommittedPence).toBe(committed);
    expect(r.balancePence).toBe(received + otherTotal - paid);

    // The CSV carries the same figures.
    const csv = r.csv.trim().split('\n');
    const balance = received + otherTotal - paid;
    expect(csv[0]).toBe('section,key,name,measure,pence,pounds');
    // Test-side formatting only (small amounts, so toFixed is exact here).
    const pounds = (p: number) => (p / 100).toFixed(2);
    expect(csv).toContain(`balance,BALANCE,Balance ${year},balance,${balance},${pounds(balance)}`);
    expect(csv).toContain(
      `levy_total,TOTAL,All partners,outstanding,${invoiced - received},${pounds(invoiced - received)}`,
    );
    expect(csv).toContain(`budget,TRANSPORT,Line TRANSPORT,remaining,-20050,-200.50`);

    // Invoice statuses are derived from their payments.
    const { financePeriod } = await ok<{
      financePeriod: { levyInvoices: Array<{ reference: string; status: string }> };
    }>(`{ financePeriod(academicYear: "${year}") { levyInvoices { reference status } } }`);
    expect(financePeriod.levyInvoices).toEqual([
      { reference: 'LEVY-26-A', status: 'PAID' },
      { reference: 'LEVY-26-B', status: 'PART_PAID' },
      { reference: 'LEVY-26-C', status: 'UNPAID' },
    ]);
  });

  it('refuses every kind of change in a closed period with PERIOD_CLOSED, and changes nothing', async () => {
    const year = '2025-26';
    await openYear(year, 2025);
    const l = idOf(await line(year, 'EVENTS', 100_000), 'budgetLine');
    const inv = idOf(await invoice(year, partnerA, 'LEVY-25-A', 400_000), 'levyInvoice');
    const pay = idOf(await payment(inv, 100_000), 'levyPayment');
    const inc = idOf(await income(year, 5_000, null, 'FUNDRAISING'), 'otherIncome');
    const exp = idOf(await expense(l, 2_500, 'COMMITTED', COORDINATOR, '2025-12-01'), 'expense');

    const closed = await mutate(
      'closeFinancePeriod',
      '$academicYear: String!',
      'period { status closedAt }',
      { academicYear: year },
      TREASURER,
    );
    expect(closed.errors).toEqual([]);
    expect(closed.period).toMatchObject({ status: 'CLOSED' });
    const before = await fingerprint();

    const attempts: Array<[string, Promise<{ errors: UserErrors }>]> = [
      ['create line', line(year, 'NEW', 1)],
      [
        'update line',
        mutate(
          'updateBudgetLine',
          '$id: ID!, $input: UpdateBudgetLineInput!',
          'budgetLine { id }',
          {
            id: l,
            input: { budgetedPence: 1 },
          },
        ),
      ],
      ['delete line', mutate('deleteBudgetLine', '$id: ID!', 'deletedId', { id: l })],
      ['create invoice', invoice(year, partnerB, 'LEVY-25-B', 1_000)],
      [
        'update invoice',
        mutate(
          'updateLevyInvoice',
          '$id: ID!, $input: UpdateLevyInvoiceInput!',
          'levyInvoice { id }',
          { id: inv, input: { amountPence: 450_000 } },
        ),
      ],
      ['delete invoice', mutate('deleteLevyInvoice', '$id: ID!', 'deletedId', { id: inv })],
      ['record payment', payment(inv, 1_000)],
      [
        'update payment',
        mutate(
          'updateLevyPayment',
          '$id: ID!, $input: UpdateLevyPaymentInput!',
          'levyPayment { id }',
          { id: pay, input: { amountPence: 99_000 } },
        ),
      ],
      ['delete payment', mutate('deleteLevyPayment', '$id: ID!', 'deletedId', { id: pay })],
      ['record income', income(year, 1_000, null)],
      [
        'update income',
        mutate(
          'updateOtherIncome',
          '$id: ID!, $input: UpdateOtherIncomeInput!',
          'otherIncome { id }',
          { id: inc, input: { amountPence: 6_000 } },
        ),
      ],
      ['delete income', mutate('deleteOtherIncome', '$id: ID!', 'deletedId', { id: inc })],
      ['record expense', expense(l, 1_000, 'PAID')],
      [
        'update expense',
        mutate('updateExpense', '$id: ID!, $input: UpdateExpenseInput!', 'expense { id }', {
          id: exp,
          input: { status: 'PAID' },
        }),
      ],
      ['delete expense', mutate('deleteExpense', '$id: ID!', 'deletedId', { id: exp })],
      [
        'close again',
        mutate('closeFinancePeriod', '$academicYear: String!', 'period { id }', {
          academicYear: year,
        }),
      ],
    ];
    for (const [what, attempt] of attempts) {
      const r = await attempt;
      expect({ what, codes: r.errors.map((e) => e.code) }).toEqual({
        what,
        codes: ['PERIOD_CLOSED'],
      });
    }
    expect(await fingerprint()).toEqual(before);

    // Reopening is the coordinator's alone, needs a reason, and is audited with it.
    const byTreasurer = await sg.query(
      `mutation { reopenFinancePeriod(academicYear: "${year}", reason: "auditor's correction") { errors { code } } }`,
      {},
      TREASURER,
    );
    expect(byTreasurer.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const noReason = await mutate(
      'reopenFinancePeriod',
      '$academicYear: String!, $reason: String!',
      'period { status }',
      { academicYear: year, reason: ' ' },
    );
    expect(noReason.errors.map((e) => [e.code, e.field])).toEqual([['INVALID', 'reason']]);
    expect(await fingerprint()).toEqual(before);
    const reopened = await mutate(
      'reopenFinancePeriod',
      '$academicYear: String!, $reason: String!',
      'period { status closedAt }',
      { academicYear: year, reason: "auditor's correction" },
    );
    expect(reopened).toMatchObject({ period: { status: 'OPEN', closedAt: null }, errors: [] });
    const [entry] = (await sg.running.dataSource.query(
      `SELECT actor_id, actor_roles, after FROM finance_audit_entry WHERE action = 'REOPEN'`,
    )) as Array<{ actor_id: string; actor_roles: string[]; after: { reopenReason: string } }>;
    expect(entry).toMatchObject({
      actor_id: COORDINATOR.subject,
      actor_roles: ['COORDINATOR'],
      after: { reopenReason: "auditor's correction", status: 'OPEN' },
    });
    // Open again, the same change goes through.
    expect((await line(year, 'NEW', 1)).errors).toEqual([]);
  });

  it('writes every finance change to the audit log with who, what, before and after', async () => {
    const year = '2024-25';
    const periodId = await openYear(year, 2024, TREASURER);
    const l = idOf(await line(year, 'TRIPS', 10_000, TREASURER), 'budgetLine');
    const upd = await mutate(
      'updateBudgetLine',
      '$id: ID!, $input: UpdateBudgetLineInput!',
      'budgetLine { id name budgetedPence }',
      { id: l, input: { budgetedPence: 12_500 } },
      TREASURER,
    );
    expect(upd).toMatchObject({ budgetLine: { budgetedPence: 12_500, name: 'Line TRIPS' } });
    const inv = idOf(await invoice(year, partnerB, 'LEVY-24-B', 9_000, TREASURER), 'levyInvoice');
    const pay = idOf(await payment(inv, 4_000, TREASURER), 'levyPayment');
    await mutate(
      'updateLevyPayment',
      '$id: ID!, $input: UpdateLevyPaymentInput!',
      'levyPayment { id }',
      { id: pay, input: { method: 'CHEQUE' } },
      TREASURER,
    );
    await mutate('deleteLevyPayment', '$id: ID!', 'deletedId', { id: pay }, TREASURER);
    await mutate('deleteLevyInvoice', '$id: ID!', 'deletedId', { id: inv }, TREASURER);
    const inc = idOf(
      await income(year, 700, 'Bake-off prizes', 'SPONSORSHIP', TREASURER),
      'otherIncome',
    );
    await mutate(
      'updateOtherIncome',
      '$id: ID!, $input: UpdateOtherIncomeInput!',
      'otherIncome { id restricted }',
      { id: inc, input: { restricted: false, restrictedPurpose: null } },
      TREASURER,
    );
    const exp = idOf(await expense(l, 3_000, 'COMMITTED', TREASURER, '2024-12-01'), 'expense');
    await mutate(
      'updateExpense',
      '$id: ID!, $input: UpdateExpenseInput!',
      'expense { id status }',
      { id: exp, input: { status: 'PAID' } },
      TREASURER,
    );
    await mutate('deleteExpense', '$id: ID!', 'deletedId', { id: exp }, TREASURER);
    await mutate('deleteOtherIncome', '$id: ID!', 'deletedId', { id: inc }, TREASURER);
    await mutate('deleteBudgetLine', '$id: ID!', 'deletedId', { id: l }, TREASURER);
    await mutate(
      'closeFinancePeriod',
      '$academicYear: String!',
      'period { id }',
      {
        academicYear: year,
      },
      TREASURER,
    );
    await mutate(
      'reopenFinancePeriod',
      '$academicYear: String!, $reason: String!',
      'period { id }',
      { academicYear: year, reason: 'late invoice' },
    );

    const expected = [
      ['CREATE', 'PERIOD', periodId],
      ['CREATE', 'BUDGET_LINE', l],
      ['UPDATE', 'BUDGET_LINE', l],
      ['CREATE', 'LEVY_INVOICE', inv],
      ['CREATE', 'LEVY_PAYMENT', pay],
      ['UPDATE', 'LEVY_PAYMENT', pay],
      ['DELETE', 'LEVY_PAYMENT', pay],
      ['DELETE', 'LEVY_INVOICE', inv],
      ['CREATE', 'OTHER_INCOME', inc],
      ['UPDATE', 'OTHER_INCOME', inc],
      ['CREATE', 'EXPENSE', exp],
      ['UPDATE', 'EXPENSE', exp],
      ['DELETE', 'EXPENSE', exp],
      ['DELETE', 'OTHER_INCOME', inc],
      ['DELETE', 'BUDGET_LINE', l],
      ['CLOSE', 'PERIOD', periodId],
      ['REOPEN', 'PERIOD', periodId],
    ];

    // Read it as the Finance Group would, in pages of 5, through the graph.
    type Entry = {
      id: string;
      at: string;
      actorId: string;
      actor: { id: string } | null;
      actorRoles: string[];
      action: string;
      entityType: string;
      entityId: string;
      academicYear: string;
      before: string | null;
      after: string | null;
    };
    const entries: Entry[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page++) {
      const d: {
        financeAuditLog: {
          edges: Array<{ node: Entry }>;
          pageInfo: { hasNextPage: boolean; endCursor: string | null };
        };
      } = await ok(
        `query($y: String!, $after: String) { financeAuditLog(academicYear: $y, first: 5, after: $after) {
          edges { cursor node { id at actorId actor { id } actorRoles action entityType entityId academicYear before after } }
          pageInfo { hasNextPage endCursor } } }`,
        { y: year, after },
        HEAD,
      );
      entries.push(...d.financeAuditLog.edges.map((e) => e.node));
      if (!d.financeAuditLog.pageInfo.hasNextPage) break;
      after = d.financeAuditLog.pageInfo.endCursor;
    }
    expect(entries.map((e) => [e.action, e.entityType, e.entityId])).toEqual(expected);
    expect(entries.every((e) => e.academicYear === year)).toBe(true);
    expect(entries.slice(0, -1).every((e) => e.actorId === TREASURER.subject)).toBe(true);
    expect(entries.slice(0, -1).every((e) => e.actorRoles.join() === 'FINANCE')).toBe(true);
    expect(entries.at(-1)!.actorId).toBe(COORDINATOR.subject);
    expect(entries[0].actor).toEqual({ id: TREASURER.subject });

    const json = (s: string | null) =>
      s === null ? null : (JSON.parse(s) as Record<string, unknown>);
    const lineUpdate = entries[2];
    expect(json(lineUpdate.before)).toMatchObject({ id: l, code: 'TRIPS', budgetedPence: 10_000 });
    expect(json(lineUpdate.after)).toMatchObject({ id: l, code: 'TRIPS', budgetedPence: 12_500 });
    expect(json(entries[0].before)).toBeNull();
    const expenseUpdate = entries[11];
    expect(json(expenseUpdate.before)).toMatchObject({ status: 'COMMITTED', amountPence: 3_000 });
    expect(json(expenseUpdate.after)).toMatchObject({ status: 'PAID', amountPence: 3_000 });
    const paymentDelete = entries[6];
    expect(json(paymentDelete.before)).toMatchObject({
      id: pay,
      method: 'CHEQUE',
      amountPence: 4_000,
    });
    expect(paymentDelete.after).toBeNull();

    // Filtered by kind of record.
    const onlyLines = await ok<{
      financeAuditLog: { edges: Array<{ node: { entityType: string } }> };
    }>(
      `{ financeAuditLog(academicYear: "${year}", entityType: BUDGET_LINE) { edges { node { entityType } } } }`,
      {},
      TREASURER,
    );
    expect(onlyLines.financeAuditLog.edges).toHaveLength(3);
  });

  it('takes concurrent payments on one invoice only while they fit (no overpayment by a race)', async () => {
    const year = '2023-24';
    await openYear(year, 2023);
    const inv = idOf(await invoice(year, partnerA, 'LEVY-23-A', 10_000), 'levyInvoice');
    const results = await Promise.all([1, 2, 3, 4, 5].map(() => payment(inv, 3_000, TREASURER)));
    const codes = results.map((r) => r.errors.map((e) => e.code).join() || 'PAID').sort();
    expect(codes).toEqual(['OVERPAYMENT', 'OVERPAYMENT', 'PAID', 'PAID', 'PAID']);
    const [{ paid }] = (await sg.running.dataSource.query(
      `SELECT sum(amount_pence)::int AS paid FROM finance_levy_payment WHERE invoice_id = $1`,
      [inv],
    )) as Array<{ paid: number }>;
    expect(paid).toBe(9_000);
    const { financePeriod } = await ok<{
      financePeriod: {
        levyInvoices: Array<{ paidPence: number; outstandingPence: number; status: string }>;
        expenses: unknown[];
      };
    }>(
      `{ financePeriod(academicYear: "${year}") { levyInvoices { paidPence outstandingPence status } expenses(budgetLineId: "not-an-id") { id } } }`,
    );
    expect(financePeriod).toEqual({
      levyInvoices: [{ paidPence: 9_000, outstandingPence: 1_000, status: 'PART_PAID' }],
      expenses: [],
    });
  });

  it('does not let a change commit into a period closed while it was waiting', async () => {
    const year = '2022-23';
    await openYear(year, 2022);
    const ds = sg.running.dataSource;
    const auditBefore = await fingerprint();
    // A close in flight: it holds the period row FOR UPDATE, as closeFinancePeriod does.
    const closing = ds.createQueryRunner();
    await closing.connect();
    try {
      await closing.startTransaction();
      await closing.query(`SELECT id FROM finance_period WHERE academic_year = $1 FOR UPDATE`, [
        year,
      ]);
      const change = line(year, 'RACE', 1, TREASURER);
      await eventually(async () => {
        const [{ n }] = (await ds.query(
          `SELECT count(*)::int AS n FROM pg_stat_activity
           WHERE datname = current_database() AND wait_event_type = 'Lock'`,
        )) as Array<{ n: number }>;
        return n > 0;
      });
      await closing.query(
        `UPDATE finance_period SET status = 'CLOSED', closed_at = now() WHERE academic_year = $1`,
        [year],
      );
      await closing.commitTransaction();
      expect((await change).errors.map((e) => e.code)).toEqual(['PERIOD_CLOSED']);
    } finally {
      await closing.release();
    }
    const after = await fingerprint();
    expect(after.finance_budget_line).toBe(auditBefore.finance_budget_line);
    expect(after.finance_audit_entry).toBe(auditBefore.finance_audit_entry);
  });

  it('refuses UPDATE, DELETE and TRUNCATE on the audit log in the database itself', async () => {
    const ds = sg.running.dataSource;
    const count = async () =>
      (
        (await ds.query(`SELECT count(*)::int AS n FROM finance_audit_entry`)) as Array<{
          n: number;
        }>
      )[0].n;
    const n = await count();
    expect(n).toBeGreaterThan(0);
    const before = await fingerprint();
    await expect(
      ds.query(`UPDATE finance_audit_entry SET actor_id = 'someone else'`),
    ).rejects.toThrow(/append-only: UPDATE refused/);
    await expect(ds.query(`DELETE FROM finance_audit_entry`)).rejects.toThrow(
      /append-only: DELETE refused/,
    );
    await expect(
      ds.query(
        `DELETE FROM finance_audit_entry WHERE id = (SELECT max(id) FROM finance_audit_entry)`,
      ),
    ).rejects.toThrow(/append-only/);
    await expect(ds.query(`TRUNCATE finance_audit_entry`)).rejects.toThrow(
      /append-only: TRUNCATE refused/,
    );
    expect(await count()).toBe(n);
    expect(await fingerprint()).toEqual(before);

    // A row cannot be backdated past the retention period to make it deletable: the database
    // stamps `at` itself.
    await ds.query(
      `INSERT INTO finance_audit_entry (at, actor_id, actor_kind, actor_roles, action, entity_type, entity_id, period_id)
       VALUES ('2000-01-01', 'x', 'person', '{}', 'CREATE', 'PERIOD', gen_random_uuid(), gen_random_uuid())`,
    );
    const [{ recent }] = (await ds.query(
      `SELECT at > now() - interval '1 hour' AS recent FROM finance_audit_entry ORDER BY id DESC LIMIT 1`,
    )) as Array<{ recent: boolean }>;
    expect(recent).toBe(true);
    await expect(ds.query(`DELETE FROM finance_audit_entry WHERE actor_id = 'x'`)).rejects.toThrow(
      /append-only/,
    );
  });

  it('lets the retention job delete only entries past the seven-year retention period', async () => {
    const ds = sg.running.dataSource;
    // Only the table owner switching the stamp off can plant an old row: no code path can.
    await ds.query(`ALTER TABLE finance_audit_entry DISABLE TRIGGER finance_audit_entry_stamp`);
    try {
      await ds.query(
        `INSERT INTO finance_audit_entry (at, actor_id, actor_kind, actor_roles, action, entity_type, entity_id, period_id)
         VALUES (now() - interval '2600 days', 'old', 'person', '{FINANCE}', 'CREATE', 'PERIOD', gen_random_uuid(), gen_random_uuid()),
                (now() - interval '2000 days', 'kept', 'person', '{FINANCE}', 'CREATE', 'PERIOD', gen_random_uuid(), gen_random_uuid())`,
      );
    } finally {
      await ds.query(`ALTER TABLE finance_audit_entry ENABLE TRIGGER finance_audit_entry_stamp`);
    }
    const total = async () =>
      (
        (await ds.query(`SELECT count(*)::int AS n FROM finance_audit_entry`)) as Array<{
          n: number;
        }>
      )[0].n;
    const n = await total();
    const affected = await applyRetention(ds, partnersGovernanceModule.dataPolicies, new Date());
    expect(affected.finance_audit_entry).toBe(1);
    expect(await total()).toBe(n - 1);
    const left = (await ds.query(
      `SELECT actor_id FROM finance_audit_entry WHERE actor_id IN ('old', 'kept')`,
    )) as Array<{ actor_id: string }>;
    expect(left).toEqual([{ actor_id: 'kept' }]);
  });

  it('answers bad input with typed errors and changes nothing', async () => {
    const year = '2027-28';
    await openYear(year, 2027);
    const l = idOf(await line(year, 'VENUES', 20_000), 'budgetLine');
    const inv = idOf(await invoice(year, partnerC, 'LEVY-27-C', 10_000), 'levyInvoice');
    expect((await payment(inv, 6_000)).errors).toEqual([]);
    const before = await fingerprint();
    const missing = '00000000-0000-4000-8000-00000000beef';

    const cases: Array<[string, Promise<{ errors: UserErrors }>, Array<[string, string | null]>]> =
      [
        ['negative budget', line(year, 'NEG', -1), [['INVALID', 'budgetedPence']]],
        ['fractional budget', line(year, 'FRAC', 100.5), [['INVALID', 'budgetedPence']]],
        ['absurd budget', line(year, 'HUGE', 1e12), [['INVALID', 'budgetedPence']]],
        ['bad code', line(year, 'bad code', 1), [['INVALID', 'code']]],
        ['duplicate code', line(year, 'VENUES', 1), [['FINANCE_DUPLICATE', 'code']]],
        ['unknown year', line('2031-32', 'X', 1), [['NOT_FOUND', 'academicYear']]],
        ['zero invoice', invoice(year, partnerA, 'LEVY-27-Z', 0), [['INVALID', 'amountPence']]],
        ['unknown partner', invoice(year, missing, 'LEVY-27-X', 100), [['NOT_FOUND', 'partnerId']]],
        [
          'duplicate reference',
          invoice(year, partnerA, 'levy-27-c', 100),
          [['FINANCE_DUPLICATE', 'reference']],
        ],
        ['overpayment', payment(inv, 4_001), [['OVERPAYMENT', 'amountPence']]],
        ['fractional payment', payment(inv, 0.5), [['INVALID', 'amountPence']]],
        ['unknown invoice', payment(missing, 100), [['NOT_FOUND', 'invoiceId']]],
        ['negative expense', expense(l, -500, 'PAID'), [['INVALID', 'amountPence']]],
        ['unknown budget line', expense(missing, 500, 'PAID'), [['NOT_FOUND', 'budgetLineId']]],
        [
          'expense outside its year',
          expense(l, 500, 'PAID', COORDINATOR, '2026-12-01'),
          [['INVALID', 'incurredOn']],
        ],
        [
          'restricted without purpose',
          mutate('recordOtherIncome', '$input: RecordOtherIncomeInput!', 'otherIncome { id }', {
            input: {
              academicYear: year,
              source: 'GRANT',
              description: 'A grant',
              amountPence: 100,
              receivedOn: '2027-10-01',
              restricted: true,
            },
          }),
          [['INVALID', 'restrictedPurpose']],
        ],
        [
          'invoice below what is paid',
          mutate(
            'updateLevyInvoice',
            '$id: ID!, $input: UpdateLevyInvoiceInput!',
            'levyInvoice { id }',
            { id: inv, input: { amountPence: 5_999 } },
          ),
          [['INVALID', 'amountPence']],
        ],
        [
          'unknown id to update',
          mutate('updateExpense', '$id: ID!, $input: UpdateExpenseInput!', 'expense { id }', {
            id: missing,
            input: { status: 'PAID' },
          }),
          [['NOT_FOUND', 'id']],
        ],
        [
          'not an id to delete',
          mutate('deleteBudgetLine', '$id: ID!', 'deletedId', { id: 'nope' }),
          [['NOT_FOUND', 'id']],
        ],
        [
          'invoice with payments',
          mutate('deleteLevyInvoice', '$id: ID!', 'deletedId', { id: inv }),
          [['IN_USE', 'id']],
        ],
        [
          'overlapping period',
          mutate('createFinancePeriod', '$input: CreateFinancePeriodInput!', 'period { id }', {
            input: { academicYear: '2028-29', startsOn: '2028-08-01', endsOn: '2029-07-31' },
          }),
          [['INVALID', 'startsOn']],
        ],
        [
          'year that does not follow',
          mutate('createFinancePeriod', '$input: CreateFinancePeriodInput!', 'period { id }', {
            input: { academicYear: '2029-31', startsOn: '2029-09-01', endsOn: '2030-08-31' },
          }),
          [['INVALID', 'academicYear']],
        ],
      ];
    for (const [what, attempt, expected] of cases) {
      const r = await attempt;
      expect({ what, errors: r.errors.map((e) => [e.code, e.field]) }).toEqual({
        what,
        errors: expected,
      });
    }
    // The overpayment names how far over it would go, and what is left to pay.
    expect((await payment(inv, 4_500)).errors[0].message).toBe(
      'would overpay the invoice by 500 pence (outstanding: 4000 pence)',
    );
    expect(await fingerprint()).toEqual(before);

    // A string where pence belong never reaches the rules: GraphQL refuses the request.
    const notANumber = await sg.query(
      `mutation { createBudgetLine(input: { academicYear: "${year}", code: "STR", name: "Strings", budgetedPence: "12.50" }) { errors { code } } }`,
    );
    expect(notANumber.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(await fingerprint()).toEqual(before);
  });

  describe('who may see and change finance', () => {
    const READ = `query { financePeriods { academicYear } }`;
    const REPORT = `query { financeReport(academicYear: "2026-27") { balancePence } }`;
    const AUDIT = `query { financeAuditLog(academicYear: "2026-27", first: 1) { edges { node { id } } } }`;
    const WRITE = `mutation { createBudgetLine(input: { academicYear: "2026-27", code: "ROLE-TEST", name: "Role test", budgetedPence: 1 }) { budgetLine { id } errors { code } } }`;
    const CLOSE = `mutation { closeFinancePeriod(academicYear: "2099-00") { errors { code } } }`;

    // R read + report, A audit log, W write, C close (asked of a year that does not exist, so an
    // allowed caller gets NOT_FOUND and nothing closes).
    const table: Array<[Role, string]> = [
      ['COORDINATOR', 'RAWC'],
      ['FINANCE', 'RAWC'],
      ['HEAD', 'RA'],
      ['CHAMPION', ''],
      ['TEACHER', ''],
      ['STUDENT', ''],
      ['AMBASSADOR', ''],
      ['ASSOCIATE', ''],
    ];
    it.each(table)('%s may do "%s"', async (role, may) => {
      const caller = testCaller([role], {
        subject: `0a000000-0000-4000-8000-0000000000${role.length}`,
      });
      const before = await fingerprint();
      const outcome = async (q: string) => {
        const r = await sg.query<Record<string, unknown>>(q, {}, caller);
        return r.errors?.[0]?.extensions?.code === 'FORBIDDEN'
          ? 'forbidden'
          : r.errors
            ? 'error'
            : 'allowed';
      };
      const expectOf = (letter: string) => (may.includes(letter) ? 'allowed' : 'forbidden');
      expect({
        read: await outcome(READ),
        report: await outcome(REPORT),
        audit: await outcome(AUDIT),
        write: await outcome(WRITE),
        close: await outcome(CLOSE),
      }).toEqual({
        read: expectOf('R'),
        report: expectOf('R'),
        audit: expectOf('A'),
        write: expectOf('W'),
        close: expectOf('C'),
      });
      if (!may.includes('W')) expect(await fingerprint()).toEqual(before);
      if (may.includes('W')) {
        // The allowed write created the line; remove it (audited) so each row starts equal.
        const [{ id }] = (await sg.running.dataSource.query(
          `SELECT id FROM finance_budget_line WHERE code = 'ROLE-TEST'`,
        )) as Array<{ id: string }>;
        expect(
          (await mutate('deleteBudgetLine', '$id: ID!', 'deletedId', { id }, caller)).errors,
        ).toEqual([]);
      }
    });

    it('never lets an API key (an associate partner system) read finance', async () => {
      const key = testCaller(['ASSOCIATE'], { kind: 'api-key', subject: 'key-1' });
      const r = await sg.query(READ, {}, key);
      expect(r.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(r.data).toEqual({ financePeriods: null });
    });
  });
});
