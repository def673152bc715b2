import { randomUUID } from 'node:crypto';
import type { MigrationInterface, QueryRunner, DataSource } from 'typeorm';
import { createServiceDataSource } from '@ekst/persistence';
import { applyRetention, createLogger, JobRunner } from '@ekst/subgraph-kit';
import type { DataPolicy } from '@ekst/subgraph-kit';
import { createTestDatabase } from '../src';
import type { TestDatabase } from '../src';

class Visits1732300000098 implements MigrationInterface {
  name = 'Visits1732300000098';
  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE visit (id uuid PRIMARY KEY, person_id uuid, note text, seen_at timestamptz NOT NULL)`,
    );
    await q.query(
      `CREATE TABLE feedback (id uuid PRIMARY KEY, person_id uuid, seen_at timestamptz NOT NULL)`,
    );
    await q.query(
      `CREATE TABLE job_run (id serial PRIMARY KEY, at timestamptz NOT NULL DEFAULT now())`,
    );
  }
  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE job_run, feedback, visit');
  }
}

const DAY = 86400000;

describe('retention job and background job runner (real Postgres)', () => {
  let db: TestDatabase;
  let ds: DataSource;
  const now = new Date('2026-11-23T12:00:00Z');
  const policies: DataPolicy[] = [
    {
      table: 'visit',
      personalData: true,
      action: 'delete',
      retainDays: 30,
      ageColumn: 'seen_at',
      basis: 'test',
      onErasure: 'delete',
    },
    {
      table: 'feedback',
      personalData: true,
      action: 'anonymise',
      retainDays: 10,
      ageColumn: 'seen_at',
      basis: 'test',
      onErasure: 'anonymise',
      anonymise: 'person_id = NULL',
      anonymisedWhen: 'person_id IS NULL',
    },
    { table: 'job_run', personalData: false, note: 'test' },
  ];

  beforeAll(async () => {
    db = await createTestDatabase({
      service: 'retention-test',
      entities: [],
      migrations: [Visits1732300000098],
    });
    ({ dataSource: ds } = createServiceDataSource(
      { url: db.url, applicationName: 'retention-test', poolMax: 4 },
      { entities: [], migrations: [] },
    ));
    await ds.initialize();
  });
  afterAll(async () => {
    await ds?.destroy();
    await db?.drop();
  });

  it('deletes or anonymises exactly the rows past their retention period, and is idempotent', async () => {
    const person = randomUUID();
    for (const days of [5, 29, 31, 400]) {
      await ds.query(`INSERT INTO visit VALUES ($1, $2, 'n', $3)`, [
        randomUUID(),
        person,
        new Date(now.getTime() - days * DAY),
      ]);
      await ds.query(`INSERT INTO feedback VALUES ($1, $2, $3)`, [
        randomUUID(),
        person,
        new Date(now.getTime() - days * DAY),
      ]);
    }
    expect(await applyRetention(ds, policies, now)).toEqual({ visit: 2, feedback: 3 });
    const visits = await ds.query(`SELECT seen_at FROM visit ORDER BY seen_at DESC`);
    expect(visits).toHaveLength(2);
    const [{ linked }] = await ds.query(
      `SELECT count(*)::int AS linked FROM feedback WHERE person_id IS NOT NULL`,
    );
    expect(linked).toBe(1);
    expect(await applyRetention(ds, policies, now)).toEqual({ visit: 0, feedback: 0 });
  });

  it('refuses a policy whose identifiers could inject SQL', async () => {
    const evil: DataPolicy[] = [
      {
        table: 'visit; DROP TABLE visit',
        personalData: true,
        action: 'delete',
        retainDays: 1,
        ageColumn: 'seen_at',
        basis: 'x',
        onErasure: 'delete',
      },
    ];
    await expect(applyRetention(ds, evil, now)).rejects.toThrow('bad identifier');
  });

  it('runs a job once at a time across runners (advisory lock)', async () => {
    const log = createLogger('test', 'silent');
    const job = {
      name: 'slow-job',
      intervalMs: 60000,
      run: async ({ dataSource }: { dataSource: DataSource }) => {
        await dataSource.query(`INSERT INTO job_run DEFAULT VALUES`);
        await dataSource.query(`SELECT pg_sleep(0.3)`);
      },
    };
    const a = new JobRunner([job], ds, log, 'test-topic');
    const b = new JobRunner([job], ds, log, 'test-topic');
    const results = await Promise.all([a.runOnce(job), b.runOnce(job)]);
    expect(results.sort()).toEqual([false, true]);
    const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM job_run`);
    expect(n).toBe(1);
    expect(await a.runOnce(job)).toBe(true); // the lock is released after a run
  });

  it('runs its jobs one after another, so as many jobs as pooled connections all complete', async () => {
    // A pool of two and three jobs that each query through the pool while the runner holds
    // their lock connection: run side by side, every run would wait for a connection that never
    // frees, until the pool's connection timeout failed them.
    const { dataSource: small } = createServiceDataSource(
      { url: db.url, applicationName: 'retention-test-small', poolMax: 2 },
      { entities: [], migrations: [] },
    );
    await small.initialize();
    const errors: unknown[] = [];
    const log = createLogger('test', 'silent');
    log.error = ((obj: unknown) => errors.push(obj)) as typeof log.error;
    const jobs = ['a', 'b', 'c'].map((name) => ({
      name: `pool-job-${name}`,
      intervalMs: 60000,
      run: async ({ dataSource }: { dataSource: DataSource }) => {
        await dataSource.query(`INSERT INTO job_run DEFAULT VALUES`);
      },
    }));
    const [{ n: before }] = await ds.query(`SELECT count(*)::int AS n FROM job_run`);
    const runner = new JobRunner(jobs, small, log, 'test-topic');
    try {
      runner.start();
      await new Promise((r) => setImmediate(r)); // the start-up ticks
      await runner.stop();
    } finally {
      await small.destroy();
    }
    expect(errors).toEqual([]);
    const [{ n: after }] = await ds.query(`SELECT count(*)::int AS n FROM job_run`);
    expect(after - before).toBe(3);
  }, 30000);
});
