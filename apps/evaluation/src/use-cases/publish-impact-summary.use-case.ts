import type { DataSource } from 'typeorm';
import { ImpactSummaryEntity } from '../entities/impact-summary.entity';

/** The coordinator publishes a year's summary to associate partners; publishing again is a no-op. */
export async function publishImpactSummary(
  dataSource: DataSource,
  academicYear: number,
): Promise<ImpactSummaryEntity> {
  await dataSource.query(
    `INSERT INTO impact_summary (academic_year, published_at) VALUES ($1, now())
     ON CONFLICT (academic_year) DO UPDATE SET published_at = coalesce(impact_summary.published_at, now())`,
    [academicYear],
  );
  return dataSource.getRepository(ImpactSummaryEntity).findOneByOrFail({ academicYear });
}
