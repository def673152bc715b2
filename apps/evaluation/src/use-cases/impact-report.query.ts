import type { DataSource } from 'typeorm';
import { INSTRUMENT_REGISTRY } from '../domain/instruments';
import type { Instrument } from '../domain/instruments';
import { MIN_CELL_SIZE, reportCell } from '../domain/statistics';
import type { DoseBand, ReportedCell } from '../domain/statistics';
import { suppressComplements } from '../domain/suppression';

export const IMPACT_GROUPINGS = ['EVENT', 'AIM', 'PARTNER', 'SECTOR', 'YEAR'] as const;
export type ImpactGrouping = (typeof IMPACT_GROUPINGS)[number];

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
}

/** What each grouping groups by: SQL over the `pairs` CTE, the event `e` and partner `pa`. */
const GROUP_SQL: Record<ImpactGrouping, { key: string; label: string; join: string }> = {
  EVENT: { key: 'p.event_id::text', label: 'e.title', join: '' },
  AIM: { key: 'aim', label: 'aim', join: 'CROSS JOIN LATERAL unnest(e.aims) AS aim' },
  PARTNER: { key: 'p.partner_id::text', label: 'pa.name', join: '' },
  SECTOR: { key: 'pa.sector', label: 'pa.sector', join: '' },
  YEAR: { key: 'p.academic_year::text', label: 'p.academic_year::text', join: '' },
};

interface Row {
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
 * person's PRE score when it was submitted), the respondent's partner and dose (events ATTENDED
 * in that academic year) through the invitation, which only this service holds, and aggregates in
 * PostgreSQL. The unit is the PERSON, not the response: a student who answered after several
 * events of one group counts once, with the mean of their changes, so n counts people (the
 * suppression rule is about people) and the SD and CI do not treat one person's repeated answers
 * as independent. Responses of erased people no longer link to anyone and each count as one unit.
 * Cells of fewer than MIN_CELL_SIZE people leave the database with no n and no statistics, and a
 * cell that would let one of them be recovered by subtraction is suppressed with it
 * (`suppressComplements`). Instruments are never pooled: each is its own cell.
 */
export async function impactReport(
  dataSource: DataSource,
  grouping: ImpactGrouping,
  filter: ImpactFilter,
): Promise<ImpactCell[]> {
  const g = GROUP_SQL[grouping];
  // A yearly report reads the whole year's attendance in one index-only scan; a report on a few
  // events (Event.evaluation) reads only their respondents' attendance instead.
  const narrowDose = Boolean(filter.eventIds) || !filter.academicYears;
  // A year's pairs are sorted and grouped twice (per person, then per cell); with the default 4 MB
  // of work_mem those sorts spill to disk. 32 MB keeps them in memory, for this statement only.
  // JIT off: the plan's cost passes jit_above_cost, and compiling its ~200 expressions took 2.0 s
  // of a 10.9 s run on the loaded benchmark machine (EXPLAIN ANALYZE, tools/bench/README.md),
  // paid again in every parallel worker; the statement runs for well under the compile time saved.
  const rows = (await dataSource.transaction(async (m) => {
    await m.query(`SET LOCAL work_mem = '32MB'`);
    await m.query(`SET LOCAL jit = off`);
    return m.query(
      `WITH pairs AS (
       SELECT post.event_id, post.instrument, e.academic_year, i.person_id, pp.partner_id, r.change,
              coalesce(i.person_id, r.id) AS unit
       FROM survey_response r
       JOIN survey post ON post.id = r.survey_id
       JOIN event_projection e ON e.id = post.event_id
       JOIN survey_invitation i ON i.id = r.invitation_id
       LEFT JOIN person_projection pp ON pp.id = i.person_id
       WHERE r.change IS NOT NULL AND post.phase = 'POST'
         AND ($1::int[] IS NULL OR e.academic_year = ANY($1::int[]))
         AND ($2::uuid[] IS NULL OR pp.partner_id = ANY($2::uuid[]))
         AND ($3::uuid[] IS NULL OR post.event_id = ANY($3::uuid[]))
     ),
     dose AS (
       SELECT a.person_id, a.academic_year, count(*)::int AS dose
       FROM attendance_dose a
       WHERE a.status = 'ATTENDED' AND ($1::int[] IS NULL OR a.academic_year = ANY($1::int[]))
         ${narrowDose ? 'AND a.person_id IN (SELECT person_id FROM pairs)' : ''}
       GROUP BY a.person_id, a.academic_year
     ),
     keyed AS (
       SELECT ${g.key} AS group_key, ${g.label} AS group_label, p.academic_year, p.instrument,
              p.unit, p.change, coalesce(d.dose, 0) AS dose
       FROM pairs p
       JOIN event_projection e ON e.id = p.event_id
       LEFT JOIN partner_projection pa ON pa.id = p.partner_id
       LEFT JOIN dose d ON d.person_id = p.person_id AND d.academic_year = p.academic_year
       ${g.join}
     ),
     people AS (
       SELECT group_key, min(group_label) AS group_label, academic_year, instrument, unit,
              avg(change) AS change, max(dose) AS dose
       FROM keyed
       GROUP BY group_key, academic_year, instrument, unit
     )
     SELECT group_key, min(group_label) AS group_label, academic_year, instrument, band AS dose_band,
            CASE WHEN count(*) >= ${MIN_CELL_SIZE} THEN count(*)::int END AS n,
            CASE WHEN count(*) >= ${MIN_CELL_SIZE} THEN avg(change) END AS mean,
            CASE WHEN count(*) >= ${MIN_CELL_SIZE} THEN stddev_samp(change) END AS sd
     FROM people
     CROSS JOIN LATERAL (VALUES ('ALL', true), ('ONE', dose = 1), ('TWO_PLUS', dose >= 2),
                                ('FOUR_PLUS', dose >= 4)) AS b(band, member)
     WHERE member
     GROUP BY group_key, academic_year, instrument, band
     ORDER BY academic_year, group_key, instrument,
              array_position(ARRAY['ALL','ONE','TWO_PLUS','FOUR_PLUS'], band)`,
      [filter.academicYears ?? null, filter.partnerIds ?? null, filter.eventIds ?? null],
    );
  })) as Row[];
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

export function yearLabel(year: number): string {
  return `${year}/${String((year + 1) % 100).padStart(2, '0')}`;
}

export function licenceNoticeOf(instrument: Instrument): string | null {
  return INSTRUMENT_REGISTRY[instrument].licenceNotice;
}
