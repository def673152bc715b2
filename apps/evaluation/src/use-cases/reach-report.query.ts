import { stringify } from 'csv-stringify/sync';
import type { DataSource } from 'typeorm';
import { isSmallCount, protectTable } from '../domain/table-suppression';
import type { Identity, TableCell } from '../domain/table-suppression';

/**
 * What a reach row counts. People counts are suppressed below 10; event counts follow them; places
 * used are suppressed when fewer than 10 people hold them (`PLACE_COUNTS`).
 */
export const REACH_MEASURES = [
  'STUDENTS_REACHED',
  'REACHED_ONCE',
  'REACHED_TWO_PLUS',
  'REACHED_FOUR_PLUS',
  'ATTENDANCES',
  'NO_SHOW_STUDENTS',
  'NO_SHOWS',
  'PLACES_USED',
  'QUOTA_PLACES_USED',
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
/**
 * Places held count registrations, not people: 12 places can be 3 students at 4 events. So a
 * places cell is suppressed when the distinct people holding them number 1–9 (a count the report
 * computes for this and never publishes), which also covers 1–9 places. Not DEPENDENT on
 * STUDENTS_REACHED like ATTENDANCES: those holding a place are not the same people as those who
 * attended (registered but not yet come, no-shows), so that count says nothing about these.
 */
const PLACE_COUNTS = ['PLACES_USED', 'QUOTA_PLACES_USED'] as const;
type PlaceCount = (typeof PLACE_COUNTS)[number];

export const REACH_METHOD =
  'Students are counted by the school they belong to; reached = attended at least one event in the academic year ' +
  '(staff who attended are not counted; a person erased since is counted under school not known). ' +
  'Counts of 1–9 people are suppressed, and so is any further cell that would let a suppressed one be worked out ' +
  'from the totals (rows add up to their kind and to the partnership; reached = once + two or more). ' +
  "Places used are places held (registered, offered, attended or no-show) at the year's published and completed " +
  "events by the school's people, suppressed when fewer than 10 people hold them; used against quota counts those at " +
  "events with a partner quota, against the quota places (the sum of those events' quotas: the most one school " +
  'could hold). Places offered (the sum of capacities) and quota places count places, not people, and are never ' +
  'suppressed; they are unknown for a year with events announced before places were reported.';

export interface ReachRowModel {
  kind: 'PARTNER' | 'UNKNOWN' | 'KIND' | 'TOTAL';
  partnerId: string | null;
  label: string;
  partnerKind: string | null;
  values: Record<ReachMeasure, number | null>;
  eventsHosted: number;
  /**
   * Partner rows: the places the partner's people could hold at the year's events with a partner
   * quota (each event's quota, at most its capacity), the same for every partner; null on other
   * rows (no one quota applies to a kind or the partnership) and when not known.
   */
  quotaPlaces: number | null;
  /** The total row: the places at the year's events (their capacity); null on other rows and when not known. */
  placesOffered: number | null;
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
  /** place-holding registrations at the year's published and completed events */
  places_used: number;
  /** the distinct people behind `places_used`: decides its suppression, never published */
  place_holders: number;
  /** `places_used` at events with a partner quota */
  quota_places_used: number;
  quota_place_holders: number;
  /** the programme's (the same on every row): null when an event's places are not known */
  places_offered: number | null;
  quota_places: number | null;
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
      PLACES_USED: r.places_used,
      QUOTA_PLACES_USED: r.quota_places_used,
    },
    eventsHosted: r.events_hosted,
    quotaPlaces: r.name === null ? null : r.quota_places,
    placesOffered: null,
    suppressed: [],
  }));
  const holders = new Map<ReachRowModel, Record<PlaceCount, number>>(
    partnerRows.map((row, i) => [
      row,
      { PLACES_USED: rows[i].place_holders, QUOTA_PLACES_USED: rows[i].quota_place_holders },
    ]),
  );
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
  ): ReachRowModel => {
    const row: ReachRowModel = {
      kind,
      partnerId: null,
      label,
      partnerKind,
      values: Object.fromEntries(
        REACH_MEASURES.map((m) => [m, of.reduce((a, r) => a + (r.values[m] ?? 0), 0)]),
      ) as Record<ReachMeasure, number>,
      eventsHosted: of.reduce((a, r) => a + r.eventsHosted, 0),
      quotaPlaces: null,
      // the programme's places, whoever took them: the partnership's number, not a sum of rows
      placesOffered: kind === 'TOTAL' ? (rows[0]?.places_offered ?? null) : null,
      suppressed: [],
    };
    // a person belongs to one school: the people holding places add up like the places
    holders.set(
      row,
      Object.fromEntries(
        PLACE_COUNTS.map((m) => [m, of.reduce((a, r) => a + (holders.get(r)?.[m] ?? 0), 0)]),
      ) as Record<PlaceCount, number>,
    );
    return row;
  };
  const byKind: ReachRowModel[] = kinds.map((k) =>
    sumOf(
      counted.filter((r) => (r.partnerKind ?? 'UNKNOWN') === k),
      k,
      'KIND',
      k === 'UNKNOWN' ? null : k,
    ),
  );
  const total = sumOf(counted, 'Partnership', 'TOTAL', null);

  protect(counted, byKind, total, holders);
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
 * attendance is recorded), by the school each student belongs to now, the places its people hold
 * (`event_registration`), the events each partner hosted, and the programme's places. Exported
 * for the test that holds it to the statement it replaced.
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
        -- students only (teachers at CPD or with their class are not students reached); a person
        -- no longer known (erased) is counted in the unknown school's row, as before
        WHERE a.academic_year = $1 AND (pp.id IS NULL OR 'STUDENT' = ANY (pp.roles))
        GROUP BY pp.partner_id
     ),
     year_events AS (
       SELECT id, host_partner_id, capacity, partner_quota
         FROM event_projection
        WHERE academic_year = $1 AND status IN ('PUBLISHED', 'COMPLETED')
     ),
     -- places held (the statuses events counts against capacity and quota), by the school each
     -- person belongs to now, as attendance is counted
     places AS (
       SELECT pp.partner_id,
              count(*)::int AS places_used,
              count(DISTINCT r.person_id)::int AS place_holders,
              count(*) FILTER (WHERE e.partner_quota IS NOT NULL)::int AS quota_places_used,
              count(DISTINCT r.person_id) FILTER (WHERE e.partner_quota IS NOT NULL)::int
                AS quota_place_holders
         FROM event_registration r
         JOIN year_events e ON e.id = r.event_id
         LEFT JOIN person_projection pp ON pp.id = r.person_id
        WHERE r.status IN ('REGISTERED', 'OFFERED', 'ATTENDED', 'NO_SHOW')
        GROUP BY pp.partner_id
     ),
     -- one row per school (or unknown school) that attended or holds places: GROUP BY takes
     -- the unknown school's NULL as one key, where a FULL JOIN on it would not
     counted AS (
       SELECT partner_id, sum(reached)::int AS reached, sum(once)::int AS once,
              sum(two_plus)::int AS two_plus, sum(four_plus)::int AS four_plus,
              sum(attendances)::int AS attendances, sum(no_show_students)::int AS no_show_students,
              sum(no_shows)::int AS no_shows, sum(places_used)::int AS places_used,
              sum(place_holders)::int AS place_holders,
              sum(quota_places_used)::int AS quota_places_used,
              sum(quota_place_holders)::int AS quota_place_holders
         FROM (SELECT partner_id, reached, once, two_plus, four_plus, attendances, no_show_students,
                      no_shows, 0 AS places_used, 0 AS place_holders, 0 AS quota_places_used,
                      0 AS quota_place_holders
                 FROM per_partner
               UNION ALL
               SELECT partner_id, 0, 0, 0, 0, 0, 0, 0, places_used, place_holders,
                      quota_places_used, quota_place_holders
                 FROM places) x
        GROUP BY partner_id
     ),
     hosted AS (
       SELECT host_partner_id AS partner_id, count(*)::int AS events_hosted
         FROM year_events
        WHERE host_partner_id IS NOT NULL
        GROUP BY host_partner_id
     ),
     -- the programme's places; unknown (null) while any event's are (announced before
     -- EventScheduled carried them), rather than a sum that silently leaves some out
     programme AS (
       SELECT CASE WHEN bool_and(capacity IS NOT NULL) IS NOT FALSE
                   THEN coalesce(sum(capacity), 0)::int END AS places_offered,
              CASE WHEN bool_and(capacity IS NOT NULL) IS NOT FALSE
                   -- least() skips NULLs: the filter keeps events without a quota out
                   THEN coalesce(sum(least(partner_quota, capacity))
                                   FILTER (WHERE partner_quota IS NOT NULL), 0)::int
              END AS quota_places
         FROM year_events
     )
     SELECT coalesce(pa.id, c.partner_id) AS partner_id, pa.name, pa.kind,
            coalesce(c.reached, 0) AS reached, coalesce(c.once, 0) AS once,
            coalesce(c.two_plus, 0) AS two_plus, coalesce(c.four_plus, 0) AS four_plus,
            coalesce(c.attendances, 0) AS attendances,
            coalesce(c.no_show_students, 0) AS no_show_students,
            coalesce(c.no_shows, 0) AS no_shows, coalesce(h.events_hosted, 0) AS events_hosted,
            coalesce(c.places_used, 0) AS places_used,
            coalesce(c.place_holders, 0) AS place_holders,
            coalesce(c.quota_places_used, 0) AS quota_places_used,
            coalesce(c.quota_place_holders, 0) AS quota_place_holders,
            g.places_offered, g.quota_places
       FROM partner_projection pa
       FULL JOIN counted c ON c.partner_id = pa.id
       LEFT JOIN hosted h ON h.partner_id = pa.id
       CROSS JOIN programme g
      ORDER BY pa.name NULLS LAST`,
    params: [academicYear],
  };
}

function protect(
  rows: ReachRowModel[],
  byKind: ReachRowModel[],
  total: ReachRowModel,
  holders: ReadonlyMap<ReachRowModel, Record<PlaceCount, number>>,
): void {
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
      const people = (PLACE_COUNTS as readonly ReachMeasure[]).includes(m)
        ? (holders.get(r)?.[m as PlaceCount] ?? 0)
        : value;
      const small =
        (PEOPLE_COUNTS.includes(m) || (PLACE_COUNTS as readonly ReachMeasure[]).includes(m)) &&
        isSmallCount(people);
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
  // the columns places came with go last, so the earlier ones keep their positions
  const before = REACH_MEASURES.filter((m) => !(PLACE_COUNTS as readonly string[]).includes(m));
  return stringify([
    [
      'academic_year',
      'row',
      'partner_kind',
      ...before.map((m) => m.toLowerCase()),
      'events_hosted',
      ...PLACE_COUNTS.map((m) => m.toLowerCase()),
      'quota_places',
      'places_offered',
    ],
    ...rows.map((r) => [
      String(academicYear),
      r.label,
      r.partnerKind ?? '',
      ...before.map((m) => cell(r, m)),
      String(r.eventsHosted),
      ...PLACE_COUNTS.map((m) => cell(r, m)),
      r.quotaPlaces === null ? '' : String(r.quotaPlaces),
      r.placesOffered === null ? '' : String(r.placesOffered),
    ]),
  ]);
}
