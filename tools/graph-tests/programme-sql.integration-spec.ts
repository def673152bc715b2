import pino from 'pino';
import { devUserToken, gql, startTestSubgraph, uniqueTopicPrefix, eventually } from '@ekst/testing';
import type { TestSubgraph } from '@ekst/testing';
// The real gateway in-process over real subgraphs (this project is type:app-tool).
/* eslint-disable @nx/enforce-module-boundaries */
import { loadConfig } from '../../apps/gateway/src/config';
import { createGatewayApp } from '../../apps/gateway/src/gateway';
import type { GatewayApp } from '../../apps/gateway/src/gateway';
/* eslint-enable @nx/enforce-module-boundaries */
import { eventsModule } from '../../apps/events/src/module';
import { partnersGovernanceModule } from '../../apps/partners-governance/src/module';

/**
 * The year's programme through the real gateway: however many events are asked for, each
 * subgraph answers with a fixed number of SQL statements (events: the page and one grouped count;
 * partners-governance: one batched _entities lookup for every host partner).
 */
describe('the programme through the gateway', () => {
  const prefix = uniqueTopicPrefix();
  let partners: TestSubgraph;
  let events: TestSubgraph;
  let gateway: GatewayApp;
  let url: string;
  let token: string;

  beforeAll(async () => {
    partners = await startTestSubgraph(partnersGovernanceModule, { topicPrefix: prefix });
    events = await startTestSubgraph(eventsModule, { topicPrefix: prefix, cleanTopics: true });
    const unused = 'http://127.0.0.1:9/graphql'; // this query never reaches the other subgraphs
    gateway = await createGatewayApp(
      loadConfig({
        NODE_ENV: 'test',
        EKST_DEV_AUTH: '1',
        PARTNERS_GOVERNANCE_URL: partners.running.url,
        EVENTS_URL: events.running.url,
        PEOPLE_URL: unused,
        EVALUATION_URL: unused,
        TEACHER_SWAP_URL: unused,
      }),
      { logger: pino({ level: 'silent' }) },
    );
    url = (await gateway.start(0, '127.0.0.1')).url;
    token = await devUserToken({
      sub: '00000000-0000-4000-8000-0000000000d1',
      roles: ['COORDINATOR'],
    });

    const hosts: string[] = [];
    for (let i = 0; i < 8; i += 1) {
      const r = await partners.query<{ createPartner: { partner: { id: string } } }>(
        `mutation($input: CreatePartnerInput!) { createPartner(input: $input) { partner { id } } }`,
        {
          input: { name: `Host School ${i}`, kind: i % 2 ? 'STATE' : 'INDEPENDENT', town: 'Deal' },
        },
      );
      hosts.push(r.data!.createPartner.partner.id);
    }
    await eventually(async () => {
      const rows = (await events.running.dataSource.query(
        `SELECT id FROM partner_projection`,
      )) as unknown[];
      return rows.length === hosts.length;
    }, 30000);
    const base = Date.parse('2027-01-11T09:00:00Z');
    for (let i = 0; i < 200; i += 1) {
      const startsAt = new Date(base + i * 86400000);
      const r = await events.query<{
        createEvent: { event: { id: string } | null; errors: unknown[] };
      }>(
        `mutation($input: CreateEventInput!) { createEvent(input: $input) { event { id } errors { code message } } }`,
        {
          input: {
            title: `Programme event ${i}`,
            kind: 'SPORT',
            audience: 'STUDENTS',
            yearGroups: [7, 8, 9],
            hostPartnerId: hosts[i % hosts.length],
            startsAt: startsAt.toISOString(),
            endsAt: new Date(startsAt.getTime() + 3 * 3600000).toISOString(),
            aims: ['COMMUNITY'],
            capacity: 30,
          },
        },
      );
      const id = r.data?.createEvent.event?.id;
      if (!id) throw new Error(JSON.stringify(r.errors ?? r.data?.createEvent.errors));
      await events.query(`mutation($id: ID!) { publishEvent(id: $id) { errors { code } } }`, {
        id,
      });
    }
  }, 180000);

  afterAll(async () => {
    await gateway?.stop();
    await events?.stop();
    await partners?.stop();
  });

  async function programme(first: number) {
    partners.running.sqlLog.reset();
    events.running.sqlLog.reset();
    const res = await gql<{
      events: {
        edges: Array<{
          node: { title: string; registeredCount: number; hostPartner: { name: string } };
        }>;
      };
    }>(
      url,
      token,
      `query($first: Int!) { events(first: $first) { edges { node { title registeredCount waitlistCount hostPartner { name } } } } }`,
      { first },
    );
    expect(res.errors).toBeUndefined();
    return {
      rows: res.data!.events.edges.map((e) => e.node),
      eventsSql: events.running.sqlLog.queries,
      partnersSql: partners.running.sqlLog.queries,
    };
  }

  it('serves 200 events with host partner names and counts in a constant number of SQL statements per subgraph', async () => {
    const all = await programme(200);
    expect(all.rows).toHaveLength(200);
    expect(
      all.rows.every(
        (r) => r.hostPartner.name.startsWith('Host School') && r.registeredCount === 0,
      ),
    ).toBe(true);
    const few = await programme(10);
    expect(few.rows).toHaveLength(10);
    // Same statement counts for 10 and for 200 events: nothing runs per event.
    expect(all.eventsSql).toBe(few.eventsSql);
    expect(all.partnersSql).toBe(few.partnersSql);
    expect(all.eventsSql).toBeLessThanOrEqual(3);
    expect(all.partnersSql).toBe(1);
  });
});
