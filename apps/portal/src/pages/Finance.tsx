import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../__generated__/gql';
import { Empty, ErrorState, Loading, Pager } from '../components/States';
import { money, when, words } from '../format';

const FinancePeriodsQuery = graphql(`
  query FinancePeriods {
    financePeriods {
      id
      academicYear
      status
    }
  }
`);

const FinanceReportQuery = graphql(`
  query FinanceReport($academicYear: String!) {
    financeReport(academicYear: $academicYear) {
      academicYear
      periodStatus
      lines {
        budgetLine {
          id
          code
          name
        }
        budgetedPence
        committedPence
        actualPence
        remainingPence
      }
      totals {
        budgetedPence
        committedPence
        actualPence
        remainingPence
      }
      levies {
        partner {
          id
          name
        }
        invoicedPence
        receivedPence
        outstandingPence
      }
      levyTotals {
        invoicedPence
        receivedPence
        outstandingPence
      }
      incomeReceivedPence
      expensesPaidPence
      expensesCommittedPence
      balancePence
    }
  }
`);

const AuditLogQuery = graphql(`
  query FinanceAuditLog($academicYear: String!, $after: String) {
    financeAuditLog(academicYear: $academicYear, first: 25, after: $after) {
      edges {
        node {
          id
          at
          action
          entityType
          entityId
          actorRoles
          actor {
            id
            displayName
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** The Finance Group's, heads' and the coordinator's view of a year: budget vs actual, levies, audit log. */
export function Page() {
  const periods = useQuery(FinancePeriodsQuery, { errorPolicy: 'all' });
  const [chosen, setChosen] = useState('');
  if (periods.loading && !periods.data) return <Loading what="finance" />;
  const list = periods.data?.financePeriods;
  if (!list)
    return periods.error ? (
      <ErrorState error={periods.error} what="finance" />
    ) : (
      <Empty>No finance.</Empty>
    );
  const year = chosen || list[0]?.academicYear || '';
  return (
    <>
      <h1>Finance</h1>
      {list.length === 0 ? (
        <Empty>No finance periods yet.</Empty>
      ) : (
        <>
          <label htmlFor="finance-year">Academic year</label>
          <select id="finance-year" value={year} onChange={(e) => setChosen(e.target.value)}>
            {list.map((p) => (
              <option key={p.id} value={p.academicYear}>
                {p.academicYear} ({words(p.status)})
              </option>
            ))}
          </select>
          <Report academicYear={year} />
          <AuditLog key={year} academicYear={year} />
        </>
      )}
    </>
  );
}

function Report({ academicYear }: { academicYear: string }) {
  const { data, loading, error } = useQuery(FinanceReportQuery, { variables: { academicYear } });
  if (loading && !data) return <Loading what="the report" />;
  if (error && !data) return <ErrorState error={error} what="the report" />;
  const r = data?.financeReport;
  if (!r) return <Empty>No report for {academicYear}.</Empty>;
  return (
    <section aria-labelledby="report-heading">
      <h2 id="report-heading">Budget and actual, {r.academicYear}</h2>
      <table>
        <caption className="visually-hidden">Budget, committed and actual by budget line</caption>
        <thead>
          <tr>
            <th scope="col">Budget line</th>
            <th scope="col">Budget</th>
            <th scope="col">Committed</th>
            <th scope="col">Actual</th>
            <th scope="col">Remaining</th>
          </tr>
        </thead>
        <tbody>
          {r.lines.map((l) => (
            <tr key={l.budgetLine.id}>
              <th scope="row">
                {l.budgetLine.code} {l.budgetLine.name}
              </th>
              <td>{money(l.budgetedPence)}</td>
              <td>{money(l.committedPence)}</td>
              <td>{money(l.actualPence)}</td>
              <td>{money(l.remainingPence)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Total</th>
            <td>{money(r.totals.budgetedPence)}</td>
            <td>{money(r.totals.committedPence)}</td>
            <td>{money(r.totals.actualPence)}</td>
            <td>{money(r.totals.remainingPence)}</td>
          </tr>
        </tfoot>
      </table>
      <h2>Levies</h2>
      {r.levies.length === 0 ? (
        <Empty>No levies invoiced.</Empty>
      ) : (
        <table>
          <caption className="visually-hidden">Levies by partner</caption>
          <thead>
            <tr>
              <th scope="col">Partner</th>
              <th scope="col">Invoiced</th>
              <th scope="col">Received</th>
              <th scope="col">Outstanding</th>
            </tr>
          </thead>
          <tbody>
            {r.levies.map((l) => (
              <tr key={l.partner.id}>
                <th scope="row">{l.partner.name}</th>
                <td>{money(l.invoicedPence)}</td>
                <td>{money(l.receivedPence)}</td>
                <td>{money(l.outstandingPence)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">Total</th>
              <td>{money(r.levyTotals.invoicedPence)}</td>
              <td>{money(r.levyTotals.receivedPence)}</td>
              <td>{money(r.levyTotals.outstandingPence)}</td>
            </tr>
          </tfoot>
        </table>
      )}
      <dl>
        <dt>Income received</dt>
        <dd>{money(r.incomeReceivedPence)}</dd>
        <dt>Expenses paid</dt>
        <dd>{money(r.expensesPaidPence)}</dd>
        <dt>Expenses committed (not yet paid)</dt>
        <dd>{money(r.expensesCommittedPence)}</dd>
        <dt>Balance</dt>
        <dd>{money(r.balancePence)}</dd>
      </dl>
    </section>
  );
}

function AuditLog({ academicYear }: { academicYear: string }) {
  const [pages, setPages] = useState<string[]>([]);
  const { data, loading, error } = useQuery(AuditLogQuery, {
    variables: { academicYear, after: pages.at(-1) ?? null },
  });
  if (loading && !data) return <Loading what="the audit log" />;
  if (error && !data) return <ErrorState error={error} what="the audit log" />;
  const log = data?.financeAuditLog;
  if (!log) return <Empty>No audit log.</Empty>;
  return (
    <section aria-labelledby="audit-heading">
      <h2 id="audit-heading">Audit log</h2>
      {log.edges.length === 0 ? (
        <Empty>Nothing changed yet.</Empty>
      ) : (
        <table>
          <caption className="visually-hidden">Audit log, oldest first</caption>
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Who</th>
              <th scope="col">Action</th>
              <th scope="col">Record</th>
            </tr>
          </thead>
          <tbody>
            {log.edges.map(({ node: e }) => (
              <tr key={e.id}>
                <td>{when(e.at)}</td>
                <td>{e.actor?.displayName ?? e.actorRoles.map(words).join(', ')}</td>
                <td>{words(e.action)}</td>
                <td>{words(e.entityType)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pager
        hasNext={log.pageInfo.hasNextPage}
        hasPrevious={pages.length > 0}
        next={() => {
          const cursor = log.pageInfo.endCursor;
          if (cursor) setPages([...pages, cursor]);
        }}
        previous={() => setPages(pages.slice(0, -1))}
        what="audit log entries"
      />
    </section>
  );
}
