/**
 * `npm run reset`: back to a fresh clone's state. Drops the project's databases (`ekst_*`) on the
 * PostgreSQL the tools use (DATABASE_URL, the server on 5432 or the embedded one) and its Kafka
 * topics (`ekst.*`, and those of killed test runs); when the Kafka is the one these tools started,
 * stops it and deletes its data instead. Asks first; `--yes` (or `npm run reset --yes`) does not.
 *
 * Scripts and tests narrow it to one run with `--database-suffix <s>` (only `ekst_…<s>`) and
 * `--topic-prefix <p>` (only `<p>…` and `ekst.dlq.<p>…`); then the local Kafka is left running.
 */
import net from 'node:net';
import { createInterface } from 'node:readline/promises';
import { Kafka, logLevel } from 'kafkajs';
import { Client } from 'pg';
import { GATEWAY_PORT, SUBGRAPHS } from '@ekst/platform';
import { hasKafkaData, kafkaStatus, removeKafkaData, stopKafka } from '@ekst/platform';
import { ensurePostgres, redactUrl } from '@ekst/platform';

const say = (msg: string) => process.stdout.write(`[reset] ${msg}\n`);

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** `npm run reset --yes` hands `--yes` to npm, which passes it on as npm_config_yes. */
function confirmedUpFront(): boolean {
  return (
    process.argv.includes('--yes') ||
    process.argv.includes('-y') ||
    process.env.npm_config_yes === 'true'
  );
}

function portInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

async function projectDatabases(adminUrl: string, suffix: string): Promise<string[]> {
  const c = new Client({ connectionString: adminUrl });
  await c.connect();
  try {
    const { rows } = await c.query<{ datname: string }>(
      `SELECT datname FROM pg_database WHERE datname LIKE 'ekst\\_%' ORDER BY datname`,
    );
    return rows.map((r) => r.datname).filter((d) => d.endsWith(suffix));
  } finally {
    await c.end();
  }
}

async function dropDatabases(adminUrl: string, names: readonly string[]): Promise<void> {
  const c = new Client({ connectionString: adminUrl });
  await c.connect();
  try {
    for (const name of names) await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await c.end();
  }
}

function isProjectTopic(topic: string, prefix: string | undefined): boolean {
  if (prefix !== undefined)
    return topic.startsWith(prefix) || topic.startsWith(`ekst.dlq.${prefix}`);
  return topic.startsWith('ekst.') || /^t[0-9a-f]{8}\.ekst\./.test(topic);
}

async function withAdmin<T>(
  brokers: string[],
  work: (admin: ReturnType<Kafka['admin']>) => Promise<T>,
): Promise<T> {
  const admin = new Kafka({ clientId: 'ekst-reset', brokers, logLevel: logLevel.NOTHING }).admin();
  await admin.connect();
  try {
    return await work(admin);
  } finally {
    await admin.disconnect();
  }
}

async function confirm(question: string): Promise<boolean> {
  if (confirmedUpFront()) return true;
  if (!process.stdin.isTTY) {
    say('not a terminal: pass --yes to confirm');
    return false;
  }
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return /^y(es)?$/i.test((await rl.question(`${question} [y/N] `)).trim());
  } finally {
    rl.close();
  }
}

async function main(): Promise<void> {
  const suffix = option('database-suffix') ?? '';
  const topicPrefix = option('topic-prefix');
  const scoped = suffix !== '' || topicPrefix !== undefined;
  if (!scoped) {
    const busy = [];
    for (const port of [GATEWAY_PORT, ...SUBGRAPHS.map((s) => s.port)])
      if (await portInUse(port)) busy.push(port);
    if (busy.length > 0) {
      say(`port(s) ${busy.join(', ')} in use: stop \`npm start\` first (Ctrl-C), then reset.`);
      process.exitCode = 1;
      return;
    }
  }

  const pg = await ensurePostgres();
  const databases = await projectDatabases(pg.adminUrl, suffix);
  const status = await kafkaStatus();
  // The broker these tools started (not KAFKA_BROKERS, not another checkout's): stopped and its
  // data directory deleted, running or not. Any other reachable broker: only our topics.
  const ours = !scoped && !status.external && (status.running || hasKafkaData());
  const brokers = status.portOpen && !(ours && status.running) ? status.brokers : undefined;
  const topics = brokers
    ? await withAdmin(brokers, async (a) =>
        (await a.listTopics()).filter((t) => isProjectTopic(t, topicPrefix)),
      )
    : [];

  say(`PostgreSQL ${redactUrl(pg.adminUrl)}: ${databases.length} database(s)`);
  for (const d of databases) say(`  ${d}`);
  if (ours)
    say(`Kafka started by these tools (${status.running ? 'running' : 'stopped'}): its data`);
  if (brokers) say(`Kafka ${brokers.join(',')}: ${topics.length} topic(s)`);
  for (const t of topics) say(`  ${t}`);
  if (databases.length === 0 && topics.length === 0 && !ours) {
    say('nothing to reset');
    return;
  }
  if (
    !(await confirm('Drop all of the above? The demo is loaded again by the next `npm start`.'))
  ) {
    say('nothing changed');
    process.exitCode = 1;
    return;
  }

  await dropDatabases(pg.adminUrl, databases);
  say(`dropped ${databases.length} database(s)`);
  if (brokers && topics.length > 0) {
    await withAdmin(brokers, (a) => a.deleteTopics({ topics, timeout: 30000 }));
    say(`deleted ${topics.length} topic(s)`);
  }
  if (ours) {
    await stopKafka();
    removeKafkaData();
    say('deleted the local Kafka data (the next start formats it again)');
  }
}

main().catch((err: unknown) => {
  say(err instanceof Error ? err.message : String(err));
  process.exitCode = 1;
});
