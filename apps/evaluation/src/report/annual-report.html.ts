import { DOSE_RESPONSE_BANDS } from '@ekst/charts';
import type { ImpactCell } from '../use-cases/impact-report.query';
import type { ReachRowModel } from '../use-cases/reach-report.query';
import type { AnnualReportModel } from './annual-report.data';
import { changeByAimSvg, doseResponseSvg, reachSvg, words } from './annual-report.charts';

const esc = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

/** A signed number with two decimals, with a true minus sign: +1.87, −0.25. */
export function signed(v: number): string {
  const fixed = Math.abs(v).toFixed(2);
  return v < 0 ? `−${fixed}` : `+${fixed}`;
}

/** The headline sentence of one instrument; the test reads these numbers back from the PDF. */
export function headlineText(instrument: string, cell: ImpactCell): string {
  if (cell.suppressed || cell.n === null || cell.meanChange === null)
    return `${instrument}: fewer than 10 students answered before and after; not reported.`;
  const ci =
    cell.ciLow === null || cell.ciHigh === null
      ? ''
      : ` (95% CI ${signed(cell.ciLow)} to ${signed(cell.ciHigh)})`;
  return `${instrument}: ${cell.n} students, mean change ${signed(cell.meanChange)}${ci}${
    cell.tooFewToConclude ? ', too few to conclude' : ''
  }.`;
}

/**
 * A suppressed count reads "–": it may be a small number or one suppressed only because it would
 * let a small one be worked out (complementary suppression), so "<10" would be false for some.
 */
const count = (v: number | null) => (v === null ? '–' : String(v));

function cellRow(label: string, c: ImpactCell | undefined): string {
  if (!c || c.suppressed)
    return `<tr><td>${esc(label)}</td><td>–</td><td>–</td><td>–</td><td>suppressed</td></tr>`;
  const ci =
    c.ciLow === null || c.ciHigh === null ? '–' : `${signed(c.ciLow)} to ${signed(c.ciHigh)}`;
  return `<tr><td>${esc(label)}</td><td>${c.n}</td><td>${signed(c.meanChange ?? 0)}</td><td>${ci}</td><td>${
    c.tooFewToConclude ? 'too few to conclude' : ''
  }</td></tr>`;
}

const CELL_HEAD =
  '<thead><tr><th>Group</th><th>Students (n)</th><th>Mean change</th><th>95% CI</th><th>Note</th></tr></thead>';

function reachRow(r: ReachRowModel, strong = false): string {
  const v = r.values;
  const td = (x: string) => (strong ? `<td><strong>${x}</strong></td>` : `<td>${x}</td>`);
  // against quota: "12 of 32" where one school's quota places apply (partner rows)
  const quota =
    v.QUOTA_PLACES_USED !== null && r.quotaPlaces !== null
      ? `${v.QUOTA_PLACES_USED} of ${r.quotaPlaces}`
      : count(v.QUOTA_PLACES_USED);
  return `<tr>${td(esc(r.label))}${td(count(v.STUDENTS_REACHED))}${td(count(v.REACHED_TWO_PLUS))}${td(
    count(v.REACHED_FOUR_PLUS),
  )}${td(count(v.ATTENDANCES))}${td(count(v.PLACES_USED))}${td(quota)}${td(String(r.eventsHosted))}</tr>`;
}

const STYLE = `
  @page { size: A4; margin: 16mm 14mm; }
  body { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; color: #1f2933; font-size: 10.5pt; line-height: 1.4; margin: 0; }
  h1 { font-size: 22pt; margin: 0 0 4pt; color: #1d4ed8; }
  h2 { font-size: 14pt; margin: 18pt 0 6pt; border-bottom: 1px solid #cbd5e1; padding-bottom: 2pt; }
  h3 { font-size: 11.5pt; margin: 10pt 0 4pt; }
  table { border-collapse: collapse; width: 100%; margin: 4pt 0 8pt; }
  th, td { border: 1px solid #cbd5e1; padding: 3pt 5pt; text-align: left; vertical-align: top; }
  th { background: #eff6ff; }
  figure { margin: 6pt 0; page-break-inside: avoid; break-inside: avoid; }
  figcaption { font-weight: bold; margin-bottom: 2pt; }
  .headline { background: #eff6ff; border-left: 4pt solid #1d4ed8; padding: 6pt 10pt; margin: 8pt 0; }
  .headline p { margin: 2pt 0; }
  blockquote { margin: 6pt 0; padding: 4pt 10pt; border-left: 3pt solid #60a5fa; background: #f8fafc; page-break-inside: avoid; }
  .small { font-size: 9pt; color: #475569; }
  section { page-break-inside: auto; }
`;

/**
 * The annual impact report as one self-contained HTML document (inline CSS and SVG charts, no
 * scripts, nothing fetched), which is also what Chromium prints to PDF.
 */
export function renderAnnualReportHtml(m: AnnualReportModel): string {
  const instruments = [...new Set(m.byAim.map((c) => c.instrument))];
  const doseInstruments = [...new Set(m.byDose.map((c) => c.instrument))];
  const partners = m.reach.rows.filter((r) => r.kind === 'PARTNER' || r.kind === 'UNKNOWN');
  const total = m.reach.total;

  const aimSections = instruments
    .map((instrument) => {
      const cells = m.byAim.filter((c) => c.instrument === instrument && c.doseBand === 'ALL');
      return `<h3>${esc(instrument)}</h3>
      <figure><figcaption>Mean change by aim, ${esc(instrument)}, with 95% confidence intervals</figcaption>
      ${changeByAimSvg(m.byAim, instrument)}</figure>
      <table>${CELL_HEAD}<tbody>${cells
        .map((c) => cellRow(words(c.groupLabel ?? c.groupKey ?? 'Unknown'), c))
        .join('')}</tbody></table>`;
    })
    .join('');

  const doseSections = doseInstruments
    .map((instrument) => {
      const find = (band: string) =>
        m.byDose.find((c) => c.instrument === instrument && c.doseBand === band);
      return `<h3>${esc(instrument)}</h3>
      <figure><figcaption>Mean change by events attended, ${esc(instrument)}, with 95% confidence intervals</figcaption>
      ${doseResponseSvg(m.byDose, instrument)}</figure>
      <table>${CELL_HEAD}<tbody>${DOSE_RESPONSE_BANDS.map(({ band, label }) =>
        cellRow(label, find(band)),
      ).join('')}</tbody></table>`;
    })
    .join('');

  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>East Kent Schools Together: annual impact report ${esc(m.yearLabel)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>East Kent Schools Together</h1>
<p><strong>Annual impact report, academic year ${esc(m.yearLabel)}</strong></p>
<p class="small">Produced ${esc(m.generatedAt.toISOString().slice(0, 10))} from the evaluation service's records. Aggregates only: no student can be identified.</p>

<section>
<h2>Headlines</h2>
<div class="headline">
<p>Programme delivered: ${m.programme.completedEvents} events.</p>
<p>Students reached: ${total ? count(total.values.STUDENTS_REACHED) : '–'}; attendances: ${
    total ? count(total.values.ATTENDANCES) : '–'
  }.</p>
${
  m.headlines.length === 0
    ? '<p>No pre/post survey results this year.</p>'
    : m.headlines
        .map(
          (h) =>
            `<p data-headline="${esc(h.instrument)}">${esc(headlineText(h.instrument, h.cell))}</p>`,
        )
        .join('\n')
}
</div>
</section>

<section>
<h2>Aims and priorities</h2>
<p>The partnership's aims, agreed at the outset; every event and every survey question serves one or more of them. The Heads Group's priorities for the year are set in partners-governance and published there.</p>
<table><thead><tr><th>Aim</th><th>What it means</th><th>Events serving it</th></tr></thead><tbody>
${m.aims.map((a) => `<tr><td>${esc(words(a.aim))}</td><td>${esc(a.description)}</td><td>${a.eventsServing}</td></tr>`).join('')}
</tbody></table>
</section>

<section>
<h2>The programme delivered</h2>
<table><thead><tr><th>Kind of event</th><th>Events completed</th></tr></thead><tbody>
${m.programme.byKind.map((k) => `<tr><td>${esc(words(k.kind))}</td><td>${k.events}</td></tr>`).join('')}
<tr><td><strong>All events</strong></td><td><strong>${m.programme.completedEvents}</strong></td></tr>
</tbody></table>
</section>

<section>
<h2>Reach by partner</h2>
<figure><figcaption>Students reached per partner, and reached at 2 or more events</figcaption>
${reachSvg(m.reach)}</figure>
<table><thead><tr><th>Partner</th><th>Students reached</th><th>2+ events</th><th>4+ events</th><th>Attendances</th><th>Places used</th><th>Used against quota</th><th>Events hosted</th></tr></thead><tbody>
${partners.map((r) => reachRow(r)).join('')}
${m.reach.byKind.map((r) => reachRow({ ...r, label: `All ${words(r.label).toLowerCase()} partners` })).join('')}
${total ? reachRow(total, true) : ''}
</tbody></table>
${
  total?.placesOffered != null
    ? `<p class="small">Places offered at the year's events: ${total.placesOffered}. Places used are places held (registered, attended or no-show) by each school's people; used against quota counts those at events with a per-school quota, out of the most one school could hold there.</p>`
    : ''
}
</section>

<section>
<h2>Pre/post change by aim and instrument</h2>
${aimSections || '<p>No pre/post survey results this year.</p>'}
</section>

<section>
<h2>Dose-response: 1 vs 2+ vs 4+ events</h2>
${doseSections || '<p>No pre/post survey results this year.</p>'}
</section>

<section>
<h2>In students' own words</h2>
${
  m.quotes.length === 0
    ? '<p>No quotes have been selected for publication this year.</p>'
    : m.quotes
        .map(
          (q) =>
            `<blockquote>“${esc(q.text)}”<br><span class="small">A student, ${q.phase === 'POST' ? 'after' : 'before'} ${esc(q.eventTitle)}${
              q.themes.length ? ` · ${esc(q.themes.join(', '))}` : ''
            }</span></blockquote>`,
        )
        .join('\n')
}
</section>

<section>
<h2>Focus-group themes</h2>
${
  m.themes.length === 0
    ? '<p>No focus-group notes were recorded this year.</p>'
    : `<table><thead><tr><th>Theme</th><th>Notes</th><th>Aims</th></tr></thead><tbody>${m.themes
        .map(
          (t) =>
            `<tr><td>${esc(t.theme)}</td><td>${t.notes}</td><td>${esc(t.aims.map(words).join(', '))}</td></tr>`,
        )
        .join('')}</tbody></table>`
}
</section>

<section>
<h2>Suppression notes</h2>
<ul>${m.suppression.map((s) => `<li>${esc(s)}</li>`).join('')}</ul>
</section>

<section>
<h2>Method</h2>
<ul>${m.method.map((s) => `<li>${esc(s)}</li>`).join('')}</ul>
</section>
</body>
</html>
`;
}
