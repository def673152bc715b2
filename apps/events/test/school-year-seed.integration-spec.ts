import { randomUUID } from 'node:crypto';
import { createServiceDataSource } from '@ekst/persistence';
import { createTestDatabase } from '@ekst/testing';
import type { TestDatabase } from '@ekst/testing';
import type { DataSource } from 'typeorm';
import { cpdRecord } from '../src/cpd/cpd-record.query';
import { ambassadorHours } from '../src/ambassadors/ambassador-hours.query';
import { migrations } from '../src/migrations';
import { eventsModule } from '../src/module';
import { transportList } from '../src/travel/transport-list.query';
import { seedSchoolYearDemo } from '../seed/school-year.demo';
import { academicYearOfDate } from './school-year-fixture';

describe('school-year demo data', () => {
  let db: TestDatabase;
  let ds: DataSource;
  const now = new Date('2026-11-20T12:00:00Z');
  const schools = [
    { name: 'Canterbury Academy', lat: 51.2798, lng: 1.0828 },
    { name: 'Dover Grammar', lat: 51.1295, lng: 1.3214 },
    { name: 'Margate High', lat: 51.3813, lng: 1.3862 },
  ].map((s) => ({ ...s, id: randomUUID() }));
  const students = schools.flatMap((s) =>
    [7, 8, 9, 12].map((yearGroup) => ({ id: randomUUID(), partnerId: s.id, yearGroup })),
  );
  const teachers = schools.map((s) => ({ id: randomUUID(), partnerId: s.id }));
  const university = randomUUID();
  const ambassadors = [randomUUID(), randomUUID()];

  beforeAll(async () => {
    db = await createTestDatabase({
      service: 'events',
      entities: eventsModule.entities,
      migrations,
    });
    ds = createServiceDataSource(
      { url: db.url, applicationName: 'events-school-year-seed-test' },
      { entities: eventsModule.entities, migrations },
    ).dataSource;
    await ds.initialize();
    for (const s of schools)
      await ds.query(
        `INSERT INTO partner_projection (id, name, kind, sector, joined_on, lat, lng) VALUES ($1, $2, 'STATE', 'STATE', '2020-09-01', $3, $4)`,
        [s.id, s.name, s.lat, s.lng],
      );
    await ds.query(
      `INSERT INTO partner_projection (id, name, kind, sector, joined_on) VALUES ($1, 'University of East Kent', 'UNIVERSITY', 'HIGHER_EDUCATION', '2020-09-01')`,
      [university],
    );
    for (const s of students)
      await ds.query(
        `INSERT INTO person_projection (id, partner_id, roles, year_group) VALUES ($1, $2, '{STUDENT}', $3)`,
        [s.id, s.partnerId, s.yearGroup],
      );
    for (const t of teachers)
      await ds.query(
        `INSERT INTO person_projection (id, partner_id, roles) VALUES ($1, $2, '{TEACHER}')`,
        [t.id, t.partnerId],
      );
    for (const a of ambassadors)
      await ds.query(
        `INSERT INTO person_projection (id, partner_id, roles) VALUES ($1, $2, '{AMBASSADOR}')`,
        [a, university],
      );
  });
  afterAll(async () => {
    await ds?.destroy();
    await db?.drop();
  });

  const count = async (sql: string) => ((await ds.query(sql)) as Array<{ n: number }>)[0].n;

  it('a choir across schools with 8 rehearsals and a concert, travel, ambassadors’ hours and CPD; idempotent', async () => {
    const first = await seedSchoolYearDemo(ds, { now });
    expect(first).toEqual({ sessions: 9, members: 6, travel: 27, ambassadors: 2, cpdTeachers: 3 });

    const [group] = (await ds.query(
      `SELECT id FROM standing_group WHERE title = 'Partnership Choir'`,
    )) as Array<{ id: string }>;
    const members = (await ds.query(
      `SELECT m.person_id, p.partner_id, p.year_group FROM standing_group_member m JOIN person_projection p ON p.id = m.person_id
       WHERE m.group_id = $1 AND m.left_at IS NULL`,
      [group.id],
    )) as Array<{ person_id: string; partner_id: string; year_group: number }>;
    expect(new Set(members.map((m) => m.partner_id)).size).toBe(3);
    expect(members.every((m) => m.year_group <= 9)).toBe(true);
    // Every member attended the six rehearsals held, and is registered for the two to come and the concert.
    const perMember = (await ds.query(
      `SELECT r.person_id, count(*) FILTER (WHERE r.status = 'ATTENDED')::int AS attended,
              count(*) FILTER (WHERE r.status = 'REGISTERED')::int AS registered
       FROM registration r JOIN standing_group_session s ON s.event_id = r.event_id AND s.group_id = $1
       GROUP BY r.person_id`,
      [group.id],
    )) as Array<{ attended: number; registered: number }>;
    expect(perMember.map((r) => [r.attended, r.registered])).toEqual(Array(6).fill([6, 3]));
    // Evaluation hears every attendance: 6 members × 6 rehearsals.
    expect(
      await count(
        `SELECT count(*)::int AS n FROM outbox WHERE event_type = 'AttendanceRecorded' AND message_key IN (SELECT event_id::text FROM standing_group_session)`,
      ),
    ).toBe(36);

    const [concert] = (await ds.query(
      `SELECT id FROM event WHERE title = 'Partnership Choir winter concert'`,
    )) as Array<{ id: string }>;
    const list = await transportList(ds.manager, concert.id);
    expect(list).toHaveLength(3);
    expect(list.every((l) => l.seats !== null && l.seats >= l.registeredStudents)).toBe(true);
    expect(
      list
        .filter((l) => l.distanceKm !== null && l.distanceKm > 15)
        .every((l) => l.mode === 'MINIBUS'),
    ).toBe(true);

    const year = academicYearOfDate(now);
    const hours = await Promise.all(ambassadors.map((a) => ambassadorHours(ds.manager, a, year)));
    expect(hours.map((h) => h.totalMinutes).reduce((a, b) => a + b, 0)).toBe(6 * 150);
    const lead = await cpdRecord(ds.manager, teachers[0].id, year);
    expect(lead.entries.map((e) => [e.kind, e.participation])).toEqual([
      ['CPD', 'LED'],
      ['TEACHMEET', 'LED'],
    ]);
    const attendee = await cpdRecord(ds.manager, teachers[2].id, year);
    expect(attendee.entries.map((e) => e.participation)).toEqual(['ATTENDED', 'ATTENDED']);
    expect(attendee.totalHours).toBe(8);

    const snapshot = async () =>
      ds.query(
        `SELECT (SELECT count(*) FROM event)::int AS events, (SELECT count(*) FROM registration)::int AS registrations,
                (SELECT count(*) FROM outbox)::int AS outbox, (SELECT count(*) FROM event_travel)::int AS travel,
                (SELECT count(*) FROM ambassador_hours)::int AS hours, (SELECT count(*) FROM standing_group_member)::int AS members`,
      );
    const before = await snapshot();
    const again = await seedSchoolYearDemo(ds, { now });
    expect(again).toMatchObject({ sessions: 0, travel: 0 });
    expect(await snapshot()).toEqual(before);
  });
});
