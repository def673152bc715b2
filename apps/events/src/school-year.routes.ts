import type { Caller } from '@ekst/auth';
import { isUuid } from '@ekst/subgraph-kit';
import { stringify } from 'csv-stringify/sync';
import type { Response, Router } from 'express';
import type { DataSource } from 'typeorm';
import { ambassadorHours } from './ambassadors/ambassador-hours.query';
import { mayReadAmbassadorHours } from './ambassadors/ambassadors';
import { cpdRecord } from './cpd/cpd-record.query';
import type { CpdRecordResult } from './cpd/cpd-record.query';
import { mayReadCpdRecord } from './cpd/cpd-record';
import { londonDate } from './ambassadors/ambassadors';

/*
 * Files for a person's own records (issue 14), beside the graph and with the graph's rules: a
 * teacher's CPD record as CSV and as a printable HTML page (for appraisal; no .ics), and an
 * ambassador's hours as CSV. `?academicYear=2025` (2025–26); the current year when absent.
 */

type Answer =
  | { status: 200; body: string; type: string; filename?: string }
  | { status: 400 | 403 | 404; error: string };

function academicYearParam(raw: unknown, now: Date): number | null {
  if (raw === undefined) {
    // The academic year turns on 1 September in London (00:30 BST is still 31 August in UTC).
    const [year, month] = londonDate(now).split('-').map(Number);
    return month >= 9 ? year : year - 1;
  }
  const year = typeof raw === 'string' && /^\d{4}$/.test(raw) ? Number(raw) : NaN;
  return year >= 2000 && year <= 2100 ? year : null;
}

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);

/** The CSV of a CPD record: one row per event, hours to two decimals. */
export function cpdCsv(record: CpdRecordResult): string {
  return stringify(
    record.entries.map((e) => [
      londonDate(e.startsAt),
      e.title,
      e.kind,
      e.participation,
      e.hours.toFixed(2),
    ]),
    { header: true, columns: ['date', 'title', 'kind', 'participation', 'hours'] },
  );
}

/** A printable page of a CPD record: no scripts, no external resources, everything escaped. */
export function cpdHtml(record: CpdRecordResult): string {
  const year = `${record.academicYear}–${String(record.academicYear + 1).slice(2)}`;
  const rows = record.entries
    .map(
      (e) =>
        `<tr><td>${londonDate(e.startsAt)}</td><td>${escapeHtml(e.title)}</td><td>${e.kind.replace(/_/g, ' ').toLowerCase()}</td><td>${e.participation === 'LED' ? 'led' : 'attended'}</td><td class="n">${e.hours.toFixed(2)}</td></tr>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><title>CPD record ${year}</title>
<style>body{font:11pt system-ui,sans-serif;margin:2cm}table{border-collapse:collapse;width:100%}
th,td{border-bottom:1px solid #999;padding:4px 6px;text-align:left}.n{text-align:right}
@media print{body{margin:1cm}}</style></head>
<body><h1>CPD record, academic year ${year}</h1>
<p>East Kent Schools Together: CPD events, TeachMeets, subject-cluster meetings and teacher swap visits.</p>
<table><thead><tr><th>Date</th><th>Event</th><th>Kind</th><th>Took part</th><th class="n">Hours</th></tr></thead>
<tbody>
${rows || '<tr><td colspan="5">Nothing recorded this year.</td></tr>'}
</tbody>
<tfoot><tr><th colspan="4">Total</th><th class="n">${record.totalHours.toFixed(2)}</th></tr></tfoot></table>
</body></html>
`;
}

/** A teacher's CPD record as a file, for those who may read it in the graph (Person.cpdRecord). */
export async function cpdRecordFile(
  ds: DataSource,
  caller: Caller,
  personId: string,
  format: 'csv' | 'html',
  rawYear: unknown,
  now = new Date(),
): Promise<Answer> {
  if (!isUuid(personId)) return { status: 404, error: 'no such person' };
  const year = academicYearParam(rawYear, now);
  if (year === null) return { status: 400, error: 'academicYear is a year such as 2025' };
  const id = personId.toLowerCase();
  const [person] = (await ds.query(`SELECT partner_id FROM person_projection WHERE id = $1`, [
    id,
  ])) as Array<{
    partner_id: string;
  }>;
  if (!mayReadCpdRecord(caller, { id, partnerId: person?.partner_id ?? null }))
    return { status: 403, error: 'forbidden' };
  const record = await cpdRecord(ds.manager, id, year);
  return format === 'csv'
    ? {
        status: 200,
        body: cpdCsv(record),
        type: 'text/csv; charset=utf-8',
        filename: `cpd-${year}.csv`,
      }
    : { status: 200, body: cpdHtml(record), type: 'text/html; charset=utf-8' };
}

/** An ambassador's logged hours as CSV, for themself and the coordinator (Person.ambassadorHours). */
export async function ambassadorHoursFile(
  ds: DataSource,
  caller: Caller,
  personId: string,
  rawYear: unknown,
  now = new Date(),
): Promise<Answer> {
  if (!isUuid(personId)) return { status: 404, error: 'no such person' };
  const year = academicYearParam(rawYear, now);
  if (year === null) return { status: 400, error: 'academicYear is a year such as 2025' };
  if (!mayReadAmbassadorHours(caller, personId)) return { status: 403, error: 'forbidden' };
  const summary = await ambassadorHours(ds.manager, personId.toLowerCase(), year);
  const body = stringify(
    summary.entries.map((e) => [
      londonDate(e.startsAt),
      e.title,
      e.minutes,
      (e.minutes / 60).toFixed(2),
    ]),
    { header: true, columns: ['date', 'event', 'minutes', 'hours'] },
  );
  return {
    status: 200,
    body,
    type: 'text/csv; charset=utf-8',
    filename: `ambassador-hours-${year}.csv`,
  };
}

/** Mounted by routes.ts under /internal; the gateway serves them without the prefix. */
export function schoolYearRoutes(router: Router, deps: { dataSource: DataSource }): void {
  const send = (res: Response, a: Answer) => {
    if (a.status !== 200) return void res.status(a.status).json({ error: a.error });
    res.type(a.type).set('cache-control', 'private, no-store');
    if (a.filename) res.set('content-disposition', `attachment; filename="${a.filename}"`);
    res.send(a.body);
  };
  router.get('/people/:id/cpd.csv', async (req, res) =>
    send(
      res,
      await cpdRecordFile(
        deps.dataSource,
        res.locals.caller as Caller,
        req.params.id,
        'csv',
        req.query.academicYear,
      ),
    ),
  );
  router.get('/people/:id/cpd.html', async (req, res) =>
    send(
      res,
      await cpdRecordFile(
        deps.dataSource,
        res.locals.caller as Caller,
        req.params.id,
        'html',
        req.query.academicYear,
      ),
    ),
  );
  router.get('/people/:id/ambassador-hours.csv', async (req, res) =>
    send(
      res,
      await ambassadorHoursFile(
        deps.dataSource,
        res.locals.caller as Caller,
        req.params.id,
        req.query.academicYear,
      ),
    ),
  );
}
