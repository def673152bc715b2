import { randomUUID } from 'node:crypto';
import { createServiceDataSource } from '@ekst/persistence';
import { createTestDatabase } from '@ekst/testing';
import type { TestDatabase } from '@ekst/testing';
import type { DataSource } from 'typeorm';
import { eventsModule } from '../src/module';
import { migrations } from '../src/migrations';
import { seedDemo } from '../seed/demo';
import type { EventsDemoIds } from '../seed/demo';

describe('events demo data', () => {
  let db: TestDatabase;
  let ds: DataSource;
  const partners = ['Canterbury Academy', 'St Edmund’s College', 'University of East Kent'].map(
    (name, i) => ({
      id: randomUUID(),
      name,
      kind: (['STATE', 'INDEPENDENT', 'UNIVERSITY'] as const)[i],
      sector: (['STATE', 'INDEPENDENT', 'HIGHER_EDUCATION'] as const)[i],
      joinedOn: '2023-09-01',
    }),
  );
  const ids: EventsDemoIds = {
    partners,
    students: Array.from({ length: 40 }, (_, i) => ({
      id: randomUUID(),
      partnerId: partners[i % 2].id,
      yearGroup: 7 + (i % 7),
    })),
    teachers: Array.from({ length: 6 }, (_, i) => ({
      id: randomUUID(),
      partnerId: partners[i % 3].id,
    })),
  };

  beforeAll(async () => {
    db = await createTestDatabase({
      service: 'events',
      entities: eventsModule.entities,
      migrations,
    });
    ds = createServiceDataSource(
      { url: db.url, applicationName: 'events-seed-test' },
      { entities: eventsModule.entities, migrations },
    ).dataSource;
    await ds.initialize();
  });
  afterAll(async () => {
    await ds?.destroy();
    await db?.drop();
  });

  async function snapshot() {
    const [row] = (await ds.query(
      `SELECT (SELECT count(*) FROM event)::int AS events, (SELECT count(*) FROM registration)::int AS registrations,
              (SELECT count(*) FROM outbox)::int AS outbox, (SELECT count(*) FROM person_projection)::int AS people,
              (SELECT count(DISTINCT kind) FROM event)::int AS kinds`,
    )) as Array<Record<string, number>>;
    return row;
  }

  it('seeds a programme with registrations that respect capacity and the waitlist, idempotently', async () => {
    await seedDemo(ds, ids);
    const first = await snapshot();
    expect(first).toMatchObject({ events: 10, outbox: 10, people: 46, kinds: 10 });
    expect(first.registrations).toBeGreaterThan(20);

    await seedDemo(ds, ids);
    expect(await snapshot()).toEqual(first);

    const overFull = (await ds.query(
      `SELECT e.id FROM event e JOIN registration r ON r.event_id = e.id AND r.status = 'REGISTERED'
       GROUP BY e.id, e.capacity HAVING count(*) > e.capacity`,
    )) as unknown[];
    expect(overFull).toEqual([]);
    const [{ waiting }] = (await ds.query(
      `SELECT count(*)::int AS waiting FROM registration WHERE status = 'WAITLISTED'`,
    )) as Array<{ waiting: number }>;
    expect(waiting).toBeGreaterThan(0); // the outdoor day is oversubscribed on purpose
    const [{ drafts }] = (await ds.query(
      `SELECT count(*)::int AS drafts FROM registration r JOIN event e ON e.id = r.event_id WHERE e.status = 'DRAFT'`,
    )) as Array<{ drafts: number }>;
    expect(drafts).toBe(0);
  });
});
