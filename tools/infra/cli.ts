/**
 * Local infrastructure for development and tests.
 *
 *   node -r @swc-node/register tools/infra/cli.ts up       # PostgreSQL and Kafka, started if needed
 *   node -r @swc-node/register tools/infra/cli.ts down     # stop what these tools started
 *   node -r @swc-node/register tools/infra/cli.ts status
 */
import {
  KAFKA_LOG,
  POSTGRES_LOG,
  ensureKafka,
  ensurePostgres,
  kafkaStatus,
  postgresStatus,
  redactUrl,
  stopKafka,
  stopPostgres,
} from '@ekst/platform';

const print = (msg: string): void => {
  process.stdout.write(`${msg}\n`);
};

async function up(): Promise<void> {
  const started = Date.now();
  const pg = await ensurePostgres();
  print(`postgres: ${redactUrl(pg.adminUrl)} (${describePostgres(pg.source)})`);
  const kafka = await ensureKafka();
  print(`kafka:    ${kafka.brokers.join(',')} (${describeKafka(kafka.source)})`);
  print(`up in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

async function down(): Promise<void> {
  const kafkaStopped = await stopKafka();
  print(`kafka:    ${kafkaStopped ? 'stopped' : 'was not running (nothing to stop)'}`);
  const pgStopped = await stopPostgres();
  print(
    `postgres: ${pgStopped ? 'embedded server stopped' : 'no embedded server running (DATABASE_URL and the server on 5432 are never stopped)'}`,
  );
}

async function status(): Promise<void> {
  const pg = await postgresStatus();
  print(
    pg.adminUrl !== undefined && pg.source !== undefined
      ? `postgres: ${redactUrl(pg.adminUrl)} (${describePostgres(pg.source)})`
      : 'postgres: none available (run `up`)',
  );
  if (pg.embeddedRunning && pg.source !== 'embedded-running') {
    print('          (an embedded server is also running; `down` stops it)');
  }
  const k = await kafkaStatus();
  if (k.external) {
    print(`kafka:    ${k.brokers.join(',')} (KAFKA_BROKERS)`);
  } else if (k.running) {
    print(
      `kafka:    ${k.brokers.join(',')} (pid ${k.pid}, ${k.portOpen ? 'answering' : 'not answering yet'}; log ${KAFKA_LOG})`,
    );
  } else {
    print(
      `kafka:    not running${k.portOpen ? `, but something else listens on ${k.brokers[0]}` : ''}`,
    );
  }
}

function describePostgres(source: string): string {
  switch (source) {
    case 'env':
      return 'DATABASE_URL';
    case 'local':
      return 'server on 127.0.0.1:5432';
    case 'embedded-running':
      return `embedded, already running; log ${POSTGRES_LOG}`;
    default:
      return `embedded, started now; log ${POSTGRES_LOG}`;
  }
}

function describeKafka(source: string): string {
  switch (source) {
    case 'env':
      return 'KAFKA_BROKERS';
    case 'running':
      return 'already running, reused';
    default:
      return `started now; log ${KAFKA_LOG}`;
  }
}

async function main(): Promise<void> {
  const command = process.argv[2];
  switch (command) {
    case 'up':
      return up();
    case 'down':
      return down();
    case 'status':
      return status();
    default:
      process.stderr.write('usage: node -r @swc-node/register tools/infra/cli.ts up|down|status\n');
      process.exitCode = 2;
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
});
