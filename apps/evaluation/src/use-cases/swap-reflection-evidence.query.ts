import { GraphQLError } from 'graphql';
import type { DataSource } from 'typeorm';
import { AIMS } from '../domain/focus-group';
import type { Aim } from '../domain/focus-group';
import type { ReportScope } from '../domain/report-access';

export interface SwapReflectionEvidence {
  academicYear: number;
  reflections: number;
  swaps: number;
  completedSwaps: number;
  byAim: Array<{ aim: Aim; reflections: number }>;
}

/**
 * Counts of teacher swap reflections in an academic year, within the caller's report scope (the
 * teacher's school when they reflected). Counts only: who reflected is not evaluation's to show.
 * An aim outside the partnership's list (teacher-swap mirrors it) is not counted.
 */
export async function swapReflectionEvidence(
  dataSource: DataSource,
  scope: Exclude<ReportScope, { kind: 'forbidden' }>,
  academicYear: number,
): Promise<SwapReflectionEvidence> {
  if (academicYear < 2000 || academicYear > 2100)
    throw new GraphQLError('academicYear must be a year such as 2025', {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  const partnerId = scope.kind === 'partner' ? scope.partnerId : null;
  const [totals] = (await dataSource.query(
    `SELECT count(*)::int AS reflections, count(DISTINCT swap_id)::int AS swaps
       FROM swap_reflection
      WHERE academic_year = $1 AND ($2::uuid IS NULL OR partner_id = $2)`,
    [academicYear, partnerId],
  )) as Array<{ reflections: number; swaps: number }>;
  const byAim = (await dataSource.query(
    `SELECT a.aim, count(*)::int AS reflections
       FROM swap_reflection r CROSS JOIN LATERAL unnest(r.aims) AS a(aim)
      WHERE r.academic_year = $1 AND ($2::uuid IS NULL OR r.partner_id = $2)
        AND a.aim = ANY($3::text[])
      GROUP BY a.aim
      ORDER BY reflections DESC, array_position($3::text[], a.aim)`,
    [academicYear, partnerId, AIMS],
  )) as Array<{ aim: Aim; reflections: number }>;
  // A swap counts for a school when one of its two teachers was there.
  const [{ completed }] = (await dataSource.query(
    `SELECT count(*)::int AS completed FROM swap_completion
      WHERE academic_year = $1 AND ($2::uuid IS NULL OR $2 = ANY(partner_ids))`,
    [academicYear, partnerId],
  )) as Array<{ completed: number }>;
  return { academicYear, ...totals, completedSwaps: completed, byAim };
}
