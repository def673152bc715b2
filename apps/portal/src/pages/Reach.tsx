import { useId, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { graphql, useFragment as readFragment } from '../__generated__/gql';
import type { ReachMeasure, ReachRowCellsFragment } from '../__generated__/gql/graphql';
import { ReachChart } from '../components/Chart';
import { Empty, ErrorState, Loading } from '../components/States';
import { currentAcademicYear, words } from '../format';
import { REACH_HIDDEN_NOTE, reachCellText } from './reach-cells';

const ReachQuery = graphql(`
  query Reach($academicYear: Int!) {
    reachReport(academicYear: $academicYear) {
      academicYear
      method
      csv
      rows {
        ...ReachRowCells
      }
      byKind {
        ...ReachRowCells
      }
      total {
        ...ReachRowCells
      }
    }
  }
`);

const ReachRowCells = graphql(`
  fragment ReachRowCells on ReachRow {
    label
    partnerKind
    studentsReached
    reachedOnce
    reachedTwoPlus
    reachedFourPlus
    attendances
    noShows
    eventsHosted
    placesUsed
    quotaPlacesUsed
    quotaPlaces
    placesOffered
    suppressed
  }
`);

type Row = ReachRowCellsFragment;

const COLUMNS: Array<{
  key: Exclude<keyof Row, ' $fragmentName' | '__typename' | 'label' | 'partnerKind' | 'suppressed'>;
  measure: ReachMeasure | null;
  label: string;
}> = [
  { key: 'studentsReached', measure: 'STUDENTS_REACHED', label: 'Students reached' },
  { key: 'reachedOnce', measure: 'REACHED_ONCE', label: 'Once' },
  { key: 'reachedTwoPlus', measure: 'REACHED_TWO_PLUS', label: '2+ events' },
  { key: 'reachedFourPlus', measure: 'REACHED_FOUR_PLUS', label: '4+ events' },
  { key: 'attendances', measure: 'ATTENDANCES', label: 'Attendances' },
  { key: 'noShows', measure: 'NO_SHOWS', label: 'No-shows' },
  { key: 'eventsHosted', measure: null, label: 'Events hosted' },
  { key: 'placesUsed', measure: 'PLACES_USED', label: 'Places used' },
  { key: 'quotaPlacesUsed', measure: 'QUOTA_PLACES_USED', label: 'Used at quota events' },
  { key: 'quotaPlaces', measure: null, label: 'Quota places' },
  { key: 'placesOffered', measure: null, label: 'Places offered' },
];

/**
 * Reach of an academic year as `reachReport` returns it: the coordinator every partner, the
 * subtotals by kind and the total; heads and champions their own school's row. Every suppressed
 * count reads "hidden" (`reach-cells.ts`: it is fewer than 10 people, places held by fewer than
 * 10, or a complement of 10 or more; the graph does not say which). Used at quota events
 * out of quota places is a school's use against quota; places offered is the partnership's. The partners' reach is also a chart (the annual report's
 * option from @ekst/charts), with its table as the text alternative; a suppressed count is a gap
 * in the chart, never a zero.
 */
export function Page() {
  const yearId = useId();
  const thisYear = currentAcademicYear(new Date());
  const [year, setYear] = useState(thisYear);
  const { data, loading, error } = useQuery(ReachQuery, {
    variables: { academicYear: year },
    errorPolicy: 'all',
  });
  const report = data?.reachReport;
  const download = () => {
    if (!report) return;
    const url = URL.createObjectURL(new Blob([report.csv], { type: 'text/csv' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `reach-${year}.csv`;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  return (
    <>
      <h1>Reach</h1>
      <div className="filters">
        <label htmlFor={yearId}>Academic year</label>
        <select id={yearId} value={year} onChange={(e) => setYear(Number(e.target.value))}>
          {[thisYear, thisYear - 1, thisYear - 2].map((y) => (
            <option key={y} value={y}>
              {y}–{String((y + 1) % 100).padStart(2, '0')}
            </option>
          ))}
        </select>
      </div>
      {loading && !data ? (
        <Loading what="the reach report" />
      ) : !report ? (
        error ? (
          <ErrorState error={error} what="the reach report" />
        ) : (
          <Empty>No reach report.</Empty>
        )
      ) : report.rows.length === 0 ? (
        <Empty>Nobody has attended an event this year yet.</Empty>
      ) : (
        <>
          <button type="button" className="primary" onClick={download}>
            Download the reach report (CSV)
          </button>
          <ReachChart
            bars={readFragment(ReachRowCells, report.rows).map(reachBar)}
            title="Students reached by partner, and those reached at 2 or more events"
            tableId="table-reach-partners"
            testId="chart-reach"
          />
          <ReachTable
            id="table-reach-partners"
            caption="Reach by partner"
            rows={readFragment(ReachRowCells, report.rows)}
          />
          {report.byKind.length > 0 && (
            <ReachTable
              caption="Reach by kind of partner"
              rows={readFragment(ReachRowCells, report.byKind)}
            />
          )}
          {report.total && (
            <ReachTable
              caption="The partnership"
              rows={[readFragment(ReachRowCells, report.total)]}
            />
          )}
          <p className="method">
            {REACH_HIDDEN_NOTE} {report.method}
          </p>
        </>
      )}
    </>
  );
}

const reachBar = (r: Row) => ({
  label: r.label,
  reached: r.suppressed.includes('STUDENTS_REACHED') ? null : (r.studentsReached ?? null),
  reachedTwoPlus: r.suppressed.includes('REACHED_TWO_PLUS') ? null : (r.reachedTwoPlus ?? null),
});

function ReachTable({ id, caption, rows }: { id?: string; caption: string; rows: readonly Row[] }) {
  return (
    <table className="reach" id={id}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Name</th>
          {COLUMNS.map((c) => (
            <th key={c.key} scope="col">
              {c.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.label}>
            <th scope="row">
              {r.label}
              {r.partnerKind ? ` (${words(r.partnerKind)})` : ''}
            </th>
            {COLUMNS.map((c) => (
              <td key={c.key}>{reachCellText(r, c.measure, r[c.key])}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
