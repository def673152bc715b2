import { useId, useMemo, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { graphql, useFragment as readFragment } from '../__generated__/gql';
import type { ImpactCellRowFragment, Instrument } from '../__generated__/gql/graphql';
import { AnnualReportDownloads } from '../components/AnnualReport';
import { CiBarChart } from '../components/Chart';
import type { Bar } from '../components/Chart';
import { Empty, ErrorState, Loading } from '../components/States';
import { currentAcademicYear, words } from '../format';

const ImpactCellRow = graphql(`
  fragment ImpactCellRow on ImpactCell {
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
    licenceNotice
  }
`);

const ImpactQuery = graphql(`
  query Impact($academicYear: Int) {
    byAim: impactReport(academicYear: $academicYear, groupBy: AIM) {
      method
      csv
      cells {
        ...ImpactCellRow
      }
    }
    byYear: impactReport(academicYear: $academicYear, groupBy: YEAR) {
      cells {
        ...ImpactCellRow
      }
    }
  }
`);

const DOSES = [
  { band: 'ONE', label: '1 event' },
  { band: 'TWO_PLUS', label: '2+ events' },
  { band: 'FOUR_PLUS', label: '4+ events' },
] as const;

/**
 * Change by aim with confidence intervals, dose-response, each with its table; the CSV; the annual
 * report (PDF or web page) for the coordinator and heads.
 */
export function Page() {
  const yearId = useId();
  const instrumentId = useId();
  const thisYear = currentAcademicYear(new Date());
  const [year, setYear] = useState<number | null>(null);
  const { data, loading, error } = useQuery(ImpactQuery, { variables: { academicYear: year } });
  const byAim = useMemo(
    () => (data?.byAim?.cells ?? []).map((c) => readFragment(ImpactCellRow, c)),
    [data],
  );
  const byYear = useMemo(
    () => (data?.byYear?.cells ?? []).map((c) => readFragment(ImpactCellRow, c)),
    [data],
  );
  const instruments = [...new Set(byAim.map((c) => c.instrument))];
  const [picked, setPicked] = useState<Instrument | null>(null);
  const instrument = picked && instruments.includes(picked) ? picked : (instruments[0] ?? null);

  const aimCells = byAim.filter((c) => c.instrument === instrument && c.doseBand === 'ALL');
  const doseCells = DOSES.map(({ band, label }) => {
    const cells = byYear.filter((c) => c.instrument === instrument && c.doseBand === band);
    return { label, cell: cells.length === 1 ? cells[0] : pool(cells) };
  });
  const aimBars: Bar[] = aimCells.map((c) =>
    bar(words(c.groupLabel ?? c.groupKey ?? 'Unknown'), c),
  );
  const doseBars: Bar[] = doseCells.map(({ label, cell }) => bar(label, cell));

  const download = () => {
    if (!data?.byAim) return;
    const url = URL.createObjectURL(new Blob([data.byAim.csv], { type: 'text/csv' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `impact-by-aim-${year ?? 'all-years'}.csv`;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  return (
    <>
      <h1>Impact</h1>
      <div className="filters">
        <label htmlFor={yearId}>Academic year</label>
        <select
          id={yearId}
          value={year ?? ''}
          onChange={(e) => setYear(e.target.value ? Number(e.target.value) : null)}
        >
          <option value="">Every year</option>
          {[thisYear, thisYear - 1, thisYear - 2].map((y) => (
            <option key={y} value={y}>
              {y}–{String((y + 1) % 100).padStart(2, '0')}
            </option>
          ))}
        </select>
        {instruments.length > 1 && (
          <>
            <label htmlFor={instrumentId}>Measure</label>
            <select
              id={instrumentId}
              value={instrument ?? ''}
              onChange={(e) => setPicked(e.target.value as Instrument)}
            >
              {instruments.map((i) => (
                <option key={i} value={i}>
                  {i}
                </option>
              ))}
            </select>
          </>
        )}
      </div>
      {loading && !data ? (
        <Loading what="the impact report" />
      ) : error && !data ? (
        <ErrorState error={error} what="the impact report" />
      ) : aimCells.length === 0 ? (
        <Empty>No survey results yet for this year.</Empty>
      ) : (
        <>
          <button type="button" className="primary" onClick={download}>
            Download the impact report (CSV)
          </button>
          <section aria-labelledby="by-aim">
            <h2 id="by-aim">Change by aim ({instrument})</h2>
            <CiBarChart
              bars={aimBars}
              title={`Mean change by aim, ${instrument}, with 95% confidence intervals`}
              tableId="table-by-aim"
              testId="chart-by-aim"
            />
            <CellTable
              id="table-by-aim"
              caption="Change by aim"
              rows={aimCells.map((c) => ({
                label: words(c.groupLabel ?? c.groupKey ?? 'Unknown'),
                cell: c,
              }))}
            />
          </section>
          <section aria-labelledby="dose">
            <h2 id="dose">Dose-response: change by number of events attended</h2>
            <CiBarChart
              bars={doseBars}
              title={`Mean change by events attended, ${instrument}`}
              tableId="table-dose"
              testId="chart-dose"
            />
            <CellTable id="table-dose" caption="Change by events attended" rows={doseCells} />
          </section>
          <p className="method">{data?.byAim?.method}</p>
          {aimCells[0]?.licenceNotice && <p className="licence">{aimCells[0].licenceNotice}</p>}
        </>
      )}
      <AnnualReportDownloads thisYear={thisYear} />
    </>
  );
}

const round = (v: number | null | undefined) =>
  v === null || v === undefined ? null : Math.round(v * 100) / 100;

function bar(label: string, c: ImpactCellRowFragment | null): Bar {
  if (!c || c.suppressed) return { label, value: null, low: null, high: null };
  return { label, value: round(c.meanChange), low: round(c.ciLow), high: round(c.ciHigh) };
}

/** Several years' cells of one band: weighted mean, no interval (the table says so). */
function pool(cells: ImpactCellRowFragment[]): ImpactCellRowFragment | null {
  const usable = cells.filter((c) => !c.suppressed && c.n && c.meanChange !== null);
  if (usable.length === 0) return null;
  const n = usable.reduce((t, c) => t + (c.n ?? 0), 0);
  const mean = usable.reduce((t, c) => t + (c.n ?? 0) * (c.meanChange ?? 0), 0) / n;
  return { ...usable[0], n, meanChange: mean, ciLow: null, ciHigh: null, tooFewToConclude: n < 30 };
}

function CellTable({
  id,
  caption,
  rows,
}: {
  id: string;
  caption: string;
  rows: ReadonlyArray<{ label: string; cell: ImpactCellRowFragment | null }>;
}) {
  return (
    <table id={id}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Group</th>
          <th scope="col">People</th>
          <th scope="col">Mean change</th>
          <th scope="col">95% confidence interval</th>
          <th scope="col">Note</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ label, cell: c }) => (
          <tr key={label}>
            <th scope="row">{label}</th>
            <td>{c?.suppressed ? 'hidden' : (c?.n ?? '–')}</td>
            <td>{c && !c.suppressed ? (round(c.meanChange) ?? '–') : '–'}</td>
            <td>
              {c && !c.suppressed && c.ciLow !== null && c.ciHigh !== null
                ? `${round(c.ciLow)} to ${round(c.ciHigh)}`
                : '–'}
            </td>
            <td>
              {!c
                ? 'No data'
                : c.suppressed
                  ? 'Too few people to show'
                  : c.tooFewToConclude
                    ? 'Fewer than 30 people: too few to conclude'
                    : ''}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
