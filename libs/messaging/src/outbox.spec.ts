import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { createEnvelope, PartnerEvents } from '@ekst/contracts';
import type { Envelope, PartnerJoinedV1 } from '@ekst/contracts';
import { appendManyToOutbox, appendToOutbox } from './outbox';
import { bindOutbox, bindTx } from './unit-of-work';
import type { Clock } from './unit-of-work';

/**
 * The checks the outbox makes before it writes anything. The manager is a recorder of the SQL it
 * is asked to run: these rules decide whether there is any SQL at all, and what goes into it
 * (the SQL itself runs against Postgres in test/*.integration-spec.ts).
 */
function recordingManager(inTransaction: boolean | null) {
  const queries: Array<{ sql: string; params: unknown[] }> = [];
  const manager = {
    queryRunner: inTransaction === null ? undefined : { isTransactionActive: inTransaction },
    query: (sql: string, params: unknown[]) => {
      queries.push({ sql, params });
      return Promise.resolve([]);
    },
  } as unknown as EntityManager;
  return { manager, queries };
}

const payload = (partnerId = randomUUID()): PartnerJoinedV1 => ({
  partnerId,
  name: 'Dane Court Grammar',
  kind: 'SELECTIVE',
  sector: 'STATE',
  town: 'Broadstairs',
  joinedOn: '2025-09-01',
});

const envelopeOf = (p: PartnerJoinedV1): Envelope<PartnerJoinedV1> =>
  createEnvelope({
    type: PartnerEvents.joined.type,
    version: PartnerEvents.joined.version,
    aggregateId: p.partnerId,
    producer: 'partners-governance',
    payload: p,
  });

describe('appendToOutbox', () => {
  it.each([
    ['no query runner', null],
    ['a query runner outside a transaction', false],
  ])('refuses a manager with %s, before writing anything', async (_what, inTransaction) => {
    const { manager, queries } = recordingManager(inTransaction);
    await expect(
      appendToOutbox(manager, {
        topic: 't',
        definition: PartnerEvents.joined,
        envelope: envelopeOf(payload()),
      }),
    ).rejects.toThrow('inside a transaction');
    expect(queries).toEqual([]);
  });

  it('refuses an envelope of another event than its definition', async () => {
    const { manager, queries } = recordingManager(true);
    const envelope = { ...envelopeOf(payload()), version: 2 };
    await expect(
      appendToOutbox(manager, { topic: 't', definition: PartnerEvents.joined, envelope }),
    ).rejects.toThrow('PartnerJoined@2 does not match its definition');
    expect(queries).toEqual([]);
  });

  it('refuses a payload that breaks its contract, and an envelope that breaks the envelope schema', async () => {
    const { manager, queries } = recordingManager(true);
    const badPayload = {
      ...envelopeOf(payload()),
      payload: { ...payload(), sector: 'PRIVATE' },
    } as unknown as Envelope<PartnerJoinedV1>;
    await expect(
      appendToOutbox(manager, {
        topic: 't',
        definition: PartnerEvents.joined,
        envelope: badPayload,
      }),
    ).rejects.toThrow();
    const badEnvelope = { ...envelopeOf(payload()), id: 'not-a-uuid' };
    await expect(
      appendToOutbox(manager, {
        topic: 't',
        definition: PartnerEvents.joined,
        envelope: badEnvelope,
      }),
    ).rejects.toThrow();
    expect(queries).toEqual([]);
  });

  it('writes one row keyed by the aggregate id, with the whole envelope', async () => {
    const { manager, queries } = recordingManager(true);
    const envelope = envelopeOf(payload());
    await appendToOutbox(manager, {
      topic: 'ekst.x.v1',
      definition: PartnerEvents.joined,
      envelope,
    });
    expect(queries).toHaveLength(1);
    expect(queries[0].params).toEqual([
      envelope.id,
      'PartnerJoined',
      'ekst.x.v1',
      envelope.aggregateId,
      JSON.stringify(envelope),
      null, // trace context: none when tracing is off
    ]);
  });
});

describe('bindOutbox and bindTx', () => {
  it('append to the bound topic as the bound producer: callers never name either', async () => {
    const { manager, queries } = recordingManager(true);
    const p = payload();
    await bindOutbox(manager, { topic: 'ekst.people.v1', producer: 'people' }).append(
      PartnerEvents.joined,
      p.partnerId,
      p,
    );
    const [id, type, topic, key, json] = queries[0].params as string[];
    const envelope = JSON.parse(json) as Envelope<PartnerJoinedV1>;
    expect({ type, topic, key }).toEqual({
      type: 'PartnerJoined',
      topic: 'ekst.people.v1',
      key: p.partnerId,
    });
    expect(envelope).toMatchObject({
      id,
      type: 'PartnerJoined',
      version: 1,
      aggregateId: p.partnerId,
      producer: 'people',
      payload: p,
    });
  });

  it('a bound outbox refuses outside a transaction too', async () => {
    const { manager, queries } = recordingManager(false);
    const p = payload();
    await expect(
      bindOutbox(manager, { topic: 't', producer: 'people' }).append(
        PartnerEvents.joined,
        p.partnerId,
        p,
      ),
    ).rejects.toThrow('inside a transaction');
    expect(queries).toEqual([]);
  });

  it('gives a handler or use case the manager, clock and config it was bound with', () => {
    const { manager } = recordingManager(true);
    const clock: Clock = { now: () => new Date('2026-03-01T10:00:00Z') };
    const config = { maxPlaces: 30 };
    const tx = bindTx(manager, { topic: 't', producer: 'events', clock, config });
    expect(tx.manager).toBe(manager);
    expect(tx.clock.now()).toEqual(new Date('2026-03-01T10:00:00Z'));
    expect(tx.config).toBe(config);
  });
});

describe('appendManyToOutbox', () => {
  it('refuses outside a transaction, and refuses the whole batch if one payload breaks its contract, before writing anything', async () => {
    const outside = recordingManager(false);
    await expect(
      appendManyToOutbox(outside.manager, {
        topic: 't',
        definition: PartnerEvents.joined,
        entries: [{ envelope: envelopeOf(payload()) }],
      }),
    ).rejects.toThrow('inside a transaction');
    expect(outside.queries).toEqual([]);

    const { manager, queries } = recordingManager(true);
    const bad = {
      ...envelopeOf(payload()),
      payload: { ...payload(), sector: 'PRIVATE' },
    } as unknown as Envelope<PartnerJoinedV1>;
    await expect(
      appendManyToOutbox(manager, {
        topic: 't',
        definition: PartnerEvents.joined,
        entries: [{ envelope: envelopeOf(payload()) }, { envelope: bad }],
      }),
    ).rejects.toThrow();
    expect(queries).toEqual([]);
  });

  it('writes every envelope in one statement, in the order given, keyed by aggregate', async () => {
    const { manager, queries } = recordingManager(true);
    const envelopes = [envelopeOf(payload()), envelopeOf(payload()), envelopeOf(payload())];
    await appendManyToOutbox(manager, {
      topic: 't',
      definition: PartnerEvents.joined,
      entries: envelopes.map((envelope) => ({ envelope })),
    });
    expect(queries).toHaveLength(1);
    expect(queries[0].params).toEqual([
      'PartnerJoined',
      't',
      envelopes.map((e) => e.id),
      envelopes.map((e) => e.aggregateId),
      envelopes.map((e) => JSON.stringify(e)),
      // no tracing in this process: no trace context on any row
      [null, null, null],
    ]);
    // nothing to write: no statement at all
    await appendManyToOutbox(manager, {
      topic: 't',
      definition: PartnerEvents.joined,
      entries: [],
    });
    expect(queries).toHaveLength(1);
  });
});
