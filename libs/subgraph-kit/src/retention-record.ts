import { mayActOnDataRights } from '@ekst/auth';
import type { DataSource, MigrationInterface, QueryRunner } from 'typeorm';
import type { DataPolicy } from './data-policy';
import { forbidden } from './errors';
import type { BaseContext } from './subgraph-server';

/**
 * Retention made visible (issue 20): every run of the retention job is recorded (when, and how
 * many rows of each table it deleted or anonymised), and the data policy is served as data to the
 * coordinator and the data protection lead — per table its period, action, reason, and the last
 * run's count. Runs are kept RETENTION_RUN_DAYS, pruned by the job itself.
 */
export const RETENTION_RUN_DAYS = 90;

export const RETENTION_RUN_DATA_POLICY: DataPolicy = {
  table: 'retention_run',
  personalData: false,
  note: 'when the retention job ran and how many rows of each table it deleted or anonymised; counts only',
};

/** Every service's table of runs (registered in each service's migrations). */
export class RetentionRunTable1732300002003 implements MigrationInterface {
  name = 'RetentionRunTable1732300002003';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE retention_run (
        id        bigserial PRIMARY KEY,
        ran_at    timestamptz NOT NULL,
        affected  jsonb NOT NULL
      )`);
    await q.query(`CREATE INDEX retention_run_ran_at_idx ON retention_run (ran_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE retention_run`);
  }
}

/** Records one run (and prunes old runs); called by the retention job after it applied policies. */
export async function recordRetentionRun(
  dataSource: DataSource,
  now: Date,
  affected: Record<string, number>,
): Promise<void> {
  await dataSource.query(`INSERT INTO retention_run (ran_at, affected) VALUES ($1, $2::jsonb)`, [
    now,
    JSON.stringify(affected),
  ]);
  await dataSource.query(`DELETE FROM retention_run WHERE ran_at < $1`, [
    new Date(now.getTime() - RETENTION_RUN_DAYS * 86400000),
  ]);
}

export interface RetentionEntry {
  service: string;
  table: string;
  personalData: boolean;
  action: string;
  retainDays: number | null;
  ageColumn: string | null;
  reason: string;
  onErasure: string | null;
  lastRunAt: string | null;
  lastRunAffected: number | null;
}

/** The service's data policy as data, with the last recorded run of the retention job. */
export async function retentionEntries(
  dataSource: DataSource,
  service: string,
  policies: DataPolicy[],
): Promise<RetentionEntry[]> {
  const [last] = (await dataSource.query(
    `SELECT ran_at, affected FROM retention_run ORDER BY ran_at DESC, id DESC LIMIT 1`,
  )) as Array<{ ran_at: Date; affected: Record<string, number> }>;
  return policies.map((p) => {
    const base = { service, table: p.table, personalData: p.personalData };
    const lastRunAt = last?.ran_at.toISOString() ?? null;
    if (!p.personalData)
      return {
        ...base,
        action: 'none',
        retainDays: null,
        ageColumn: null,
        reason: p.note,
        onErasure: null,
        lastRunAt,
        lastRunAffected: null,
      };
    if (p.action === 'keep')
      return {
        ...base,
        action: 'keep',
        retainDays: null,
        ageColumn: null,
        reason: p.reason,
        onErasure: p.onErasure,
        lastRunAt,
        lastRunAffected: last ? 0 : null,
      };
    return {
      ...base,
      action: p.action,
      retainDays: p.retainDays,
      ageColumn: p.ageColumn,
      reason: p.basis,
      onErasure: p.onErasure,
      lastRunAt,
      lastRunAffected: last ? (last.affected[p.table] ?? 0) : null,
    };
  });
}

/** The field a service contributes to `RetentionRecord`: `teacher-swap` → `teacherSwap`. */
export function retentionRecordField(service: string): string {
  return service
    .split('-')
    .map((w, i) => (i === 0 ? w : w.charAt(0).toUpperCase() + w.slice(1)))
    .join('');
}

/** `RetentionRecord.<service>`: the coordinator or the data protection lead only. */
export function retentionRecordResolvers(service: string, policies: DataPolicy[]) {
  return {
    __resolveReference: (ref: { id: string }) => ({ id: ref.id }),
    [retentionRecordField(service)]: (_r: unknown, _args: unknown, ctx: BaseContext) => {
      if (!mayActOnDataRights(ctx.caller))
        throw forbidden(
          'Only the coordinator or the data protection lead may see the retention record',
        );
      return retentionEntries(ctx.dataSource, service, policies);
    },
  };
}
