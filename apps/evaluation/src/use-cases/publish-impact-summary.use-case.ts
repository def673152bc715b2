import { done, refused, rejected, userError } from '@ekst/subgraph-kit';
import { mayPublishImpactSummaries } from '../domain/report-access';
import { ImpactSummaryEntity } from '../entities/impact-summary.entity';
import type { ImpactSummaryModel } from '../resolvers/schema.mappers';
import type { EvaluationDeps, EvaluationResult } from './evaluation-use-case';
import { impactReport } from './impact-report.query';

/**
 * The coordinator publishes a year's summary (by aim) to associate partners; publishing again
 * keeps the first publication date. The report is read after the publication commits: it is
 * aggregate data, computed in its own read transaction (impactReport sets its own work_mem).
 */
export async function publishImpactSummary(
  deps: EvaluationDeps,
  academicYear: number,
): Promise<EvaluationResult<ImpactSummaryModel>> {
  if (!mayPublishImpactSummaries(deps.caller))
    return refused('Only the coordinator publishes impact summaries');
  if (!Number.isInteger(academicYear) || academicYear < 2000 || academicYear > 2100)
    return rejected(userError('INVALID', 'an academic year such as 2025', 'academicYear'));

  const summary = await deps.transaction(async ({ manager, clock }) => {
    await manager.query(
      `INSERT INTO impact_summary (academic_year, published_at) VALUES ($1, $2)
       ON CONFLICT (academic_year) DO UPDATE SET published_at = coalesce(impact_summary.published_at, $2)`,
      [academicYear, clock.now()],
    );
    return manager.getRepository(ImpactSummaryEntity).findOneByOrFail({ academicYear });
  });
  const cells = await impactReport(deps.dataSource, 'AIM', { academicYears: [academicYear] });
  return done({
    academicYear,
    publishedAt: summary.publishedAt,
    report: { grouping: 'AIM', academicYear, partnerId: null, cells },
  });
}
