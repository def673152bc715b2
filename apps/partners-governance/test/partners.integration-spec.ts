import { Kafka, logLevel } from 'kafkajs';
import { envelopeSchema, topicFor } from '@ekst/contracts';
import {
  startTestSubgraph,
  testCaller,
  testKafkaBrokers,
  uniqueTopicPrefix,
  eventually,
} from '@ekst/testing';
import type { TestSubgraph } from '@ekst/testing';
import { partnersGovernanceModule } from '../src/module';
import { FETCH_MAX_WAIT_MS } from '@ekst/messaging';

const CREATE = `mutation($input: CreatePartnerInput!) {
  createPartner(input: $input) { partner { id name kind sector status joinedOn location { lat lng } } errors { field code message } }
}`;

describe('partners-governance subgraph', () => {
  let sg: TestSubgraph;
  const prefix = uniqueTopicPrefix();

  beforeAll(async () => {
    sg = await startTestSubgraph(partnersGovernanceModule, {
      topicPrefix: prefix,
      cleanTopics: true,
    });
  });
  afterAll(async () => {
    await sg?.stop();
  });

  it('refuses a request without the gateway internal token (401)', async () => {
    const res = await fetch(sg.running.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ partners { id } }' }),
    });
    expect(res.status).toBe(401);
    const body = (await res.json()) as { errors: Array<{ extensions: { code: string } }> };
    expect(body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a forged internal token (401) but serves health without one', async () => {
    const res = await fetch(sg.running.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-ekst-internal-token': 'eyJhbGciOiJIUzI1NiJ9.e30.x',
      },
      body: JSON.stringify({ query: '{ partners { id } }' }),
    });
    expect(res.status).toBe(401);
    const live = await fetch(sg.running.url.replace('/graphql', '/health/live'));
    expect(live.status).toBe(200);
    const ready = await fetch(sg.running.url.replace('/graphql', '/health/ready'));
    expect(await ready.json()).toEqual({ status: 'ok', checks: { database: 'ok', kafka: 'ok' } });
  });

  it('lets the coordinator add a partner, and publishes PartnerJoined through the outbox', async () => {
    const res = await sg.query<{
      createPartner: { partner: { id: string; sector: string; status: string } };
    }>(CREATE, {
      input: {
        name: 'Dover Grammar School for Girls',
        kind: 'SELECTIVE',
        town: 'Dover',
        latitude: 51.1279,
        longitude: 1.3134,
        joinedOn: '2024-09-01',
      },
    });
    expect(res.errors).toBeUndefined();
    const partner = res.data!.createPartner.partner;
    expect(partner).toMatchObject({
      sector: 'STATE',
      status: 'ACTIVE',
      location: { lat: 51.1279, lng: 1.3134 },
    });

    const kafka = new Kafka({
      brokers: testKafkaBrokers(),
      clientId: 'pg-test',
      logLevel: logLevel.NOTHING,
    });
    const consumer = kafka.consumer({
      groupId: `${prefix}probe`,
      maxWaitTimeInMs: FETCH_MAX_WAIT_MS,
    });
    const seen: unknown[] = [];
    await consumer.connect();
    await consumer.subscribe({
      topic: topicFor('partners-governance', prefix),
      fromBeginning: true,
    });
    await consumer.run({
      eachMessage: async ({ message }) => {
        seen.push({
          key: message.key?.toString(),
          envelope: JSON.parse(message.value!.toString()),
        });
      },
    });
    try {
      const msg = (await eventually(async () =>
        seen.find((s) => (s as { key: string }).key === partner.id),
      )) as {
        envelope: unknown;
      };
      const envelope = envelopeSchema.parse(msg.envelope);
      expect(envelope).toMatchObject({
        type: 'PartnerJoined',
        version: 1,
        aggregateId: partner.id,
        producer: 'partners-governance',
      });
      expect(envelope.payload).toMatchObject({
        partnerId: partner.id,
        kind: 'SELECTIVE',
        sector: 'STATE',
        joinedOn: '2024-09-01',
        location: { lat: 51.1279, lng: 1.3134 },
      });
    } finally {
      await consumer.disconnect();
    }
    const [{ sent }] = await sg.running.dataSource.query(
      `SELECT count(*)::int AS sent FROM outbox WHERE sent_at IS NOT NULL`,
    );
    expect(sent).toBe(1);
  });

  it('returns typed errors and writes nothing for bad input or a duplicate name', async () => {
    const before = await sg.running.dataSource.query(
      `SELECT (SELECT count(*) FROM partner)::int AS p, (SELECT count(*) FROM outbox)::int AS o`,
    );
    const bad = await sg.query<{
      createPartner: { partner: null; errors: Array<{ field: string; code: string }> };
    }>(CREATE, {
      input: { name: 'X', kind: 'STATE', town: 'Deal', latitude: 51.2 },
    });
    expect(bad.data!.createPartner.partner).toBeNull();
    expect(bad.data!.createPartner.errors.map((e) => e.field).sort()).toEqual(['latitude', 'name']);

    const dup = await sg.query<{
      createPartner: { errors: Array<{ field: string; code: string }> };
    }>(CREATE, {
      input: { name: 'dover grammar school for girls', kind: 'STATE', town: 'Dover' },
    });
    expect(dup.data!.createPartner.errors).toEqual([
      { field: 'name', code: 'DUPLICATE', message: 'a partner with this name already exists' },
    ]);
    const after = await sg.running.dataSource.query(
      `SELECT (SELECT count(*) FROM partner)::int AS p, (SELECT count(*) FROM outbox)::int AS o`,
    );
    expect(after).toEqual(before);
  });

  it('forbids anyone but the coordinator from adding partners', async () => {
    const res = await sg.query(
      CREATE,
      { input: { name: 'Sandwich Tech', kind: 'STATE', town: 'Sandwich' } },
      testCaller(['HEAD']),
    );
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(res.data).toBeNull();
  });

  it('resolves any number of Partner references with one SQL query', async () => {
    const ids: string[] = [];
    for (const [i, kind] of (
      ['STATE', 'INDEPENDENT', 'UNIVERSITY', 'ASSOCIATE'] as const
    ).entries()) {
      const r = await sg.query<{ createPartner: { partner: { id: string } } }>(CREATE, {
        input: { name: `Batch Partner ${i}`, kind, town: 'Canterbury' },
      });
      ids.push(r.data!.createPartner.partner.id);
    }
    const representations = [...ids, 'not-a-uuid', '00000000-0000-4000-8000-00000000dead'].map(
      (id) => ({ __typename: 'Partner', id }),
    );
    sg.running.sqlLog.reset();
    const res = await sg.query<{ _entities: Array<{ id: string; name: string } | null> }>(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Partner { id name sector } } }`,
      { r: representations },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!._entities.slice(0, 4).map((p) => p?.id)).toEqual(ids);
    expect(res.data!._entities.slice(4)).toEqual([null, null]);
    expect(sg.running.sqlLog.queries).toBe(1);
  });
});
