import { Client } from 'pg';
import { createTestDatabase, SUBGRAPHS } from '@ekst/testing';
import { loadModule } from './service-modules';

/**
 * Every table of every service has a data policy (personal data or not; if so, how long and what
 * erasure does), and every policy names a real table and column. A new table holding personal
 * data without a policy fails here.
 */
describe.each(SUBGRAPHS.map((s) => s.name))('%s data policies', (service) => {
  it('cover every table, and name real tables and age columns', async () => {
    const module = await loadModule(service);
    const db = await createTestDatabase({
      service,
      entities: module.entities,
      migrations: module.migrations,
    });
    const client = new Client({ connectionString: db.url });
    await client.connect();
    try {
      const { rows } = await client.query<{ table_name: string; column_name: string }>(
        `SELECT table_name, column_name FROM information_schema.columns
         WHERE table_schema = 'public' AND table_name <> 'typeorm_migrations'`,
      );
      const tables = new Set(rows.map((r) => r.table_name));
      const policies = module.dataPolicies;
      expect([...tables].filter((t) => !policies.some((p) => p.table === t))).toEqual([]);
      expect(policies.map((p) => p.table).filter((t) => !tables.has(t))).toEqual([]);
      for (const p of policies) {
        if (p.personalData && p.action !== 'keep') {
          expect(rows.some((r) => r.table_name === p.table && r.column_name === p.ageColumn)).toBe(
            true,
          );
          expect(p.retainDays).toBeGreaterThan(0);
        }
      }
      expect(new Set(policies.map((p) => p.table)).size).toBe(policies.length);
    } finally {
      await client.end();
      await db.drop();
    }
  });
});
