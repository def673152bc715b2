import { stringify } from 'csv-stringify/sync';
import type { DataSource } from 'typeorm';
import { isSmallCount, protectTable } from '../domain/table-suppression';
import type { Identity, TableCell } from '../domain/table-suppression';

/** What a reach row counts. People counts are suppressed below 10; event counts follow them. */
export const REACH_MEASURES = [
  'STUDENTS_REACHED',
  'REACHED_ONCE',
  'REACHED_TWO_PLUS',
  'REACHED_FOUR_PLUS',
  'ATTENDANCES',
  'NO_SHOW_STUDENTS',
  'NO_SHOWS',
] as const;
export type ReachMeasure = (typeof REACH_MEASURES)[number];
const PEOPLE_COUNTS: readonly ReachMeasure[] = [
  'STUDENTS_REACHED',
  'REACHED_ONCE',
  'REACHED_TWO_PLUS',
  'REACHED_FOUR_PLUS',
  'NO_SHOW_STUDENTS',
];
/** A count of attendances says something about the people behind it: hidden with them. */
const DEPENDS_ON: Partial<Record<ReachMeasure, ReachMeasure>> = {
  ATTENDANCES: 'STUDENTS_REACHED',
  NO_SHOWS: 'NO_SHOW_STUDENTS',
};

export const REACH_METHOD =
  'Students are counted by the school they belong to; reached = attended at least one event in the academic year. ' +
  'Counts of 1–9 people are suppressed, and so is any further cell that would let a suppressed one be worked out ' +
  'from the totals (rows add up to their kind and to the partnership; reached = once + two or more).';

export interface ReachRowModel {
  kind: 'PARTNER' | 'UNKNOWN' | 'KIND' | 'TOTAL';
  partnerId: string | null;
  label: string;
  partnerKind: string | null;
  values: Record<ReachMeasure, number | null>;
  eventsHosted: number;
  suppressed: ReachMeasure[];
}

export interface ReachReportModel {
  academicYear: number;
  rows: ReachRowModel[];
  byKind: ReachRowModel[];
  total: ReachRowModel | null;
  method: string;
  csv: string;
}

export interface ReachRow {
  partner_id: string | null;
  name: string | null;
  kind: string | null;
  reached: number;
  once: number;
  two_plus: number;
  four_plus: number;
  attendances: number;
  no_show_students: number;
  no_shows: number;
  events_hosted: number;
}

/**
 * Reach of one academic year per partner, per kind of partner and for the partnership, in one
 * SQL statement over attendance (from events) and the people projection (`reachRows`), then protected by
 * primary and complementary suppression over the whole table. A head or champion gets their own
 * school's row only, suppressed as in the whole table.
 */
export async function reachReport(
  dataSource: DataSource,
  academicYear: number,
  scope: { kind: 'all' } | { kind: 'partner'; partnerId: string },
): Promise<ReachReportModel> {
  const rows = await reachRows(dataSource, academicYear);

  const partnerRows: ReachRowModel[] = rows.map((r) => ({
    kind: r.name === null ? 'UNKNOWN' : 'PARTNER',
    partnerId: r.name === null ? null : r.partner_id,
    label: r.name ?? 'School not known (erased or not yet known)',
    partnerKind: r.kind,
    values: {
      STUDENTS_REACHED: r.reached,
      REACHED_ONCE: r.once,
      REACHED_TWO_PLUS: r.two_plus,
      REACHED_FOUR_PLUS: r.four_plus,
      ATTENDANCES: r.attendances,
      NO_SHOW_STUDENTS: r.no_show_students,
      NO_SHOWS: r.no_shows,
    },
    eventsHosted: r.events_hosted,
    suppressed: [],
  }));
  // Rows with a partner no longer known and nothing to count are noise.
  const counted = partnerRows.filter(
    (r) => r.kind === 'PARTNER' || REACH_MEASURES.some((m) => (r.values[m] ?? 0) > 0),
  );
  const kinds = [...new Set(counted.map((r) => r.partnerKind ?? 'UNKNOWN'))].sort();
  const sumOf = (
    of: ReachRowModel[],
    label: string,
    kind: 'KIND' | 'TOTAL',
    partnerKind: string | null,
  ) => ({
    kind,
    partnerId: null,
    label,
    partnerKind,
    values: Object.fromEntries(
      REACH_MEASURES.map((m) => [m, of.reduce((a, r) => a + (r.values[m] ?? 0), 0)]),
    ) as Record<ReachMeasure, number>,
    eventsHosted: of.reduce((a, r) => a + r.eventsHosted, 0),
    suppressed: [],
  });
  const byKind: ReachRowModel[] = kinds.map((k) =>
    sumOf(
      counted.filter((r) => (r.partnerKind ?? 'UNKNOWN') === k),
      k,
      'KIND',
      k === 'UNKNOWN' ? null : k,
    ),
  );
  const total = sumOf(counted, 'Partnership', 'TOTAL', null);

  protect(counted, byKind, total);
  const visible =
    scope.kind === 'all' ? counted : counted.filter((r) => r.partnerId === scope.partnerId);
  return {
    academicYear,
    rows: visible,
    byKind: scope.kind === 'all' ? byKind : [],
    total: scope.kind === 'all' ? total : null,
    method: REACH_METHOD,
    csv: reachCsv(academicYear, scope.kind === 'all' ? [...visible, ...byKind, total] : visible),
  };
}

/**
 * One row per partner (and one for students whose school is not known): the year's counts from
 * `person_year_attendance` (one row per student with any attendance recorded in the year, kept as
 * attendance is recorded), by the school each student belongs to now, and the events each
 * partner hosted. Exported for the test that holds it to the statement it replaced.
 */
export async function reachRows(dataSource: DataSource, academicYear: number): Promise<ReachRow[]> {
  const { sql, params } = reachStatement(academicYear);
  return (await dataSource.query(sql, params)) as ReachRow[];
}

/** The one statement of the report (the benchmark EXPLAINs it). */
export function reachStatement(academicYear: number): { sql: string; params: unknown[] } {
  return {
    sql: `WITH per_partner AS (
       SELECT pp.partner_id,
              count(*) FILTER (WHERE a.attended >= 1)::int AS reached,
              count(*) FILTER (WHERE a.attended = 1)::int AS once,
              count(*) FILTER (WHERE a.attended >= 2)::int AS two_plus,
              count(*) FILTER (WHERE a.attended >= 4)::int AS four_plus,
              coalesce(sum(a.attended), 0)::int AS attendances,
              count(*) FILTER (WHERE a.no_shows >= 1)::int AS no_show_students,
              coalesce(sum(a.no_shows), 0)::int AS no_shows
         FROM person_year_attendance a
         LEFT JOIN person_projection pp ON pp.id = a.person_id
        WHERE a.academic_year = $1
        GROUP BY pp.partner_id
     ),
     hosted AS (
       SELECT host_partner_id AS partner_id, count(*)::int AS events_hosted
         FROM event_projection
        WHERE academic_year = $1 AND status IN ('PUBLISHED', 'COMPLETED')
          AND host_partner_id IS NOT NULL
        GROUP BY host_partner_id
     )
     SELECT coalesce(pa.id, pp.partner_id) AS partner_id, pa.name, pa.kind,
            coalesce(pp.reached, 0) AS reached, coalesce(pp.once, 0) AS once,
            coalesce(pp.two_plus, 0) AS two_plus, coalesce(pp.four_plus, 0) AS four_plus,
            coalesce(pp.attendances, 0) AS attendances,
            coalesce(pp.no_show_students, 0) AS no_show_students,
            coalesce(pp.no_shows, 0) AS no_shows, coalesce(h.events_hosted, 0) AS events_hosted
       FROM partner_projection pa
       FULL JOIN per_partner pp ON pp.partner_id = pa.id
       LEFT JOIN hosted h ON h.partner_id = pa.id
      ORDER BY pa.name NULLS LAST`,
    params: [academicYear],
  };
}

function protect(rows: ReachRowModel[], byKind: ReachRowModel[], total: ReachRowModel): void {
  const all = [...rows, ...byKind, total];
  const keyOf = (r: ReachRowModel) =>
    r.kind === 'TOTAL'
      ? 'total'
      : r.kind === 'KIND'
        ? `kind:${r.label}`
        : `row:${r.partnerId ?? r.label}`;
  const cells = new Map<string, TableCell>();
  for (const r of all)
    for (const m of REACH_MEASURES) {
      const value = r.values[m] ?? 0;
      const small = PEOPLE_COUNTS.includes(m) && isSmallCount(value);
      cells.set(`${keyOf(r)}|${m}`, {
        key: `${keyOf(r)}|${m}`,
        value,
        suppressed: small,
        reason: small ? 'SMALL' : undefined,
        // the partnership's total is the headline, then the kinds: complements come from rows first
        weight: r.kind === 'TOTAL' ? 2 : r.kind === 'KIND' ? 1 : 0,
      });
    }
  for (const r of all)
    for (const [m, on] of Object.entries(DEPENDS_ON) as Array<[ReachMeasure, ReachMeasure]>) {
      const cell = cellAt(cells, `${keyOf(r)}|${m}`);
      if (cellAt(cells, `${keyOf(r)}|${on}`).suppressed && !cell.suppressed) {
        cell.suppressed = true;
        cell.reason = 'DEPENDENT';
      }
    }
  const identities: Identity[] = [];
  for (const r of all)
    identities.push({
      total: `${keyOf(r)}|STUDENTS_REACHED`,
      parts: [`${keyOf(r)}|REACHED_ONCE`, `${keyOf(r)}|REACHED_TWO_PLUS`],
    });
  for (const m of REACH_MEASURES) {
    identities.push({ total: `total|${m}`, parts: byKind.map((k) => `${keyOf(k)}|${m}`) });
    for (const k of byKind)
      identities.push({
        total: `${keyOf(k)}|${m}`,
        parts: rows
          .filter((r) => (r.partnerKind ?? 'UNKNOWN') === k.label)
          .map((r) => `${keyOf(r)}|${m}`),
      });
  }
  protectTable(cells, identities);
  for (const r of all)
    for (const m of REACH_MEASURES)
      if (cellAt(cells, `${keyOf(r)}|${m}`).suppressed) {
        r.values[m] = null;
        r.suppressed.push(m);
      }
}

function cellAt(cells: Map<string, TableCell>, key: string): TableCell {
  const cell = cells.get(key);
  if (!cell) throw new Error(`reach table has no cell ${key}`);
  return cell;
}

function reachCsv(academicYear: number, rows: ReachRowModel[]): string {
  const cell = (r: ReachRowModel, m: ReachMeasure) =>
    r.values[m] === null ? 'suppressed' : String(r.values[m]);
  return stringify([
    [
      'academic_year',
      'row',
      'partner_kind',
      ...REACH_MEASURES.map((m) => m.toLowerCase()),
      'events_hosted',
    ],
    ...rows.map((r) => [
      String(academicYear),
      r.label,
      r.partnerKind ?? '',
      ...REACH_MEASURES.map((m) => cell(r, m)),
      String(r.eventsHosted),
    ]),
  ]);
}
