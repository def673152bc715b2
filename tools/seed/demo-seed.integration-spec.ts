import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import { Client } from 'pg';
import { ensureChromium, ensurePoppler } from '@ekst/platform';
import { devUserToken, gql, retryUntil, testKafkaBrokers, TestStack } from '@ekst/testing';
import { planPeople } from './demo-plan';
import { DEMO_PASSWORD, seedDemo, seedOptionsFor } from './demo-seed';

const ROOT = path.resolve(__dirname, '../..');

/** As the report prints numbers: two decimals, signed, with a true minus sign. */
const signed = (v: number) => `${v < 0 ? '\u2212' : '+'}${Math.abs(v).toFixed(2)}`;

/** The share of a page's pixels that are not (near) white, from a binary PGM (P5) image. */
function inkShare(pgm: Buffer): number {
  const m = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 64).toString('latin1'));
  if (!m) throw new Error('not a binary PGM');
  const pixels = pgm.subarray(m[0].length, m[0].length + Number(m[1]) * Number(m[2]));
  let ink = 0;
  for (const p of pixels) if (p < 200) ink += 1;
  return ink / pixels.length;
}

/**
 * The demo partnership `npm start` loads, built on a fresh stack through the gateway: the
 * partnership DOMAIN.md describes, people who can sign in, a programme of 30+ events, and last
 * year's evaluation showing more change for students who came to more events. A load killed
 * half-way (a newcomer pressing Ctrl-C during their first `npm start`) is finished by the next
 * run, and `npm run reset` takes the run back to nothing.
 */
describe('demo data', () => {
  // Chromium prints the demo year's annual report (the last check of the load).
  const stack = new TestStack('seed', 500, { CHROMIUM_PATH: ensureChromium() });
  let coordinator: string;

  const count = async (query: string, pick: (data: never) => number) => {
    const r = await gql(stack.gatewayUrl, coordinator, query);
    if (r.errors) throw new Error(JSON.stringify(r.errors));
    return pick(r.data as never);
  };
  const peopleCount = () =>
    count(
      `{ people(first: 100) { edges { node { id } } pageInfo { hasNextPage } } }`,
      (d: { people: { edges: unknown[]; pageInfo: { hasNextPage: boolean } } }) =>
        d.people.edges.length + (d.people.pageInfo.hasNextPage ? 1000 : 0),
    );

  async function allPeople(): Promise<Array<{ id: string; partner: { id: string } | null }>> {
    const all: Array<{ id: string; partner: { id: string } | null }> = [];
    let after: string | null = null;
    for (;;) {
      const r: {
        data?: {
          people: {
            edges: Array<{ node: { id: string; partner: { id: string } | null } }>;
            pageInfo: { hasNextPage: boolean; endCursor: string | null };
          };
        };
      } = await gql(
        stack.gatewayUrl,
        coordinator,
        `query($after: String) { people(first: 100, after: $after) { edges { node { id partner { id } } } pageInfo { hasNextPage endCursor } } }`,
        { after },
      );
      all.push(...(r.data?.people.edges ?? []).map((e) => e.node));
      if (!r.data?.people.pageInfo.hasNextPage) return all;
      after = r.data.people.pageInfo.endCursor;
    }
  }

  beforeAll(async () => {
    await stack.start();
    coordinator = await devUserToken({
      sub: '00000000-0000-4000-8000-0000000000c9',
      roles: ['COORDINATOR'],
    });
  }, 180000);
  afterAll(async () => {
    await stack?.dispose();
    const admin = new Client({ connectionString: stack.opts.adminDatabaseUrl });
    await admin.connect();
    await admin.query(
      `DROP DATABASE IF EXISTS "ekst_demo_seed${stack.opts.databaseSuffix}" WITH (FORCE)`,
    );
    await admin.end();
  });

  it('finishes a load that was killed half-way, and a demo adult then signs in with the demo password', async () => {
    // The first load, as its own process, killed while it registers people.
    const child = spawn(
      process.execPath,
      [
        '-r',
        '@swc-node/register',
        'tools/seed/seed-cli.ts',
        '--port-offset',
        String(stack.opts.portOffset),
        '--database-suffix',
        stack.opts.databaseSuffix,
        '--topic-prefix',
        stack.opts.topicPrefix,
      ],
      {
        cwd: ROOT,
        env: { ...process.env, DATABASE_URL: stack.opts.adminDatabaseUrl },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr.on('data', (c: Buffer) => (output += c.toString()));
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    await retryUntil(
      async () => (/partners/.test(output) && (await peopleCount()) >= 10 ? true : null),
      'the first load registering people',
      { timeoutMs: 120000, detail: () => output },
    );
    child.kill('SIGKILL');
    await exited;
    const interrupted = await peopleCount();
    expect(interrupted).toBeLessThan(100);
    expect(
      await count(
        `{ events { edges { node { id } } } }`,
        (d: { events: { edges: unknown[] } }) => d.events.edges.length,
      ),
    ).toBe(0);

    // The next run carries on.
    const logs: string[] = [];
    const summary = await seedDemo(
      stack.gatewayUrl,
      (m) => logs.push(m),
      await seedOptionsFor(stack),
    );
    expect(summary.seeded).toBe(true);
    expect(logs.join('\n')).toMatch(/resuming an unfinished demo load/);

    // Nothing twice: ten partners, and exactly the planned people.
    const partners = await gql<{ partners: Array<{ id: string; name: string; kind: string }> }>(
      stack.gatewayUrl,
      coordinator,
      `{ partners { id name kind } }`,
    );
    const kinds = (partners.data?.partners ?? []).map((p) => p.kind).sort();
    expect(kinds).toEqual([
      'ASSOCIATE',
      'ASSOCIATE',
      'INDEPENDENT',
      'INDEPENDENT',
      'INDEPENDENT',
      'SELECTIVE',
      'STATE',
      'STATE',
      'STATE',
      'UNIVERSITY',
    ]);
    const people = await allPeople();
    expect(people.length).toBe(planPeople(partners.data?.partners as never).length);

    const programme = await gql<{ events: { edges: Array<{ node: { kind: string } }> } }>(
      stack.gatewayUrl,
      coordinator,
      `{ events(first: 200) { edges { node { kind } } } }`,
    );
    expect(programme.data?.events.edges.length).toBeGreaterThanOrEqual(30);

    // Teacher swaps in every state of their lifecycle, each once, and listings left unmatched.
    const swapPool = await gql<{
      swaps: Array<{
        status: string;
        offer: { id: string } | null;
        request: { id: string } | null;
      }>;
      swapOffers: Array<{ id: string }>;
      swapRequests: Array<{ id: string }>;
    }>(
      stack.gatewayUrl,
      coordinator,
      `{ swaps { status offer { id } request { id } } swapOffers(status: OPEN) { id } swapRequests(status: OPEN) { id } }`,
    );
    const { swaps, swapOffers, swapRequests } = swapPool.data!;
    expect(swaps.map((w) => w.status).sort()).toEqual(
      [
        'APPROVED',
        'CHECKS_CONFIRMED',
        'COMPLETED',
        'PROPOSED',
        'REFLECTED',
        'SCHEDULED',
        'WITHDRAWN',
      ].sort(),
    );
    const inSwaps = new Set(swaps.flatMap((w) => [w.offer?.id, w.request?.id]));
    expect(swapOffers.filter((o) => !inSwaps.has(o.id)).length).toBeGreaterThan(0);
    expect(swapRequests.filter((r) => !inSwaps.has(r.id)).length).toBeGreaterThan(0);

    // A demo champion signs in with the printed address and password, and works as themself.
    const email = summary.signInEmails.find((e) => e.kind === 'champion')?.email;
    expect(email).toBeTruthy();
    const signIn = await gql<{
      signIn: { session: { accessToken: string; roles: string[] } | null };
    }>(
      stack.gatewayUrl,
      null,
      `mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { session { accessToken roles } errors { code } } }`,
      { e: email, p: DEMO_PASSWORD },
    );
    expect(signIn.data?.signIn.session?.roles).toContain('CHAMPION');
    const champion = signIn.data!.signIn.session!.accessToken;
    const me = await gql<{ me: { id: string; partner: { id: string } } }>(
      stack.gatewayUrl,
      champion,
      `{ me { id partner { id } } }`,
    );
    const ownPartner = me.data!.me.partner.id;
    const ownStudent = await gql<{
      people: {
        edges: Array<{
          node: {
            id: string;
            consentState: Array<{ kind: string; decision: string | null }> | null;
          };
        }>;
      };
    }>(
      stack.gatewayUrl,
      champion,
      `query($p: ID) { people(partnerId: $p, role: STUDENT, first: 5) { edges { node { id consentState { kind decision } } } } }`,
      { p: ownPartner },
    );
    const student = ownStudent.data?.people.edges[0]?.node;
    const decided = (student?.consentState ?? []).filter((c) => c.decision !== null);
    expect(decided.map((c) => c.kind).sort()).toEqual(['DATA_PROCESSING', 'PHOTO_PUBLICITY']);
    // ... and does not see the consents of another partner's people.
    const otherPerson = people.find((p) => p.partner && p.partner.id !== ownPartner);
    const other = await gql<{ person: { consentState: unknown } | null }>(
      stack.gatewayUrl,
      champion,
      `query($id: ID!) { person(id: $id) { consentState { kind } } }`,
      { id: otherPerson?.id },
    );
    expect(other.data?.person?.consentState ?? null).toBeNull();
    const seen = await gql<{ events: { edges: unknown[] } }>(
      stack.gatewayUrl,
      champion,
      `{ events(first: 200) { edges { node { id } } } }`,
    );
    expect(seen.data?.events.edges.length).toBeGreaterThanOrEqual(25);

    // Last year's evaluation: students at more events changed more, in cells of 10 or more.
    const report = await gql<{
      impactReport: {
        cells: Array<{
          doseBand: string;
          instrument: string;
          n: number | null;
          meanChange: number | null;
        }>;
      };
    }>(
      stack.gatewayUrl,
      coordinator,
      `{ impactReport(groupBy: YEAR) { cells { doseBand instrument n meanChange } } }`,
    );
    const swemwbs = (report.data?.impactReport.cells ?? []).filter(
      (c) => c.instrument === 'SWEMWBS',
    );
    const band = (b: string) => swemwbs.find((c) => c.doseBand === b);
    expect(band('ONE')?.n).toBeGreaterThanOrEqual(10);
    expect(band('FOUR_PLUS')?.n).toBeGreaterThanOrEqual(10);
    expect(band('TWO_PLUS')!.meanChange!).toBeGreaterThan(band('ONE')!.meanChange!);
    expect(band('FOUR_PLUS')!.meanChange!).toBeGreaterThan(band('TWO_PLUS')!.meanChange!);

    // The demo year's annual report, as the coordinator downloads it through the gateway: every
    // page has ink, and its headline numbers are the impactReport query's for that year, one
    // per age band's instrument (Stirling for years 7–10, SWEMWBS for 11–13), never pooled.
    await demoYearReportMatchesTheGraph();

    // the latest demo note was held 32 days ago; its academic year starts on 1 September
    const held = new Date(Date.now() - 32 * 86400000);
    const academicYear =
      held.getUTCMonth() >= 8 ? held.getUTCFullYear() : held.getUTCFullYear() - 1;
    const notes = await gql<{ themes: Array<{ theme: string }> }>(
      stack.gatewayUrl,
      coordinator,
      `query($y: Int!) { themes(academicYear: $y) { theme } }`,
      { y: academicYear },
    );
    expect(notes.data?.themes.map((t) => t.theme)).toContain('exam stress');

    // Subject clusters of both sectors' teachers, each with its lead's shared resources.
    const clusters = await gql<{
      subjectClusters: Array<{ id: string; memberCount: number }>;
    }>(stack.gatewayUrl, coordinator, `{ subjectClusters { id memberCount } }`);
    expect(clusters.data?.subjectClusters.map((c) => c.memberCount)).toEqual([4, 4]);
    for (const c of clusters.data!.subjectClusters) {
      const shared = await gql<{ clusterResources: { edges: unknown[] } }>(
        stack.gatewayUrl,
        coordinator,
        `query($id: ID!) { clusterResources(clusterId: $id) { edges { node { id } } } }`,
        { id: c.id },
      );
      expect(shared.data?.clusterResources.edges).toHaveLength(2);
    }

    // A run that stopped after the swaps but before recording them finds every swap again.
    const state = new Client({ connectionString: (await seedOptionsFor(stack)).stateDatabaseUrl });
    await state.connect();
    await state.query(`DELETE FROM demo_seed_state WHERE key IN ('step:swaps', 'complete')`);
    await state.end();
    await seedDemo(stack.gatewayUrl, (m) => logs.push(m), await seedOptionsFor(stack));
    const swapsAgain = await gql<{ swaps: Array<{ status: string }> }>(
      stack.gatewayUrl,
      coordinator,
      `{ swaps { status } }`,
    );
    expect(swapsAgain.data?.swaps.map((w) => w.status).sort()).toEqual(
      swaps.map((w) => w.status).sort(),
    );

    // Only now does the demo count as present: a further run leaves it as it is.
    const again = await seedDemo(
      stack.gatewayUrl,
      (m) => logs.push(m),
      await seedOptionsFor(stack),
    );
    expect(again.seeded).toBe(false);
    expect(logs[logs.length - 1]).toMatch(/already present/);
  }, 600000);

  async function demoYearReportMatchesTheGraph(): Promise<void> {
    interface Cell {
      groupKey: string;
      instrument: string;
      doseBand: string;
      n: number | null;
      meanChange: number | null;
      ciLow: number | null;
      ciHigh: number | null;
      suppressed: boolean;
    }
    const all = await gql<{ impactReport: { cells: Cell[] } }>(
      stack.gatewayUrl,
      coordinator,
      `{ impactReport(groupBy: YEAR) { cells { groupKey instrument doseBand n meanChange ciLow ciHigh suppressed } } }`,
    );
    // The demo year: the one last year's modelled programme answered in (the year with the most
    // SWEMWBS pairs; its events span about 200 days, so in summer a first one may fall a year back).
    const [demo] = all
      .data!.impactReport.cells.filter((c) => c.doseBand === 'ALL' && c.instrument === 'SWEMWBS')
      .sort((a, b) => (b.n ?? 0) - (a.n ?? 0));
    const year = Number(demo!.groupKey);
    const headlines = all.data!.impactReport.cells.filter(
      (c) => c.doseBand === 'ALL' && c.groupKey === demo!.groupKey,
    );
    expect(headlines.map((c) => [c.instrument, c.suppressed])).toEqual([
      ['STIRLING', false],
      ['SWEMWBS', false],
    ]);

    ensurePoppler();
    const dir = mkdtempSync(path.join(tmpdir(), 'ekst-demo-report-'));
    try {
      const res = await fetch(
        `${stack.gatewayUrl.replace(/\/graphql$/, '')}/reports/annual/${year}.pdf`,
        { headers: { authorization: `Bearer ${coordinator}` } },
      );
      expect(res.status).toBe(200);
      const pdf = path.join(dir, 'report.pdf');
      writeFileSync(pdf, Buffer.from(await res.arrayBuffer()));
      execFileSync('pdftoppm', ['-gray', '-r', '40', pdf, path.join(dir, 'page')]);
      const pages = readdirSync(dir).filter((f) => f.startsWith('page') && f.endsWith('.pgm'));
      expect(pages.length).toBeGreaterThanOrEqual(3);
      const shares = pages.map((p) => inkShare(readFileSync(path.join(dir, p))));
      // Not blank: a blank page has no ink at 40 dpi; the demo year's shortest page measured
      // 0.0016 in a full run after the reach table gained its places columns.
      for (const share of shares) expect(share).toBeGreaterThan(0.001);
      expect(Math.max(...shares)).toBeGreaterThan(0.03);

      const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      for (const c of headlines)
        expect(text).toContain(
          `${c.instrument}: ${c.n} students, mean change ${signed(c.meanChange!)} (95% CI ${signed(c.ciLow!)} to ${signed(c.ciHigh!)})`,
        );
      const reach = await gql<{
        reachReport: { total: { studentsReached: number | null; attendances: number | null } };
      }>(
        stack.gatewayUrl,
        coordinator,
        `query($y: Int!) { reachReport(academicYear: $y) { total { studentsReached attendances } } }`,
        { y: year },
      );
      const total = reach.data!.reachReport.total;
      // a suppressed count (null in the graph) is printed as "–", never as a number it is not
      expect(text).toContain(
        `Students reached: ${total.studentsReached ?? '–'}; attendances: ${total.attendances ?? '–'}`,
      );
      // The quotes the demo's coordinator cleared are in it, and only those.
      const quotes = await gql<{
        studentVoices: { edges: Array<{ node: { text: string; publishable: boolean } }> };
      }>(
        stack.gatewayUrl,
        coordinator,
        `query($y: Int) { studentVoices(academicYear: $y, first: 200) { edges { node { text publishable } } } }`,
        { y: year },
      );
      const bank = quotes.data!.studentVoices.edges.map((e) => e.node);
      const cleared = new Set(bank.filter((q) => q.publishable).map((q) => q.text));
      expect(cleared.size).toBeGreaterThan(0);
      for (const q of cleared) expect(text).toContain(q);
      for (const q of bank.filter((b) => !cleared.has(b.text))) expect(text).not.toContain(q.text);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  it('`npm run reset --yes` drops the run’s databases and topics, and nothing else', async () => {
    await stack.stop();
    const suffix = stack.opts.databaseSuffix;
    const prefix = stack.opts.topicPrefix;
    const admin = new Client({ connectionString: stack.opts.adminDatabaseUrl });
    await admin.connect();
    const kafka = new Kafka({ brokers: testKafkaBrokers(), logLevel: logLevel.NOTHING }).admin();
    await kafka.connect();
    try {
      const databases = async () =>
        (
          await admin.query<{ datname: string }>(
            `SELECT datname FROM pg_database WHERE datname LIKE 'ekst\\_%'`,
          )
        ).rows.map((r) => r.datname);
      const ours = async () => (await databases()).filter((d) => d.endsWith(suffix));
      const topics = async () =>
        (await kafka.listTopics()).filter(
          (t) => t.startsWith(prefix) || t.startsWith(`ekst.dlq.${prefix}`),
        );
      expect((await ours()).sort()).toEqual(
        [
          'ekst_communications',
          'ekst_demo_seed',
          'ekst_evaluation',
          'ekst_events',
          'ekst_partners_governance',
          'ekst_people',
          'ekst_teacher_swap',
        ].map((d) => `${d}${suffix}`),
      );
      expect((await topics()).length).toBeGreaterThan(0);
      // A project database of another run (a colleague's tests, a developer's demo) must survive.
      const sentinel = `ekst_people${suffix}_other_run`;
      await admin.query(`CREATE DATABASE "${sentinel}"`);

      const reset = spawnSync(
        'npm',
        ['run', 'reset', '--yes', '--', '--database-suffix', suffix, '--topic-prefix', prefix],
        {
          cwd: ROOT,
          env: {
            ...process.env,
            DATABASE_URL: stack.opts.adminDatabaseUrl,
            KAFKA_BROKERS: testKafkaBrokers().join(','),
          },
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      );
      expect({ status: reset.status, out: reset.stdout + reset.stderr }).toMatchObject({
        status: 0,
      });
      expect(await ours()).toEqual([]);
      expect(await topics()).toEqual([]);
      expect(await databases()).toContain(sentinel);
      await admin.query(`DROP DATABASE "${sentinel}"`);
    } finally {
      await kafka.disconnect();
      await admin.end();
    }
  }, 120000);
});
