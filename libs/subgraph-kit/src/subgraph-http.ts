import { randomUUID } from 'node:crypto';
import { ApolloServer } from '@apollo/server';
import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { INTERNAL_TOKEN_HEADER, mayActOnDataRights, verifyInternalToken } from '@ekst/auth';
import type { Caller } from '@ekst/auth';
import type { MessagingRuntime } from '@ekst/messaging';
import type { ServiceMetrics } from '@ekst/telemetry';
import express from 'express';
import type { Express, NextFunction, Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import type { ServiceConfig } from './config';
import { accessLogFields, accessLogFor, readAccessLog } from './access-log';
import { withDeadLetterView } from './dead-letter-view';
import { forbidden, makeFormatError } from './errors';
import { Lifecycle } from './graceful-shutdown';
import type { Logger } from './logger';
import type { BaseContext, SubgraphModule } from './subgraph-server';
import { useCaseDeps } from './use-case';
import { retentionRecordResolvers } from './retention-record';
import { subjectAccessResolvers, heldDataField } from './subject-access';

/** Hands each request's access-log entries to the batch once the response is on its way. */
const accessLogPlugin: ApolloServerPlugin<BaseContext> = {
  requestDidStart: () =>
    Promise.resolve({
      willSendResponse: ({ contextValue }) => {
        contextValue.accessLog?.end();
        return Promise.resolve();
      },
    }),
};

function rejectUnauthenticated(res: Response, message: string): void {
  res.status(401).json({ errors: [{ message, extensions: { code: 'UNAUTHENTICATED' } }] });
}

/**
 * A module's resolvers plus its `DataSubject.heldBy…` field when it declares subject access
 * sources (issue 20), so each service only lists where it keeps a person's rows.
 */
function withSubjectAccess<TContext extends BaseContext>(
  module: SubgraphModule<TContext>,
): GraphQLResolverMap<TContext> {
  const retention = module.dataPolicies.some((p) => p.table === 'retention_run')
    ? { RetentionRecord: retentionRecordResolvers(module.name, module.dataPolicies) }
    : {};
  if (!module.subjectAccess)
    return { ...module.resolvers, ...retention } as GraphQLResolverMap<TContext>;
  const extra = subjectAccessResolvers(
    module.name,
    heldDataField(module.name),
    module.dataPolicies,
    module.subjectAccess,
  );
  const reads = module.accessLog ? accessLogResolvers(module.name) : {};
  return {
    ...module.resolvers,
    ...retention,
    DataSubject: { ...(module.resolvers.DataSubject ?? {}), ...extra.DataSubject, ...reads },
  } as GraphQLResolverMap<TContext>;
}

/** `DataSubject.<service>ReadsOf` / `…ReadsBy`: the coordinator or the data protection lead only. */
function accessLogResolvers(service: string) {
  const fields = accessLogFields(service);
  const read =
    (side: 'of' | 'by') => (subject: { id: string }, _args: unknown, ctx: BaseContext) => {
      if (!mayActOnDataRights(ctx.caller))
        throw forbidden('Only the coordinator or the data protection lead may read the access log');
      return readAccessLog(ctx.dataSource, ctx.log, service, side, subject.id);
    };
  return { [fields.of]: read('of'), [fields.by]: read('by') };
}

/** The subgraph's GraphQL server (started; the HTTP app mounts it). */
export async function startSubgraphApollo<TContext extends BaseContext>(
  module: SubgraphModule<TContext>,
  config: ServiceConfig,
  log: Logger,
  metrics?: ServiceMetrics,
): Promise<ApolloServer<TContext>> {
  const production = config.nodeEnv === 'production';
  const apollo = new ApolloServer<TContext>({
    schema: buildSubgraphSchema({
      typeDefs: module.typeDefs,
      // Every subgraph contributes its dead letters to the coordinator's `Operations` view, and
      // what it holds about a person to `DataSubject` (when the module lists its sources).
      resolvers: withDeadLetterView(
        module.name,
        withSubjectAccess(module) as GraphQLResolverMap<unknown>,
      ),
    }),
    introspection: !production,
    csrfPrevention: true,
    // Inline traces are for GraphOS usage reporting, which this platform does not use.
    plugins: [
      ApolloServerPluginInlineTraceDisabled(),
      accessLogPlugin,
      ...(metrics ? [metrics.apolloPlugin<TContext>()] : []),
    ],
    includeStacktraceInErrorResponses: false,
    formatError: makeFormatError(log),
  });
  await apollo.start();
  return apollo;
}

export interface Readiness {
  ok: boolean;
  stopping: boolean;
  checks: Record<string, string>;
}

/**
 * What `/health/ready` answers, and `ekst_ready` exports: not stopping, the database answers and
 * the Kafka client is connected.
 */
export async function checkReadiness(deps: {
  dataSource: DataSource;
  messaging: MessagingRuntime;
  lifecycle: Lifecycle;
}): Promise<Readiness> {
  if (!deps.lifecycle.accepting) return { ok: false, stopping: true, checks: {} };
  const checks: Record<string, string> = {};
  try {
    await deps.dataSource.query('SELECT 1');
    checks.database = 'ok';
  } catch {
    checks.database = 'unreachable';
  }
  const kafka = await deps.messaging.check();
  checks.kafka = kafka.ok ? 'ok' : (kafka.detail ?? 'failing');
  return { ok: Object.values(checks).every((v) => v === 'ok'), stopping: false, checks };
}

/**
 * The subgraph's HTTP app: health endpoints, the internal-token check that makes the gateway the
 * only way in, the module's routes, /graphql with a context per request, and errors that never
 * leak internals.
 */
export function createSubgraphHttpApp<TContext extends BaseContext>(
  module: SubgraphModule<TContext>,
  config: ServiceConfig,
  deps: {
    apollo: ApolloServer<TContext>;
    dataSource: DataSource;
    messaging: MessagingRuntime;
    log: Logger;
    /** flipped on SIGTERM: readiness 503, connections closed after their response */
    lifecycle?: Lifecycle;
    /** request counts and durations, served at `/metrics` to a holder of METRICS_TOKEN */
    metrics?: ServiceMetrics;
  },
): Express {
  const { apollo, dataSource, messaging, log, metrics } = deps;
  const lifecycle = deps.lifecycle ?? new Lifecycle();

  const app = express();
  app.disable('x-powered-by');
  app.use(lifecycle.closeConnectionsWhenDraining);
  if (metrics) {
    app.use(metrics.httpMiddleware());
    app.get('/metrics', metrics.handler(config.metricsToken));
  }
  app.get('/health/live', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/health/ready', async (_req, res) => {
    const r = await checkReadiness({ dataSource, messaging, lifecycle });
    if (r.stopping) {
      res.status(503).json({ status: 'stopping' });
      return;
    }
    res.status(r.ok ? 200 : 503).json({ status: r.ok ? 'ok' : 'unavailable', checks: r.checks });
  });

  const authenticate = async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    const token = req.header(INTERNAL_TOKEN_HEADER);
    if (!token)
      return rejectUnauthenticated(res, 'This service is only reachable through the gateway');
    try {
      res.locals.caller = await verifyInternalToken(token, {
        secret: [
          config.internalTokenSecret,
          ...(config.internalTokenVerifyOnlySecret ? [config.internalTokenVerifyOnlySecret] : []),
        ],
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
          accessLog: accessLogFor(dataSource, log).forRequest(caller),
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

  return app;
}
