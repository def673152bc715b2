import { createServiceDataSource, redactUrl, runMigrations } from '@ekst/persistence';
import type { CountingLogger } from '@ekst/persistence';
import type { DataSource } from 'typeorm';
import type { ServiceConfig } from './config';
import type { Logger } from './logger';
import type { BaseContext, SubgraphModule } from './subgraph-server';

/** The subgraph's own database: connected, and migrated unless the config says otherwise. */
export async function openSubgraphDatabase<TContext extends BaseContext>(
  module: SubgraphModule<TContext>,
  config: ServiceConfig,
  log: Logger,
): Promise<{ dataSource: DataSource; sqlLog: CountingLogger }> {
  const { dataSource, sqlLog } = createServiceDataSource(
    { url: config.databaseUrl, applicationName: module.name, poolMax: config.dbPoolMax },
    { entities: module.entities, migrations: module.migrations, log },
  );
  await dataSource.initialize();
  if (config.runMigrations) {
    const applied = await runMigrations(dataSource);
    if (applied.length) log.info({ applied }, 'migrations applied');
  }
  log.info({ database: redactUrl(config.databaseUrl) }, 'database ready');
  return { dataSource, sqlLog };
}
