import { PeopleEvents } from '@ekst/contracts';
import { useCaseDeps } from '@ekst/subgraph-kit';
import { eventually, startTestSubgraph, testCaller, uniqueTopicPrefix } from '@ekst/testing';
import type { TestSubgraph } from '@ekst/testing';
import { eventsModule } from '../src/module';
import { createEvent } from '../src/use-cases/create-event.use-case';
import { publishEvent } from '../src/use-cases/publish-event.use-case';
import { registerForEvent } from '../src/use-cases/register-for-event.use-case';
import { UpstreamEvents } from './upstream-events';

/**
 * Issue 9: a place freed by an erasure is offered to the first on the waitlist, exactly as a
 * cancellation offers it (offerFreePlaces), written through the inbox transaction's outbox, on a
 * real broker: PersonErased comes from the "people service" (the test bus), PlaceOffered is read
 * back from the events topic.
 */
describe('PersonErased frees a place for the waitlist', () => {
  let sg: TestSubgraph;
  const prefix = uniqueTopicPrefix();
  const upstream = new UpstreamEvents(() => sg, prefix);
  const coordinator = testCaller(['COORDINATOR']);
  const deps = () =>
    useCaseDeps(coordinator, sg.running.dataSource, sg.running.messaging.txBinding);

  beforeAll(async () => {
    sg = await startTestSubgraph(eventsModule, { topicPrefix: prefix, cleanTopics: true });
    // Watches the events topic (it exists now: the subgraph created it) for what the relay sends.
    await upstream.start(['events']);
  });
  afterAll(async () => {
    await upstream.disconnect();
    await sg?.stop();
  });

  const sql = <T>(text: string, params: unknown[] = []) =>
    sg.running.dataSource.query(text, params) as Promise<T[]>;

  /** A published event a week ahead with `capacity` places, and the registrations in order. */
  async function fullEvent(
    capacity: number,
    people: string[],
    host: string,
  ): Promise<{ eventId: string; registrations: Map<string, string> }> {
    const startsAt = new Date(Date.now() + 7 * 86_400_000);
    const created = await createEvent(deps(), {
      input: {
        title: 'Year 10 Wellbeing Morning',
        kind: 'WELLBEING',
        audience: 'STUDENTS',
        yearGroups: [10],
        hostPartnerId: host,
        startsAt: startsAt.toISOString(),
        endsAt: new Date(startsAt.getTime() + 3_600_000).toISOString(),
        aims: ['WELLBEING'],
        capacity,
      },
    });
    if (created.kind !== 'done') throw new Error(`event not created: ${JSON.stringify(created)}`);
    expect(await publishEvent(deps(), { id: created.value.id })).toMatchObject({ kind: 'done' });
    const registrations = new Map<string, string>();
    for (const personId of people) {
      const r = await registerForEvent(deps(), { eventId: created.value.id, personId });
      if (r.kind !== 'done') throw new Error(`not registered: ${JSON.stringify(r)}`);
      registrations.set(personId, r.value.id);
    }
    return { eventId: created.value.id, registrations };
  }

  const statusOf = async (registrationId: string) =>
    (
      await sql<{ status: string; offer_expires_at: Date | null }>(
        `SELECT status, offer_expires_at FROM registration WHERE id = $1`,
        [registrationId],
      )
    )[0];

  const outboxOf = (eventId: string) =>
    sql<{ event_type: string; envelope: { payload: Record<string, unknown> } }>(
      `SELECT event_type, envelope FROM outbox WHERE message_key = $1 ORDER BY id`,
      [eventId],
    );

  const placeOfferedOnKafka = (eventId: string) =>
    upstream.received.filter(
      (e) => e.type === 'PlaceOffered' && (e.payload as { eventId: string }).eventId === eventId,
    );

  it('offers the erased person’s place to the first waiting, once, whatever the redeliveries', async () => {
    const host = await upstream.partnerJoined({ name: 'Dane Court Grammar' });
    const [gone, stays, first, second] = await upstream.peopleRegistered(host, ['STUDENT'], 10, 4);
    const { eventId, registrations } = await fullEvent(2, [gone, stays, first, second], host);
    expect((await statusOf(registrations.get(first)!)).status).toBe('WAITLISTED');

    const erased = await upstream.publish('people', PeopleEvents.erased, gone, {
      personId: gone,
    });
    await upstream.applied(erased.id);

    // The first in the queue holds an offer with a deadline; the second still waits.
    const offer = await statusOf(registrations.get(first)!);
    expect(offer.status).toBe('OFFERED');
    expect(offer.offer_expires_at!.getTime()).toBeGreaterThan(Date.now() + 47 * 3_600_000);
    expect((await statusOf(registrations.get(second)!)).status).toBe('WAITLISTED');
    expect((await statusOf(registrations.get(stays)!)).status).toBe('REGISTERED');
    expect(await sql(`SELECT 1 FROM registration WHERE person_id = $1`, [gone])).toEqual([]);

    // Written in the inbox transaction: RegistrationChanged (OFFERED) and PlaceOffered.
    const written = (await outboxOf(eventId)).filter((o) =>
      ['PlaceOffered', 'RegistrationChanged'].includes(o.event_type),
    );
    expect(written.slice(-2).map((o) => [o.event_type, o.envelope.payload])).toEqual([
      [
        'RegistrationChanged',
        {
          registrationId: registrations.get(first),
          eventId,
          personId: first,
          status: 'OFFERED',
        },
      ],
      [
        'PlaceOffered',
        {
          registrationId: registrations.get(first),
          eventId,
          personId: first,
          confirmBy: offer.offer_expires_at!.toISOString(),
        },
      ],
    ]);
    await eventually(async () => placeOfferedOnKafka(eventId).length === 1);

    // The same envelope again (a redelivery), then a second erasure of the same person (a
    // re-sent request, new id) as a marker: same key, same partition, so once the marker is
    // applied the redelivery has been handled too. Neither offers anything.
    await upstream.send('people', erased);
    const again = await upstream.publish('people', PeopleEvents.erased, gone, { personId: gone });
    await upstream.applied(again.id);
    expect((await statusOf(registrations.get(second)!)).status).toBe('WAITLISTED');
    expect(await statusOf(registrations.get(first)!)).toEqual(offer);
    expect((await outboxOf(eventId)).filter((o) => o.event_type === 'PlaceOffered')).toHaveLength(
      1,
    );
    // Give the relay time to send anything it might (there is nothing): still exactly one.
    await new Promise((r) => setTimeout(r, 1500));
    expect(placeOfferedOnKafka(eventId)).toHaveLength(1);
  });

  it('erasing someone who only waited frees no place and offers nothing', async () => {
    const host = await upstream.partnerJoined({ name: 'Chatham Grammar' });
    const [holder, waiting, behind] = await upstream.peopleRegistered(host, ['STUDENT'], 10, 3);
    const { eventId, registrations } = await fullEvent(1, [holder, waiting, behind], host);

    const erased = await upstream.publish('people', PeopleEvents.erased, waiting, {
      personId: waiting,
    });
    await upstream.applied(erased.id);

    expect((await statusOf(registrations.get(holder)!)).status).toBe('REGISTERED');
    expect((await statusOf(registrations.get(behind)!)).status).toBe('WAITLISTED');
    expect((await outboxOf(eventId)).map((o) => o.event_type)).not.toContain('PlaceOffered');
  });
});
