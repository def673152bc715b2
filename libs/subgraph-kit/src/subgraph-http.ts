import { randomUUID } from 'node:crypto';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { INTERNAL_TOKEN_HEADER, verifyInternalToken } from '@ekst/auth';
import type { Caller } from '@ekst/auth';
import type { MessagingRuntime } from '@ekst/messaging';
import express from 'express';
import type { Express, NextFunction, Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import type { ServiceConfig } from './config';
import { withDeadLetterView } from './dead-letter-view';
import { makeFormatError } from './errors';
import { Lifecycle } from './graceful-shutdown';
import type { Logger } from './logger';
import type { BaseContext, SubgraphModule } from './subgraph-server';
import { useCaseDeps } from './use-case';

function rejectUnauthenticated(res: Response, message: string): void {
  res.status(401).json({ errors: [{ message, extensions: { code: 'UNAUTHENTICATED' } }] });
}

/** The subgraph's GraphQL server (started; the HTTP app mounts it). */
export async function startSubgraphApollo<TContext extends BaseContext>(
  module: SubgraphModule<TContext>,
  config: ServiceConfig,
  log: Logger,
): Promise<ApolloServer<TContext>> {
  const production = config.nodeEnv === 'production';
  const apollo = new ApolloServer<TContext>({
    schema: buildSubgraphSchema({
      typeDefs: module.typeDefs,
      // Every subgraph contributes its dead letters to the coordinator's `Operations` view.
      resolvers: withDeadLetterView(module.name, module.resolvers as GraphQLResolverMap<unknown>),
    }),
    introspection: !production,
    csrfPrevention: true,
    // Inline traces are for GraphOS usage reporting, which this platform does not use.
    plugins: [ApolloServerPluginInlineTraceDisabled()],
    includeStacktraceInErrorResponses: false,
    formatError: makeFormatError(log),
  });
  await apollo.start();
  return apollo;
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
  },
): Express {
  const { apollo, dataSource, messaging, log } = deps;
  const lifecycle = deps.lifecycle ?? new Lifecycle();

  const app = express();
  app.disable('x-powered-by');
  app.use(lifecycle.closeConnectionsWhenDraining);
  app.get('/health/live', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/health/ready', async (_req, res) => {
    if (!lifecycle.accepting) {
      res.status(503).json({ status: 'stopping' });
      return;
    }
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
