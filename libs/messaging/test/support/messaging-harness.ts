import { randomBytes, randomUUID } from 'node:crypto';
import { Client } from 'pg';
import type { DataSource, MigrationInterface } from 'typeorm';
import { createEnvelope } from '@ekst/contracts';
import type { Envelope, PartnerJoinedV1 } from '@ekst/contracts';
import { createServiceDataSource, runMigrations, withDatabase } from '@ekst/persistence';
import { createKafka } from '../../src';
import type { ServiceLogger } from '../../src';

/*
 * The few test helpers messaging's own tests need. @ekst/testing has fuller ones, but it depends
 * on subgraph-kit, which depends on messaging: importing it here would close a cycle.
 */

export const adminDatabaseUrl = (): string =>
  process.env.TEST_ADMIN_DATABASE_URL ??
  process.env.DATABASE_URL ??
  'postgres://postgres@127.0.0.1:5432/postgres';

export const kafkaBrokers = (): string[] =>
  (process.env.KAFKA_BROKERS ?? '127.0.0.1:19092').split(',').map((b) => b.trim());

const noop = (): undefined => undefined;
/** Quiet unless TEST_DEBUG is set. */
export const testLog: ServiceLogger = process.env.TEST_DEBUG
  ? { info: console.log, warn: console.log, error: console.log, debug: noop }
  : { info: noop, warn: noop, error: noop, debug: noop };

async function withAdmin<T>(work: (c: Client) => Promise<T>): Promise<T> {
  const client = new Client({
    connectionString: adminDatabaseUrl(),
    connectionTimeoutMillis: 5000,
  });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export interface MessagingTestDatabase {
  url: string;
  dataSource: DataSource;
  drop(): Promise<void>;
}

/**
 * A fresh database with `migrations` applied and a DataSource on it. Named `ekst_test_*`, so
 * `npm test` sweeps it up if a killed run leaves it behind.
 */
export async function createMigratedDatabase(
  migrations: Array<new () => MigrationInterface>,
  poolMax = 10,
): Promise<MessagingTestDatabase> {
  const name = `ekst_test_messaging_${randomBytes(4).toString('hex')}`;
  await withAdmin((c) => c.query(`CREATE DATABASE ${name}`));
  const url = withDatabase(adminDatabaseUrl(), name);
  const { dataSource } = createServiceDataSource(
    { url, applicationName: 'messaging-test', poolMax },
    { entities: [], migrations },
  );
  await dataSource.initialize();
  await runMigrations(dataSource);
  return {
    url,
    dataSource,
    async drop() {
      if (dataSource.isInitialized) await dataSource.destroy();
      await withAdmin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}

/** A topic prefix of one test file, so files sharing the broker never see each other's topics. */
export const uniqueTopicPrefix = (): string => `t${randomBytes(4).toString('hex')}.`;

/** Deletes the topics (and dead-letter topics) a test file created under its prefix. */
export async function deleteTopicsWithPrefix(prefix: string): Promise<void> {
  const admin = createKafka(
    { brokers: kafkaBrokers(), clientId: 'messaging-test-cleanup' },
    testLog,
  ).admin();
  await admin.connect();
  try {
    const topics = (await admin.listTopics()).filter(
      (t) => t.startsWith(prefix) || t.startsWith(`ekst.dlq.${prefix}`),
    );
    if (topics.length) await admin.deleteTopics({ topics, timeout: 10000 });
  } finally {
    await admin.disconnect();
  }
}

/** Polls until `check` holds or the timeout passes. */
export async function eventually(check: () => Promise<boolean>, timeoutMs = 20000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** A PartnerJoined envelope as partners-governance publishes it, named `name` (a fresh partner). */
export function partnerJoined(name: string): Envelope<PartnerJoinedV1> {
  const partnerId = randomUUID();
  return createEnvelope({
    type: 'PartnerJoined',
    version: 1,
    aggregateId: partnerId,
    producer: 'partners-governance',
    payload: {
      partnerId,
      name,
      kind: 'STATE',
      sector: 'STATE',
      town: 'Deal',
      joinedOn: '2026-09-01',
    },
  });
}
