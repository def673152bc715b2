import { Client } from 'pg';
import { createTestDatabase, SUBGRAPHS } from '@ekst/testing';
import { loadModule } from './service-modules';

/**
 * Every table of every service has a data policy (personal data or not; if so, how long and what
 * erasure does), and every policy names a real table and column. A new table holding personal
 * data without a policy fails here, and so does a foreign key the retention job's deletes would
 * trip over (or cascade through into rows kept longer).
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

      // The retention job deletes rows past their period in one DELETE per table. A foreign key
      // that refuses (NO ACTION, RESTRICT) makes it fail every hour once a referenced row is that
      // old (evaluation's survey_response → survey_invitation did); one that cascades deletes
      // rows of a table whose own policy keeps them longer.
      const { rows: fks } = await client.query<{
        name: string;
        referencing: string;
        referenced: string;
        on_delete: string;
      }>(
        `SELECT c.conname AS name, c.conrelid::regclass::text AS referencing,
                c.confrelid::regclass::text AS referenced, c.confdeltype AS on_delete
           FROM pg_constraint c
          WHERE c.contype = 'f' AND c.connamespace = 'public'::regnamespace`,
      );
      const policyOf = (t: string) => policies.find((p) => p.table === t);
      const keepsLonger = (referencing: string, days: number) => {
        const p = policyOf(referencing);
        if (!p?.personalData) return false;
        return p.action === 'keep' || p.retainDays > days;
      };
      const blocking = fks.filter((f) => {
        const p = policyOf(f.referenced);
        if (!p?.personalData || p.action !== 'delete') return false;
        if (f.on_delete === 'a' || f.on_delete === 'r') return true;
        return f.on_delete === 'c' && keepsLonger(f.referencing, p.retainDays);
      });
      expect(
        blocking.map((f) => `${f.referencing} → ${f.referenced} (${f.name}, ${f.on_delete})`),
      ).toEqual([]);
    } finally {
      await client.end();
      await db.drop();
    }
  });
});
