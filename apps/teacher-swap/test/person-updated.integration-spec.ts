import { randomUUID } from 'node:crypto';
import type { Role } from '@ekst/auth';
import { createEnvelope, PeopleEvents } from '@ekst/contracts';
import type { Envelope } from '@ekst/contracts';
import { eventually, startTestSubgraph, testCaller, uniqueTopicPrefix } from '@ekst/testing';
import type { TestSubgraph } from '@ekst/testing';
import { teacherSwapModule } from '../src/module';
import { KafkaProbe } from './kafka-probe';

/**
 * Issue 12: teacher-swap follows PersonUpdated. A teacher's partner and roles are kept current;
 * open offers and requests that no longer stand are withdrawn; listings in a live swap are left
 * to the swap. People and partners-governance are played on the real broker.
 */
describe('PersonUpdated in teacher-swap (real Kafka)', () => {
  let sg: TestSubgraph;
  const prefix = uniqueTopicPrefix();
  const probe = new KafkaProbe(prefix);
  const [stateSchool, otherStateSchool, independentSchool, university] = [
    randomUUID(),
    randomUUID(),
    randomUUID(),
    randomUUID(),
  ];

  const sql = <T>(text: string, params: unknown[] = []) =>
    sg.running.dataSource.query(text, params) as Promise<T[]>;
  const applied = (e: Envelope) =>
    eventually(
      async () => (await sql(`SELECT 1 FROM inbox WHERE event_id = $1`, [e.id])).length === 1,
    );
  const deliver = async (e: Envelope) => {
    await probe.deliver(e);
    await applied(e);
  };
  const personUpdated = (personId: string, partnerId: string, roles: Role[]): Envelope =>
    createEnvelope({
      type: PeopleEvents.updated.type,
      version: PeopleEvents.updated.version,
      aggregateId: personId,
      producer: 'people',
      payload: { personId, partnerId, roles, yearGroup: null },
    });

  /** An OPEN offer or request of a STATE teacher, as createSwapOffer/createSwapRequest leave it. */
  async function openListing(table: 'swap_offer' | 'swap_request', teacherId: string) {
    const id = randomUUID();
    await sql(
      `INSERT INTO ${table} (id, teacher_id, subjects, phase, available_from, available_to, max_travel_miles, sector)
       VALUES ($1, $2, '{Maths}', 'KS3', '2026-05-01', '2026-06-30', 20, 'STATE')`,
      [id, teacherId],
    );
    return id;
  }
  const statusOf = async (table: 'swap_offer' | 'swap_request', id: string) =>
    (
      await sql<{ status: string; withdrawn: boolean }>(
        `SELECT status, withdrawn_at IS NOT NULL AS withdrawn FROM ${table} WHERE id = $1`,
        [id],
      )
    )[0];
  async function stateTeacherWithListings() {
    const teacher = randomUUID();
    await deliver(probe.personRegistered(teacher, stateSchool, ['TEACHER']));
    return {
      teacher,
      offer: await openListing('swap_offer', teacher),
      request: await openListing('swap_request', teacher),
    };
  }

  beforeAll(async () => {
    sg = await startTestSubgraph(teacherSwapModule, { topicPrefix: prefix, cleanTopics: true });
    await probe.start();
    for (const [id, kind, sector] of [
      [stateSchool, 'STATE', 'STATE'],
      [otherStateSchool, 'SELECTIVE', 'STATE'],
      [independentSchool, 'INDEPENDENT', 'INDEPENDENT'],
      [university, 'UNIVERSITY', 'HIGHER_EDUCATION'],
    ] as const) {
      await deliver(probe.partnerJoined({ id, name: `School ${id}`, kind, sector }));
    }
  });
  afterAll(async () => {
    await probe.stop();
    await sg?.stop();
  });

  it('keeps the partner and roles current, and the listings of a teacher who moves within the sector', async () => {
    const { teacher, offer, request } = await stateTeacherWithListings();
    await deliver(personUpdated(teacher, otherStateSchool, ['TEACHER', 'CHAMPION']));

    expect(
      await sql(`SELECT partner_id, roles FROM person_projection WHERE id = $1`, [teacher]),
    ).toEqual([{ partner_id: otherStateSchool, roles: ['TEACHER', 'CHAMPION'] }]);
    expect(await statusOf('swap_offer', offer)).toEqual({ status: 'OPEN', withdrawn: false });
    expect(await statusOf('swap_request', request)).toEqual({ status: 'OPEN', withdrawn: false });
  });

  it.each([
    ['moves to an independent school', independentSchool, ['TEACHER']],
    ['moves to the university', university, ['TEACHER']],
    ['stops teaching (becomes a head only)', stateSchool, ['HEAD']],
  ] as Array<[string, string, Role[]]>)(
    'withdraws the open offer and request of a teacher who %s',
    async (_case, partnerId, roles) => {
      const { teacher, offer, request } = await stateTeacherWithListings();
      await deliver(personUpdated(teacher, partnerId, roles));
      expect(await statusOf('swap_offer', offer)).toEqual({ status: 'WITHDRAWN', withdrawn: true });
      expect(await statusOf('swap_request', request)).toEqual({
        status: 'WITHDRAWN',
        withdrawn: true,
      });
    },
  );

  it('leaves the listings alone when the new partner is not known yet', async () => {
    const { teacher, offer } = await stateTeacherWithListings();
    await deliver(personUpdated(teacher, randomUUID(), ['TEACHER']));
    expect(await statusOf('swap_offer', offer)).toEqual({ status: 'OPEN', withdrawn: false });
  });

  it('leaves an offer that is in a live swap to the swap', async () => {
    const { teacher, offer } = await stateTeacherWithListings();
    const requester = randomUUID();
    await sql(
      `INSERT INTO swap (id, offer_id, request_id, visiting_teacher_id, host_teacher_id,
                         visiting_partner_id, host_partner_id, subjects, phase, starts_on, ends_on)
       VALUES ($1, $2, $3, $4, $5, $6, $7, '{Maths}', 'KS3', '2026-05-04', '2026-05-05')`,
      [randomUUID(), offer, randomUUID(), requester, teacher, independentSchool, stateSchool],
    );
    await deliver(personUpdated(teacher, independentSchool, ['TEACHER']));
    expect(await statusOf('swap_offer', offer)).toEqual({ status: 'OPEN', withdrawn: false });
  });

  it('flags a live swap to the coordinator (only) once its host teacher has moved school', async () => {
    const { teacher: hostTeacher, request } = await stateTeacherWithListings();
    const visitor = randomUUID();
    await deliver(probe.personRegistered(visitor, independentSchool, ['TEACHER']));
    const swapId = randomUUID();
    await sql(
      `INSERT INTO swap (id, offer_id, request_id, visiting_teacher_id, host_teacher_id,
                         visiting_partner_id, host_partner_id, subjects, phase, starts_on, ends_on, status)
       VALUES ($1, $2, $3, $4, $5, $6, $7, '{Maths}', 'KS3', '2026-05-04', '2026-05-05', 'SCHEDULED')`,
      [swapId, randomUUID(), request, visitor, hostTeacher, independentSchool, stateSchool],
    );
    const review = async (roles: Array<'COORDINATOR' | 'HEAD'>) => {
      const r = await sg.query<{ swap: { needsReview: boolean; reviewReason: string | null } }>(
        `query($id: ID!) { swap(id: $id) { needsReview reviewReason } }`,
        { id: swapId },
        testCaller(roles, { subject: randomUUID(), partnerId: stateSchool }),
      );
      return r.data?.swap;
    };
    expect(await review(['COORDINATOR'])).toEqual({ needsReview: false, reviewReason: null });

    await deliver(personUpdated(hostTeacher, otherStateSchool, ['TEACHER']));
    expect(await review(['COORDINATOR'])).toEqual({
      needsReview: true,
      reviewReason: 'the host teacher has moved to another school since the swap was matched',
    });
    const flagged = await sg.query<{ swaps: Array<{ id: string }> }>(
      `{ swaps(needsReview: true) { id } }`,
      {},
      testCaller(['COORDINATOR']),
    );
    expect(flagged.data?.swaps.map((s) => s.id)).toContain(swapId);
    const clear = await sg.query<{ swaps: Array<{ id: string }> }>(
      `{ swaps(needsReview: false) { id } }`,
      {},
      testCaller(['COORDINATOR']),
    );
    expect(clear.data?.swaps.map((s) => s.id)).not.toContain(swapId);
    // The old school's head sees the swap but not the coordinator's flag.
    expect(await review(['HEAD'])).toEqual({ needsReview: false, reviewReason: null });
  });
});
