/**
 * `npm run test:one -- <jest arguments>`: Jest on the same PostgreSQL and Kafka as `npm test`
 * (DATABASE_URL / the server on 5432 / the embedded one, whatever its port; KAFKA_BROKERS / the
 * local broker), with the environment the tests expect. For example
 *
 *   npm run test:one -- apps/events/src/domain/registration.spec.ts
 *   npm run test:one -- --selectProjects apps/events
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ensureKafka } from '@ekst/platform';
import { ensurePostgres } from '@ekst/platform';

const ROOT = path.resolve(__dirname, '../..');

async function main(): Promise<number> {
  const log = (m: string) => process.stderr.write(`[test:one] ${m}\n`);
  const pg = await ensurePostgres({ log });
  const kafka = await ensureKafka({ log });
  const jest = spawnSync(
    path.join(ROOT, 'node_modules', '.bin', 'jest'),
    ['--maxWorkers=1', ...process.argv.slice(2)],
    {
      cwd: ROOT,
      stdio: 'inherit',
      env: {
        ...process.env,
        TEST_ADMIN_DATABASE_URL: pg.adminUrl,
        KAFKA_BROKERS: kafka.brokers.join(','),
        NODE_ENV: 'test',
      },
    },
  );
  return jest.status ?? 1;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`[test:one] ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  },
);
