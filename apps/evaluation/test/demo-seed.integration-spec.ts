import { randomUUID } from 'node:crypto';
import { createServiceDataSource } from '@ekst/persistence';
import { bindTx, systemClock } from '@ekst/messaging';
import { createTestDatabase } from '@ekst/testing';
import type { TestDatabase } from '@ekst/testing';
import type { DataSource } from 'typeorm';
import { eventScheduledHandler } from '../src/events/event-scheduled.handler';
import { evaluationModule } from '../src/module';
import { migrations } from '../src/migrations';
import { seedDemo } from '../seed/demo';
import type { EvaluationDemoIds } from '../seed/demo';

describe('evaluation demo data', () => {
  let db: TestDatabase;
  let ds: DataSource;
  const now = new Date('2026-03-01T12:00:00Z');
  const at = (days: number, hour: number) =>
    new Date(now.getTime() + days * 86_400_000 + (hour - 12) * 3_600_000);
  const partner = {
    id: randomUUID(),
    name: 'Canterbury Academy',
    kind: 'STATE' as const,
    sector: 'STATE' as const,
    joinedOn: '2023-09-01',
  };
  const ids: EvaluationDemoIds = {
    partners: [partner],
    events: [
      {
        id: randomUUID(),
        title: 'Choir Festival',
        kind: 'CHOIR',
        hostPartnerId: null,
        startsAt: at(-30, 10),
        endsAt: at(-30, 15),
        status: 'COMPLETED',
      },
      {
        id: randomUUID(),
        title: 'Bake Off',
        kind: 'BAKE_OFF',
        hostPartnerId: partner.id,
        startsAt: at(-5, 13),
        endsAt: at(-5, 16),
        status: 'COMPLETED',
      },
      {
        id: randomUUID(),
        title: 'Wellbeing Workshop',
        kind: 'WELLBEING',
        hostPartnerId: partner.id,
        startsAt: at(3, 13),
        endsAt: at(3, 15),
        status: 'PUBLISHED',
      },
      {
        id: randomUUID(),
        title: 'Rained-off Sports Day',
        kind: 'SPORT',
        hostPartnerId: partner.id,
        startsAt: at(10, 9),
        endsAt: at(10, 14),
        status: 'CANCELLED',
      },
    ],
  };

  beforeAll(async () => {
    db = await createTestDatabase({
      service: 'evaluation',
      entities: evaluationModule.entities,
      migrations,
    });
    ds = createServiceDataSource(
      { url: db.url, applicationName: 'evaluation-seed-test' },
      { entities: evaluationModule.entities, migrations },
    ).dataSource;
    await ds.initialize();
  });
  afterAll(async () => {
    await ds?.destroy();
    await db?.drop();
  });

  it('seeds PRE and POST surveys whose status follows their window, idempotently', async () => {
    await seedDemo(ds, ids, { now });
    await seedDemo(ds, ids, { now });
    const rows = (await ds.query(
      `SELECT e.title, s.phase, s.instrument, s.status FROM survey s JOIN event_projection e ON e.id = s.event_id
       ORDER BY e.starts_at, s.phase DESC`,
    )) as Array<{ title: string; phase: string; instrument: string; status: string }>;
    expect(rows.map((r) => [r.title, r.phase, r.instrument, r.status])).toEqual([
      ['Choir Festival', 'PRE', 'STIRLING', 'CLOSED'],
      ['Choir Festival', 'POST', 'STIRLING', 'CLOSED'],
      ['Bake Off', 'PRE', 'STIRLING', 'CLOSED'],
      ['Bake Off', 'POST', 'STIRLING', 'OPEN'],
      ['Wellbeing Workshop', 'PRE', 'SWEMWBS', 'OPEN'],
      ['Wellbeing Workshop', 'POST', 'SWEMWBS', 'DRAFT'],
    ]);
  });

  it('lets a real EventScheduled overwrite a seeded projection row', async () => {
    const e = ids.events[2];
    await ds.transaction((m) =>
      eventScheduledHandler.handle(
        bindTx(m, {
          topic: 'ekst.evaluation.v1',
          producer: 'evaluation',
          clock: systemClock,
          config: {},
        }),
        {
          eventId: e.id,
          title: 'Exam Season Wellbeing Workshop',
          kind: 'WELLBEING',
          hostPartnerId: partner.id,
          startsAt: e.startsAt.toISOString(),
          endsAt: e.endsAt.toISOString(),
          status: 'PUBLISHED',
        },
        {
          id: randomUUID(),
          type: 'EventScheduled',
          version: 1,
          occurredAt: '2020-01-01T00:00:00Z',
          aggregateId: e.id,
          producer: 'events',
          payload: {},
        },
      ),
    );
    const [row] = (await ds.query(`SELECT title FROM event_projection WHERE id = $1`, [
      e.id,
    ])) as Array<{ title: string }>;
    expect(row.title).toBe('Exam Season Wellbeing Workshop');
  });
});
