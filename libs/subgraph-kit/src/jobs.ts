import { bindTx } from '@ekst/messaging';
import type { Tx, TxBinding } from '@ekst/messaging';
import type { DataSource } from 'typeorm';
import type { Logger } from './logger';

/** What a job may use: the database, a logger, the clock, and the service's own topic. */
export interface JobDeps {
  dataSource: DataSource;
  log: Logger;
  now: Date;
  ownTopic: string;
  /**
   * A transaction bound as a use case's is (the seam): its outbox goes to the service's topic and
   * its clock reads this run's `now`, so a job writes domain events the way a use case does.
   */
  transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T>;
}

/** Work a service does on a timer (offer deadlines, retention). State lives in the database. */
export interface BackgroundJob {
  name: string;
  intervalMs: number;
  run(deps: JobDeps): Promise<void>;
}

/**
 * Runs each job on its interval, one run at a time per job across every instance of the service
 * (a session advisory lock keyed by the job's name, held on a connection of its own for the run).
 * Jobs must be idempotent: after a crash or restart the next run simply picks up what is due.
 *
 * Within one process the jobs run one after another, never side by side: each run holds its lock
 * connection while its work takes another from the same pool, so with as many jobs as pooled
 * connections (three at start-up in a service on DB_POOL_MAX=3) every run held one connection and
 * waited for a second until the pool's 5 s connection timeout failed them all, and the retention
 * run was lost until its next hour. A tick that finds its job still queued or running is skipped.
 */
export class JobRunner {
  private timers: NodeJS.Timeout[] = [];
  /** the last queued run: each run starts when the one before it has ended, however it ended */
  private queue: Promise<unknown> = Promise.resolve();
  private queued = new Set<string>();

  constructor(
    private readonly jobs: BackgroundJob[],
    private readonly dataSource: DataSource,
    private readonly log: Logger,
    private readonly ownTopic: string,
    /** how a job's transaction is bound (outbox, config); without it `transaction` refuses */
    private readonly txBinding?: TxBinding,
  ) {}

  start(): void {
    for (const job of this.jobs) {
      const tick = () => {
        if (this.queued.has(job.name)) return;
        this.queued.add(job.name);
        this.queue = this.queue
          .then(() => this.runOnce(job))
          .catch(() => false) // runOnce logs its failures; a rejection must not stop the queue
          .finally(() => this.queued.delete(job.name));
      };
      this.timers.push(setInterval(tick, job.intervalMs));
      setImmediate(tick);
    }
  }

  async runOnce(job: BackgroundJob, now = new Date()): Promise<boolean> {
    const runner = this.dataSource.createQueryRunner();
    try {
      await runner.connect();
      const [{ locked }] = (await runner.query(
        `SELECT pg_try_advisory_lock(hashtext($1)) AS locked`,
        [`job:${job.name}`],
      )) as Array<{ locked: boolean }>;
      if (!locked) return false;
      try {
        await job.run({
          dataSource: this.dataSource,
          log: this.log,
          now,
          ownTopic: this.ownTopic,
          transaction: (work) => this.transaction(now, work),
        });
        return true;
      } finally {
        await runner.query(`SELECT pg_advisory_unlock(hashtext($1))`, [`job:${job.name}`]);
      }
    } catch (err) {
      this.log.error({ job: job.name, err: (err as Error).message }, 'background job failed');
      return false;
    } finally {
      await runner.release();
    }
  }

  private transaction<T>(now: Date, work: (tx: Tx) => Promise<T>): Promise<T> {
    const binding = this.txBinding;
    if (!binding) throw new Error('this job runner was given no transaction binding');
    const clock = { now: () => now };
    return this.dataSource.transaction((m) => work(bindTx(m, { ...binding, clock })));
  }

  async stop(): Promise<void> {
    for (const t of this.timers) clearInterval(t);
    this.timers = [];
    await this.queue;
  }
}
