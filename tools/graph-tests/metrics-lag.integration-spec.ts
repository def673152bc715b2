import { randomUUID } from 'node:crypto';
import { EventEvents } from '@ekst/contracts';
import { appendEvent } from '@ekst/messaging';
import {
  deleteTopicsWithPrefix,
  eventually,
  startTestSubgraph,
  uniqueTopicPrefix,
} from '@ekst/testing';
import type { TestSubgraph } from '@ekst/testing';
import { evaluationModule } from '../../apps/evaluation/src/module';
import { eventsModule } from '../../apps/events/src/module';

const TOKEN = 'metrics-scraper-token-for-tests';
const N = 5;

/** The value of one sample line (`name{labels} value`) summed over the lines that match. */
function sum(text: string, name: string, labelFilter: (labels: string) => boolean = () => true) {
  let total = 0;
  let seen = false;
  for (const line of text.split('\n')) {
    const m = /^([a-z_]+)(\{[^}]*\})? ([-+0-9.eE]+|NaN)$/.exec(line);
    if (!m || m[1] !== name || !labelFilter(m[2] ?? '')) continue;
    total += Number(m[3]);
    seen = true;
  }
  return seen ? total : null;
}

/**
 * `/metrics` on real subgraphs (real Postgres and Kafka): the events service's outbox lag rises
 * while its relay is stopped and falls once it runs again; evaluation's consumer lag on the events
 * topic rises while its consumer is stopped and falls to zero after it restarts. The endpoint
 * answers only the scraper's bearer token.
 */
describe('/metrics: outbox lag and consumer lag (real subgraphs, Postgres, Kafka)', () => {
  const prefix = uniqueTopicPrefix();
  let events: TestSubgraph;
  let evaluation: TestSubgraph;

  beforeAll(async () => {
    const opts = { topicPrefix: prefix, metricsToken: TOKEN };
    events = await startTestSubgraph(eventsModule, opts);
    evaluation = await startTestSubgraph(evaluationModule, opts);
  });

  afterAll(async () => {
    await evaluation?.stop();
    await events?.stop();
    await deleteTopicsWithPrefix(prefix);
  });

  const metricsUrl = (s: TestSubgraph) => s.running.url.replace(/\/graphql$/, '/metrics');
  async function scrape(s: TestSubgraph): Promise<string> {
    const res = await fetch(metricsUrl(s), { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/plain');
    return res.text();
  }
  const eventsTopic = `${prefix}ekst.events.v1`;
  const onEventsTopic = (labels: string) => labels.includes(`topic="${eventsTopic}"`);

  it('refuses a scraper without the token, or with another one', async () => {
    expect((await fetch(metricsUrl(events))).status).toBe(401);
    const wrong = await fetch(metricsUrl(events), {
      headers: { authorization: 'Bearer not-the-metrics-token' },
    });
    expect(wrong.status).toBe(401);
    expect(await wrong.text()).not.toContain('ekst_');
  });

  it('outbox lag rises while the relay is stopped; consumer lag while the consumer is; both fall after restart', async () => {
    const relay = events.running.messaging.relay!;
    const consumer = evaluation.running.messaging.consumer!;
    // Settled first: nothing unsent, nothing behind.
    await eventually(async () => sum(await scrape(events), 'ekst_outbox_unsent_rows') === 0);
    await eventually(
      async () => sum(await scrape(evaluation), 'ekst_consumer_lag', onEventsTopic) === 0,
    );

    await relay.stop();
    await consumer.stop();
    // Events the evaluation service does not act on still count as lag until consumed.
    await events.running.dataSource.transaction(async (m) => {
      for (let i = 0; i < N; i += 1)
        await appendEvent(m, {
          topic: events.running.messaging.ownTopic,
          producer: 'events',
          definition: EventEvents.offerExpired,
          aggregateId: randomUUID(),
          payload: { registrationId: randomUUID(), eventId: randomUUID(), personId: randomUUID() },
        });
    });
    await new Promise((r) => setTimeout(r, 1100));

    const stalled = await scrape(events);
    expect(sum(stalled, 'ekst_outbox_unsent_rows')).toBe(N);
    expect(sum(stalled, 'ekst_outbox_oldest_unsent_age_seconds')).toBeGreaterThanOrEqual(1);
    const before = await scrape(evaluation);
    expect(sum(before, 'ekst_consumer_lag', onEventsTopic)).toBe(0);
    expect(sum(before, 'ekst_consumer_running')).toBe(0);

    // The relay runs again: the outbox drains, and the stopped consumer falls N behind.
    await relay.start();
    await eventually(async () => sum(await scrape(events), 'ekst_outbox_unsent_rows') === 0);
    expect(sum(await scrape(events), 'ekst_outbox_oldest_unsent_age_seconds')).toBe(0);
    await eventually(
      async () => sum(await scrape(evaluation), 'ekst_consumer_lag', onEventsTopic) === N,
    );
    // per partition, labelled with the group
    expect(await scrape(evaluation)).toMatch(
      new RegExp(
        `ekst_consumer_lag\\{group="${prefix}evaluation",topic="${eventsTopic}",partition="\\d"`,
      ),
    );

    // The consumer rejoins: it catches up and the lag falls back to zero.
    await consumer.start();
    await eventually(
      async () => sum(await scrape(evaluation), 'ekst_consumer_lag', onEventsTopic) === 0,
      30000,
    );
    expect(sum(await scrape(evaluation), 'ekst_consumer_running')).toBe(1);
  }, 90000);

  it('counts HTTP requests and GraphQL operations by name and outcome', async () => {
    const r = await evaluation.query('query MetricsProbe { __typename }');
    expect(r.status).toBe(200);
    const text = await scrape(evaluation);
    expect(
      sum(text, 'ekst_graphql_operations_total', (l) => l.includes('operation="MetricsProbe"')),
    ).toBe(1);
    expect(
      sum(text, 'ekst_http_requests_total', (l) => l.includes('route="/graphql"')),
    ).toBeGreaterThanOrEqual(1);
    expect(sum(text, 'ekst_dead_letters_pending')).toBe(0);
    expect(
      sum(text, 'ekst_db_pool_connections', (l) => l.includes('state="total"')),
    ).toBeGreaterThan(0);
  });
});
