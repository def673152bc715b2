import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { testAdminDatabaseUrl, testKafkaBrokers } from '../env';
import { deleteTopicsWithPrefix, uniqueTopicPrefix } from '../kafka-harness';
import { mailCatcherPorts, REPO_ROOT, Stack, startMailCatcher } from '@ekst/platform';
import type { MailCatcher } from '@ekst/platform';
import { releaseSharedStack } from './shared-holder';

/**
 * EKST_TEST_PORT_SHIFT (default 0) is added to every TestStack's port offset, so a second
 * checkout can run the e2e files beside the first (e.g. 20000: ports 24xxx-26xxx) without the
 * two runs taking each other's ports.
 */
export function testPortShift(): number {
  const raw = process.env.EKST_TEST_PORT_SHIFT;
  if (raw === undefined || raw === '') return 0;
  const shift = Number(raw);
  if (!Number.isInteger(shift) || shift < 0 || shift > 25000)
    throw new Error(`EKST_TEST_PORT_SHIFT must be an integer from 0 to 25000, got "${raw}"`);
  return shift;
}

/**
 * The whole platform as real processes for one test file: its own databases
 * (`ekst_<service>_e2e_<label>_<run>`), topic prefix, ports (default + `portOffset`) and log
 * directory, so files run in parallel and beside a developer's `npm start`.
 */
export class TestStack extends Stack {
  /**
   * The stack's own SMTP server (MailDev on 4025+offset, web/API on 4080+offset) unless SMTP_URL
   * is set; communications sends to it, tests read `${mailWebUrl}/api/email`.
   */
  private mail: MailCatcher | null = null;
  private readonly mailPorts: { smtp: number; web: number } | null;

  /**
   * `extraEnv` reaches every process (e.g. the gateway's AUTH_OIDC_PROVIDERS). `options.brokers`
   * points the stack at a broker of its own (the chaos suite's `PrivateKafka`) instead of the
   * shared one.
   */
  constructor(
    label: string,
    portOffset: number,
    extraEnv: Record<string, string> = {},
    options: { brokers?: string[]; readyTimeoutMs?: number } = {},
  ) {
    const run = randomBytes(3).toString('hex');
    portOffset += testPortShift();
    const mailPorts = process.env.SMTP_URL ? null : mailCatcherPorts(portOffset);
    super({
      adminDatabaseUrl: testAdminDatabaseUrl(),
      brokers: options.brokers ?? testKafkaBrokers(),
      topicPrefix: uniqueTopicPrefix(),
      databaseSuffix: `_e2e_${label.replace(/[^a-z0-9]/g, '')}_${run}`,
      portOffset,
      logDir: path.join(REPO_ROOT, '.data', 'e2e-logs', `${label}-${run}`),
      logLevel: process.env.TEST_LOG_LEVEL ?? 'warn',
      // Several stacks run at once under Jest; small pools keep them inside Postgres'
      // max_connections (100 by default): 6 services x (3 + relay + listener) + the delivery
      // queue's 2 per stack.
      extraEnv: {
        DB_POOL_MAX: '3',
        // scrypt at N = 2^12 instead of production's 2^17 (people refuses it without
        // EKST_DEV_AUTH=1): the same hashing code, but a sign-in or password set costs ~30 ms of
        // CPU instead of ~1 s; the demo seed alone sets 39 passwords.
        PASSWORD_HASH_LOG_N: '12',
        ...(mailPorts ? { SMTP_URL: `smtp://127.0.0.1:${mailPorts.smtp}` } : {}),
        ...extraEnv,
      },
      devAuth: true,
      readyTimeoutMs: options.readyTimeoutMs,
    });
    this.mailPorts = mailPorts;
  }

  /** The mail catcher's web UI and REST API (`/api/email`); null when SMTP_URL points elsewhere. */
  get mailWebUrl(): string | null {
    return this.mailPorts ? `http://127.0.0.1:${this.mailPorts.web}` : null;
  }

  /** The OS process ids of everything this stack runs: its seven processes and its SMTP server. */
  ownedPids(): number[] {
    return [...this.pids().values(), ...(this.mail?.pid ? [this.mail.pid] : [])];
  }

  /** Starts (again) the stack's SMTP server; what it held before a stop is gone. */
  async startMailCatcher(): Promise<void> {
    if (!this.mailPorts || this.mail) return;
    this.mail = await startMailCatcher({
      smtpPort: this.mailPorts.smtp,
      webPort: this.mailPorts.web,
    });
  }

  /** Stops the stack's SMTP server (an outage: communications must retry). */
  async stopMailCatcher(): Promise<void> {
    const mail = this.mail;
    this.mail = null;
    await mail?.stop();
  }

  /** The worker's shared stack (`sharedTestStack()`), which files never stop or dispose. */
  shared = false;

  /** Starts everything; if any process fails to start, removes what was made and rethrows. */
  override async start(): Promise<void> {
    // A stack of a file's own never runs beside the worker's idle shared stack.
    if (!this.shared) await releaseSharedStack();
    try {
      // MailDev is a Node process of its own (seconds of CPU to load its web UI): it starts beside
      // the databases and services instead of before them. Communications only connects to it
      // when it sends, and its readiness does not depend on it.
      // Both settle before a failure is handled, so dispose() never races a start still going.
      const started = await Promise.allSettled([this.startMailCatcher(), super.start()]);
      const failed = started.find((r): r is PromiseRejectedResult => r.status === 'rejected');
      if (failed) throw failed.reason;
    } catch (err) {
      await this.dispose();
      throw err;
    }
  }

  /** Stops the processes and removes the databases and topics. */
  async dispose(): Promise<void> {
    await this.stop();
    // nothing runs any more: the mail server, the databases and the topics go side by side
    await Promise.all([
      this.stopMailCatcher(),
      this.dropDatabases(),
      deleteTopicsWithPrefix(this.opts.topicPrefix, this.opts.brokers),
    ]);
  }
}
