/**
 * The benchmark's four subgraphs, on this project's subgraph kit, in one process on loopback
 * (9101–9104). Started by run.ts; prints "ready" when all four listen.
 */
import { startStaticSubgraph } from '@ekst/subgraph-kit';
import { BENCH_SUBGRAPHS } from './subgraphs';

async function main(): Promise<void> {
  const running = await Promise.all(
    BENCH_SUBGRAPHS.map((s) =>
      startStaticSubgraph({
        name: s.name,
        typeDefs: s.typeDefs,
        resolvers: s.resolvers,
        port: s.port,
        // Every gateway in the comparison must be able to call them; ours still signs a token.
        internalTokenSecret: null,
      }),
    ),
  );
  process.stdout.write('ready\n');
  const stop = () => {
    void Promise.all(running.map((r) => r.stop())).finally(() => process.exit(0));
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
