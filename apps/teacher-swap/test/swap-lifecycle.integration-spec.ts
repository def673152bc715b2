import { randomUUID } from 'node:crypto';
import type { Caller } from '@ekst/auth';
import { eventually, startTestSubgraph, testCaller, uniqueTopicPrefix } from '@ekst/testing';
import type { TestSubgraph } from '@ekst/testing';
import { ukToday } from '../src/domain/swap-offer-rules';
import { teacherSwapModule } from '../src/module';
import { KafkaProbe } from './kafka-probe';

/**
 * Requests, pinned pairs and the swap lifecycle against a real Postgres: the rules the gateway
 * journey (apps/e2e/test/teacher-swap-journey.e2e-spec.ts) does not walk through. Projections
 * are written directly: their Kafka handlers are tested in teacher-swap.integration-spec.ts.
 */

interface UserErr {
  code: string;
  field: string | null;
  message?: string;
}
interface SwapOut {
  id: string;
  status: string;
  pinned: boolean;
  withdrawnReason: string | null;
}
type SwapResult = { swap: SwapOut | null; errors: UserErr[] };

const SWAP = 'swap { id status pinned withdrawnReason } errors { code field message }';

function day(offset: number): string {
  const d = new Date(`${ukToday()}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + offset);
  return d.toISOString().slice(0, 10);
}

describe('teacher-swap requests and swaps', () => {
  let sg: TestSubgraph;
  let probe: KafkaProbe;
  const prefix = uniqueTopicPrefix();
  const stateSchool = randomUUID();
  const independentSchool = randomUUID();
  const otherStateSchool = randomUUID();
  const visitor = randomUUID();
  const host = randomUUID();
  const stateColleague = randomUUID();
  const coordinator = testCaller(['COORDINATOR']);
  const teacher = (id: string, partnerId: string): Caller =>
    testCaller(['TEACHER'], { subject: id, partnerId });
  const headOf = (partnerId: string): Caller =>
    testCaller(['HEAD'], { subject: randomUUID(), partnerId });

  const listing = (patch: Record<string, unknown> = {}) => ({
    subjects: ['History'],
    phase: 'KS3',
    availableFrom: day(0),
    availableTo: day(14),
    maxTravelMiles: 25,
    ...patch,
  });

  async function offer(caller: Caller, patch: Record<string, unknown> = {}): Promise<string> {
    const r = await sg.query<{ createSwapOffer: { swapOffer: { id: string } | null } }>(
      `mutation($i: CreateSwapOfferInput!) { createSwapOffer(input: $i) { swapOffer { id } errors { code } } }`,
      { i: listing(patch) },
      caller,
    );
    return r.data!.createSwapOffer.swapOffer!.id;
  }
  async function request(caller: Caller, patch: Record<string, unknown> = {}) {
    return sg.query<{
      createSwapRequest: { swapRequest: { id: string; status: string } | null; errors: UserErr[] };
    }>(
      `mutation($i: CreateSwapRequestInput!) { createSwapRequest(input: $i) { swapRequest { id status } errors { code field } } }`,
      { i: listing(patch) },
      caller,
    );
  }
  async function requestId(caller: Caller, patch: Record<string, unknown> = {}): Promise<string> {
    const r = await request(caller, patch);
    expect(r.data?.createSwapRequest.errors).toEqual([]);
    return r.data!.createSwapRequest.swapRequest!.id;
  }
  async function propose(offerId: string, reqId: string, caller = coordinator) {
    return sg.query<{ proposeSwap: SwapResult }>(
      `mutation($o: ID!, $r: ID!) { proposeSwap(offerId: $o, requestId: $r) { ${SWAP} } }`,
      { o: offerId, r: reqId },
      caller,
    );
  }
  async function step(mutation: string, id: string, caller: Caller, extra = '') {
    const r = await sg.query<Record<string, SwapResult>>(
      `mutation($id: ID!) { ${mutation}(id: $id${extra}) { ${SWAP} } }`,
      { id },
      caller,
    );
    return { errors: r.errors ?? [], payload: r.data?.[mutation] ?? null };
  }
  async function outboxTypes(swapId: string): Promise<string[]> {
    const rows = (await sg.running.dataSource.query(
      `SELECT event_type FROM outbox WHERE message_key = $1 ORDER BY id`,
      [swapId],
    )) as Array<{ event_type: string }>;
    return rows.map((r) => r.event_type);
  }

  beforeAll(async () => {
    sg = await startTestSubgraph(teacherSwapModule, { topicPrefix: prefix, cleanTopics: true });
    probe = new KafkaProbe(prefix);
    await probe.start();
    const ds = sg.running.dataSource;
    for (const [id, sector, lat, lng] of [
      [stateSchool, 'STATE', 51.28, 1.08],
      [independentSchool, 'INDEPENDENT', 51.3, 1.13],
      [otherStateSchool, 'STATE', 51.13, 1.31],
    ] as const) {
      await ds.query(
        `INSERT INTO partner_projection (id, name, kind, sector, status, lat, lng)
         VALUES ($1, $2, $3, $3, 'ACTIVE', $4, $5)`,
        [id, `School ${id.slice(0, 4)}`, sector, lat, lng],
      );
    }
    for (const [id, partnerId] of [
      [visitor, stateSchool],
      [host, independentSchool],
      [stateColleague, otherStateSchool],
    ]) {
      await ds.query(`INSERT INTO person_projection (id, partner_id, roles) VALUES ($1, $2, $3)`, [
        id,
        partnerId,
        ['TEACHER'],
      ]);
    }
  });
  afterAll(async () => {
    await probe?.stop();
    await sg?.stop();
  });

  describe('requests', () => {
    it('lets a teacher request a swap and withdraw it once; anyone else is FORBIDDEN', async () => {
      const id = await requestId(teacher(host, independentSchool));
      const other = await sg.query(
        `mutation($id: ID!) { withdrawSwapRequest(id: $id) { errors { code } } }`,
        { id },
        teacher(visitor, stateSchool),
      );
      expect(other.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
      const withdraw = () =>
        sg.query<{
          withdrawSwapRequest: { swapRequest: { status: string } | null; errors: UserErr[] };
        }>(
          `mutation($id: ID!) { withdrawSwapRequest(id: $id) { swapRequest { status } errors { code field } } }`,
          { id },
          teacher(host, independentSchool),
        );
      expect((await withdraw()).data!.withdrawSwapRequest.swapRequest).toEqual({
        status: 'WITHDRAWN',
      });
      expect((await withdraw()).data!.withdrawSwapRequest.errors).toEqual([
        { code: 'NOT_OPEN', field: 'id' },
      ]);
    });

    it('applies the offer rules: dates in the past are INVALID and nothing is written', async () => {
      const r = await request(teacher(host, independentSchool), { availableFrom: day(-1) });
      expect(r.data!.createSwapRequest).toEqual({
        swapRequest: null,
        errors: [{ code: 'INVALID', field: 'availableFrom' }],
      });
    });
  });

  describe('pinned pairs', () => {
    it('refuses a same-sector pair with HARD_RULE_BROKEN and writes nothing', async () => {
      const o = await offer(teacher(visitor, stateSchool));
      const r = await requestId(teacher(stateColleague, otherStateSchool));
      const res = await propose(o, r);
      expect(res.data!.proposeSwap.swap).toBeNull();
      expect(res.data!.proposeSwap.errors.map((e) => e.code)).toEqual(['HARD_RULE_BROKEN']);
      expect(res.data!.proposeSwap.errors[0]!.message).toMatch(/^SAME_SECTOR: both teachers/);
      const [{ n }] = (await sg.running.dataSource.query(
        `SELECT count(*)::int AS n FROM swap WHERE offer_id = $1`,
        [o],
      )) as Array<{ n: number }>;
      expect(n).toBe(0);
    });

    it('refuses a pair whose date windows do not meet with HARD_RULE_BROKEN and writes nothing', async () => {
      const o = await offer(teacher(visitor, stateSchool), {
        subjects: ['Geography'],
        availableFrom: day(1),
        availableTo: day(5),
      });
      const r = await requestId(teacher(host, independentSchool), {
        subjects: ['geography'],
        availableFrom: day(20),
        availableTo: day(30),
      });
      const res = await propose(o, r);
      expect(res.data!.proposeSwap.swap).toBeNull();
      expect(res.data!.proposeSwap.errors.map((e) => e.code)).toEqual(['HARD_RULE_BROKEN']);
      expect(res.data!.proposeSwap.errors[0]!.message).toMatch(/^NO_DATE_OVERLAP/);
      const [{ n }] = (await sg.running.dataSource.query(
        `SELECT count(*)::int AS n FROM swap WHERE offer_id = $1`,
        [o],
      )) as Array<{ n: number }>;
      expect(n).toBe(0);
    });

    it('is for the coordinator only, and a pair is proposed once', async () => {
      const o = await offer(teacher(visitor, stateSchool), { subjects: ['Art'] });
      const r = await requestId(teacher(host, independentSchool), { subjects: ['art'] });
      const head = await propose(o, r, headOf(independentSchool));
      expect(head.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
      const first = await propose(o, r);
      expect(first.data!.proposeSwap.swap).toMatchObject({ status: 'PROPOSED', pinned: true });
      const second = await propose(o, r);
      expect(second.data!.proposeSwap.errors.map((e) => e.code)).toEqual(['NOT_OPEN']);
    });
  });

  describe('approval', () => {
    it('keeps both approvals when the two heads approve at the same moment', async () => {
      const o = await offer(teacher(visitor, stateSchool), { subjects: ['Geography'] });
      const r = await requestId(teacher(host, independentSchool), { subjects: ['Geography'] });
      const swapId = (await propose(o, r)).data!.proposeSwap.swap!.id;
      const [a, b] = await Promise.all([
        step('approveSwap', swapId, headOf(stateSchool)),
        step('approveSwap', swapId, headOf(independentSchool)),
      ]);
      expect([a.payload!.errors, b.payload!.errors]).toEqual([[], []]);
      const [row] = (await sg.running.dataSource.query(
        `SELECT status, host_approved_at IS NOT NULL AS host, visiting_approved_at IS NOT NULL AS visiting
         FROM swap WHERE id = $1`,
        [swapId],
      )) as Array<{ status: string; host: boolean; visiting: boolean }>;
      expect(row).toEqual({ status: 'APPROVED', host: true, visiting: true });
      // The swap is now past approval; it is withdrawn so later tests' pool stays clean.
      await step('withdrawSwap', swapId, coordinator, ', reason: "test done"');
    });
  });

  describe('withdrawal', () => {
    it('lets a teacher of the swap withdraw it before it happens, with a reason kept here and SwapWithdrawn carrying ids only', async () => {
      const o = await offer(teacher(visitor, stateSchool), { subjects: ['Music'] });
      const r = await requestId(teacher(host, independentSchool), { subjects: ['Music'] });
      const swapId = (await propose(o, r)).data!.proposeSwap.swap!.id;

      const blank = await step(
        'withdrawSwap',
        swapId,
        teacher(host, independentSchool),
        ', reason: " "',
      );
      expect(blank.payload!.errors.map((e) => e.field)).toEqual(['reason']);
      const outsider = await step(
        'withdrawSwap',
        swapId,
        headOf(otherStateSchool),
        ', reason: "no"',
      );
      expect(outsider.errors.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
      const done = await step(
        'withdrawSwap',
        swapId,
        teacher(host, independentSchool),
        ', reason: "Exam week moved"',
      );
      expect(done.payload!.swap).toMatchObject({
        status: 'WITHDRAWN',
        withdrawnReason: 'Exam week moved',
      });
      expect(await outboxTypes(swapId)).toEqual(['SwapWithdrawn']);
      // The reason is a teacher's free text (an illness, a family matter): it stays in this
      // service's database; Kafka gets the swap's id only (SwapWithdrawn v2).
      const [announced] = (await sg.running.dataSource.query(
        `SELECT envelope->'version' AS version, envelope->'payload' AS payload FROM outbox
          WHERE message_key = $1`,
        [swapId],
      )) as Array<{ version: number; payload: unknown }>;
      expect(announced).toEqual({ version: 2, payload: { swapId } });
      const [stored] = (await sg.running.dataSource.query(
        `SELECT withdrawn_reason FROM swap WHERE id = $1`,
        [swapId],
      )) as Array<{ withdrawn_reason: string }>;
      expect(stored.withdrawn_reason).toBe('Exam week moved');
      const again = await step('approveSwap', swapId, headOf(stateSchool));
      expect(again.payload!.errors.map((e) => e.code)).toEqual(['SWAP_STEP_NOT_ALLOWED']);
    });

    it('refuses to withdraw a completed swap, and emits Scheduled then Completed on the way', async () => {
      const o = await offer(teacher(visitor, stateSchool), { subjects: ['Drama'] });
      const r = await requestId(teacher(host, independentSchool), { subjects: ['Drama'] });
      const swapId = (await propose(o, r)).data!.proposeSwap.swap!.id;
      await sg.running.dataSource.query(
        `INSERT INTO person_safeguarding (person_id, cleared_until) VALUES ($1, $2)
         ON CONFLICT (person_id) DO UPDATE SET cleared_until = EXCLUDED.cleared_until`,
        [visitor, day(400)],
      );
      const hostHead = headOf(independentSchool);
      await step('approveSwap', swapId, headOf(stateSchool));
      await step('approveSwap', swapId, hostHead);
      await step('confirmSwapChecks', swapId, hostHead);
      await step('scheduleSwap', swapId, coordinator);
      const completed = await step('completeSwap', swapId, coordinator);
      expect(completed.payload!.swap!.status).toBe('COMPLETED');
      const late = await step('withdrawSwap', swapId, coordinator, ', reason: "too late"');
      expect(late.payload!.errors.map((e) => e.code)).toEqual(['SWAP_STEP_NOT_ALLOWED']);
      expect(await outboxTypes(swapId)).toEqual(['SwapScheduled', 'SwapCompleted']);
    });
  });

  describe('Partner.swaps and Person.swaps', () => {
    it("show a head their school's swaps, a teacher their own, and a student nothing (null)", async () => {
      const query = `query($reps: [_Any!]!) { _entities(representations: $reps) {
        ... on Partner { swaps { id hostPartner { id } } }
        ... on Person { swaps { id } } } }`;
      const reps = [
        { __typename: 'Partner', id: independentSchool },
        { __typename: 'Person', id: host },
      ];
      type Out = { _entities: Array<{ swaps: Array<{ id: string }> | null }> };
      const ids = async (caller: Caller) => {
        const r = await sg.query<Out>(query, { reps }, caller);
        return r.data!._entities.map((e) => (e.swaps ? e.swaps.length : null));
      };
      const [all] = (await sg.running.dataSource.query(
        `SELECT count(*)::int AS n FROM swap WHERE host_partner_id = $1`,
        [independentSchool],
      )) as Array<{ n: number }>;
      expect(all!.n).toBeGreaterThan(0);
      expect(await ids(headOf(independentSchool))).toEqual([all!.n, all!.n]);
      expect(await ids(headOf(otherStateSchool))).toEqual([0, 0]);
      expect(await ids(teacher(host, independentSchool))).toEqual([all!.n, all!.n]);
      expect(await ids(testCaller(['STUDENT'], { partnerId: independentSchool }))).toEqual([
        null,
        null,
      ]);
    });
  });

  describe('Person.swapCpd', () => {
    it('counts the swaps a teacher visited or hosted once they happened, for them, their head and the coordinator', async () => {
      const ds = sg.running.dataSource;
      const cpdTeacher = randomUUID();
      await ds.query(`INSERT INTO person_projection (id, partner_id, roles) VALUES ($1, $2, $3)`, [
        cpdTeacher,
        stateSchool,
        ['TEACHER'],
      ]);
      for (const [status, visitor, hostId, startsOn, endsOn] of [
        ['COMPLETED', cpdTeacher, host, '2026-03-02', '2026-03-03'],
        ['REFLECTED', stateColleague, cpdTeacher, '2026-03-10', '2026-03-10'],
        ['SCHEDULED', cpdTeacher, host, '2026-03-20', '2026-03-21'],
      ]) {
        await ds.query(
          `INSERT INTO swap (id, offer_id, request_id, visiting_teacher_id, host_teacher_id,
                             visiting_partner_id, host_partner_id, subjects, phase, starts_on, ends_on, status)
           VALUES ($1, $2, $3, $4, $5, $6, $7, '{History}', 'KS3', $8, $9, $10)`,
          [
            randomUUID(),
            randomUUID(),
            randomUUID(),
            visitor,
            hostId,
            stateSchool,
            independentSchool,
            startsOn,
            endsOn,
            status,
          ],
        );
      }
      const cpd = async (caller: Caller) => {
        const r = await sg.query<{ _entities: Array<{ swapCpd: unknown }> }>(
          `query($reps: [_Any!]!) { _entities(representations: $reps) {
            ... on Person { swapCpd { completedSwaps visited hosted days } } } }`,
          { reps: [{ __typename: 'Person', id: cpdTeacher }] },
          caller,
        );
        return r.data!._entities[0]!.swapCpd;
      };
      const record = { completedSwaps: 2, visited: 1, hosted: 1, days: 3 };
      expect(await cpd(teacher(cpdTeacher, stateSchool))).toEqual(record);
      expect(await cpd(headOf(stateSchool))).toEqual(record);
      expect(await cpd(coordinator)).toEqual(record);
      // The other school of the swaps, a colleague and a student see no CPD record.
      expect(await cpd(headOf(independentSchool))).toBeNull();
      expect(await cpd(teacher(stateColleague, otherStateSchool))).toBeNull();
      expect(await cpd(testCaller(['STUDENT'], { partnerId: stateSchool }))).toBeNull();
    });
  });

  describe('erasure (real Kafka)', () => {
    it("removes the erased teacher's swaps, both reflections, offers and requests", async () => {
      const erased = randomUUID();
      const ds = sg.running.dataSource;
      await ds.query(`INSERT INTO person_projection (id, partner_id, roles) VALUES ($1, $2, $3)`, [
        erased,
        independentSchool,
        ['TEACHER'],
      ]);
      const o = await offer(teacher(visitor, stateSchool), { subjects: ['Latin'] });
      const r = await requestId(teacher(erased, independentSchool), { subjects: ['Latin'] });
      const swapId = (await propose(o, r)).data!.proposeSwap.swap!.id;
      await ds.query(
        `INSERT INTO swap_reflection (swap_id, teacher_id, text, reflected_on) VALUES ($1, $2, 'x', $3)`,
        [swapId, visitor, day(0)],
      );
      await probe.deliver(probe.personErased(erased));
      await eventually(async () => {
        const [row] = (await ds.query(
          `SELECT (SELECT count(*) FROM swap WHERE id = $1)::int AS swaps,
                  (SELECT count(*) FROM swap_reflection WHERE swap_id = $1)::int AS reflections,
                  (SELECT count(*) FROM swap_request WHERE teacher_id = $2)::int AS requests`,
          [swapId, erased],
        )) as Array<{ swaps: number; reflections: number; requests: number }>;
        return row!.swaps + row!.reflections + row!.requests === 0;
      });
      // The other teacher's offer stays: it names no one else.
      const [{ n }] = (await ds.query(`SELECT count(*)::int AS n FROM swap_offer WHERE id = $1`, [
        o,
      ])) as Array<{ n: number }>;
      expect(n).toBe(1);
    });
  });
});
