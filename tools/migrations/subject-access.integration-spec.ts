import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { subjectAccessSql } from '@ekst/subgraph-kit';
import { createTestDatabase, SUBGRAPHS } from '@ekst/testing';
import { loadModule } from './service-modules';

/**
 * Subject access (issue 20): every table a service's data policy marks as personal contributes
 * to the export (a way to find one person's rows, or a stated reason it cannot be tied to a
 * person), no source names a table without a policy, and every source's SQL runs against the
 * migrated schema. A new personal table without a contribution fails here.
 */
describe.each(SUBGRAPHS.map((s) => s.name))('%s subject access', (service) => {
  it('covers every personal table, and each source runs against the schema', async () => {
    const module = await loadModule(service);
    const sources = module.subjectAccess ?? [];
    const personal = module.dataPolicies.filter((p) => p.personalData).map((p) => p.table);
    expect(personal.filter((t) => !sources.some((s) => s.table === t))).toEqual([]);
    expect(sources.map((s) => s.table).filter((t) => !personal.includes(t))).toEqual([]);
    expect(new Set(sources.map((s) => s.table)).size).toBe(sources.length);

    const db = await createTestDatabase({
      service,
      entities: module.entities,
      migrations: module.migrations,
    });
    const client = new Client({ connectionString: db.url });
    await client.connect();
    try {
      for (const source of sources) {
        const sql = subjectAccessSql(source);
        if (sql === null) continue;
        const { rows } = await client.query(sql, [randomUUID()]);
        expect({ table: source.table, rows }).toEqual({ table: source.table, rows: [] });
        if ('omit' in source && source.omit) {
          const { rows: cols } = await client.query<{ column_name: string }>(
            `SELECT column_name FROM information_schema.columns WHERE table_name = $1`,
            [source.table],
          );
          for (const c of source.omit) expect(cols.map((r) => r.column_name)).toContain(c);
        }
      }
    } finally {
      await client.end();
      await db.drop();
    }
  });
});
