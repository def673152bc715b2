import { readFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginSchemaReportingDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { Express } from 'express';
import type { Logger } from 'pino';
import { activeTracing, ServiceMetrics } from '@ekst/telemetry';
import { ApiKeyVerifier } from './auth/api-key-verifier';
import { API_KEY_HEADER, CallerRejectedError, createCallerVerifier } from './auth/verify-caller';
import { isSubgraphName } from './config';
import type { GatewayConfig } from './config';
import type { GatewayContext } from './gateway-context';
import { apiKeyContractPlugin, loadContractSchema } from './graphql/api-key-contract.plugin';
import { formatGatewayError } from './graphql/format-error';
import { queryLimits } from './graphql/query-limits';
import { requestStatePlugin } from './graphql/request-state.plugin';
import { requireOperationPlugin } from './graphql/require-operation.plugin';
import { SignedSubgraphDataSource } from './graphql/signed-subgraph.data-source';
import {
  bodyErrorHandler,
  notFoundHandler,
  unexpectedErrorHandler,
} from './http/error-handlers.middleware';
import { eventsFilesRouter } from './http/events-files.proxy';
import { GatewayRateLimits, RateLimitedError } from './http/rate-limits';
import { reportsRouter } from './http/reports.proxy';
import { unsubscribeRouter } from './http/unsubscribe.proxy';
import { requestStateMiddleware, requestStateOf } from './http/request-state.middleware';
import { apolloLoggerFrom, createLogger } from './logger';
import { liveSupergraph } from './supergraph/live-supergraph';
import { subjectAccessRouter } from './data-rights/subject-access.router';

export interface GatewayOptions {
  /** defaults to a JSON logger on stdout at the configured level */
  readonly logger?: Logger;
  /**
   * Where subgraphs the configuration does not name run, by subgraph name (tools/bench/federation
   * serves another supergraph through this gateway). Not settable from the environment.
   */
  readonly extraSubgraphUrls?: Readonly<Record<string, string>>;
}

export interface GatewayApp {
  readonly app: Express;
  readonly server: ApolloServer<GatewayContext>;
  /** listens (port 0 picks a free one) and resolves once connections are accepted */
  start(port?: number, host?: string): Promise<{ port: number; url: string }>;
  /** stops accepting connections, lets in-flight requests finish (bounded), stops Apollo */
  stop(): Promise<void>;
}

/** How long in-flight requests may run on after stop() before their connections are cut. */
const SHUTDOWN_GRACE_MS = 10_000;

export async function createGatewayApp(
  config: GatewayConfig,
  opts: GatewayOptions = {},
): Promise<GatewayApp> {
  const logger = opts.logger ?? createLogger(config.logLevel);
  // A static supergraph read once, or one followed while running (SUPERGRAPH_POLL_SECONDS).
  const supergraph = liveSupergraph(config.supergraph, logger);
  const contract = loadContractSchema(await readSupergraph(config.apiKeys.contractPath));
  const verifyCaller = createCallerVerifier(config.auth, {
    internalTokenSecret: config.internalTokenSecret,
    apiKeys: new ApiKeyVerifier({
      verifyUrl: config.apiKeys.verifyUrl,
      revokedUrl: config.apiKeys.revokedUrl,
      internalTokenSecret: config.internalTokenSecret,
      cacheTtlMs: config.apiKeys.cacheTtlMs,
      revocationFreshnessMs: config.apiKeys.revocationFreshnessMs,
    }),
  });
  const rateLimits = await GatewayRateLimits.create(
    config.rateLimits,
    (err) => logger.warn({ err: err.message }, 'rate-limit store connection lost; reconnecting'),
    config.workers,
  );
  let ready = false;
  // ekst_ready follows /health/ready: a supergraph loaded and not draining
  const metrics = new ServiceMetrics('gateway', { isReady: () => ready });

  const gateway = new ApolloGateway({
    // A supergraph composed by CI: no introspection of subgraphs at startup, no managed
    // federation, nothing fetched from a subgraph before the first client request.
    supergraphSdl: supergraph.hook,
    logger: apolloLoggerFrom(logger),
    buildService({ name }) {
      // The URL baked into the supergraph is the composition default; where each subgraph runs
      // is deployment configuration, so it comes from our environment, looked up by name.
      const url = isSubgraphName(name) ? config.subgraphUrls[name] : opts.extraSubgraphUrls?.[name];
      if (url === undefined) {
        throw new Error(
          `the supergraph names subgraph "${name}", which the gateway has no URL for`,
        );
      }
      return new SignedSubgraphDataSource(name, url, config.internalTokenSecret);
    },
  });
  gateway.onSchemaLoadOrUpdate(() => {
    ready = true;
  });
  /** set on SIGTERM: readiness 503 and `Connection: close` on every answer from then on */
  let draining = false;

  const limits = queryLimits(config.maxQueryCost);
  const server = new ApolloServer<GatewayContext>({
    gateway,
    nodeEnv: config.nodeEnv,
    logger: apolloLoggerFrom(logger),
    // main.ts owns shutdown: Apollo's own signal handlers would stop it before in-flight
    // requests have drained, then re-raise the signal and kill the process mid-drain.
    stopOnTerminationSignals: false,
    csrfPrevention: true,
    introspection: !config.isProduction,
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: true,
    allowBatchedHttpRequests: false,
    parseOptions: limits.parseOptions,
    validationRules: limits.validationRules,
    formatError: formatGatewayError,
    plugins: [
      ...limits.plugins,
      requireOperationPlugin(),
      apiKeyContractPlugin(contract, { maxCost: config.apiKeys.maxCost }),
      requestStatePlugin(logger),
      metrics.apolloPlugin<GatewayContext>(),
      // Never ship operations to Apollo's cloud because an APOLLO_KEY happens to be set.
      ApolloServerPluginUsageReportingDisabled(),
      ApolloServerPluginSchemaReportingDisabled(),
      ...(config.isProduction ? [ApolloServerPluginLandingPageDisabled()] : []),
    ],
  });
  try {
    await server.start();
  } catch (err) {
    await rateLimits.close();
    throw err;
  }

  const app = express();
  app.disable('x-powered-by');
  // Behind N proxies, the client IP (for per-IP rate limits) is N hops back in X-Forwarded-For.
  if (config.rateLimits.trustProxyHops > 0)
    app.set('trust proxy', config.rateLimits.trustProxyHops);
  app.set('etag', false);
  app.use(metrics.httpMiddleware());
  app.use(requestStateMiddleware(logger));
  app.use((_req, res, next) => {
    res.setHeader('x-content-type-options', 'nosniff');
    // Draining: each answer closes its connection, so keep-alive clients move to another instance.
    if (draining) res.setHeader('connection', 'close');
    next();
  });

  app.get('/health/live', (_req, res) => {
    res.json({ status: 'ok' });
  });
  // Prometheus scrapes with METRICS_TOKEN as a bearer token; without one configured: 404.
  app.get('/metrics', metrics.handler(config.metricsToken));
  app.get('/health/ready', (_req, res) => {
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'not ready' });
  });

  app.use(
    eventsFilesRouter({
      eventsUrl: config.subgraphUrls.events,
      internalTokenSecret: config.internalTokenSecret,
      verifyCaller,
      log: logger,
    }),
  );

  // --- data rights (issue 20) ---
  app.use(
    subjectAccessRouter({
      server,
      verifyCaller,
      chromiumPath: config.chromiumPath,
      consumeRateLimit: (caller, ip) => rateLimits.consume(caller, ip),
    }),
  );

  app.use(
    reportsRouter({
      evaluationUrl: config.subgraphUrls.evaluation,
      internalTokenSecret: config.internalTokenSecret,
      verifyCaller,
      log: logger,
    }),
  );

  app.use(
    unsubscribeRouter({
      communicationsUrl: config.subgraphUrls.communications,
      internalTokenSecret: config.internalTokenSecret,
    }),
  );

  app.use(
    '/graphql',
    express.json({ limit: config.bodyLimit }),
    expressMiddleware(server, {
      async context({ req, res }): Promise<GatewayContext> {
        const requestState = requestStateOf(req);
        try {
          const caller = await verifyCaller(
            req.headers.authorization,
            req.body,
            req.get(API_KEY_HEADER),
          );
          // Before any subgraph is asked: a flood of sign-ins never reaches people's scrypt.
          await rateLimits.consume(caller, req.ip ?? req.socket.remoteAddress ?? 'unknown');
          const release = rateLimits.enterAnonymous(caller);
          res.once('close', release);
          return { caller, requestId: requestState.requestId, requestState };
        } catch (err) {
          if (err instanceof CallerRejectedError) {
            requestState.authFailure = err.reason;
            requestState.errorCodes.push(String(err.extensions.code));
          }
          if (err instanceof RateLimitedError) {
            requestState.errorCodes.push(`RATE_LIMITED:${err.bucket}`);
          }
          throw err;
        }
      },
    }),
  );
  app.use(notFoundHandler);
  app.use(bodyErrorHandler(config.bodyLimit));
  app.use(unexpectedErrorHandler(logger));

  const httpServer = http.createServer(app);
  // Bounds slow clients (slowloris); a legitimate operation finishes far sooner.
  httpServer.requestTimeout = 30_000;
  httpServer.headersTimeout = 20_000;

  return {
    app,
    server,
    async start(port = config.port, host?: string) {
      await new Promise<void>((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => {
          httpServer.off('error', reject);
          resolve();
        });
      });
      const actualPort = (httpServer.address() as AddressInfo).port;
      return { port: actualPort, url: `http://${host ?? '127.0.0.1'}:${actualPort}/graphql` };
    },
    async stop() {
      ready = false;
      draining = true;
      await closeHttpServer(httpServer);
      await server.stop();
      await rateLimits.close();
      await activeTracing()
        .flush()
        .catch(() => undefined);
    },
  };
}

async function readSupergraph(supergraphPath: string): Promise<string> {
  try {
    return await readFile(supergraphPath, 'utf8');
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    throw new Error(`cannot read ${supergraphPath} (run \`npm run compose\`): ${reason}`);
  }
}

async function closeHttpServer(httpServer: http.Server): Promise<void> {
  if (!httpServer.listening) return;
  await new Promise<void>((resolve) => {
    const cutOff = setTimeout(() => httpServer.closeAllConnections(), SHUTDOWN_GRACE_MS);
    cutOff.unref();
    // close() waits for keep-alive connections too: close them as soon as they go idle.
    const idle = setInterval(() => httpServer.closeIdleConnections(), 50);
    httpServer.close(() => {
      clearTimeout(cutOff);
      clearInterval(idle);
      resolve();
    });
    httpServer.closeIdleConnections();
  });
}
