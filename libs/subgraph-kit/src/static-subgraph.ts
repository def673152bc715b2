import { keepConnectionsAlive } from './keep-alive';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { INTERNAL_TOKEN_HEADER, verifyInternalToken } from '@ekst/auth';
import express from 'express';
import type { NextFunction, Request, Response } from 'express';
import type { DocumentNode } from 'graphql';
import { makeFormatError } from './errors';
import { drainHttpServer } from './graceful-shutdown';
import { createLogger } from './logger';
import type { Logger } from './logger';

/**
 * A subgraph without a database or messaging: a schema and resolvers over data held in memory,
 * served with the same Apollo settings as every service (`startSubgraphApollo`: CSRF prevention,
 * no inline traces, no stack traces, errors masked by `makeFormatError`) and the same HTTP shape
 * (`/graphql`, `/health/live`, a 1 MB JSON body limit, JSON errors).
 *
 * For benchmarks and tools (`tools/bench/federation`), never for a service holding data: those
 * use `startSubgraph`, which also opens the database, the outbox and the inbox.
 */
export interface StaticSubgraphOptions {
  readonly name: string;
  readonly typeDefs: DocumentNode;
  // Resolvers over in-memory data take no context.
  readonly resolvers: GraphQLResolverMap<unknown>;
  readonly port: number;
  readonly host?: string;
  /**
   * `secret`: the internal-token check of every service (401 without a token signed for `name`).
   * `null`: none, so any gateway can call it (a benchmark comparing other gateways needs that).
   */
  readonly internalTokenSecret: string | null;
  readonly log?: Logger;
}

export interface RunningStaticSubgraph {
  readonly url: string;
  readonly port: number;
  stop(): Promise<void>;
}

export async function startStaticSubgraph(
  opts: StaticSubgraphOptions,
): Promise<RunningStaticSubgraph> {
  const log = opts.log ?? createLogger(opts.name, 'warn');
  const apollo = new ApolloServer({
    schema: buildSubgraphSchema({ typeDefs: opts.typeDefs, resolvers: opts.resolvers }),
    introspection: false,
    csrfPrevention: true,
    plugins: [ApolloServerPluginInlineTraceDisabled()],
    includeStacktraceInErrorResponses: false,
    formatError: makeFormatError(log),
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  app.get('/health/live', (_req, res) => {
    res.json({ status: 'ok' });
  });
  const secret = opts.internalTokenSecret;
  const authenticate = (req: Request, res: Response, next: NextFunction): void => {
    if (secret === null) return next();
    const token = req.header(INTERNAL_TOKEN_HEADER);
    const refuse = (message: string) =>
      res.status(401).json({ errors: [{ message, extensions: { code: 'UNAUTHENTICATED' } }] });
    if (!token) return void refuse('This service is only reachable through the gateway');
    verifyInternalToken(token, { secret: [secret], audience: opts.name }).then(
      () => next(),
      () => refuse('Invalid internal token'),
    );
  };
  app.use(
    '/graphql',
    authenticate,
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, { context: () => Promise.resolve({}) }),
  );
  app.use((err: Error & { status?: number }, _req: Request, res: Response, _next: NextFunction) => {
    const status = err.status && err.status < 500 ? err.status : 500;
    if (status === 500) log.error({ err: err.message }, 'http error');
    res.status(status).json({
      errors: [
        {
          message: status === 500 ? 'Internal server error' : 'Bad request',
          extensions: { code: status === 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST' },
        },
      ],
    });
  });

  const server: Server = await new Promise((resolve, reject) => {
    const s = app.listen(opts.port, opts.host ?? '127.0.0.1', () => resolve(s));
    s.once('error', reject);
  });
  keepConnectionsAlive(server);
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://${opts.host ?? '127.0.0.1'}:${port}/graphql`,
    port,
    async stop() {
      await drainHttpServer(server, 2_000);
      await apollo.stop();
    },
  };
}
