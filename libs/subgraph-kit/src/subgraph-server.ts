import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { INTERNAL_TOKEN_HEADER, verifyInternalToken } from '@ekst/auth';
import type { Caller } from '@ekst/auth';
import type { ServiceName } from '@ekst/contracts';
import { MessagingRuntime, systemClock } from '@ekst/messaging';
import type { Clock } from '@ekst/messaging';
import type { EventHandler } from '@ekst/messaging';
import { createServiceDataSource, redactUrl, runMigrations } from '@ekst/persistence';
import type { CountingLogger } from '@ekst/persistence';
import express from 'express';
import type { NextFunction, Request, Response, Router } from 'express';
import type { DocumentNode } from 'graphql';
import type { DataSource, EntitySchema, MixedList } from 'typeorm';
import type { ServiceConfig } from './config';
import type { DataPolicy } from './data-policy';
import { JobRunner } from './jobs';
import type { BackgroundJob } from './jobs';
import { retentionJob } from './retention';
import { makeFormatError } from './errors';
import { useCaseDeps } from './use-case';
import type { UseCaseDeps } from './use-case';
import { createLogger } from './logger';
import type { Logger } from './logger';

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

function rejectUnauthenticated(res: Response, message: string): void {
  res.status(401).json({ errors: [{ message, extensions: { code: 'UNAUTHENTICATED' } }] });
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

  const messaging = new MessagingRuntime({
    service: module.name,
    config: {
      brokers: config.kafkaBrokers,
      topicPrefix: config.topicPrefix,
      replicationFactor: config.topicReplicationFactor,
    },
    dataSource,
    databaseUrl: config.databaseUrl,
    log,
    subscribesTo: module.subscribesTo,
    handlers: module.handlers,
    clock: opts.clock ?? systemClock,
    serviceConfig: config,
  });
  await messaging.start();

  const production = config.nodeEnv === 'production';
  const apollo = new ApolloServer<TContext>({
    schema: buildSubgraphSchema({
      typeDefs: module.typeDefs,
      resolvers: module.resolvers as GraphQLResolverMap<unknown>,
    }),
    introspection: !production,
    csrfPrevention: true,
    // Inline traces are for GraphOS usage reporting, which this platform does not use.
    plugins: [ApolloServerPluginInlineTraceDisabled()],
    includeStacktraceInErrorResponses: false,
    formatError: makeFormatError(log),
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.get('/health/live', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/health/ready', async (_req, res) => {
    const checks: Record<string, string> = {};
    try {
      await dataSource.query('SELECT 1');
      checks.database = 'ok';
    } catch {
      checks.database = 'unreachable';
    }
    const kafka = await messaging.check();
    checks.kafka = kafka.ok ? 'ok' : (kafka.detail ?? 'failing');
    const ok = Object.values(checks).every((v) => v === 'ok');
    res.status(ok ? 200 : 503).json({ status: ok ? 'ok' : 'unavailable', checks });
  });

  const authenticate = async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    const token = req.header(INTERNAL_TOKEN_HEADER);
    if (!token)
      return rejectUnauthenticated(res, 'This service is only reachable through the gateway');
    try {
      res.locals.caller = await verifyInternalToken(token, {
        secret: config.internalTokenSecret,
        audience: module.name,
      });
      next();
    } catch {
      rejectUnauthenticated(res, 'Invalid internal token');
    }
  };

  if (module.publicRoutes) {
    const router = express.Router();
    module.publicRoutes(router, { dataSource, log });
    app.use(router);
  }
  if (module.routes) {
    const router = express.Router();
    module.routes(router, { dataSource, log });
    app.use('/internal', authenticate, router);
  }

  app.use(
    '/graphql',
    authenticate,
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const requestId = req.header('x-request-id') ?? randomUUID();
        const caller = res.locals.caller as Caller;
        return module.createContext({
          caller,
          requestId,
          log: log.child({ requestId }),
          dataSource,
          ownTopic: messaging.ownTopic,
          deps: useCaseDeps(caller, dataSource, messaging.txBinding),
        });
      },
    }),
  );
  app.use(
    (
      err: Error & { status?: number; type?: string },
      _req: Request,
      res: Response,
      _next: NextFunction,
    ) => {
      const status = err.status && err.status < 500 ? err.status : 500;
      if (status === 500) log.error({ err: err.message }, 'http error');
      res.status(status).json({
        errors: [
          {
            message: status === 500 ? 'Internal server error' : 'Bad request',
            extensions: {
              code:
                status === 413
                  ? 'PAYLOAD_TOO_LARGE'
                  : status === 500
                    ? 'INTERNAL_SERVER_ERROR'
                    : 'BAD_REQUEST',
            },
          },
        ],
      });
    },
  );

  const server: Server = await new Promise((resolve) => {
    const s = app.listen(config.port, '0.0.0.0', () => resolve(s));
  });
  const port = (server.address() as AddressInfo).port;
  const jobs = new JobRunner(
    [retentionJob(module.dataPolicies), ...(module.jobs ?? [])],
    dataSource,
    log,
    messaging.ownTopic,
    messaging.txBinding,
  );
  if (config.runJobs) jobs.start();
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
