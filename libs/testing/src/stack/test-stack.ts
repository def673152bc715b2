import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { testAdminDatabaseUrl, testKafkaBrokers } from '../env';
import { deleteTopicsWithPrefix, uniqueTopicPrefix } from '../kafka-harness';
import { REPO_ROOT, Stack } from '@ekst/platform';

/**
 * The whole platform as real processes for one test file: its own databases
 * (`ekst_<service>_e2e_<label>_<run>`), topic prefix, ports (default + `portOffset`) and log
 * directory, so files run in parallel and beside a developer's `npm start`.
 */
export class TestStack extends Stack {
  /** `extraEnv` reaches every process (e.g. the gateway's AUTH_OIDC_PROVIDERS). */
  constructor(label: string, portOffset: number, extraEnv: Record<string, string> = {}) {
    const run = randomBytes(3).toString('hex');
    super({
      adminDatabaseUrl: testAdminDatabaseUrl(),
      brokers: testKafkaBrokers(),
      topicPrefix: uniqueTopicPrefix(),
      databaseSuffix: `_e2e_${label.replace(/[^a-z0-9]/g, '')}_${run}`,
      portOffset,
      logDir: path.join(REPO_ROOT, '.data', 'e2e-logs', `${label}-${run}`),
      logLevel: process.env.TEST_LOG_LEVEL ?? 'warn',
      // Several stacks run at once under Jest; small pools keep them inside Postgres'
      // max_connections (100 by default): 5 services x (4 + relay + listener) per stack.
      extraEnv: { DB_POOL_MAX: '4', ...extraEnv },
      devAuth: true,
    });
  }

  /** Starts everything; if any process fails to start, removes what was made and rethrows. */
  override async start(): Promise<void> {
    try {
      await super.start();
    } catch (err) {
      await this.dispose();
      throw err;
    }
  }

  /** Stops the processes and removes the databases and topics. */
  async dispose(): Promise<void> {
    await this.stop();
    await this.dropDatabases();
    await deleteTopicsWithPrefix(this.opts.topicPrefix);
  }
}
