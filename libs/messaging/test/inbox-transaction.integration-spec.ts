import { randomUUID } from 'node:crypto';
import type { Kafka } from 'kafkajs';
import { z } from 'zod';
import { createEnvelope, PartnerEvents } from '@ekst/contracts';
import type { Envelope, EventDefinition, PartnerJoinedV1 } from '@ekst/contracts';
import {
  defineHandler,
  InboxConsumer,
  MessagingDeadLetters1732300000900,
  MessagingTables1732300000000,
  MessagingTraceContext1732300000950,
} from '../src';
import type { Clock } from '../src';
import { createMigratedDatabase, testLog } from './support/messaging-harness';
import type { MessagingTestDatabase } from './support/messaging-harness';

/**
 * What one inbox transaction holds (real Postgres, no broker: `applyOnce` is the unit the
 * consumer runs per message): the inbox row, the handler's changes and any domain event the
 * handler appends through its `Tx` commit together, or not at all.
 */
describe('inbox transaction (real Postgres)', () => {
  let db: MessagingTestDatabase;
  const clock: Clock = { now: () => new Date('2026-04-01T08:00:00Z') };
  let failAfterAppend = false;

  // A handler that reacts with an event of its own, as events does when an erasure frees a place.
  const welcomed: EventDefinition<z.ZodObject<{ partnerId: z.ZodUUID }>> = {
    type: 'PartnerWelcomed',
    version: 1,
    schema: z.object({ partnerId: z.uuid() }),
  };
  const handler = defineHandler(PartnerEvents.joined, async (tx, payload) => {
    await tx.outbox.append(welcomed, payload.partnerId, { partnerId: payload.partnerId });
    if (failAfterAppend) throw new Error('handler failed after appending');
  });

  const consumer = () =>
    new InboxConsumer({
      kafka: {} as Kafka, // applyOnce never touches the broker
      groupId: 'unused',
      topics: [],
      dataSource: db.dataSource,
      handlers: [handler],
      tx: { topic: 'ekst.people.v1', producer: 'people', clock, config: {} },
      deadLetterTopic: 'unused',
      log: testLog,
    });

  const joined = (): Envelope<PartnerJoinedV1> => {
    const partnerId = randomUUID();
    return createEnvelope({
      type: 'PartnerJoined',
      version: 1,
      aggregateId: partnerId,
      producer: 'partners-governance',
      payload: {
        partnerId,
        name: 'Royal Harbour Academy',
        kind: 'STATE',
        sector: 'STATE',
        town: 'Ramsgate',
        joinedOn: '2025-09-01',
      },
    });
  };

  const counts = async (eventId: string, aggregateId: string) => {
    const [row] = (await db.dataSource.query(
      `SELECT (SELECT count(*)::int FROM inbox WHERE event_id = $1) AS inbox,
              (SELECT count(*)::int FROM outbox WHERE message_key = $2) AS outbox`,
      [eventId, aggregateId],
    )) as Array<{ inbox: number; outbox: number }>;
    return row;
  };

  beforeAll(async () => {
    db = await createMigratedDatabase(
      [
        MessagingTables1732300000000,
        MessagingDeadLetters1732300000900,
        MessagingTraceContext1732300000950,
      ],
      4,
    );
  });

  afterAll(async () => {
    await db?.drop();
  });

  it("commits the handler's event with the inbox row, on the service's own topic, once", async () => {
    failAfterAppend = false;
    const e = joined();
    expect(await consumer().applyOnce('source', e, handler, e.payload)).toBe(true);
    expect(await consumer().applyOnce('source', e, handler, e.payload)).toBe(false);
    expect(await counts(e.id, e.aggregateId)).toEqual({ inbox: 1, outbox: 1 });
    const [row] = (await db.dataSource.query(
      `SELECT topic, event_type, envelope FROM outbox WHERE message_key = $1`,
      [e.aggregateId],
    )) as Array<{ topic: string; event_type: string; envelope: Envelope<unknown> }>;
    expect(row).toMatchObject({
      topic: 'ekst.people.v1',
      event_type: 'PartnerWelcomed',
      envelope: { producer: 'people', payload: { partnerId: e.aggregateId } },
    });
  });

  it('rolls the event back with everything else when the handler fails, so a retry starts clean', async () => {
    failAfterAppend = true;
    const e = joined();
    await expect(consumer().applyOnce('source', e, handler, e.payload)).rejects.toThrow(
      'handler failed after appending',
    );
    expect(await counts(e.id, e.aggregateId)).toEqual({ inbox: 0, outbox: 0 });

    failAfterAppend = false;
    expect(await consumer().applyOnce('source', e, handler, e.payload)).toBe(true);
    expect(await counts(e.id, e.aggregateId)).toEqual({ inbox: 1, outbox: 1 });
  });
});
