import { createServiceDataSource } from '@ekst/persistence';
import { createLogger, retentionEntries, retentionJob } from '@ekst/subgraph-kit';
import { createTestDatabase, SUBGRAPHS } from '@ekst/testing';
import { loadModule } from './service-modules';

/**
 * Retention made visible (issue 20): after a run of the retention job, a service's retention
 * record lists every table its database holds personal data in — with the period, the action,
 * the reason and that run's count — and the run is recorded. A personal table missing from it
 * fails here.
 */
describe.each(SUBGRAPHS.map((s) => s.name))('%s retention record', (service) => {
  it('shows every personal table with its period and the last run of the retention job', async () => {
    const module = await loadModule(service);
    const db = await createTestDatabase({
      service,
      entities: module.entities,
      migrations: module.migrations,
    });
    const { dataSource } = createServiceDataSource(
      { url: db.url, applicationName: `${service}-retention-record`, poolMax: 2 },
      { entities: [], migrations: [] },
    );
    await dataSource.initialize();
    try {
      // Before any run: no last run to show.
      const before = await retentionEntries(dataSource, service, module.dataPolicies);
      expect(before.every((e) => e.lastRunAt === null)).toBe(true);

      const now = new Date('2026-12-01T03:00:00Z');
      await retentionJob(module.dataPolicies).run({
        dataSource,
        log: createLogger('test', 'silent'),
        now,
        ownTopic: 'test',
        transaction: () => Promise.reject(new Error('not used')),
      });
      const entries = await retentionEntries(dataSource, service, module.dataPolicies);

      const personal = module.dataPolicies.filter((p) => p.personalData).map((p) => p.table);
      expect(personal.length).toBeGreaterThan(0);
      const shown = entries.filter((e) => e.personalData).map((e) => e.table);
      expect(personal.filter((t) => !shown.includes(t))).toEqual([]);
      for (const e of entries.filter((x) => x.personalData)) {
        expect(e.lastRunAt).toBe(now.toISOString());
        expect(e.lastRunAffected).toBe(0); // a fresh database: nothing was due
        expect(e.reason.length).toBeGreaterThan(10);
        if (e.action === 'keep') expect(e.retainDays).toBeNull();
        else expect(e.retainDays).toBeGreaterThan(0);
      }
      const runs = (await dataSource.query(`SELECT ran_at FROM retention_run`)) as unknown[];
      expect(runs).toHaveLength(1);
    } finally {
      await dataSource.destroy();
      await db.drop();
    }
  });
});
