import { useQuery } from '@apollo/client/react';
import { graphql } from '../__generated__/gql';
import { Empty, ErrorState, Loading } from '../components/States';
import { academicYearLabel, when, words } from '../format';

const ImpactSummariesQuery = graphql(`
  query ImpactSummaries {
    impactSummaries {
      academicYear
      publishedAt
      report {
        method
        cells {
          groupKey
          groupLabel
          instrument
          doseBand
          n
          meanChange
          ciLow
          ciHigh
          suppressed
          tooFewToConclude
        }
      }
    }
  }
`);

const signed = (x: number) => (x > 0 ? `+${x.toFixed(2)}` : x.toFixed(2));

/**
 * The yearly impact summaries: associates (and everyone but the coordinator) see the published
 * ones only, students none (FORBIDDEN). Each is the year's change by aim, one table per year.
 */
export function Page() {
  const { data, loading, error } = useQuery(ImpactSummariesQuery, { errorPolicy: 'all' });
  if (loading && !data) return <Loading what="the impact summaries" />;
  const summaries = data?.impactSummaries;
  return (
    <>
      <h1>Impact summaries</h1>
      {!summaries ? (
        error ? (
          <ErrorState error={error} what="the impact summaries" />
        ) : (
          <Empty>No impact summaries.</Empty>
        )
      ) : summaries.length === 0 ? (
        <Empty>No impact summary has been published yet.</Empty>
      ) : (
        summaries.map((s) => {
          const cells = s.report.cells.filter((c) => c.doseBand === 'ALL');
          return (
            <section key={s.academicYear} aria-labelledby={`summary-${s.academicYear}`}>
              <h2 id={`summary-${s.academicYear}`}>{academicYearLabel(s.academicYear)}</h2>
              <p>{s.publishedAt ? `Published ${when(s.publishedAt)}` : 'Not published yet'}</p>
              {cells.length === 0 ? (
                <Empty>No survey results for this year.</Empty>
              ) : (
                <table>
                  <caption>Change by aim, {academicYearLabel(s.academicYear)}</caption>
                  <thead>
                    <tr>
                      <th scope="col">Aim</th>
                      <th scope="col">Measure</th>
                      <th scope="col">Respondents</th>
                      <th scope="col">Mean change (95% interval)</th>
                    </tr>
                  </thead>
                  <tbody>
                    {cells.map((c) => (
                      <tr key={`${c.groupKey}-${c.instrument}`}>
                        <th scope="row">{words(c.groupLabel ?? c.groupKey ?? 'Unknown')}</th>
                        <td>{c.instrument}</td>
                        <td>{c.suppressed || c.n === null ? 'hidden' : c.n}</td>
                        <td>
                          {c.suppressed || c.meanChange === null
                            ? '—'
                            : `${signed(c.meanChange)}${
                                c.ciLow !== null && c.ciHigh !== null
                                  ? ` (${signed(c.ciLow)} to ${signed(c.ciHigh)})`
                                  : ''
                              }${c.tooFewToConclude ? ', too few to conclude' : ''}`}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
              <p className="method">
                Hidden: fewer than 10 respondents, or a number that would let such a group be worked
                out. {s.report.method}
              </p>
            </section>
          );
        })
      )}
    </>
  );
}
