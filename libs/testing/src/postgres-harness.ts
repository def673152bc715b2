import { createHash, randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { createServiceDataSource, runMigrations, withDatabase } from '@ekst/persistence';
import type { EntitySchema, MixedList } from 'typeorm';
import { testAdminDatabaseUrl } from './env';

async function withAdmin<T>(fn: (c: Client) => Promise<T>): Promise<T> {
  const client = new Client({
    connectionString: testAdminDatabaseUrl(),
    connectionTimeoutMillis: 5000,
  });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

interface MigrationSet {
  service: string;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function | string | EntitySchema>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: MixedList<Function | string>;
}

/** Migration classes of a set, whether given as an array or an object of classes. */
function migrationClasses(set: MigrationSet): Array<{ name: string; toString(): string }> {
  const list: unknown[] = Array.isArray(set.migrations)
    ? set.migrations
    : Object.values(set.migrations);
  return list.filter((m): m is { name: string } => typeof m === 'function');
}

/**
 * Migrates a service's schema once into a template database, named by a hash of its migrations'
 * names and source, so a changed migration gets a fresh template. An advisory lock serialises Jest workers racing to
 * build the same template.
 */
export async function ensureTemplateDatabase(set: MigrationSet): Promise<string> {
  const fingerprint = createHash('sha1')
    .update(
      migrationClasses(set)
        .map((m) => `${m.name}:${m.toString()}`)
        .join('\n'),
    )
    .digest('hex')
    .slice(0, 10);
  const template = `ekst_tmpl_${set.service.replace(/-/g, '_')}_${fingerprint}`;
  await withAdmin(async (c) => {
    await c.query('SELECT pg_advisory_lock(hashtext($1))', [template]);
    try {
      const exists = await c.query('SELECT 1 FROM pg_database WHERE datname = $1', [template]);
      if (exists.rowCount) return;
      const building = `${template}_building`;
      await c.query(`DROP DATABASE IF EXISTS ${building}`);
      await c.query(`CREATE DATABASE ${building}`);
      const { dataSource } = createServiceDataSource(
        {
          url: withDatabase(testAdminDatabaseUrl(), building),
          applicationName: 'test-template',
          poolMax: 1,
        },
        { entities: set.entities, migrations: set.migrations },
      );
      await dataSource.initialize();
      try {
        await runMigrations(dataSource);
      } finally {
        await dataSource.destroy();
      }
      await c.query(`ALTER DATABASE ${building} RENAME TO ${template}`);
    } finally {
      await c.query('SELECT pg_advisory_unlock(hashtext($1))', [template]);
    }
  });
  return template;
}

export interface TestDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

/** A fresh database cloned from the service's migrated template: fast and isolated per test file. */
export async function createTestDatabase(set: MigrationSet): Promise<TestDatabase> {
  const template = await ensureTemplateDatabase(set);
  const name = `ekst_test_${set.service.replace(/-/g, '_')}_${randomBytes(4).toString('hex')}`;
  await withAdmin((c) => c.query(`CREATE DATABASE ${name} TEMPLATE ${template}`));
  return {
    name,
    url: withDatabase(testAdminDatabaseUrl(), name),
    drop: () =>
      withAdmin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(
        () => undefined,
      ),
  };
}
