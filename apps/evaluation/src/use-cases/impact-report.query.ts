import type { DataSource } from 'typeorm';
import { INSTRUMENT_REGISTRY } from '../domain/instruments';
import type { Instrument } from '../domain/instruments';
import { MIN_CELL_SIZE, reportCell } from '../domain/statistics';
import type { DoseBand, ReportedCell } from '../domain/statistics';
import { suppressComplements } from '../domain/suppression';

export const IMPACT_GROUPINGS = ['EVENT', 'AIM', 'PARTNER', 'SECTOR', 'YEAR'] as const;
export type ImpactGrouping = (typeof IMPACT_GROUPINGS)[number];

const EVENT_JOIN = 'JOIN event_projection e ON e.id = p.event_id';
const PARTNER_JOIN = 'LEFT JOIN partner_projection pa ON pa.id = p.partner_id';

export const CI_METHOD =
  '95% confidence interval of the mean paired change (post − pre), Student t with n − 1 degrees of freedom';

export interface ImpactFilter {
  /** academic years (2025 = 2025/26); null for every year */
  academicYears: readonly number[] | null;
  /** only respondents who belong to these partners */
  partnerIds?: readonly string[] | null;
  /** only these events */
  eventIds?: readonly string[] | null;
}

export interface ImpactCell extends ReportedCell {
  grouping: ImpactGrouping;
  /** event id, aim, partner id, sector or academic year; null where it is unknown */
  groupKey: string | null;
  /** event title, aim, partner name, sector, "2025/26" */
  groupLabel: string | null;
  academicYear: number;
  instrument: Instrument;
  doseBand: DoseBand;
  /** suppressed only so that a small cell cannot be worked out (it has 10 or more people) */
  suppressedAsComplement?: boolean;
}

/**
 * What each grouping groups by: SQL over the pairs `p` (`impact_pair`), with the joins it needs
 * for its key and label (the event `e`, the partner `pa`).
 */
const GROUP_SQL: Record<ImpactGrouping, { key: string; label: string; join: string }> = {
  EVENT: { key: 'p.event_id::text', label: 'e.title', join: EVENT_JOIN },
  AIM: {
    key: 'aim',
    label: 'aim',
    join: `${EVENT_JOIN} CROSS JOIN LATERAL unnest(e.aims) AS aim`,
  },
  PARTNER: { key: 'p.partner_id::text', label: 'pa.name', join: PARTNER_JOIN },
  SECTOR: { key: 'pa.sector', label: 'pa.sector', join: PARTNER_JOIN },
  YEAR: { key: 'p.academic_year::text', label: 'p.academic_year::text', join: '' },
};

export interface ImpactRow {
  group_key: string | null;
  group_label: string | null;
  academic_year: number;
  instrument: Instrument;
  dose_band: DoseBand;
  n: number | null;
  mean: string | null;
  sd: string | null;
}

/**
 * One SQL statement per report: takes each POST response's change (paired with the same
 * person's PRE score when it was submitted) with the respondent and their partner, as kept in
 * `impact_pair` (maintained from the responses, the invitations, which only this service holds,
 * and the projections as they are written: migration 1732300000072), and the respondent's dose
 * (events ATTENDED in that academic year, counted as attendance is recorded:
 * `person_year_attendance`), and aggregates in PostgreSQL. The unit is the
 * PERSON, not the response: a student who answered after several events of one group counts
 * once, with the mean of their changes, so n counts people (the suppression rule is about people)
 * and the SD and CI do not treat one person's repeated answers as independent. Responses of
 * erased people no longer link to anyone and each count as one unit. Cells of fewer than
 * MIN_CELL_SIZE people leave the database with no n and no statistics, and a cell that would let
 * one of them be recovered by subtraction is suppressed with it (`suppressComplements`).
 * Instruments are never pooled: each is its own cell.
 */
export async function impactReport(
  dataSource: DataSource,
  grouping: ImpactGrouping,
  filter: ImpactFilter,
): Promise<ImpactCell[]> {
  const rows = await impactRows(dataSource, grouping, filter);
  return suppressComplements(
    rows.map((r) => ({
      grouping,
      groupKey: r.group_key,
      groupLabel: grouping === 'YEAR' ? yearLabel(r.academic_year) : r.group_label,
      academicYear: r.academic_year,
      instrument: r.instrument,
      doseBand: r.dose_band,
      ...reportCell({
        n: r.n,
        mean: r.mean === null ? null : Number(r.mean),
        sd: r.sd === null ? null : Number(r.sd),
      }),
    })),
  );
}

/**
 * Settings of the report's transaction. A year's pairs are grouped per person; 32 MB of work_mem
 * keeps that in memory (the default 4 MB spilled to disk), for this statement only. JIT off: the
 * plan's cost can pass jit_above_cost, and compiling its expressions took 2.0 s of a 10.9 s run
 * on the loaded benchmark machine (EXPLAIN ANALYZE, tools/bench/README.md), more than the whole
 * statement needs. No parallel workers: since each dose is a key lookup in
 * `person_year_attendance`, the workers only split the pairs' joins and then hand the leader
 * partial aggregates that reduce nothing (one group per person, serialised `numeric` states), so
 * the leader's Finalize redid most of the work; measured interleaved on the same data, one
 * process was faster for every grouping (tools/bench/README.md, session 12). No hash
 * aggregation: averaging per unit in a hash table (one `numeric` state per person, ~80,000 of
 * them) took 550 ms where streaming over `impact_pair_report_idx` in unit order took 210 ms for
 * half as many rows again (EXPLAIN ANALYZE of the per-partner and per-aim plans, same run; the
 * planner chose the hash for all but per aim); the cells' grouping then sorts instead.
 */
export const IMPACT_SETTINGS = [
  `SET LOCAL work_mem = '32MB'`,
  `SET LOCAL jit = off`,
  `SET LOCAL max_parallel_workers_per_gather = 0`,
  `SET LOCAL enable_hashagg = off`,
] as const;

/**
 * The report's cells as PostgreSQL computes them, before complementary suppression (exported for
 * the test that holds it to the statement it replaced). The year's pairs are read from
 * `impact_pair` in the order of its index (each unit's pairs together) and averaged per unit;
 * each unit's dose is then one lookup in `person_year_attendance`; the dose bands are aggregated
 * in one pass over the units (FILTER), and a band with nobody in it gives no row.
 */
export async function impactRows(
  dataSource: DataSource,
  grouping: ImpactGrouping,
  filter: ImpactFilter,
): Promise<ImpactRow[]> {
  const { sql, params } = impactStatement(grouping, filter);
  return (await dataSource.transaction(async (m) => {
    for (const setting of IMPACT_SETTINGS) await m.query(setting);
    return m.query(sql, params);
  })) as ImpactRow[];
}

/** The one statement of a report (the benchmark EXPLAINs it). */
export function impactStatement(
  grouping: ImpactGrouping,
  filter: ImpactFilter,
): { sql: string; params: unknown[] } {
  const g = GROUP_SQL[grouping];
  const band = (name: string, member: string) =>
    `count(*) FILTER (WHERE ${member}) AS n_${name}, avg(change) FILTER (WHERE ${member}) AS mean_${name},
            stddev_samp(change) FILTER (WHERE ${member}) AS sd_${name}`;
  return {
    sql: `WITH units AS (
       SELECT ${g.key} AS group_key, min(${g.label}) AS group_label, p.academic_year, p.instrument,
              p.person_id, avg(p.change) AS change
       FROM impact_pair p
       ${g.join}
       WHERE ($1::int[] IS NULL OR p.academic_year = ANY($1::int[]))
         AND ($2::uuid[] IS NULL OR p.partner_id = ANY($2::uuid[]))
         AND ($3::uuid[] IS NULL OR p.event_id = ANY($3::uuid[]))
       -- a unit's partner and person are the same on all its pairs: grouping by them splits no
       -- unit, and puts the keys in the order of impact_pair_report_idx
       GROUP BY p.academic_year, p.instrument, p.unit, p.partner_id, p.person_id, ${g.key}
     ),
     people AS (
       SELECT u.group_key, u.group_label, u.academic_year, u.instrument, u.change,
              coalesce(d.attended, 0) AS dose
       FROM units u
       LEFT JOIN person_year_attendance d
              ON d.academic_year = u.academic_year AND d.person_id = u.person_id
             -- implied by the units' year; said again so that only those years are read
             AND ($1::int[] IS NULL OR d.academic_year = ANY($1::int[]))
     ),
     cells AS (
       SELECT group_key, min(group_label) AS group_label, academic_year, instrument,
              ${band('all', 'true')},
              ${band('one', 'dose = 1')},
              ${band('two_plus', 'dose >= 2')},
              ${band('four_plus', 'dose >= 4')}
       FROM people
       GROUP BY group_key, academic_year, instrument
     )
     SELECT group_key, group_label, academic_year, instrument, b.band AS dose_band,
            CASE WHEN b.n >= ${MIN_CELL_SIZE} THEN b.n::int END AS n,
            CASE WHEN b.n >= ${MIN_CELL_SIZE} THEN b.mean END AS mean,
            CASE WHEN b.n >= ${MIN_CELL_SIZE} THEN b.sd END AS sd
     FROM cells
     CROSS JOIN LATERAL (VALUES (1, 'ALL', n_all, mean_all, sd_all),
                                (2, 'ONE', n_one, mean_one, sd_one),
                                (3, 'TWO_PLUS', n_two_plus, mean_two_plus, sd_two_plus),
                                (4, 'FOUR_PLUS', n_four_plus, mean_four_plus, sd_four_plus))
                        AS b(position, band, n, mean, sd)
     WHERE b.n > 0
     ORDER BY academic_year, group_key, instrument, b.position`,
    params: [filter.academicYears ?? null, filter.partnerIds ?? null, filter.eventIds ?? null],
  };
}

export function yearLabel(year: number): string {
  return `${year}/${String((year + 1) % 100).padStart(2, '0')}`;
}

export function licenceNoticeOf(instrument: Instrument): string | null {
  return INSTRUMENT_REGISTRY[instrument].licenceNotice;
}
