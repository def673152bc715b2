/**
 * `npm run seed`: loads (or finishes loading) the demo into a stack that is already running, e.g.
 * after `npm start -- --no-seed`. The options address a test stack instead:
 *
 *   npm run seed -- [--port-offset N] [--database-suffix _e2e_x] [--topic-prefix p.]
 *
 * The admin database comes from DATABASE_URL / the local server / the embedded one, as for
 * `npm start` (libs/platform/src/infra/postgres.ts).
 */
import path from 'node:path';
import { Stack } from '@ekst/platform';
import { ensurePostgres } from '@ekst/platform';
import { seedDemo, seedOptionsFor } from './demo-seed';

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && i + 1 < process.argv.length ? process.argv[i + 1] : fallback;
}

async function main(): Promise<void> {
  const pg = await ensurePostgres();
  const stack = new Stack({
    adminDatabaseUrl: pg.adminUrl,
    brokers: [],
    topicPrefix: option('topic-prefix', ''),
    databaseSuffix: option('database-suffix', ''),
    portOffset: Number(option('port-offset', '0')),
    logDir: path.resolve(__dirname, '../../.data/logs'),
  });
  const say = (m: string) => process.stdout.write(`[seed] ${m}\n`);
  await seedDemo(stack.gatewayUrl, say, await seedOptionsFor(stack));
}

main().catch((err: unknown) => {
  process.stderr.write(`[seed] ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
});
