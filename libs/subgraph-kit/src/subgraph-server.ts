import { keepConnectionsAlive } from './keep-alive';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import type { Caller } from '@ekst/auth';
import type { ServiceName } from '@ekst/contracts';
import type { Clock, EventHandler, MessagingRuntime } from '@ekst/messaging';
import type { CountingLogger } from '@ekst/persistence';
import type { Router } from 'express';
import type { DocumentNode } from 'graphql';
import type { DataSource, EntitySchema, MixedList } from 'typeorm';
import type { ServiceConfig } from './config';
import type { DataPolicy } from './data-policy';
import type { RequestAccessLog } from './access-log';
import type { BackgroundJob, JobRunner } from './jobs';
import { drainHttpServer, Lifecycle, onTerminationSignals } from './graceful-shutdown';
import type { SubjectAccessSource } from './subject-access';
import { createLogger } from './logger';
import type { Logger } from './logger';
import { openSubgraphDatabase } from './subgraph-database';
import { checkReadiness, createSubgraphHttpApp, startSubgraphApollo } from './subgraph-http';
import { startSubgraphJobs } from './subgraph-jobs';
import { startSubgraphMessaging } from './subgraph-messaging';
import { createSubgraphMetrics } from './subgraph-metrics';
import type { JobQueue } from './subgraph-metrics';
import { activeTracing } from '@ekst/telemetry';
import type { ServiceMetrics } from '@ekst/telemetry';
import type { UseCaseDeps } from './use-case';

/** What every resolver receives; services extend it with their DataLoaders. */
export interface BaseContext {
  caller: Caller;
  requestId: string;
  log: Logger;
  dataSource: DataSource;
  /** this service's own topic: where its outbox events go (prefer `deps.transaction`'s outbox) */
  ownTopic: string;
  /** what use cases receive: the caller, a clock, the config, a transaction with a bound outbox */
  deps: UseCaseDeps;
  /**
   * what this request read of people's sensitive data (issue 20): written to the service's
   * access_log in a batch after the response; only services with that table record into it
   */
  accessLog: RequestAccessLog;
}

/** Everything that makes one subgraph; its `main.ts` passes this to `startSubgraph`. */
export interface SubgraphModule<TContext extends BaseContext> {
  name: ServiceName;
  typeDefs: DocumentNode;
  resolvers: GraphQLResolverMap<TContext>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function | string | EntitySchema>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: MixedList<Function | string>;
  /** services whose topics this one consumes */
  subscribesTo: ServiceName[];
  handlers: EventHandler[];
  /** one entry per table, the messaging tables included (`MESSAGING_DATA_POLICIES`) */
  dataPolicies: DataPolicy[];
  /**
   * How to find one person's rows in each personal table, for subject access (issue 20); a test
   * fails when a table the data policy marks personal has no entry.
   */
  subjectAccess?: SubjectAccessSource[];
  /**
   * Whether this service keeps an access log (people, events): adds `DataSubject.<service>ReadsOf`
   * and `…ReadsBy` (the table comes from `AccessLogTable1732300002002`).
   */
  accessLog?: boolean;
  /** timers (offer deadlines, sweeps); the retention job is added for every service */
  jobs?: BackgroundJob[];
  /** work queues the service keeps (communications' e-mails), exported as `ekst_job_queue_depth` */
  jobQueues?: JobQueue[];
  /**
   * Extra HTTP routes, mounted under `/internal` behind the same internal-token check as
   * `/graphql` (the gateway proxies anything public, e.g. calendar feeds).
   */
  routes?: (router: Router, deps: { dataSource: DataSource; log: Logger }) => void;
  /**
   * Routes WITHOUT the internal-token check, at the root. Only for public, non-personal material
   * (e.g. a JWKS of public keys); everything else goes through `routes` or the graph.
   */
  publicRoutes?: (router: Router, deps: { dataSource: DataSource; log: Logger }) => void;
  createContext(base: BaseContext): TContext;
}

export interface RunningSubgraph {
  url: string;
  port: number;
  dataSource: DataSource;
  sqlLog: CountingLogger;
  messaging: MessagingRuntime;
  jobs: JobRunner;
  log: Logger;
  /** what `/metrics` serves (tests read the registry directly too) */
  metrics: ServiceMetrics;
  stop(): Promise<void>;
}

/**
 * Starts a subgraph: database (migrated), messaging (outbox relay + inbox consumer), and HTTP with
 * health endpoints and the internal-token check that makes the gateway the only way in.
 */
export async function startSubgraph<TContext extends BaseContext>(
  module: SubgraphModule<TContext>,
  config: ServiceConfig,
  opts: { log?: Logger; clock?: Clock } = {},
): Promise<RunningSubgraph> {
  const log = opts.log ?? createLogger(module.name, config.logLevel);
  const { dataSource, sqlLog } = await openSubgraphDatabase(module, config, log);
  const messaging = await startSubgraphMessaging(module, config, {
    dataSource,
    log,
    clock: opts.clock,
  });
  const lifecycle = new Lifecycle();
  const metrics = createSubgraphMetrics(module.name, {
    dataSource,
    messaging,
    log,
    isReady: async () => (await checkReadiness({ dataSource, messaging, lifecycle })).ok,
    jobQueues: module.jobQueues,
  });
  const apollo = await startSubgraphApollo(module, config, log, metrics);
  const app = createSubgraphHttpApp(module, config, {
    apollo,
    dataSource,
    messaging,
    log,
    lifecycle,
    metrics,
  });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(config.port, '0.0.0.0', () => resolve(s));
  });
  keepConnectionsAlive(server);
  const port = (server.address() as AddressInfo).port;
  const jobs = startSubgraphJobs(module, config, { dataSource, log, messaging });
  const url = `http://127.0.0.1:${port}/graphql`;
  log.info({ url }, 'subgraph listening');

  let stopping: Promise<void> | null = null;
  return {
    url,
    port,
    dataSource,
    sqlLog,
    messaging,
    jobs,
    log,
    metrics,
    // Graceful: readiness 503 at once; no new connections; requests in flight answered (bounded
    // by SHUTDOWN_GRACE_MS); then jobs; then the consumer finishes and commits the message in hand
    // and the relay its send in flight; the pool closes last.
    stop: () =>
      (stopping ??= (async () => {
        lifecycle.beginDrain();
        await drainHttpServer(server, config.shutdownGraceMs ?? 10_000);
        await jobs.stop();
        await apollo.stop();
        await messaging.stop();
        await dataSource.destroy();
        await activeTracing()
          .flush()
          .catch(() => undefined);
      })()),
  };
}

/** For main.ts: start; drain and stop on SIGTERM/SIGINT, exit at once on a second signal. */
export async function runSubgraph<TContext extends BaseContext>(
  module: SubgraphModule<TContext>,
  config: ServiceConfig,
): Promise<void> {
  const log = createLogger(module.name, config.logLevel);
  if (process.argv.includes('--migrate-only')) {
    await migrateOnly(module, config, log);
    return;
  }
  try {
    const running = await startSubgraph(module, config, { log });
    onTerminationSignals(() => running.stop(), log);
  } catch (err) {
    log.fatal({ err: (err as Error).message }, 'failed to start');
    process.exit(1);
  }
}

/**
 * `main.js --migrate-only`: apply the service's pending migrations and exit (0 on success), with
 * nothing else started. What a release's migration Job runs before the rollout (deploy/), so
 * the replicas themselves can start with RUN_MIGRATIONS=false.
 */
async function migrateOnly<TContext extends BaseContext>(
  module: SubgraphModule<TContext>,
  config: ServiceConfig,
  log: Logger,
): Promise<void> {
  try {
    const { dataSource } = await openSubgraphDatabase(
      module,
      { ...config, runMigrations: true, dbPoolMax: 1 },
      log,
    );
    await dataSource.destroy();
    log.info('migrations done');
    process.exit(0);
  } catch (err) {
    log.fatal({ err: (err as Error).message }, 'migrations failed');
    process.exit(1);
  }
}
