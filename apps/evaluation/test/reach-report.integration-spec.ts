import { randomUUID } from 'node:crypto';
import { EventEvents, PeopleEvents } from '@ekst/contracts';
import type { RegistrationChangedV1 } from '@ekst/contracts';
import type { Role } from '@ekst/auth';
import { startTestSubgraph, testCaller, uniqueTopicPrefix } from '@ekst/testing';
import type { TestSubgraph } from '@ekst/testing';
import { academicYearOf } from '../src/domain/statistics';
import { evaluationModule } from '../src/module';
import { UpstreamEvents } from './upstream-events';

const DAY = 86_400_000;
const COUNTS = `label partnerKind partner { id } studentsReached reachedOnce reachedTwoPlus reachedFourPlus attendances noShowStudents noShows eventsHosted placesUsed quotaPlacesUsed quotaPlaces placesOffered suppressed`;
const REACH = `query($y: Int!) { reachReport(academicYear: $y) { academicYear rows { ${COUNTS} } byKind { ${COUNTS} } total { ${COUNTS} } method csv } }`;
type Counts = Record<string, unknown> & {
  label: string;
  partner: { id: string } | null;
  suppressed: string[];
};
interface Reach {
  reachReport: { rows: Counts[]; byKind: Counts[]; total: Counts | null; csv: string } | null;
}

/**
 * Reach per partner from real attendance events (real Postgres and Kafka): published counts are
 * exact, small counts and the cells that would reveal them are null, a head sees their own
 * school's row only, and a student sees nothing.
 */
describe('evaluation: reach report', () => {
  let sg: TestSubgraph;
  const prefix = uniqueTopicPrefix();
  const upstream = new UpstreamEvents(() => sg, prefix);
  const state = randomUUID();
  const westgate = randomUUID();
  const independent = randomUUID();
  const year = academicYearOf(new Date(Date.now() - 3 * DAY));
  // State school: 12 students at one event, 8 at two, one no-show each for 10 of them.
  // Independent school: 4 students at one event (a small count).
  const stateOnce = Array.from({ length: 12 }, () => randomUUID());
  const stateTwice = Array.from({ length: 8 }, () => randomUUID());
  const fewIndependent = Array.from({ length: 4 }, () => randomUUID());
  const westgateOnce = Array.from({ length: 15 }, () => randomUUID());
  // Westgate's teachers checked in at e3 beside their students: staff, not students reached.
  const westgateTeachers = Array.from({ length: 10 }, () => randomUUID());
  const reach = (roles: Role[], partnerId: string | null = null) =>
    sg.query<Reach>(REACH, { y: year }, testCaller(roles, { partnerId }));

  beforeAll(async () => {
    sg = await startTestSubgraph(evaluationModule, { topicPrefix: prefix, cleanTopics: true });
    await upstream.connect();
    await upstream.partnerJoined({
      id: state,
      name: 'Hartsdown Academy',
      kind: 'STATE',
      sector: 'STATE',
    });
    await upstream.partnerJoined({
      id: independent,
      name: 'Kent College',
      kind: 'INDEPENDENT',
      sector: 'INDEPENDENT',
    });
    await upstream.partnerJoined({
      id: westgate,
      name: 'Westgate School',
      kind: 'STATE',
      sector: 'STATE',
    });
    await upstream.publishAll('people', PeopleEvents.registered, [
      ...westgateOnce.map((id) => ({
        aggregateId: id,
        payload: { personId: id, partnerId: westgate, roles: ['STUDENT'], yearGroup: 9 },
      })),
      ...[...stateOnce, ...stateTwice].map((id) => ({
        aggregateId: id,
        payload: { personId: id, partnerId: state, roles: ['STUDENT'], yearGroup: 9 },
      })),
      ...fewIndependent.map((id) => ({
        aggregateId: id,
        payload: { personId: id, partnerId: independent, roles: ['STUDENT'], yearGroup: 9 },
      })),
      ...westgateTeachers.map((id) => ({
        aggregateId: id,
        payload: { personId: id, partnerId: westgate, roles: ['TEACHER'], yearGroup: null },
      })),
    ]);
    const past = (d: number) => new Date(Date.now() - d * DAY);
    // Places: 40 + 30 + 50 offered; quotas of 12 and 20 (the most one school could hold: 32).
    const e1 = await upstream.eventScheduled({
      hostPartnerId: state,
      startsAt: past(4).toISOString(),
      endsAt: new Date(past(4).getTime() + 3_600_000).toISOString(),
      capacity: 40,
      partnerQuota: 12,
    });
    const e2 = await upstream.eventScheduled({
      hostPartnerId: state,
      startsAt: past(3).toISOString(),
      endsAt: new Date(past(3).getTime() + 3_600_000).toISOString(),
      capacity: 30,
      partnerQuota: null,
    });
    const e3 = await upstream.eventScheduled({
      hostPartnerId: independent,
      startsAt: past(3).toISOString(),
      endsAt: new Date(past(3).getTime() + 3_600_000).toISOString(),
      capacity: 50,
      partnerQuota: 20,
    });
    // A cancelled event's places count nowhere.
    const cancelled = await upstream.eventScheduled({
      startsAt: past(2).toISOString(),
      endsAt: new Date(past(2).getTime() + 3_600_000).toISOString(),
      status: 'CANCELLED',
      capacity: 100,
      partnerQuota: 5,
    });
    const place = (eventId: string, personId: string, status: RegistrationChangedV1['status']) => ({
      aggregateId: eventId,
      payload: { registrationId: randomUUID(), eventId, personId, status },
    });
    await upstream.publishAll('events', EventEvents.registrationChanged, [
      // e1 (quota 12): Hartsdown at its quota, its other 8 waiting; Westgate 10 (one cancelled);
      // Kent 3 offered
      ...stateOnce.map((p) => place(e1.eventId, p, 'ATTENDED')),
      ...stateTwice.map((p) => place(e1.eventId, p, 'WAITLISTED')),
      ...westgateOnce.slice(0, 10).map((p) => place(e1.eventId, p, 'REGISTERED')),
      place(e1.eventId, westgateOnce[10], 'CANCELLED'),
      ...fewIndependent.slice(0, 3).map((p) => place(e1.eventId, p, 'OFFERED')),
      // e2 (no quota): Hartsdown 8 attended and 10 no-shows; Kent 4
      ...stateTwice.map((p) => place(e2.eventId, p, 'ATTENDED')),
      ...stateOnce.slice(0, 10).map((p) => place(e2.eventId, p, 'NO_SHOW')),
      ...fewIndependent.map((p) => place(e2.eventId, p, 'REGISTERED')),
      // e3 (quota 20): Westgate 15, Kent 4
      ...westgateOnce.map((p) => place(e3.eventId, p, 'ATTENDED')),
      ...fewIndependent.map((p) => place(e3.eventId, p, 'ATTENDED')),
      ...stateTwice.map((p) => place(cancelled.eventId, p, 'REGISTERED')),
    ]);
    const attended = (
      eventId: string,
      personId: string,
      status: 'ATTENDED' | 'NO_SHOW' = 'ATTENDED',
    ) => ({
      aggregateId: eventId,
      payload: { eventId, personId, status, recordedAt: past(3).toISOString() },
    });
    await upstream.publishAll('events', EventEvents.attendanceRecorded, [
      ...[...stateOnce, ...stateTwice].map((p) => attended(e1.eventId, p)),
      ...stateTwice.map((p) => attended(e2.eventId, p)),
      ...stateOnce.slice(0, 10).map((p) => attended(e2.eventId, p, 'NO_SHOW')),
      ...fewIndependent.map((p) => attended(e3.eventId, p)),
      ...westgateOnce.map((p) => attended(e3.eventId, p)),
      ...westgateTeachers.map((p) => attended(e3.eventId, p)),
    ]);
  }, 120_000);

  afterAll(async () => {
    await upstream?.disconnect();
    await sg?.stop();
  });

  it('gives the coordinator exact counts where they are safe, and hides the rest and what would reveal it', async () => {
    const r = (await reach(['COORDINATOR'])).data!.reachReport!;
    const truth: Record<string, number[]> = {
      // reached, once, 2+, 4+, attendances, no-show students, no-shows
      'Hartsdown Academy': [20, 12, 8, 0, 28, 10, 10],
      'Westgate School': [15, 15, 0, 0, 15, 0, 0],
      'Kent College': [4, 4, 0, 0, 4, 0, 0],
      STATE: [35, 27, 8, 0, 43, 10, 10],
      INDEPENDENT: [4, 4, 0, 0, 4, 0, 0],
      Partnership: [39, 31, 8, 0, 47, 10, 10],
    };
    const fields = [
      'studentsReached',
      'reachedOnce',
      'reachedTwoPlus',
      'reachedFourPlus',
      'attendances',
      'noShowStudents',
      'noShows',
    ];
    const all = [...r.rows, ...r.byKind, r.total!];
    expect(all.map((x) => x.label).sort()).toEqual(Object.keys(truth).sort());
    for (const x of all)
      fields.forEach((f, i) => {
        const shown = x[f] as number | null;
        // Every count shown is exact; a small one (1–9 people) is never shown.
        if (shown !== null) expect([x.label, f, shown]).toEqual([x.label, f, truth[x.label][i]]);
        if (truth[x.label][i] > 0 && truth[x.label][i] < 10 && i !== 4)
          expect([x.label, f, shown]).toEqual([x.label, f, null]);
      });
    const row = (label: string) => all.find((x) => x.label === label)!;
    expect(row('Hartsdown Academy')).toMatchObject({
      partner: { id: state },
      partnerKind: 'STATE',
      eventsHosted: 2,
    });
    expect(row('Kent College')).toMatchObject({
      studentsReached: null,
      attendances: null,
      eventsHosted: 1,
    });
    // Hartsdown's 8 repeat attenders are hidden, and so is what would give them away (20 − 12).
    const h = row('Hartsdown Academy');
    expect(h.reachedOnce === null || h.studentsReached === null).toBe(true);
    // The independent subtotal is Kent alone, and the total minus the state subtotal is Kent
    // again: one of those is hidden as well.
    expect(
      row('STATE').studentsReached === null || row('Partnership').studentsReached === null,
    ).toBe(true);
    // What remains shown is still worth showing: the partnership's repeat-free counts.
    expect(
      all.flatMap((x) => fields.map((f) => x[f])).filter((v) => v !== null).length,
    ).toBeGreaterThan(10);
    expect(r.csv.split('\n')[0]).toContain('students_reached');
    expect(r.csv).toContain('suppressed');
  });

  it('counts places used and used against quota, suppressing those held by fewer than 10 people', async () => {
    const r = (await reach(['COORDINATOR'])).data!.reachReport!;
    const all = [...r.rows, ...r.byKind, r.total!];
    const row = (label: string) => all.find((x) => x.label === label)!;
    // places used, used at quota events, and the distinct people holding them
    const truth: Record<string, [number, number, number, number]> = {
      'Hartsdown Academy': [30, 12, 20, 12],
      'Westgate School': [25, 25, 15, 15],
      // 11 places, but held by 4 students: hidden however many places they hold
      'Kent College': [11, 7, 4, 4],
      STATE: [55, 37, 35, 27],
      INDEPENDENT: [11, 7, 4, 4],
      Partnership: [66, 44, 39, 31],
    };
    for (const x of all) {
      const [used, quotaUsed, holders, quotaHolders] = truth[x.label];
      for (const [field, measure, value, people] of [
        ['placesUsed', 'PLACES_USED', used, holders],
        ['quotaPlacesUsed', 'QUOTA_PLACES_USED', quotaUsed, quotaHolders],
      ] as const) {
        const shown = x[field] as number | null;
        // every count shown is exact; a hidden one is listed as suppressed
        if (shown !== null) expect([x.label, field, shown]).toEqual([x.label, field, value]);
        else expect(x.suppressed).toContain(measure);
        if (people > 0 && people < 10)
          expect([x.label, field, shown]).toEqual([x.label, field, null]);
      }
    }
    expect(row('Hartsdown Academy')).toMatchObject({ placesUsed: 30, quotaPlacesUsed: 12 });
    expect(row('Westgate School')).toMatchObject({ placesUsed: 25, quotaPlacesUsed: 25 });
    // Kent is the independent kind alone, and Partnership − STATE is Kent again: one of those is
    // hidden, and what is shown adds up (the rows to their kind).
    for (const field of ['placesUsed', 'quotaPlacesUsed'] as const) {
      expect(row('STATE')[field] === null || row('Partnership')[field] === null).toBe(true);
      const stateKind = row('STATE')[field] as number | null;
      if (stateKind !== null)
        expect(stateKind).toBe(
          (row('Hartsdown Academy')[field] as number) + (row('Westgate School')[field] as number),
        );
    }
    // Places, not people: never suppressed. Quota places on partner rows (the same for each),
    // places offered on the total (the cancelled event's 100 are not offered).
    for (const x of r.rows) expect(x).toMatchObject({ quotaPlaces: 32, placesOffered: null });
    for (const x of r.byKind) expect(x).toMatchObject({ quotaPlaces: null, placesOffered: null });
    expect(r.total).toMatchObject({ quotaPlaces: null, placesOffered: 120 });

    const [header, ...lines] = r.csv.trim().split('\n');
    const last4 = (label: string) =>
      lines
        .find((l) => l.startsWith(`${year},${label},`))!
        .split(',')
        .slice(-4);
    expect(header.split(',').slice(-4)).toEqual([
      'places_used',
      'quota_places_used',
      'quota_places',
      'places_offered',
    ]);
    expect(last4('Hartsdown Academy')).toEqual(['30', '12', '32', '']);
    expect(last4('Kent College')).toEqual(['suppressed', 'suppressed', '32', '']);
    expect(last4('Partnership').at(-1)).toBe('120');
  });

  it("shows a head their own school's row only, and a student nothing", async () => {
    const head = (await reach(['HEAD'], state)).data!.reachReport!;
    expect(head.rows.map((x) => x.label)).toEqual(['Hartsdown Academy']);
    expect(head.rows[0]).toMatchObject({ placesUsed: 30, quotaPlacesUsed: 12, quotaPlaces: 32 });
    expect(head.total).toBeNull();
    expect(head.byKind).toEqual([]);
    for (const role of ['STUDENT', 'TEACHER'] as Role[]) {
      const res = await reach([role], state);
      expect(res.data?.reachReport).toBeNull();
      expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
  });
});
