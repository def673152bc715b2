/**
 * Benchmark: the yearly impact report (per aim, partner, sector and event) and the reach report
 * over a national-scale evaluation database.
 *
 *   node -r @swc-node/register tools/bench/impact-report.ts
 *        [--keep | --reuse <database url>] [--runs 10] [--cold 3] [--explain] [--scale 1]
 *
 * Seeds a scratch copy of the evaluation schema (cloned from the migrated template, dropped at the
 * end unless --keep) with bulk SQL: 100,000 students, 2,000 events over two academic years,
 * 1,000,000 attendance records and 300,000 survey responses (150,000 pre/post pairs), then times
 * `impactReport` (the code the graph runs) for one academic year, and `reachReport` over the same
 * year: `--cold` runs each on a new connection (a new PostgreSQL backend: empty catalog and plan
 * caches; the data stay in shared buffers and the OS cache, which a shared machine cannot drop),
 * then one warm-up and `--runs` runs on one connection; p50 and p95 (nearest rank) of each.
 * Target: under 1 s each. `--reuse` times the reports again on a database a `--keep` run left
 * (no seeding, nothing dropped), after applying any migration it lacks. `--explain` prints
 * EXPLAIN (ANALYZE, BUFFERS) of each statement. The load average is printed with the numbers:
 * the machine is shared.
 */
import 'reflect-metadata';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { createServiceDataSource, runMigrations } from '@ekst/persistence';
import type { DataSource } from 'typeorm';
import { createTestDatabase } from '@ekst/testing';
// A benchmark of one use case: it calls evaluation's query directly (this project is type:app-tool).
/* eslint-disable @nx/enforce-module-boundaries */
import { evaluationModule } from '../../apps/evaluation/src/module';
import {
  IMPACT_SETTINGS,
  impactReport,
  impactStatement,
} from '../../apps/evaluation/src/use-cases/impact-report.query';
import type { ImpactGrouping } from '../../apps/evaluation/src/use-cases/impact-report.query';
import {
  reachReport,
  reachStatement,
} from '../../apps/evaluation/src/use-cases/reach-report.query';
/* eslint-enable @nx/enforce-module-boundaries */

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(name);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
}
const RUNS = option('--runs', 10);
const COLD = option('--cold', 3);
// --scale 0.1 seeds a tenth (a quick check of the script and the plans, not the measurement).
const SCALE = option('--scale', 1);

const STUDENTS = Math.round(100_000 * SCALE);
const EVENTS = Math.round(2_000 * SCALE);
const ATTENDANCE = Math.round(1_000_000 * SCALE);
const PAIRS = Math.round(150_000 * SCALE); // × 2 responses
const PARTNERS = 10;
const YEAR = 2025;
const GROUPINGS: ImpactGrouping[] = ['AIM', 'PARTNER', 'SECTOR', 'EVENT'];

const load = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');

async function main(): Promise<void> {
  const keep = process.argv.includes('--keep');
  const reuseAt = process.argv.indexOf('--reuse');
  const reuse = reuseAt >= 0 ? process.argv[reuseAt + 1] : null;
  const db = reuse
    ? { url: reuse, name: new URL(reuse).pathname.slice(1), drop: async () => undefined }
    : await createTestDatabase({
        service: 'evaluation',
        entities: evaluationModule.entities,
        // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
        migrations: evaluationModule.migrations as Function[],
      });
  const connect = async (migrations: boolean): Promise<DataSource> => {
    const { dataSource: ds } = createServiceDataSource(
      { url: db.url, applicationName: 'bench-impact-report', poolMax: 2 },
      {
        entities: evaluationModule.entities,
        // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
        migrations: migrations ? (evaluationModule.migrations as Function[]) : [],
      },
    );
    await ds.initialize();
    return ds;
  };
  const dataSource = await connect(Boolean(reuse));
  // A kept database from before a migration (a new index or table) gets it first.
  if (reuse) {
    const t = performance.now();
    const applied = await runMigrations(dataSource);
    if (applied.length)
      console.log(
        `migrated ${applied.join(', ')} in ${((performance.now() - t) / 1000).toFixed(1)} s`,
      );
  }
  // Bulk inserts outlast the service's statement timeout: seed on one connection without it.
  const seeder = dataSource.createQueryRunner();
  await seeder.query('SET statement_timeout = 0');
  const step = async (what: string, sql: string) => {
    const t = performance.now();
    await seeder.query(sql);
    console.log(`  ${what.padEnd(44)} ${((performance.now() - t) / 1000).toFixed(1)} s`);
  };
  try {
    if (!reuse) await seed();
    console.log(`load average before timing: ${load()}`);
    await time();
    console.log(`load average after timing: ${load()}`);
  } finally {
    await seeder.release();
    await dataSource.destroy();
    if (keep || reuse) console.log(`kept ${db.url}`);
    else await db.drop();
  }

  async function seed(): Promise<void> {
    console.log(`seeding ${db.name}`);
    // Ids are derived from numbers (uuids built from md5), so the seed is repeatable.
    const uuid = (expr: string) => `md5(${expr})::uuid`;
    await step(
      `${PARTNERS} partners`,
      `INSERT INTO partner_projection (id, name, kind, sector, joined_on)
       SELECT ${uuid(`'partner' || g`)}, 'Partner ' || g, CASE WHEN g % 3 = 0 THEN 'INDEPENDENT' ELSE 'STATE' END,
              CASE WHEN g % 3 = 0 THEN 'INDEPENDENT' ELSE 'STATE' END, date '2023-09-01'
       FROM generate_series(0, ${PARTNERS - 1}) g`,
    );
    await step(
      `${STUDENTS.toLocaleString()} students`,
      `INSERT INTO person_projection (id, partner_id, roles, year_group)
       SELECT ${uuid(`'student' || g`)}, ${uuid(`'partner' || (g % ${PARTNERS})`)}, '{STUDENT}', 7 + g % 7
       FROM generate_series(0, ${STUDENTS - 1}) g`,
    );
    await step(
      `${EVENTS.toLocaleString()} events over 2 years`,
      `INSERT INTO event_projection (id, title, kind, host_partner_id, starts_at, ends_at, status, occurred_at,
                                     audience, year_groups, aims, academic_year, completed_at)
       SELECT ${uuid(`'event' || g`)}, 'Event ' || g, 'OTHER', ${uuid(`'partner' || (g % ${PARTNERS})`)},
              s, s + interval '3 hours', 'COMPLETED', now(), 'STUDENTS', '{11,12,13}',
              CASE g % 4 WHEN 0 THEN '{WIDENING_HORIZONS,CONFIDENCE}'::text[]
                         WHEN 1 THEN '{RAISING_ASPIRATIONS}'::text[]
                         WHEN 2 THEN '{RESILIENCE,WELLBEING}'::text[]
                         ELSE '{COMMUNITY,RAISING_ASPIRATIONS}'::text[] END,
              ${YEAR - 1} + g % 2, s + interval '3 hours'
       FROM generate_series(0, ${EVENTS - 1}) g,
            LATERAL (SELECT make_timestamptz(${YEAR - 1} + g % 2, 9, 15, 9, 0, 0, 'Europe/London')
                            + (g / 2 % 300) * interval '1 day' AS s) t`,
    );
    await step(
      `${(EVENTS * 2).toLocaleString()} surveys (PRE and POST)`,
      `INSERT INTO survey (id, event_id, phase, instrument, opens_at, closes_at, status)
       SELECT ${uuid(`'survey' || e.id || p`)}, e.id, p, 'SWEMWBS',
              CASE p WHEN 'PRE' THEN e.starts_at - interval '7 days' ELSE e.ends_at END,
              CASE p WHEN 'PRE' THEN e.starts_at ELSE e.ends_at + interval '14 days' END, 'CLOSED'
       FROM event_projection e CROSS JOIN (VALUES ('PRE'), ('POST')) v(p)`,
    );
    // Attendance: event g % EVENTS gets students (k·201 + e·37) mod STUDENTS for k = g / EVENTS,
    // distinct per event; about 10 events per student over the two years.
    await step(
      `${ATTENDANCE.toLocaleString()} attendance records`,
      `INSERT INTO attendance_dose (person_id, event_id, status, academic_year, recorded_at)
       SELECT ${uuid(`'student' || (((g / ${EVENTS}) * 201 + (g % ${EVENTS}) * 37) % ${STUDENTS})`)},
              ${uuid(`'event' || (g % ${EVENTS})`)},
              CASE WHEN g % 10 = 0 THEN 'NO_SHOW' ELSE 'ATTENDED' END,
              ${YEAR - 1} + (g % ${EVENTS}) % 2, now()
       FROM generate_series(0, ${ATTENDANCE - 1}) g`,
    );
    await step(
      `${(PAIRS * 2).toLocaleString()} invitations`,
      `INSERT INTO survey_invitation (id, token, survey_id, person_id, invited_at, responded_at)
       SELECT ${uuid(`'inv' || a.rn || s.phase`)}, md5('tok' || a.rn || s.phase), s.id, a.person_id, now(), now()
       FROM (SELECT person_id, event_id, row_number() OVER () AS rn FROM attendance_dose
             WHERE status = 'ATTENDED' LIMIT ${PAIRS}) a
       JOIN survey s ON s.event_id = a.event_id`,
    );
    // Scores on the SWEMWBS metric: pre ~ U(12, 28); post = pre + change, change ~ U(−0.3, 1.2),
    // stored on the POST response as submitSurveyResponse pairs it.
    await step(
      `${PAIRS.toLocaleString()} PRE responses`,
      `INSERT INTO survey_response (id, survey_id, invitation_id, answers, score, responded_at)
       SELECT ${uuid(`'resp' || i.id`)}, i.survey_id, i.id, '[3,3,3,3,3,3,3]',
              round((12 + 16 * random())::numeric, 2), now()
       FROM survey_invitation i JOIN survey s ON s.id = i.survey_id WHERE s.phase = 'PRE'`,
    );
    await step(
      `${PAIRS.toLocaleString()} POST responses, paired`,
      `INSERT INTO survey_response (id, survey_id, invitation_id, answers, score, change, responded_at)
       SELECT ${uuid(`'resp' || ipost.id`)}, ipost.survey_id, ipost.id, '[3,3,3,3,3,3,3]',
              rpre.score + x.d, x.d, now()
       FROM survey_invitation ipost
       JOIN survey post ON post.id = ipost.survey_id AND post.phase = 'POST'
       JOIN survey pre ON pre.event_id = post.event_id AND pre.phase = 'PRE'
       JOIN survey_invitation ipre ON ipre.survey_id = pre.id AND ipre.person_id = ipost.person_id
       JOIN survey_response rpre ON rpre.invitation_id = ipre.id
       CROSS JOIN LATERAL (SELECT round((1.5 * random() - 0.3 + 0 * length(ipost.token))::numeric, 2) AS d) x`,
    );
    // As autovacuum would: statistics, and a visibility map for index-only scans.
    await step('VACUUM ANALYZE', 'VACUUM ANALYZE');
  }

  async function time(): Promise<void> {
    const counts = (await dataSource.query(
      `SELECT (SELECT count(*) FROM person_projection)::int AS students,
              (SELECT count(*) FROM event_projection)::int AS events,
              (SELECT count(*) FROM attendance_dose)::int AS attendance,
              (SELECT count(*) FROM survey_response)::int AS responses,
              (SELECT count(*) FROM impact_pair)::int AS pairs`,
    )) as Array<Record<string, number>>;
    console.log('rows:', counts[0]);
    console.log(
      `${COLD} cold runs (each on a new connection), then 1 warm-up and ${RUNS} warm runs on one connection`,
    );
    const reports: Array<{ name: string; run: (ds: DataSource) => Promise<number> }> = [
      ...GROUPINGS.map((grouping) => ({
        name: `impact per ${grouping.toLowerCase()}`,
        run: async (ds: DataSource) =>
          (await impactReport(ds, grouping, { academicYears: [YEAR] })).length,
      })),
      {
        name: 'reach per partner',
        run: async (ds: DataSource) => {
          const r = await reachReport(ds, YEAR, { kind: 'all' });
          return r.rows.length + r.byKind.length + 1;
        },
      },
    ];
    for (const report of reports) {
      const cold: number[] = [];
      for (let i = 0; i < COLD; i += 1) {
        const ds = await connect(false);
        try {
          const t = performance.now();
          await report.run(ds);
          cold.push(performance.now() - t);
        } finally {
          await ds.destroy();
        }
      }
      let rows = await report.run(dataSource); // warm-up
      const warm: number[] = [];
      for (let i = 0; i < RUNS; i += 1) {
        const t = performance.now();
        rows = await report.run(dataSource);
        warm.push(performance.now() - t);
      }
      console.log(
        `${report.name.padEnd(20)} ${YEAR}/${(YEAR + 1) % 100}  ` +
          `cold p50 ${ms(percentile(cold, 50))} p95 ${ms(percentile(cold, 95))}  ` +
          `warm p50 ${ms(percentile(warm, 50))} p95 ${ms(percentile(warm, 95))} ` +
          `(min ${ms(percentile(warm, 0))}, max ${ms(percentile(warm, 100))})  ${rows} rows/cells  ` +
          `load ${load()}`,
      );
    }
    if (process.argv.includes('--explain')) await explain();
  }

  async function explain(): Promise<void> {
    const statements = [
      ...GROUPINGS.map((grouping) => ({
        name: `impact per ${grouping.toLowerCase()}`,
        settings: IMPACT_SETTINGS as readonly string[],
        ...impactStatement(grouping, { academicYears: [YEAR] }),
      })),
      { name: 'reach per partner', settings: [] as readonly string[], ...reachStatement(YEAR) },
    ];
    for (const s of statements) {
      const plan = (await dataSource.transaction(async (m) => {
        for (const setting of s.settings) await m.query(setting);
        return m.query(`EXPLAIN (ANALYZE, BUFFERS) ${s.sql}`, s.params);
      })) as Array<{ 'QUERY PLAN': string }>;
      console.log(`\n== EXPLAIN (ANALYZE, BUFFERS) ${s.name}, load ${load()}`);
      console.log(plan.map((r) => r['QUERY PLAN']).join('\n'));
    }
  }
}

/** Nearest-rank percentile (p95 of 10 runs is the slowest). */
function percentile(xs: number[], p: number): number {
  const sorted = [...xs].sort((a, b) => a - b);
  if (p === 0) return sorted[0];
  return sorted[Math.min(sorted.length, Math.ceil((p / 100) * sorted.length)) - 1];
}

function ms(x: number): string {
  return `${Math.round(x).toLocaleString('en-GB')} ms`;
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
