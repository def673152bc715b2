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
import type { SubjectAccessSource } from './subject-access';
import { createLogger } from './logger';
import type { Logger } from './logger';
import { openSubgraphDatabase } from './subgraph-database';
import { createSubgraphHttpApp, startSubgraphApollo } from './subgraph-http';
import { startSubgraphJobs } from './subgraph-jobs';
import { startSubgraphMessaging } from './subgraph-messaging';
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
  const apollo = await startSubgraphApollo(module, config, log);
  const app = createSubgraphHttpApp(module, config, { apollo, dataSource, messaging, log });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(config.port, '0.0.0.0', () => resolve(s));
  });
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
    stop: () =>
      (stopping ??= (async () => {
        await new Promise<void>((resolve) => server.close(() => resolve()));
        await jobs.stop();
        await apollo.stop();
        await messaging.stop();
        await dataSource.destroy();
      })()),
  };
}

/** For main.ts: start, and stop cleanly on SIGTERM/SIGINT. */
export async function runSubgraph<TContext extends BaseContext>(
  module: SubgraphModule<TContext>,
  config: ServiceConfig,
): Promise<void> {
  const log = createLogger(module.name, config.logLevel);
  try {
    const running = await startSubgraph(module, config, { log });
    const shutdown = (signal: string) => {
      log.info({ signal }, 'shutting down');
      running.stop().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    };
    process.once('SIGTERM', () => shutdown('SIGTERM'));
    process.once('SIGINT', () => shutdown('SIGINT'));
  } catch (err) {
    log.fatal({ err: (err as Error).message }, 'failed to start');
    process.exit(1);
  }
}
