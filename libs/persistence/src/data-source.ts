import { DataSource } from 'typeorm';
import type { EntitySchema, MixedList } from 'typeorm';
import { SnakeNamingStrategy } from './naming-strategy';
import { CountingLogger } from './query-counter';
import type { SqlLog } from './query-counter';

export interface DatabaseConfig {
  url: string;
  /** appears in pg_stat_activity; the service name */
  applicationName: string;
  poolMax?: number;
  statementTimeoutMs?: number;
}

export interface ServiceDataSourceOptions {
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function | string | EntitySchema>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: MixedList<Function | string>;
  log?: SqlLog;
}

/**
 * One DataSource per service. pg waits forever by default: every pool gets a connection timeout,
 * a statement timeout and an idle-in-transaction timeout so a stuck query cannot hang a request.
 * Schema changes come from migrations only; `synchronize` stays off.
 */
export function createServiceDataSource(
  config: DatabaseConfig,
  options: ServiceDataSourceOptions,
): { dataSource: DataSource; sqlLog: CountingLogger } {
  const sqlLog = new CountingLogger(options.log);
  const dataSource = new DataSource({
    type: 'postgres',
    url: config.url,
    applicationName: config.applicationName,
    entities: options.entities,
    migrations: options.migrations,
    migrationsTableName: 'typeorm_migrations',
    migrationsRun: false,
    synchronize: false,
    namingStrategy: new SnakeNamingStrategy(),
    logging: ['query', 'error', 'warn'],
    logger: sqlLog,
    maxQueryExecutionTime: 1000,
    extra: {
      max: config.poolMax ?? 10,
      connectionTimeoutMillis: 5000,
      statement_timeout: config.statementTimeoutMs ?? 15000,
      idle_in_transaction_session_timeout: 30000,
    },
  });
  return { dataSource, sqlLog };
}

/** Runs pending migrations in one transaction each; safe to call on every start. */
export async function runMigrations(dataSource: DataSource): Promise<string[]> {
  const applied = await dataSource.runMigrations({ transaction: 'each' });
  return applied.map((m) => m.name);
}
