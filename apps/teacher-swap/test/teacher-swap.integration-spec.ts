import { randomUUID } from 'node:crypto';
import type { Caller, Role } from '@ekst/auth';
import { eventually, startTestSubgraph, testCaller, uniqueTopicPrefix } from '@ekst/testing';
import type { TestSubgraph } from '@ekst/testing';
import { ukToday } from '../src/domain/swap-offer-rules';
import { teacherSwapModule } from '../src/module';
import { KafkaProbe } from './kafka-probe';

const CREATE = `mutation($input: CreateSwapOfferInput!) {
  createSwapOffer(input: $input) {
    swapOffer { id teacher { id } subjects phase availableFrom availableTo maxTravelMiles notes status sector createdAt }
    errors { field code message }
  }
}`;
const WITHDRAW = `mutation($id: ID!) {
  withdrawSwapOffer(id: $id) { swapOffer { id status } errors { field code } }
}`;

interface Offer {
  id: string;
  teacher: { id: string } | null;
  subjects: string[];
  status: string;
  sector: string;
  createdAt: string;
}
interface Created {
  createSwapOffer: {
    swapOffer: Offer | null;
    errors: Array<{ field: string | null; code: string }>;
  };
}
interface Withdrawn {
  withdrawSwapOffer: {
    swapOffer: { id: string; status: string } | null;
    errors: Array<{ field: string | null; code: string }>;
  };
}

function daysFromToday(days: number): string {
  const d = new Date(`${ukToday()}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

describe('teacher-swap subgraph', () => {
  let sg: TestSubgraph;
  let probe: KafkaProbe;
  const prefix = uniqueTopicPrefix();
  const stateSchool = randomUUID();
  const independentSchool = randomUUID();
  const university = randomUUID();
  const departedSchool = randomUUID();
  const stateTeacher = randomUUID();
  const independentTeacher = randomUUID();
  const lecturer = randomUUID();
  const headWhoDoesNotTeach = randomUUID();
  const departedTeacher = randomUUID();
  const erasedTeacher = randomUUID();

  const asTeacher = (subject: string, partnerId = stateSchool): Caller =>
    testCaller(['TEACHER'], { subject, partnerId });
  const offerInput = (patch: Record<string, unknown> = {}) => ({
    subjects: ['Physics', 'Combined Science'],
    phase: 'KS4',
    availableFrom: daysFromToday(10),
    availableTo: daysFromToday(24),
    maxTravelMiles: 15,
    notes: 'Interested in how practicals are run with smaller groups.',
    ...patch,
  });
  async function create(caller: Caller, patch: Record<string, unknown> = {}) {
    return sg.query<Created>(CREATE, { input: offerInput(patch) }, caller);
  }
  async function createOk(caller: Caller, patch: Record<string, unknown> = {}): Promise<Offer> {
    const res = await create(caller, patch);
    expect(res.data?.createSwapOffer.errors).toEqual([]);
    return res.data!.createSwapOffer.swapOffer!;
  }
  async function offerCount(): Promise<number> {
    const [{ n }] = (await sg.running.dataSource.query(
      `SELECT count(*)::int AS n FROM swap_offer`,
    )) as Array<{ n: number }>;
    return n;
  }
  async function projectedRoles(personId: string): Promise<Role[] | undefined> {
    const rows = (await sg.running.dataSource.query(
      `SELECT roles FROM person_projection WHERE id = $1`,
      [personId],
    )) as Array<{ roles: Role[] }>;
    return rows[0]?.roles;
  }

  beforeAll(async () => {
    sg = await startTestSubgraph(teacherSwapModule, { topicPrefix: prefix, cleanTopics: true });
    probe = new KafkaProbe(prefix);
    await probe.start();
    for (const e of [
      probe.partnerJoined({
        id: stateSchool,
        name: 'Folkestone Academy',
        kind: 'STATE',
        sector: 'STATE',
      }),
      probe.partnerJoined({
        id: independentSchool,
        name: 'Elham College',
        kind: 'INDEPENDENT',
        sector: 'INDEPENDENT',
      }),
      probe.partnerJoined({
        id: university,
        name: 'University of East Kent',
        kind: 'UNIVERSITY',
        sector: 'HIGHER_EDUCATION',
      }),
      probe.partnerJoined({
        id: departedSchool,
        name: 'Old Quay School',
        kind: 'STATE',
        sector: 'STATE',
      }),
      probe.partnerLeft(departedSchool, '2025-07-31'),
      probe.personRegistered(stateTeacher, stateSchool, ['TEACHER']),
      probe.personRegistered(independentTeacher, independentSchool, ['CHAMPION', 'TEACHER']),
      probe.personRegistered(lecturer, university, ['TEACHER']),
      probe.personRegistered(headWhoDoesNotTeach, stateSchool, ['HEAD']),
      probe.personRegistered(departedTeacher, departedSchool, ['TEACHER']),
      probe.personRegistered(erasedTeacher, independentSchool, ['TEACHER']),
    ]) {
      await probe.deliver(e);
    }
    await eventually(async () => {
      const [{ partners, known, people }] = (await sg.running.dataSource.query(
        `SELECT (SELECT count(*) FROM partner_projection WHERE status = 'LEFT')::int AS partners,
                (SELECT count(*) FROM partner_projection)::int AS known,
                (SELECT count(*) FROM person_projection)::int AS people`,
      )) as Array<{ partners: number; known: number; people: number }>;
      // Partners are keyed by id, so their events may land on different partitions and arrive
      // in any order: wait for all four, not only for the one that left.
      return partners === 1 && known === 4 && people === 6;
    });
  });
  afterAll(async () => {
    await probe?.stop();
    await sg?.stop();
  });

  describe('projections (real Kafka)', () => {
    it('knows partners with their sector and people with their partner and roles, and nothing more', async () => {
      const partners = await sg.running.dataSource.query(
        `SELECT id, sector, status FROM partner_projection WHERE id IN ($1, $2)`,
        [university, departedSchool],
      );
      expect(partners).toEqual(
        expect.arrayContaining([
          { id: university, sector: 'HIGHER_EDUCATION', status: 'ACTIVE' },
          { id: departedSchool, sector: 'STATE', status: 'LEFT' },
        ]),
      );
      const [person] = await sg.running.dataSource.query(
        `SELECT * FROM person_projection WHERE id = $1`,
        [independentTeacher],
      );
      expect(Object.keys(person).sort()).toEqual(['id', 'partner_id', 'roles', 'updated_at']);
      expect(person).toMatchObject({
        partner_id: independentSchool,
        roles: ['CHAMPION', 'TEACHER'],
      });
    });

    it('applies a redelivered PersonRegistered once: a replay does not undo a later change', async () => {
      const id = randomUUID();
      const first = probe.personRegistered(id, stateSchool, ['TEACHER']);
      const second = probe.personRegistered(id, stateSchool, ['CHAMPION', 'TEACHER']);
      await probe.deliver(first);
      await probe.deliver(second);
      await probe.deliver(first); // the same envelope id again
      const sentinel = probe.personRegistered(id, stateSchool, ['CHAMPION', 'TEACHER']);
      await probe.deliver(sentinel); // same key, same partition: applied after the replay
      await eventually(
        async () =>
          (
            (await sg.running.dataSource.query(`SELECT 1 FROM inbox WHERE event_id = $1`, [
              sentinel.id,
            ])) as unknown[]
          ).length === 1,
      );
      expect(await projectedRoles(id)).toEqual(['CHAMPION', 'TEACHER']);
      const [{ n }] = (await sg.running.dataSource.query(
        `SELECT count(*)::int AS n FROM inbox WHERE event_id = $1`,
        [first.id],
      )) as Array<{ n: number }>;
      expect(n).toBe(1);
    });
  });

  describe('createSwapOffer', () => {
    it("lets a teacher offer a swap, in their school's sector", async () => {
      const offer = await createOk(asTeacher(stateTeacher), {
        subjects: [' Physics ', 'Combined Science'],
      });
      expect(offer).toMatchObject({
        teacher: { id: stateTeacher },
        subjects: ['Physics', 'Combined Science'],
        status: 'OPEN',
        sector: 'STATE',
      });
      expect(new Date(offer.createdAt).toISOString()).toBe(offer.createdAt);
      const independent = await createOk(asTeacher(independentTeacher, independentSchool));
      expect(independent.sector).toBe('INDEPENDENT');
    });

    it.each([
      [
        'a teacher teacher-swap has not heard of',
        () => asTeacher(randomUUID()),
        {},
        [[null, 'UNKNOWN_TEACHER']],
      ],
      [
        'someone whose registered roles do not include TEACHER',
        () => asTeacher(headWhoDoesNotTeach),
        {},
        [[null, 'NOT_A_TEACHER']],
      ],
      [
        'a university lecturer',
        () => asTeacher(lecturer, university),
        {},
        [[null, 'WRONG_SECTOR']],
      ],
      [
        'a teacher of a partner that left',
        () => asTeacher(departedTeacher, departedSchool),
        {},
        [[null, 'PARTNER_LEFT']],
      ],
      ['no subjects', () => asTeacher(stateTeacher), { subjects: [] }, [['subjects', 'INVALID']]],
      [
        'six subjects',
        () => asTeacher(stateTeacher),
        { subjects: ['A', 'B', 'C', 'D', 'E', 'F'] },
        [['subjects', 'INVALID']],
      ],
      [
        'a repeated subject',
        () => asTeacher(stateTeacher),
        { subjects: ['Maths', 'maths'] },
        [['subjects', 'INVALID']],
      ],
      [
        'a 61-character subject',
        () => asTeacher(stateTeacher),
        { subjects: ['x'.repeat(61)] },
        [['subjects.0', 'INVALID']],
      ],
      [
        'a start in the past',
        () => asTeacher(stateTeacher),
        { availableFrom: daysFromToday(-1) },
        [['availableFrom', 'INVALID']],
      ],
      [
        'an end before the start',
        () => asTeacher(stateTeacher),
        { availableTo: daysFromToday(9) },
        [['availableTo', 'INVALID']],
      ],
      [
        '0 miles',
        () => asTeacher(stateTeacher),
        { maxTravelMiles: 0 },
        [['maxTravelMiles', 'INVALID']],
      ],
      [
        '61 miles',
        () => asTeacher(stateTeacher),
        { maxTravelMiles: 61 },
        [['maxTravelMiles', 'INVALID']],
      ],
      [
        '1001-character notes',
        () => asTeacher(stateTeacher),
        { notes: 'n'.repeat(1001) },
        [['notes', 'INVALID']],
      ],
    ] as Array<[string, () => Caller, Record<string, unknown>, Array<[string | null, string]>]>)(
      'refuses %s and writes nothing',
      async (_name, caller, patch, expected) => {
        const before = await offerCount();
        const res = await create(caller(), patch);
        expect(res.errors).toBeUndefined();
        expect(res.data!.createSwapOffer.swapOffer).toBeNull();
        expect(res.data!.createSwapOffer.errors.map((e) => [e.field, e.code])).toEqual(expected);
        expect(await offerCount()).toBe(before);
      },
    );

    it('forbids anyone but a teacher from creating offers', async () => {
      const before = await offerCount();
      for (const caller of [
        testCaller(['HEAD'], { subject: headWhoDoesNotTeach, partnerId: stateSchool }),
        testCaller(['COORDINATOR']),
        testCaller(['STUDENT'], { partnerId: stateSchool }),
        testCaller(['TEACHER'], { kind: 'api-key', subject: stateTeacher }),
      ]) {
        const res = await create(caller);
        expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      }
      expect(await offerCount()).toBe(before);
    });
  });

  describe('withdrawSwapOffer', () => {
    async function withdraw(id: string, caller: Caller) {
      return sg.query<Withdrawn>(WITHDRAW, { id }, caller);
    }
    async function row(id: string): Promise<{ status: string; withdrawn_at: Date | null }> {
      const [r] = (await sg.running.dataSource.query(
        `SELECT status, withdrawn_at FROM swap_offer WHERE id = $1`,
        [id],
      )) as Array<{
        status: string;
        withdrawn_at: Date | null;
      }>;
      return r;
    }

    it('lets a teacher withdraw their own offer once; a second attempt is a typed error that changes nothing', async () => {
      const offer = await createOk(asTeacher(stateTeacher));
      const first = await withdraw(offer.id, asTeacher(stateTeacher));
      expect(first.data!.withdrawSwapOffer).toEqual({
        swapOffer: { id: offer.id, status: 'WITHDRAWN' },
        errors: [],
      });
      const afterFirst = await row(offer.id);
      expect(afterFirst.withdrawn_at).not.toBeNull();

      const second = await withdraw(offer.id, asTeacher(stateTeacher));
      expect(second.data!.withdrawSwapOffer).toEqual({
        swapOffer: null,
        errors: [{ field: 'id', code: 'NOT_OPEN' }],
      });
      expect(await row(offer.id)).toEqual(afterFirst);
    });

    it('lets exactly one of two concurrent withdrawals succeed', async () => {
      const offer = await createOk(asTeacher(stateTeacher));
      const results = await Promise.all([
        withdraw(offer.id, asTeacher(stateTeacher)),
        withdraw(offer.id, testCaller(['COORDINATOR'])),
      ]);
      const codes = results
        .map((r) => r.data!.withdrawSwapOffer.errors.map((e) => e.code).join() || 'OK')
        .sort();
      expect(codes).toEqual(['NOT_OPEN', 'OK']);
    });

    it("forbids withdrawing someone else's offer, but lets the coordinator", async () => {
      const offer = await createOk(asTeacher(independentTeacher, independentSchool));
      for (const caller of [
        asTeacher(stateTeacher),
        testCaller(['HEAD'], { partnerId: independentSchool }),
      ]) {
        const res = await withdraw(offer.id, caller);
        expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      }
      expect((await row(offer.id)).status).toBe('OPEN');
      const byCoordinator = await withdraw(offer.id, testCaller(['COORDINATOR']));
      expect(byCoordinator.data!.withdrawSwapOffer.swapOffer?.status).toBe('WITHDRAWN');
    });

    it('reports an unknown offer as a typed error', async () => {
      for (const id of [randomUUID(), 'not-a-uuid']) {
        const res = await withdraw(id, asTeacher(stateTeacher));
        expect(res.data!.withdrawSwapOffer.errors).toEqual([{ field: 'id', code: 'NOT_FOUND' }]);
      }
    });
  });

  describe('reading offers', () => {
    let openState: Offer, openIndependent: Offer, withdrawnIndependent: Offer;
    const LIST = `query($status: SwapOfferStatus, $sector: Sector) { swapOffers(status: $status, sector: $sector) { id status sector } }`;
    async function list(
      caller: Caller,
      vars: Record<string, unknown> = {},
    ): Promise<Array<{ id: string; status: string; sector: string }>> {
      const res = await sg.query<{
        swapOffers: Array<{ id: string; status: string; sector: string }>;
      }>(LIST, vars, caller);
      expect(res.errors).toBeUndefined();
      return res.data!.swapOffers;
    }

    beforeAll(async () => {
      openState = await createOk(asTeacher(stateTeacher), { subjects: ['Geography'] });
      openIndependent = await createOk(asTeacher(independentTeacher, independentSchool), {
        subjects: ['Latin'],
      });
      withdrawnIndependent = await createOk(asTeacher(independentTeacher, independentSchool), {
        subjects: ['Greek'],
      });
      await sg.query(
        WITHDRAW,
        { id: withdrawnIndependent.id },
        asTeacher(independentTeacher, independentSchool),
      );
    });

    it('the coordinator sees every offer and can filter by status and sector', async () => {
      const c = testCaller(['COORDINATOR']);
      expect((await list(c)).map((o) => o.id)).toEqual(
        expect.arrayContaining([openState.id, openIndependent.id, withdrawnIndependent.id]),
      );
      const withdrawn = await list(c, { status: 'WITHDRAWN', sector: 'INDEPENDENT' });
      expect(withdrawn.map((o) => o.id)).toContain(withdrawnIndependent.id);
      expect(withdrawn.every((o) => o.status === 'WITHDRAWN' && o.sector === 'INDEPENDENT')).toBe(
        true,
      );
    });

    it('teachers, heads and champions see only open offers', async () => {
      for (const c of [
        asTeacher(stateTeacher),
        testCaller(['HEAD'], { partnerId: stateSchool }),
        testCaller(['CHAMPION'], { partnerId: independentSchool }),
      ]) {
        const offers = await list(c);
        expect(offers.map((o) => o.id)).toEqual(
          expect.arrayContaining([openState.id, openIndependent.id]),
        );
        expect(offers.every((o) => o.status === 'OPEN')).toBe(true);
        expect(await list(c, { status: 'WITHDRAWN' })).toEqual([]);
      }
      const independentOnly = await list(asTeacher(stateTeacher), { sector: 'INDEPENDENT' });
      expect(independentOnly.map((o) => o.id)).toContain(openIndependent.id);
      expect(independentOnly.every((o) => o.sector === 'INDEPENDENT')).toBe(true);
    });

    it('students and associates may not list offers', async () => {
      for (const c of [
        testCaller(['STUDENT'], { partnerId: stateSchool }),
        testCaller(['ASSOCIATE'], { kind: 'api-key', subject: 'key-1' }),
      ]) {
        const res = await sg.query(LIST, {}, c);
        expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      }
    });

    it('a withdrawn offer is visible to its teacher and the coordinator, and null to other staff', async () => {
      const ONE = `query($id: ID!) { swapOffer(id: $id) { id status } }`;
      const get = async (c: Caller) =>
        (
          await sg.query<{ swapOffer: { id: string } | null }>(
            ONE,
            { id: withdrawnIndependent.id },
            c,
          )
        ).data!.swapOffer;
      expect(await get(asTeacher(independentTeacher, independentSchool))).toMatchObject({
        id: withdrawnIndependent.id,
      });
      expect(await get(testCaller(['COORDINATOR']))).toMatchObject({ id: withdrawnIndependent.id });
      expect(await get(asTeacher(stateTeacher))).toBeNull();
    });

    it("resolves Person.swapOffers for several people with one SQL query, hiding others' withdrawn offers", async () => {
      const r = [stateTeacher, independentTeacher, lecturer, 'not-a-uuid'].map((id) => ({
        __typename: 'Person',
        id,
      }));
      const q = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { id swapOffers { id status teacher { id } } } } }`;
      sg.running.sqlLog.reset();
      const res = await sg.query<{
        _entities: Array<{ id: string; swapOffers: Array<{ id: string; status: string }> }>;
      }>(q, { r }, asTeacher(stateTeacher));
      expect(res.errors).toBeUndefined();
      expect(sg.running.sqlLog.queries).toBe(1);
      const [mine, theirs, lecturers, bogus] = res.data!._entities;
      expect(mine.swapOffers.map((o) => o.status)).toContain('WITHDRAWN'); // my own withdrawn offers
      expect(theirs.swapOffers.map((o) => o.id)).toContain(openIndependent.id);
      expect(theirs.swapOffers.map((o) => o.id)).not.toContain(withdrawnIndependent.id);
      expect(lecturers.swapOffers).toEqual([]);
      expect(bogus.swapOffers).toEqual([]);

      const asOwner = await sg.query<{ _entities: Array<{ swapOffers: Array<{ id: string }> }> }>(
        q,
        { r: r.slice(1, 2) },
        asTeacher(independentTeacher, independentSchool),
      );
      expect(asOwner.data!._entities[0].swapOffers.map((o) => o.id)).toContain(
        withdrawnIndependent.id,
      );
    });

    it('resolves any number of SwapOffer references with one SQL query', async () => {
      const r = [openState.id, openIndependent.id, withdrawnIndependent.id, randomUUID()].map(
        (id) => ({ __typename: 'SwapOffer', id }),
      );
      sg.running.sqlLog.reset();
      const res = await sg.query<{ _entities: Array<{ id: string } | null> }>(
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on SwapOffer { id subjects } } }`,
        { r },
        asTeacher(stateTeacher),
      );
      expect(res.errors).toBeUndefined();
      expect(res.data!._entities.map((o) => o?.id ?? null)).toEqual([
        openState.id,
        openIndependent.id,
        null,
        null,
      ]);
      expect(sg.running.sqlLog.queries).toBe(1);
    });
  });

  describe('erasure', () => {
    it("removes the person's offers and projection row on a real PersonErased event, and nobody else's", async () => {
      const gone = [
        await createOk(asTeacher(erasedTeacher, independentSchool), { subjects: ['Art'] }),
        await createOk(asTeacher(erasedTeacher, independentSchool), { subjects: ['Design'] }),
      ];
      const kept = await createOk(asTeacher(stateTeacher), { subjects: ['History'] });
      await probe.deliver(probe.personErased(erasedTeacher));
      await eventually(async () => (await projectedRoles(erasedTeacher)) === undefined);
      const remaining = (await sg.running.dataSource.query(
        `SELECT id FROM swap_offer WHERE id = ANY ($1)`,
        [[...gone.map((o) => o.id), kept.id]],
      )) as Array<{
        id: string;
      }>;
      expect(remaining).toEqual([{ id: kept.id }]);
      // And the erased teacher can no longer offer anything.
      const res = await create(asTeacher(erasedTeacher, independentSchool));
      expect(res.data!.createSwapOffer.errors.map((e) => e.code)).toEqual(['UNKNOWN_TEACHER']);
    });
  });
});
