import { randomUUID } from 'node:crypto';
import { SwapEvents } from '@ekst/contracts';
import type { SwapScheduledV1 } from '@ekst/contracts';
import { eventually, startTestSubgraph, testCaller, uniqueTopicPrefix } from '@ekst/testing';
import type { TestSubgraph } from '@ekst/testing';
import { eventsModule } from '../src/module';
import { UpstreamEvents } from './upstream-events';

const PROGRAMME = `query($partnerId: ID!) {
  events(partnerId: $partnerId, kind: TEACHER_SWAP_VISIT) {
    edges { node { id title kind audience status startsAt endsAt hostPartner { id } } }
  }
}`;

interface ProgrammeRow {
  id: string;
  title: string;
  kind: string;
  audience: string;
  status: string;
  startsAt: string;
  endsAt: string;
}

/**
 * Issue 12: a scheduled teacher swap is a visit in the programme. The test bus plays teacher-swap
 * on the real broker; what events announces is read back from its own topic.
 */
describe('teacher swaps in the programme (SwapScheduled, SwapWithdrawn)', () => {
  let sg: TestSubgraph;
  const prefix = uniqueTopicPrefix();
  const upstream = new UpstreamEvents(() => sg, prefix);

  beforeAll(async () => {
    sg = await startTestSubgraph(eventsModule, { topicPrefix: prefix, cleanTopics: true });
    await upstream.start(['events']);
  });
  afterAll(async () => {
    await upstream.disconnect();
    await sg?.stop();
  });

  const swapScheduled = (host: string): SwapScheduledV1 => ({
    swapId: randomUUID(),
    hostPartnerId: host,
    visitingPartnerId: randomUUID(),
    visitingTeacherId: randomUUID(),
    hostTeacherId: randomUUID(),
    // Across the clock change (29 March 2026): each day keeps its local school hours.
    startsOn: '2026-03-27',
    endsOn: '2026-03-30',
    subjects: ['Chemistry'],
  });
  const programme = async (host: string): Promise<ProgrammeRow[]> => {
    const res = await sg.query<{ events: { edges: Array<{ node: ProgrammeRow }> } }>(
      PROGRAMME,
      { partnerId: host },
      testCaller(['TEACHER']),
    );
    expect(res.errors).toBeUndefined();
    return res.data!.events.edges.map((e) => e.node);
  };
  const announced = (eventId: string, type: string) =>
    upstream.received.filter((e) => e.aggregateId === eventId && e.type === type);

  it('shows a scheduled swap once as a published visit at the host, however often it is delivered', async () => {
    const host = await upstream.partnerJoined();
    const swap = swapScheduled(host);
    const first = await upstream.publish('teacher-swap', SwapEvents.scheduled, swap.swapId, swap);
    await upstream.applied(first.id);

    const [visit, ...others] = await programme(host);
    expect(others).toEqual([]);
    expect(visit).toMatchObject({
      title: 'Teacher swap visit: Chemistry',
      kind: 'TEACHER_SWAP_VISIT',
      audience: 'TEACHERS',
      status: 'PUBLISHED',
      startsAt: '2026-03-27T08:30:00.000Z', // GMT
      endsAt: '2026-03-30T15:00:00.000Z', // 16:00 BST
    });
    await eventually(async () => announced(visit.id, 'EventScheduled').length === 1);

    // The same envelope again (a redelivery), and a new envelope for the same swap.
    await upstream.send('teacher-swap', first);
    const again = await upstream.publish('teacher-swap', SwapEvents.scheduled, swap.swapId, swap);
    await upstream.applied(again.id);
    expect(await programme(host)).toEqual([visit]);
    const [{ n }] = (await sg.running.dataSource.query(
      `SELECT count(*)::int AS n FROM outbox WHERE message_key = $1`,
      [visit.id],
    )) as Array<{ n: number }>;
    expect(n).toBe(1);
  });

  it('cancels the visit of a withdrawn swap, without the teacher’s reason, and only once', async () => {
    const host = await upstream.partnerJoined();
    const swap = swapScheduled(host);
    await upstream.applied(
      (await upstream.publish('teacher-swap', SwapEvents.scheduled, swap.swapId, swap)).id,
    );
    const [visit] = await programme(host);

    const withdrawal = { swapId: swap.swapId };
    for (let i = 0; i < 2; i++) {
      await upstream.applied(
        (await upstream.publish('teacher-swap', SwapEvents.withdrawn, swap.swapId, withdrawal)).id,
      );
    }

    // Cancelled events leave the programme of ordinary callers; the coordinator still sees it.
    expect(await programme(host)).toEqual([]);
    const [row] = (await sg.running.dataSource.query(
      `SELECT status, cancel_reason FROM event WHERE swap_id = $1`,
      [swap.swapId],
    )) as Array<{ status: string; cancel_reason: string }>;
    expect(row).toEqual({ status: 'CANCELLED', cancel_reason: 'The teacher swap was withdrawn.' });
    await eventually(async () => announced(visit.id, 'EventCancelled').length === 1);
    expect(announced(visit.id, 'EventCancelled')[0].payload).toEqual({
      eventId: visit.id,
      reason: 'The teacher swap was withdrawn.',
    });
  });

  it('still cancels on a v1 withdrawal sent before v2 (rollout), storing nothing of its reason', async () => {
    const host = await upstream.partnerJoined();
    const swap = swapScheduled(host);
    await upstream.applied(
      (await upstream.publish('teacher-swap', SwapEvents.scheduled, swap.swapId, swap)).id,
    );
    const [visit] = await programme(host);
    const legacy = { swapId: swap.swapId, reason: 'Ms Example is unwell' };
    await upstream.applied(
      (await upstream.publish('teacher-swap', SwapEvents.withdrawnV1, swap.swapId, legacy)).id,
    );
    const [row] = (await sg.running.dataSource.query(
      `SELECT status, cancel_reason FROM event WHERE swap_id = $1`,
      [swap.swapId],
    )) as Array<{ status: string; cancel_reason: string }>;
    expect(row).toEqual({ status: 'CANCELLED', cancel_reason: 'The teacher swap was withdrawn.' });
    await eventually(async () => announced(visit.id, 'EventCancelled').length === 1);
    const [{ n }] = (await sg.running.dataSource.query(
      `SELECT count(*)::int AS n FROM outbox WHERE envelope::text LIKE '%unwell%'`,
    )) as Array<{ n: number }>;
    expect(n).toBe(0);
  });

  it('ignores the withdrawal of a swap it never scheduled', async () => {
    const swapId = randomUUID();
    const e = await upstream.publish('teacher-swap', SwapEvents.withdrawn, swapId, { swapId });
    await upstream.applied(e.id);
    const rows = (await sg.running.dataSource.query(`SELECT 1 FROM event WHERE swap_id = $1`, [
      swapId,
    ])) as unknown[];
    expect(rows).toEqual([]);
  });
});
