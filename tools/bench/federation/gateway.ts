/**
 * One gateway of the comparison, as its own process (run.ts pins it to a CPU with taskset):
 *
 *   node -r @swc-node/register tools/bench/federation/gateway.ts <ours|apollo|hive> <port> <supergraph file>
 *
 * - ours: this project's gateway (apps/gateway) as configured by the environment run.ts passes:
 *   NODE_ENV=production, a private JWT secret (every request carries a JWT it verifies), a private
 *   internal-token secret (it signs one per subgraph fetch), rate limits, query limits, error
 *   masking, request logs. Only the subgraph URLs come from here (`extraSubgraphUrls`).
 * - apollo: a stock single-process @apollo/gateway on @apollo/server's standalone server.
 * - hive: a stock @graphql-hive/gateway runtime on node:http (one process, its defaults), from its
 *   own install in hive-peer/ (run.ts runs `npm ci` there when it is missing).
 *
 * Prints "ready" on stdout once it accepts requests.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { RequestListener } from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';
import { BENCH_SUBGRAPHS, subgraphUrl } from './subgraphs';

const [kind, portArg, supergraphPath] = process.argv.slice(2);
const port = Number(portArg);
/** Hive Gateway's own install (its own package.json and lock), not the root `npm ci`'s. */
const HIVE_DIR = path.join(__dirname, 'hive-peer');

async function ours(): Promise<void> {
  // The benchmark runs the gateway's own code in this process (a tool tagged type:app-tool may
  // reach into apps; apps have no package name to import them by).
  /* eslint-disable @nx/enforce-module-boundaries */
  const { loadConfig } = await import('../../../apps/gateway/src/config');
  const { createGatewayApp } = await import('../../../apps/gateway/src/gateway');
  const { runGateway } = await import('../../../apps/gateway/src/cluster');
  /* eslint-enable @nx/enforce-module-boundaries */
  const config = loadConfig({
    ...process.env,
    PORT: String(port),
    SUPERGRAPH_PATH: supergraphPath,
  });
  if (!config.isProduction) throw new Error('the benchmark runs our gateway in production mode');
  const extraSubgraphUrls = Object.fromEntries(
    BENCH_SUBGRAPHS.map((s) => [s.name, subgraphUrl(s)]),
  );
  await runGateway(config, async () => {
    const gateway = await createGatewayApp(config, { extraSubgraphUrls });
    await gateway.start(port, '127.0.0.1');
    return gateway;
  });
}

async function apollo(): Promise<void> {
  const { ApolloGateway } = await import('@apollo/gateway');
  const { ApolloServer } = await import('@apollo/server');
  const { startStandaloneServer } = await import('@apollo/server/standalone');
  const gateway = new ApolloGateway({ supergraphSdl: readFileSync(supergraphPath, 'utf8') });
  const server = new ApolloServer({ gateway });
  await startStandaloneServer(server, { listen: { port, host: '127.0.0.1' } });
}

/** The one function used from Hive Gateway, typed here: its own typings augment graphql-js's
 * global error types, which would change how the rest of this repository type-checks. */
interface HiveGatewayModule {
  createGatewayRuntime(opts: { supergraph: string }): RequestListener;
}

async function hive(): Promise<void> {
  // Hive's typings stay out of the program (above).
  const { createGatewayRuntime } = createRequire(path.join(HIVE_DIR, 'package.json'))(
    '@graphql-hive/gateway',
  ) as HiveGatewayModule;
  const gateway = createGatewayRuntime({ supergraph: supergraphPath });
  const server = createServer(gateway);
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
}

const gateways: Record<string, () => Promise<void>> = { ours, apollo, hive };

async function main(): Promise<void> {
  const start = gateways[kind];
  if (!start) throw new Error(`unknown gateway "${kind}" (ours, apollo or hive)`);
  await start();
  process.stdout.write('ready\n');
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
