import { stringify } from 'csv-stringify/sync';
import type { FinanceReportFigures } from '../../domain/finance/finance-report';
import { poundsText } from '../../domain/finance/money';

type Row = [section: string, key: string, name: string, measure: string, pence: number];

/**
 * The report as CSV in long form (one figure per row: section, key, name, measure, pence,
 * pounds), so a spreadsheet can pivot it and no figure is in two places. Pounds are formatted
 * from pence by integer arithmetic. Partner names are organisations', not people's.
 */
export function financeReportCsv(
  academicYear: string,
  r: FinanceReportFigures,
  partnerNames: ReadonlyMap<string, string>,
): string {
  const rows: Row[] = [];
  for (const l of r.lines) {
    rows.push(['budget', l.code, l.name, 'budgeted', l.budgetedPence]);
    rows.push(['budget', l.code, l.name, 'committed', l.committedPence]);
    rows.push(['budget', l.code, l.name, 'actual', l.actualPence]);
    rows.push(['budget', l.code, l.name, 'remaining', l.remainingPence]);
  }
  for (const [measure, pence] of Object.entries(r.totals))
    rows.push(['budget_total', 'TOTAL', 'All budget lines', measure.replace(/Pence$/, ''), pence]);
  for (const l of r.levies) {
    const name = partnerNames.get(l.partnerId) ?? '';
    rows.push(['levy', l.partnerId, name, 'invoiced', l.invoicedPence]);
    rows.push(['levy', l.partnerId, name, 'received', l.receivedPence]);
    rows.push(['levy', l.partnerId, name, 'outstanding', l.outstandingPence]);
  }
  for (const [measure, pence] of Object.entries(r.levyTotals))
    rows.push(['levy_total', 'TOTAL', 'All partners', measure.replace(/Pence$/, ''), pence]);
  for (const s of r.otherIncome.bySource)
    rows.push(['other_income', s.source, s.source.toLowerCase(), 'received', s.amountPence]);
  rows.push([
    'other_income_total',
    'RESTRICTED',
    'Restricted funds',
    'received',
    r.otherIncome.restrictedPence,
  ]);
  rows.push([
    'other_income_total',
    'UNRESTRICTED',
    'Unrestricted',
    'received',
    r.otherIncome.unrestrictedPence,
  ]);
  rows.push([
    'other_income_total',
    'TOTAL',
    'All other income',
    'received',
    r.otherIncome.totalPence,
  ]);
  rows.push(['balance', 'INCOME', 'Income received', 'received', r.incomeReceivedPence]);
  rows.push(['balance', 'EXPENSES', 'Expenses paid', 'paid', r.expensesPaidPence]);
  rows.push([
    'balance',
    'COMMITTED',
    'Expenses committed, not yet paid',
    'committed',
    r.expensesCommittedPence,
  ]);
  rows.push(['balance', 'BALANCE', `Balance ${academicYear}`, 'balance', r.balancePence]);
  return stringify(
    rows.map(([section, key, name, measure, pence]) => [
      section,
      key,
      name,
      measure,
      String(pence),
      poundsText(pence),
    ]),
    { header: true, columns: ['section', 'key', 'name', 'measure', 'pence', 'pounds'] },
  );
}
