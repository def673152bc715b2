import { devUserToken, gql, TestStack } from '@ekst/testing';
import { DEMO_PASSWORD, seedDemo } from './demo-seed';

/**
 * The demo partnership `npm start` loads, built on a fresh stack through the gateway: the
 * partnership DOMAIN.md describes, people who can sign in, a programme of 30+ events, and last
 * year's evaluation showing more change for students who came to more events.
 */
describe('demo data', () => {
  const stack = new TestStack('seed', 500);
  let coordinator: string;

  beforeAll(async () => {
    await stack.start();
    coordinator = await devUserToken({
      sub: '00000000-0000-4000-8000-0000000000c9',
      roles: ['COORDINATOR'],
    });
  }, 180000);
  afterAll(async () => {
    await stack?.dispose();
  });

  it('loads the partnership, a programme, accounts and an evaluation that shows dose-response, once', async () => {
    const logs: string[] = [];
    const summary = await seedDemo(stack.gatewayUrl, (m) => logs.push(m), {
      eventsDatabaseUrl: stack.databaseUrlOf('events'),
      evaluationDatabaseUrl: stack.databaseUrlOf('evaluation'),
      topicPrefix: stack.opts.topicPrefix,
    });
    expect(summary.sampleStudent).not.toBeNull();

    const partners = await gql<{ partners: Array<{ kind: string }> }>(
      stack.gatewayUrl,
      coordinator,
      `{ partners { kind } }`,
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

    const programme = await gql<{ events: { edges: Array<{ node: { kind: string } }> } }>(
      stack.gatewayUrl,
      coordinator,
      `{ events(first: 200) { edges { node { kind } } } }`,
    );
    expect(programme.data?.events.edges.length).toBeGreaterThanOrEqual(30);

    // Adults sign in with the demo password.
    const champion = await gql<{ people: { edges: Array<{ node: { email: string | null } }> } }>(
      stack.gatewayUrl,
      coordinator,
      `{ people(role: CHAMPION, first: 1) { edges { node { email } } } }`,
    );
    const email = champion.data?.people.edges[0]?.node.email;
    expect(email).toBeTruthy();
    const signIn = await gql<{ signIn: { session: { roles: string[] } | null } }>(
      stack.gatewayUrl,
      null,
      `mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { session { roles } errors { code } } }`,
      { e: email, p: DEMO_PASSWORD },
    );
    expect(signIn.data?.signIn.session?.roles).toContain('CHAMPION');

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

    // A second run finds the data and leaves it as it is.
    await seedDemo(stack.gatewayUrl, (m) => logs.push(m));
    expect(logs[logs.length - 1]).toMatch(/already present/);
  });
});
