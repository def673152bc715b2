import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { devUserToken, gql, sharedTestStack } from '@ekst/testing';
import type { TestStack } from '@ekst/testing';

/**
 * Finance through the gateway on the whole platform (real processes, Postgres, Kafka), as a
 * Finance Group member (the FINANCE role), the least-privileged role that keeps the books: open a
 * year, budget, invoice a partner's levy and take its payment, record an expense, read the
 * report and its CSV and the audit log, close the year — after which a change is refused with
 * PERIOD_CLOSED. A head reads but cannot write; a teacher and a champion see nothing; the FINANCE
 * role cannot reopen a year. On the worker's shared stack.
 */

interface UserErr {
  code: string;
  field: string | null;
  message: string;
}
const ERRORS = 'errors { code field message }';
const codesOf = (errors: ReadonlyArray<{ extensions?: Record<string, unknown> }> | undefined) =>
  (errors ?? []).map((e) => e.extensions?.code);

describe('finance through the gateway', () => {
  const run = randomBytes(3).toString('hex');
  // the worker's shared platform (default configuration): this file keeps to its own data
  let stack: TestStack;
  let coordinator: string;
  let treasurer: string;
  const treasurerId = '00000000-0000-4000-8000-0000000014f1';

  const q = <T>(token: string | null, query: string, variables?: Record<string, unknown>) =>
    gql<T>(stack.gatewayUrl, token, query, variables);

  beforeAll(async () => {
    stack = await sharedTestStack();
    coordinator = await devUserToken({
      sub: '00000000-0000-4000-8000-0000000014c0',
      roles: ['COORDINATOR'],
    });
    treasurer = await devUserToken({ sub: treasurerId, roles: ['FINANCE'] });
  }, 120000);

  async function auditRows(): Promise<number> {
    const c = new Client({ connectionString: stack.databaseUrlOf('partners-governance') });
    await c.connect();
    try {
      return (await c.query<{ n: number }>(`SELECT count(*)::int AS n FROM finance_audit_entry`))
        .rows[0].n;
    } finally {
      await c.end();
    }
  }

  it('a Finance Group member keeps a year’s books; others see or do only what they may', async () => {
    const partner = await q<{ createPartner: { partner: { id: string } } }>(
      coordinator,
      `mutation($input: CreatePartnerInput!) { createPartner(input: $input) { partner { id } ${ERRORS} } }`,
      { input: { name: `Sandwich Technology School ${run}`, kind: 'STATE', town: 'Sandwich' } },
    );
    const partnerId = partner.data!.createPartner.partner.id;
    const year = '2026-27';

    const write = async <T>(name: string, query: string, variables: Record<string, unknown>) => {
      const r = await q<Record<string, T & { errors: UserErr[] }>>(treasurer, query, variables);
      expect(r.errors).toBeUndefined();
      expect(r.data![name].errors).toEqual([]);
      return r.data![name];
    };
    await write(
      'createFinancePeriod',
      `mutation($input: CreateFinancePeriodInput!) { createFinancePeriod(input: $input) { period { id } ${ERRORS} } }`,
      { input: { academicYear: year, startsOn: '2026-09-01', endsOn: '2027-08-31' } },
    );
    const line = await write<{ budgetLine: { id: string } }>(
      'createBudgetLine',
      `mutation($input: CreateBudgetLineInput!) { createBudgetLine(input: $input) { budgetLine { id } ${ERRORS} } }`,
      {
        input: { academicYear: year, code: 'TRANSPORT', name: 'Transport', budgetedPence: 450_000 },
      },
    );
    const invoice = await write<{ levyInvoice: { id: string } }>(
      'createLevyInvoice',
      `mutation($input: CreateLevyInvoiceInput!) { createLevyInvoice(input: $input) { levyInvoice { id } ${ERRORS} } }`,
      {
        input: {
          academicYear: year,
          partnerId,
          reference: `LEVY-${run}`,
          amountPence: 250_000,
          issuedOn: '2026-09-07',
          dueOn: '2026-10-31',
        },
      },
    );
    await write(
      'recordLevyPayment',
      `mutation($input: RecordLevyPaymentInput!) { recordLevyPayment(input: $input) { levyPayment { id } ${ERRORS} } }`,
      {
        input: {
          invoiceId: invoice.levyInvoice.id,
          amountPence: 100_000,
          paidOn: '2026-10-02',
          method: 'BANK_TRANSFER',
        },
      },
    );
    const expenseInput = {
      budgetLineId: line.budgetLine.id,
      amountPence: 84_000,
      incurredOn: '2026-10-10',
      payee: 'Stagecoach South East',
      description: 'Coaches to the Autumn TeachMeet',
      status: 'PAID',
    };
    const RECORD_EXPENSE = `mutation($input: RecordExpenseInput!) { recordExpense(input: $input) { expense { id } ${ERRORS} } }`;
    await write('recordExpense', RECORD_EXPENSE, { input: expenseInput });

    // A fractional amount through the gateway: a typed error naming the field, nothing written.
    const audited = await auditRows();
    const fractional = await q<{ recordExpense: { expense: null; errors: UserErr[] } }>(
      treasurer,
      RECORD_EXPENSE,
      { input: { ...expenseInput, amountPence: 840.5 } },
    );
    expect(fractional.data!.recordExpense.errors.map((e) => [e.code, e.field])).toEqual([
      ['INVALID', 'amountPence'],
    ]);
    expect(await auditRows()).toBe(audited);

    const REPORT = `query($y: String!) { financeReport(academicYear: $y) {
      totals { budgetedPence actualPence remainingPence }
      levies { partner { id name } invoicedPence receivedPence outstandingPence }
      incomeReceivedPence expensesPaidPence balancePence csv } }`;
    const report = await q<{
      financeReport: {
        totals: Record<string, number>;
        levies: Array<{ partner: { id: string; name: string }; outstandingPence: number }>;
        balancePence: number;
        csv: string;
      };
    }>(treasurer, REPORT, { y: year });
    expect(report.errors).toBeUndefined();
    expect(report.data!.financeReport.totals).toEqual({
      budgetedPence: 450_000,
      actualPence: 84_000,
      remainingPence: 366_000,
    });
    expect(report.data!.financeReport.levies).toEqual([
      expect.objectContaining({
        partner: { id: partnerId, name: `Sandwich Technology School ${run}` },
        outstandingPence: 150_000,
      }),
    ]);
    expect(report.data!.financeReport.balancePence).toBe(100_000 - 84_000);
    expect(report.data!.financeReport.csv).toContain(
      `balance,BALANCE,Balance ${year},balance,16000,160.00`,
    );

    const AUDIT = `query($y: String!) { financeAuditLog(academicYear: $y, first: 10) {
      edges { node { action entityType actorId actorRoles } } pageInfo { hasNextPage } } }`;
    const log = await q<{
      financeAuditLog: {
        edges: Array<{ node: { action: string; entityType: string; actorId: string } }>;
      };
    }>(treasurer, AUDIT, { y: year });
    expect(
      log.data!.financeAuditLog.edges.map((e) => `${e.node.action} ${e.node.entityType}`),
    ).toEqual([
      'CREATE PERIOD',
      'CREATE BUDGET_LINE',
      'CREATE LEVY_INVOICE',
      'CREATE LEVY_PAYMENT',
      'CREATE EXPENSE',
    ]);
    expect(log.data!.financeAuditLog.edges.every((e) => e.node.actorId === treasurerId)).toBe(true);

    // A head reads the report and the log but cannot write.
    const head = await devUserToken({
      sub: '00000000-0000-4000-8000-0000000014a1',
      roles: ['HEAD'],
      partnerId,
    });
    expect((await q(head, REPORT, { y: year })).errors).toBeUndefined();
    expect((await q(head, AUDIT, { y: year })).errors).toBeUndefined();
    expect(codesOf((await q(head, RECORD_EXPENSE, { input: expenseInput })).errors)).toEqual([
      'FORBIDDEN',
    ]);

    // A teacher and a champion of the same school see nothing of it.
    for (const role of ['TEACHER', 'CHAMPION'] as const) {
      const token = await devUserToken({
        sub: '00000000-0000-4000-8000-0000000014b1',
        roles: [role],
        partnerId,
      });
      const r = await q<{ financeReport: unknown }>(token, REPORT, { y: year });
      expect(codesOf(r.errors)).toEqual(['FORBIDDEN']);
      expect(r.data?.financeReport ?? null).toBeNull();
      expect(codesOf((await q(token, AUDIT, { y: year })).errors)).toEqual(['FORBIDDEN']);
      expect(codesOf((await q(token, RECORD_EXPENSE, { input: expenseInput })).errors)).toEqual([
        'FORBIDDEN',
      ]);
    }
    expect(await auditRows()).toBe(audited);

    // Closing the year: the next change is refused with PERIOD_CLOSED and writes nothing.
    await write(
      'closeFinancePeriod',
      `mutation($y: String!) { closeFinancePeriod(academicYear: $y) { period { status } ${ERRORS} } }`,
      { y: year },
    );
    const closedAudit = await auditRows();
    const refused = await q<{ recordExpense: { errors: UserErr[] } }>(treasurer, RECORD_EXPENSE, {
      input: expenseInput,
    });
    expect(refused.data!.recordExpense.errors.map((e) => e.code)).toEqual(['PERIOD_CLOSED']);
    const reopen = await q(
      treasurer,
      `mutation($y: String!) { reopenFinancePeriod(academicYear: $y, reason: "a late invoice") { ${ERRORS} } }`,
      { y: year },
    );
    expect(codesOf(reopen.errors)).toEqual(['FORBIDDEN']);
    expect(await auditRows()).toBe(closedAudit);
  });
});
