import { randomUUID } from 'node:crypto';
import { createServiceDataSource } from '@ekst/persistence';
import { startTestSubgraph, testCaller, uniqueTopicPrefix } from '@ekst/testing';
import type { TestSubgraph } from '@ekst/testing';
import { useCaseDeps } from '@ekst/subgraph-kit';
import type { DataSource } from 'typeorm';
import { eventsModule } from '../src/module';
import { createEvent } from '../src/use-cases/create-event.use-case';
import { publishEvent } from '../src/use-cases/publish-event.use-case';
import { registerForEvent } from '../src/use-cases/register-for-event.use-case';
import { UpstreamEvents } from './upstream-events';

/**
 * The last place can never be taken twice: many registrations for one event, truly concurrent
 * (one connection each), must fill exactly `capacity` places and queue everyone else once.
 */
describe('registerForEvent under concurrency', () => {
  let sg: TestSubgraph;
  let wide: DataSource;
  const prefix = uniqueTopicPrefix();
  const upstream = new UpstreamEvents(() => sg, prefix);
  const coordinator = testCaller(['COORDINATOR']);
  // The use cases as the coordinator, on the wide pool, with the service's own outbox binding.
  const deps = () => useCaseDeps(coordinator, wide, sg.running.messaging.txBinding);

  beforeAll(async () => {
    sg = await startTestSubgraph(eventsModule, { topicPrefix: prefix, cleanTopics: true });
    await upstream.connect();
    // The subgraph's own pool is small; this one lets all 60 transactions run at once.
    wide = createServiceDataSource(
      { url: sg.database.url, applicationName: 'events-race-test', poolMax: 60 },
      { entities: eventsModule.entities, migrations: [] },
    ).dataSource;
    await wide.initialize();
  });
  afterAll(async () => {
    await wide?.destroy();
    await upstream.disconnect();
    await sg?.stop();
  });

  async function openEvent(
    capacity: number,
    partnerId: string,
    partnerQuota: number | null = null,
  ): Promise<string> {
    const startsAt = new Date(Date.now() + 7 * 86_400_000).toISOString();
    const endsAt = new Date(Date.now() + 7 * 86_400_000 + 3_600_000).toISOString();
    const created = await createEvent(deps(), {
      input: {
        title: 'Year 11 Wellbeing Workshop',
        kind: 'WELLBEING',
        audience: 'STUDENTS',
        yearGroups: [11],
        hostPartnerId: partnerId,
        startsAt,
        endsAt,
        aims: ['WELLBEING'],
        capacity,
        partnerQuota,
      },
    });
    if (created.kind !== 'done') throw new Error('event not created');
    const published = await publishEvent(deps(), { id: created.value.id });
    expect(published).toMatchObject({ kind: 'done' });
    return created.value.id;
  }

  it('60 concurrent registrations for 10 places: exactly 10 REGISTERED, 50 WAITLISTED at positions 1..50, no errors', async () => {
    const partnerId = await upstream.partnerJoined({ name: 'Hartsdown Academy' });
    const people = await upstream.peopleRegistered(partnerId, ['STUDENT'], 11, 60);
    const eventId = await openEvent(10, partnerId);

    // Without the in-process queue: 60 transactions blocked on the event's row lock at once.
    const results = await Promise.allSettled(
      people.map((personId) => registerForEvent(deps(), { eventId, personId }, { queue: false })),
    );

    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
    const outcomes = results.map((r) => (r.status === 'fulfilled' ? r.value : null));
    expect(outcomes.every((o) => o?.kind === 'done')).toBe(true);

    const rows = (await wide.query(
      `SELECT status, waitlist_position, registered_at FROM registration WHERE event_id = $1`,
      [eventId],
    )) as Array<{ status: string; waitlist_position: number | null; registered_at: Date }>;
    expect(rows).toHaveLength(60);
    expect(rows.filter((r) => r.status === 'REGISTERED')).toHaveLength(10);
    const waitlisted = rows.filter((r) => r.status === 'WAITLISTED');
    expect(waitlisted.map((r) => r.waitlist_position).sort((a, b) => a! - b!)).toEqual(
      Array.from({ length: 50 }, (_, i) => i + 1),
    );
    // First come, first served: nobody holding a place arrived after someone on the waitlist.
    const lastPlace = Math.max(
      ...rows.filter((r) => r.status === 'REGISTERED').map((r) => r.registered_at.getTime()),
    );
    const firstWaiting = Math.min(...waitlisted.map((r) => r.registered_at.getTime()));
    expect(lastPlace).toBeLessThanOrEqual(firstWaiting);
  });

  it('500 concurrent registrations from 5 partners for 30 places with a quota of 8: exactly 30 within quota, 470 waitlisted in arrival order, no errors', async () => {
    const partners: string[] = [];
    for (let i = 0; i < 5; i += 1)
      partners.push(await upstream.partnerJoined({ name: `Quota School ${i}` }));
    const people: Array<{ id: string; partnerId: string }> = [];
    for (const p of partners)
      for (const id of await upstream.peopleRegistered(p, ['STUDENT'], 11, 100))
        people.push({ id, partnerId: p });
    // Interleave partners, so every partner is still arriving when the places run out.
    const arrivals = people.sort((a, b) => (a.id < b.id ? -1 : 1));
    const eventId = await openEvent(30, partners[0], 8);

    const results = await Promise.allSettled(
      arrivals.map((p) => registerForEvent(deps(), { eventId, personId: p.id })),
    );
    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
    expect(results.every((r) => r.status === 'fulfilled' && r.value.kind === 'done')).toBe(true);

    const rows = (await wide.query(
      `SELECT status, partner_id, waitlist_position, registered_at FROM registration WHERE event_id = $1`,
      [eventId],
    )) as Array<{
      status: string;
      partner_id: string;
      waitlist_position: number | null;
      registered_at: Date;
    }>;
    expect(rows).toHaveLength(500);
    const registered = rows.filter((r) => r.status === 'REGISTERED');
    expect(registered).toHaveLength(30);
    const perPartner = new Map<string, number>();
    for (const r of registered)
      perPartner.set(r.partner_id, (perPartner.get(r.partner_id) ?? 0) + 1);
    expect(Math.max(...perPartner.values())).toBeLessThanOrEqual(8);
    const waitlisted = rows
      .filter((r) => r.status === 'WAITLISTED')
      .sort((a, b) => a.waitlist_position! - b.waitlist_position!);
    expect(waitlisted).toHaveLength(470);
    expect(waitlisted.map((r) => r.waitlist_position)).toEqual(
      Array.from({ length: 470 }, (_, i) => i + 1),
    );
    // Arrival order: queue positions follow the order the registrations were taken in.
    for (let i = 1; i < waitlisted.length; i += 1) {
      expect(waitlisted[i].registered_at.getTime()).toBeGreaterThanOrEqual(
        waitlisted[i - 1].registered_at.getTime(),
      );
    }
  }, 120000);

  it('the same person registering 20 times at once gets one registration and 19 ALREADY_REGISTERED', async () => {
    const partnerId = await upstream.partnerJoined({ name: 'Royal Harbour Academy' });
    const [person] = await upstream.peopleRegistered(partnerId, ['STUDENT'], 11, 1);
    const eventId = await openEvent(5, partnerId);

    const outcomes = await Promise.all(
      Array.from({ length: 20 }, () =>
        registerForEvent(deps(), { eventId, personId: person }, { queue: false }),
      ),
    );
    expect(outcomes.filter((o) => o.kind === 'done')).toHaveLength(1);
    const refused = outcomes.filter((o) => o.kind === 'rejected');
    expect(refused).toHaveLength(19);
    expect(
      refused.every((o) => o.kind === 'rejected' && o.errors[0].code === 'ALREADY_REGISTERED'),
    ).toBe(true);
    const [{ n }] = (await wide.query(
      `SELECT count(*)::int AS n FROM registration WHERE event_id = $1`,
      [eventId],
    )) as Array<{ n: number }>;
    expect(n).toBe(1);
  });

  it('group commit: one person arriving 20 times within a batch, beside others, is placed once; the rest are ALREADY_REGISTERED', async () => {
    const partnerId = await upstream.partnerJoined({ name: 'Dane Court Grammar' });
    const [twice, ...others] = await upstream.peopleRegistered(partnerId, ['STUDENT'], 11, 5);
    const eventId = await openEvent(3, partnerId);

    // With the queue (the default): these share batches, so duplicates meet inside one.
    const outcomes = await Promise.all(
      [...Array.from({ length: 20 }, () => twice), ...others].map((personId) =>
        registerForEvent(deps(), { eventId, personId }),
      ),
    );
    const mine = outcomes.slice(0, 20);
    expect(mine.filter((o) => o.kind === 'done')).toHaveLength(1);
    expect(
      mine.filter((o) => o.kind === 'rejected' && o.errors[0].code === 'ALREADY_REGISTERED'),
    ).toHaveLength(19);
    expect(outcomes.slice(20).every((o) => o.kind === 'done')).toBe(true);
    const rows = (await wide.query(
      `SELECT person_id, status, waitlist_position FROM registration WHERE event_id = $1
       ORDER BY waitlist_position NULLS FIRST`,
      [eventId],
    )) as Array<{ person_id: string; status: string; waitlist_position: number | null }>;
    expect(rows).toHaveLength(5);
    expect(rows.filter((r) => r.status === 'REGISTERED')).toHaveLength(3);
    expect(rows.filter((r) => r.status === 'WAITLISTED').map((r) => r.waitlist_position)).toEqual([
      1, 2,
    ]);
    // A refused registration in a batch changes nothing for the others in it.
    const [{ n }] = (await wide.query(
      `SELECT count(*)::int AS n FROM outbox WHERE event_type = 'RegistrationChanged'
       AND envelope->'payload'->>'eventId' = $1`,
      [eventId],
    )) as Array<{ n: number }>;
    expect(n).toBe(5);
  });

  it('the database refuses a second active registration or a shared waitlist position, even written by hand', async () => {
    const partnerId = await upstream.partnerJoined({ name: 'Ursuline College' });
    const [a, b] = await upstream.peopleRegistered(partnerId, ['STUDENT'], 11, 2);
    const eventId = await openEvent(1, partnerId);
    const insert = (personId: string, status: string, position: number | null) =>
      wide.query(
        `INSERT INTO registration (id, event_id, person_id, status, waitlist_position, check_in_code, cancelled_at)
         VALUES ($1, $2, $3, $4, $5, $6, CASE WHEN $4 = 'CANCELLED' THEN now() END)`,
        [randomUUID(), eventId, personId, status, position, randomUUID()],
      );
    await insert(a, 'WAITLISTED', 1);
    await expect(insert(a, 'REGISTERED', null)).rejects.toThrow(/registration_active_person_uq/);
    await expect(insert(b, 'WAITLISTED', 1)).rejects.toThrow(/registration_waitlist_position_uq/);
    await expect(insert(b, 'WAITLISTED', null)).rejects.toThrow(
      /registration_position_iff_waitlisted/,
    );
    await insert(a, 'CANCELLED', null); // a cancelled registration does not block a new one
  });
});
