import type { DataSource } from 'typeorm';
import type { DataPolicy } from './data-policy';
import type { BackgroundJob } from './jobs';
import { recordRetentionRun } from './retention-record';

const IDENT = /^[a-z_][a-z0-9_]*$/;

/**
 * Applies the storage-limitation part of each data policy: rows older than `retainDays` (by their
 * `ageColumn`) are deleted, or anonymised with the policy's `anonymise` SET clause. Identifiers
 * come from code, never from input, and are checked anyway before they reach SQL.
 */
export async function applyRetention(
  dataSource: DataSource,
  policies: DataPolicy[],
  now: Date,
): Promise<Record<string, number>> {
  const affected: Record<string, number> = {};
  for (const p of policies) {
    if (!p.personalData || p.action === 'keep') continue;
    if (!IDENT.test(p.table) || !IDENT.test(p.ageColumn))
      throw new Error(`bad identifier in policy for ${p.table}`);
    const cutoff = new Date(now.getTime() - p.retainDays * 86400000);
    if (p.action === 'delete') {
      const [, count] = (await dataSource.query(
        `DELETE FROM ${p.table} WHERE ${p.ageColumn} < $1`,
        [cutoff],
      )) as [unknown, number];
      affected[p.table] = count;
    } else {
      if (!p.anonymise) throw new Error(`policy for ${p.table} anonymises but gives no SET clause`);
      const [, count] = (await dataSource.query(
        `UPDATE ${p.table} SET ${p.anonymise} WHERE ${p.ageColumn} < $1 AND NOT (${p.anonymisedWhen})`,
        [cutoff],
      )) as [unknown, number];
      affected[p.table] = count;
    }
  }
  return affected;
}

/** The retention job every subgraph runs (hourly; cheap when nothing is due). */
export function retentionJob(policies: DataPolicy[]): BackgroundJob {
  return {
    name: 'retention',
    intervalMs: 60 * 60 * 1000,
    run: async ({ dataSource, log, now }) => {
      const affected = await applyRetention(dataSource, policies, now);
      // Every run is recorded, nothing done included: the retention record shows the last run.
      if (policies.some((p) => p.table === 'retention_run'))
        await recordRetentionRun(dataSource, now, affected);
      const total = Object.values(affected).reduce((a, b) => a + b, 0);
      if (total > 0) log.info({ affected }, 'retention applied');
    },
  };
}
