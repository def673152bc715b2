/**
 * Demo finance, loaded through the gateway as the coordinator would enter it (so every record
 * has its audit entries): a balanced 2026-27 — the budget lines add up to the levies and other
 * income planned — with a levy invoice per school partner, all paid but one, a grant held as a
 * restricted fund, and salary, events, transport and choir spending both paid and committed; and
 * the closed 2025-26 before it. Amounts are invented.
 *
 * Resumable like the rest of the demo: each record is looked up by natural key (period by year,
 * budget line by code, invoice by reference, income and expenses by description) and created
 * only when missing; a closed year is left alone.
 */

export type PartnerKind = 'STATE' | 'SELECTIVE' | 'INDEPENDENT' | 'UNIVERSITY' | 'ASSOCIATE';
export interface DemoFinancePartner {
  id: string;
  name: string;
  kind: PartnerKind;
}

export interface FinanceYearPlan {
  academicYear: string;
  startsOn: string;
  endsOn: string;
  close: boolean;
  lines: Array<{ code: string; name: string; budgetedPence: number }>;
  invoices: Array<{
    partnerId: string;
    reference: string;
    amountPence: number;
    issuedOn: string;
    dueOn: string;
    payments: Array<{ amountPence: number; paidOn: string; method: 'BANK_TRANSFER' | 'CHEQUE' }>;
  }>;
  income: Array<{
    source: 'FUNDRAISING' | 'GRANT' | 'SPONSORSHIP' | 'OTHER';
    description: string;
    amountPence: number;
    receivedOn: string;
    restrictedPurpose: string | null;
  }>;
  expenses: Array<{
    code: string;
    amountPence: number;
    incurredOn: string;
    payee: string;
    description: string;
    status: 'COMMITTED' | 'PAID';
  }>;
}

/** The levy a school pays each year: independent schools pay more (agreed in the MoU). */
export const LEVY_PENCE: Record<'STATE' | 'SELECTIVE' | 'INDEPENDENT', number> = {
  STATE: 250_000,
  SELECTIVE: 250_000,
  INDEPENDENT: 600_000,
};

const SALARY_MONTHLY = 183_333;

export function planFinanceDemo(partners: readonly DemoFinancePartner[]): FinanceYearPlan[] {
  const schools = partners.filter(
    (p): p is DemoFinancePartner & { kind: keyof typeof LEVY_PENCE } => p.kind in LEVY_PENCE,
  );
  const levies = schools.map((p, i) => ({
    partnerId: p.id,
    reference: `EKST-LEVY-2026-${String(i + 1).padStart(2, '0')}`,
    amountPence: LEVY_PENCE[p.kind],
    issuedOn: '2026-09-07',
    dueOn: '2026-10-31',
    // The last school has not paid yet: the one outstanding levy.
    payments:
      i === schools.length - 1
        ? []
        : [
            {
              amountPence: LEVY_PENCE[p.kind],
              paidOn: `2026-10-${String(1 + i * 3).padStart(2, '0')}`,
              method: i % 3 === 2 ? ('CHEQUE' as const) : ('BANK_TRANSFER' as const),
            },
          ],
  }));
  const income: FinanceYearPlan['income'] = [
    {
      source: 'GRANT',
      description: 'Kent Community Foundation: Rural Access Fund',
      amountPence: 600_000,
      receivedOn: '2026-11-12',
      restrictedPurpose: 'Transport for students from rural partner schools, and the choir tour',
    },
    {
      source: 'FUNDRAISING',
      description: 'Partnership Bake Off ticket sales',
      amountPence: 120_000,
      receivedOn: '2026-11-28',
      restrictedPurpose: null,
    },
  ];
  const income2026 = levies.reduce((a, l) => a + l.amountPence, 0) + 720_000;
  const salary = 12 * SALARY_MONTHLY;
  const fixed = { EVENTS: 500_000, TRANSPORT: 450_000, CHOIR: 250_000 };
  // The budget balances: the contingency takes what the other lines leave of the planned income.
  const contingency = income2026 - salary - fixed.EVENTS - fixed.TRANSPORT - fixed.CHOIR;
  if (contingency < 0)
    throw new Error('demo finance: the levies of these partners cannot balance the demo budget');
  const months = ['2026-09-30', '2026-10-30', '2026-11-30'];
  return [
    {
      academicYear: '2025-26',
      startsOn: '2025-09-01',
      endsOn: '2026-08-31',
      close: true,
      lines: [
        { code: 'COORDINATOR', name: 'Coordinator salary (part-time)', budgetedPence: salary },
        { code: 'EVENTS', name: 'Events programme', budgetedPence: 400_000 },
      ],
      invoices: schools.slice(0, 2).map((p, i) => ({
        partnerId: p.id,
        reference: `EKST-LEVY-2025-${String(i + 1).padStart(2, '0')}`,
        amountPence: LEVY_PENCE[p.kind],
        issuedOn: '2025-09-08',
        dueOn: '2025-10-31',
        payments: [
          { amountPence: LEVY_PENCE[p.kind], paidOn: '2025-10-20', method: 'BANK_TRANSFER' },
        ],
      })),
      income: [],
      expenses: [
        {
          code: 'EVENTS',
          amountPence: 85_000,
          incurredOn: '2026-03-14',
          payee: 'Canterbury Cathedral Lodge',
          description: 'Venue hire: Partnership Choir Festival 2026',
          status: 'PAID',
        },
      ],
    },
    {
      academicYear: '2026-27',
      startsOn: '2026-09-01',
      endsOn: '2027-08-31',
      close: false,
      lines: [
        { code: 'COORDINATOR', name: 'Coordinator salary (part-time)', budgetedPence: salary },
        { code: 'EVENTS', name: 'Events programme', budgetedPence: fixed.EVENTS },
        { code: 'TRANSPORT', name: 'Transport between partners', budgetedPence: fixed.TRANSPORT },
        { code: 'CHOIR', name: 'Partnership choir', budgetedPence: fixed.CHOIR },
        { code: 'CONTINGENCY', name: 'Contingency', budgetedPence: contingency },
      ],
      invoices: levies,
      income,
      expenses: [
        ...months.map((d, i) => ({
          code: 'COORDINATOR',
          amountPence: SALARY_MONTHLY,
          incurredOn: d,
          payee: 'East Kent Schools Together payroll',
          description: `Coordinator salary, month ${i + 1}`,
          status: 'PAID' as const,
        })),
        {
          code: 'COORDINATOR',
          amountPence: salary - months.length * SALARY_MONTHLY,
          incurredOn: '2026-12-01',
          payee: 'East Kent Schools Together payroll',
          description: 'Coordinator salary, December to August (contracted)',
          status: 'COMMITTED',
        },
        {
          code: 'EVENTS',
          amountPence: 65_000,
          incurredOn: '2026-10-10',
          payee: 'Folkestone Harbour Arm Events',
          description: 'Venue hire: Autumn TeachMeet',
          status: 'PAID',
        },
        {
          code: 'EVENTS',
          amountPence: 120_000,
          incurredOn: '2026-11-20',
          payee: 'Kent Outdoor Learning Trust',
          description: 'Outdoor learning day (ordered)',
          status: 'COMMITTED',
        },
        {
          code: 'TRANSPORT',
          amountPence: 84_000,
          incurredOn: '2026-10-10',
          payee: 'Stagecoach South East',
          description: 'Coaches to the Autumn TeachMeet',
          status: 'PAID',
        },
        {
          code: 'TRANSPORT',
          amountPence: 126_000,
          incurredOn: '2026-11-25',
          payee: 'Stagecoach South East',
          description: 'Coaches for the choir tour (booked)',
          status: 'COMMITTED',
        },
        {
          code: 'CHOIR',
          amountPence: 32_000,
          incurredOn: '2026-09-25',
          payee: 'Music Sales Ltd',
          description: 'Choir scores for the autumn term',
          status: 'PAID',
        },
      ],
    },
  ];
}

type Gql = <T>(
  query: string,
  variables?: Record<string, unknown>,
) => Promise<{ data?: T; errors?: unknown }>;

interface ExistingYear {
  status: 'OPEN' | 'CLOSED';
  budgetLines: Array<{ id: string; code: string }>;
  levyInvoices: Array<{ id: string; reference: string; payments: Array<{ id: string }> }>;
  otherIncome: Array<{ description: string }>;
  expenses: Array<{ description: string }>;
}

const READ_YEAR = `query($y: String!) { financePeriod(academicYear: $y) {
  status budgetLines { id code } levyInvoices { id reference payments { id } }
  otherIncome { description } expenses { description } } }`;

/** Loads the plan through the graph as the caller behind `q` (the coordinator); returns a summary. */
export async function seedFinanceDemo(
  q: Gql,
  partners: readonly DemoFinancePartner[],
): Promise<string> {
  let created = 0;
  const run = async (what: string, mutation: string, variables: Record<string, unknown>) => {
    const r = await q<Record<string, { errors: unknown[] }>>(mutation, variables);
    const payload = r.data ? Object.values(r.data)[0] : undefined;
    if (r.errors || !payload || payload.errors.length > 0)
      throw new Error(`demo seed: finance ${what}: ${JSON.stringify(r.errors ?? payload?.errors)}`);
    created += 1;
  };
  const read = async (y: string) => {
    const r = await q<{ financePeriod: ExistingYear | null }>(READ_YEAR, { y });
    if (r.errors || !r.data)
      throw new Error(`demo seed: reading finance ${y}: ${JSON.stringify(r.errors)}`);
    return r.data.financePeriod;
  };

  for (const year of planFinanceDemo(partners)) {
    let existing = await read(year.academicYear);
    if (existing?.status === 'CLOSED') continue;
    if (!existing) {
      await run(
        `period ${year.academicYear}`,
        `mutation($input: CreateFinancePeriodInput!) { createFinancePeriod(input: $input) { errors { code field message } } }`,
        {
          input: { academicYear: year.academicYear, startsOn: year.startsOn, endsOn: year.endsOn },
        },
      );
    }
    for (const l of year.lines)
      if (!existing?.budgetLines.some((x) => x.code === l.code))
        await run(
          `line ${l.code}`,
          `mutation($input: CreateBudgetLineInput!) { createBudgetLine(input: $input) { errors { code field message } } }`,
          { input: { academicYear: year.academicYear, ...l } },
        );
    existing = await read(year.academicYear);
    for (const i of year.invoices) {
      const { payments: _payments, ...invoice } = i;
      if (!existing?.levyInvoices.some((x) => x.reference === i.reference))
        await run(
          `invoice ${i.reference}`,
          `mutation($input: CreateLevyInvoiceInput!) { createLevyInvoice(input: $input) { errors { code field message } } }`,
          { input: { academicYear: year.academicYear, ...invoice } },
        );
    }
    existing = await read(year.academicYear);
    for (const i of year.invoices) {
      const found = existing?.levyInvoices.find((x) => x.reference === i.reference);
      if (!found) throw new Error(`demo seed: finance invoice ${i.reference} missing`);
      // Payments have no natural key: an invoice is paid in one go in the demo, so any payment
      // means it was seeded.
      if (found.payments.length > 0) continue;
      for (const p of i.payments)
        await run(
          `payment on ${i.reference}`,
          `mutation($input: RecordLevyPaymentInput!) { recordLevyPayment(input: $input) { errors { code field message } } }`,
          { input: { invoiceId: found.id, ...p } },
        );
    }
    for (const inc of year.income)
      if (!existing?.otherIncome.some((x) => x.description === inc.description))
        await run(
          `income ${inc.description}`,
          `mutation($input: RecordOtherIncomeInput!) { recordOtherIncome(input: $input) { errors { code field message } } }`,
          {
            input: {
              academicYear: year.academicYear,
              source: inc.source,
              description: inc.description,
              amountPence: inc.amountPence,
              receivedOn: inc.receivedOn,
              restricted: inc.restrictedPurpose !== null,
              restrictedPurpose: inc.restrictedPurpose,
            },
          },
        );
    for (const e of year.expenses) {
      if (existing?.expenses.some((x) => x.description === e.description)) continue;
      const lineId = existing?.budgetLines.find((x) => x.code === e.code)?.id;
      if (!lineId) throw new Error(`demo seed: finance line ${e.code} missing`);
      const { code: _code, ...expense } = e;
      await run(
        `expense ${e.description}`,
        `mutation($input: RecordExpenseInput!) { recordExpense(input: $input) { errors { code field message } } }`,
        { input: { budgetLineId: lineId, ...expense } },
      );
    }
    if (year.close)
      await run(
        `closing ${year.academicYear}`,
        `mutation($y: String!) { closeFinancePeriod(academicYear: $y) { errors { code field message } } }`,
        { y: year.academicYear },
      );
  }
  return `finance: 2025-26 (closed) and a balanced 2026-27 (${created} records entered now)`;
}
