import { signInternalToken } from '@ekst/auth';
import type { Caller, Role } from '@ekst/auth';
import { DEV_AUTH_ENV, INTERNAL_TOKEN_HEADER } from '@ekst/auth';
import { DEV_INTERNAL_TOKEN_SECRET, startSubgraph } from '@ekst/subgraph-kit';
import type { BaseContext, RunningSubgraph, SubgraphModule } from '@ekst/subgraph-kit';
import { testKafkaBrokers } from './env';
import { deleteTopicsWithPrefix } from './kafka-harness';
import { createTestDatabase } from './postgres-harness';
import type { TestDatabase } from './postgres-harness';

export interface TestSubgraph {
  running: RunningSubgraph;
  database: TestDatabase;
  /** query the subgraph directly, as the gateway would, with an internal token for `caller` */
  query<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    caller?: Caller,
  ): Promise<{
    status: number;
    data?: T;
    errors?: Array<{ message: string; extensions?: { code?: string } }>;
  }>;
  stop(): Promise<void>;
}

export function testCaller(roles: Role[], overrides: Partial<Caller> = {}): Caller {
  return {
    kind: 'person',
    subject: '00000000-0000-4000-8000-000000000001',
    roles,
    partnerId: null,
    ...overrides,
  };
}

/**
 * Starts a real subgraph on an ephemeral port against its own cloned database and the real broker,
 * with topics under `topicPrefix` (share one prefix between subgraphs that must talk to each other).
 */
export async function startTestSubgraph<C extends BaseContext>(
  module: SubgraphModule<C>,
  opts: { topicPrefix: string; cleanTopics?: boolean; metricsToken?: string },
): Promise<TestSubgraph> {
  // Test subgraphs run on the development secrets; people's token signer reads its settings from
  // the environment when first used, so the development flag has to be there too.
  process.env[DEV_AUTH_ENV] ??= '1';
  const database = await createTestDatabase({
    service: module.name,
    entities: module.entities,
    migrations: module.migrations,
  });
  const running = await startSubgraph(module, {
    nodeEnv: 'test',
    port: 0,
    databaseUrl: database.url,
    kafkaBrokers: testKafkaBrokers(),
    topicPrefix: opts.topicPrefix,
    topicReplicationFactor: 1,
    internalTokenSecret: DEV_INTERNAL_TOKEN_SECRET,
    logLevel: process.env.TEST_LOG_LEVEL ?? 'silent',
    runMigrations: false,
    runJobs: false,
    dbPoolMax: 5,
    metricsToken: opts.metricsToken ?? null,
  });
  return {
    running,
    database,
    async query(query, variables, caller = testCaller(['COORDINATOR'])) {
      const token = await signInternalToken(caller, {
        secret: DEV_INTERNAL_TOKEN_SECRET,
        audience: module.name,
      });
      const res = await fetch(running.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [INTERNAL_TOKEN_HEADER]: token },
        body: JSON.stringify({ query, variables }),
      });
      return { status: res.status, ...((await res.json()) as object) };
    },
    async stop() {
      await running.stop();
      await database.drop();
      if (opts.cleanTopics) await deleteTopicsWithPrefix(opts.topicPrefix);
    },
  };
}

/** Polls until `check` returns a truthy value or the timeout passes. */
export async function eventually<T>(
  check: () => Promise<T | null | undefined | false>,
  timeoutMs = 20000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Retries an action (typically a mutation that depends on another service's projection catching
 * up) until it yields a value; the error names what never happened and, via `detail`, why.
 */
export async function retryUntil<T>(
  attempt: () => Promise<T | null | undefined>,
  what: string,
  opts: { timeoutMs?: number; detail?: () => unknown } = {},
): Promise<T> {
  const timeoutMs = opts.timeoutMs ?? 30000;
  try {
    return await eventually(async () => (await attempt()) ?? null, timeoutMs);
  } catch {
    const detail = opts.detail ? `; last: ${JSON.stringify(opts.detail())}` : '';
    throw new Error(`${what} never succeeded within ${timeoutMs} ms${detail}`);
  }
}
