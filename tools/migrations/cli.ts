/**
 * Migrations per service, against its DATABASE_URL (or the local default):
 *   node -r @swc-node/register tools/migrations/cli.ts run|revert|check <service>
 * `check` fails when the entities differ from what the migrations build (schema drift).
 */
import 'reflect-metadata';
import { createServiceDataSource, runMigrations } from '@ekst/persistence';
import type { DataSource } from 'typeorm';
import { SUBGRAPHS } from '@ekst/platform';
import { loadModule } from './service-modules';

/** Lists the SQL TypeORM would run to make the schema match the entities; empty means no drift. */
export async function schemaDrift(dataSource: DataSource): Promise<string[]> {
  const sql = await dataSource.driver.createSchemaBuilder().log();
  return sql.upQueries.map((q) => q.query);
}

async function main(): Promise<void> {
  const [command, service] = process.argv.slice(2);
  const spec = SUBGRAPHS.find((s) => s.name === service);
  if (!spec || !['run', 'revert', 'check'].includes(command)) {
    console.error(`usage: cli.ts run|revert|check <${SUBGRAPHS.map((s) => s.name).join('|')}>`);
    process.exit(2);
  }
  const module = await loadModule(spec.name);
  const url = process.env.DATABASE_URL ?? `postgres://postgres@127.0.0.1:5432/${spec.database}`;
  const { dataSource } = createServiceDataSource(
    { url, applicationName: `${spec.name}-migrations` },
    { entities: module.entities, migrations: module.migrations },
  );
  await dataSource.initialize();
  try {
    if (command === 'run')
      console.log((await runMigrations(dataSource)).join('\n') || 'up to date');
    if (command === 'revert') await dataSource.undoLastMigration({ transaction: 'each' });
    if (command === 'check') {
      await runMigrations(dataSource);
      const drift = await schemaDrift(dataSource);
      if (drift.length) {
        console.error(
          `schema drift in ${spec.name}: the migrations do not build what the entities describe:\n${drift.join(';\n')}`,
        );
        process.exitCode = 1;
      } else console.log(`${spec.name}: no schema drift`);
    }
  } finally {
    await dataSource.destroy();
  }
}

if (require.main === module) void main();
