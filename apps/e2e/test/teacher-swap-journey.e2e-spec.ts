import { randomBytes } from 'node:crypto';
import { devUserToken, gql, retryUntil, sharedTestStack } from '@ekst/testing';
import type { TestStack } from '@ekst/testing';

/**
 * A teacher swap through the gateway on the whole platform (real processes, Postgres, Kafka), each
 * step by the least-privileged role that may take it: a state teacher offers, an independent
 * teacher requests, the coordinator runs a matching round, both heads approve (a third school's
 * head may not), the host head confirms the visitor's checks (refused until people reports a
 * valid check), the swap is scheduled (and appears in the events programme), completed, and both
 * teachers reflect (refused before completion; evaluation counts the reflections, never the text). On the worker's shared stack.
 */

interface UserErr {
  code: string;
  field: string | null;
  message: string;
}
interface SwapView {
  id: string;
  status: string;
  offer: { id: string } | null;
  request: { id: string } | null;
  visitingTeacher: { id: string } | null;
  hostTeacher: { id: string } | null;
  hostPartnerId: string;
  visitingPartnerId: string;
  startsOn: string;
  endsOn: string;
  explanation: { rules: string[]; total: number; overlapDays: number } | null;
  hostApproved: boolean;
  visitingApproved: boolean;
  reflections: Array<{ teacher: { id: string } | null; aims: string[] }>;
}

const ERRORS = 'errors { code field message }';
const SWAP = `id status offer { id } request { id } visitingTeacher { id } hostTeacher { id }
  hostPartnerId visitingPartnerId startsOn endsOn explanation { rules total overlapDays }
  hostApproved visitingApproved reflections { teacher { id } aims }`;

/** Today in the UK plus `days`, as the services judge "not in the past". */
function ukDate(days: number): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** 2025 for 2025/26: the English school year starts on 1 September (London time). */
function academicYearNow(): number {
  const [year, month] = ukDate(0).split('-').map(Number) as [number, number];
  return month >= 9 ? year : year - 1;
}

describe('teacher swap through the gateway: offer and request to reflections', () => {
  const run = randomBytes(3).toString('hex');
  // the worker's shared platform (default configuration): this file keeps to its own data
  let stack: TestStack;
  let coordinator: string;

  const q = <T>(token: string | null, query: string, variables?: Record<string, unknown>) =>
    gql<T>(stack.gatewayUrl, token, query, variables);

  beforeAll(async () => {
    stack = await sharedTestStack();
    coordinator = await devUserToken({
      sub: '00000000-0000-4000-8000-0000000010c0',
      roles: ['COORDINATOR'],
    });
  }, 120000);

  async function createPartner(name: string, kind: string, lat: number, lng: number) {
    const r = await q<{ createPartner: { partner: { id: string } | null; errors: UserErr[] } }>(
      coordinator,
      `mutation($input: CreatePartnerInput!) { createPartner(input: $input) { partner { id } ${ERRORS} } }`,
      {
        input: { name: `${name} ${run}`, kind, town: 'Canterbury', latitude: lat, longitude: lng },
      },
    );
    expect(r.data?.createPartner.errors).toEqual([]);
    return r.data!.createPartner.partner!.id;
  }

  async function registerTeacher(partnerId: string, name: string): Promise<string> {
    return retryUntil(async () => {
      const r = await q<{ registerPerson: { person: { id: string } | null; errors: UserErr[] } }>(
        coordinator,
        `mutation($input: RegisterPersonInput!) { registerPerson(input: $input) { person { id } ${ERRORS} } }`,
        { input: { partnerId, displayName: `${name} ${run}`, roles: ['TEACHER'] } },
      );
      return r.data?.registerPerson.person?.id;
    }, 'partner → people');
  }

  async function swapStep(token: string, mutation: string, id: string, extra = '') {
    const r = await q<Record<string, { swap: SwapView | null; errors: UserErr[] }>>(
      token,
      `mutation($id: ID!) { ${mutation}(id: $id${extra}) { swap { ${SWAP} } ${ERRORS} } }`,
      { id },
    );
    return { gqlErrors: r.errors ?? [], payload: r.data?.[mutation] ?? null };
  }

  it('offer and request → matching round → both heads → checks → scheduled → completed → reflections', async () => {
    // Two schools of different sectors about four miles apart, and a third school.
    const stateSchool = await createPartner('Westgate Academy', 'STATE', 51.2802, 1.0789);
    const independentSchool = await createPartner('St Dunstan’s', 'INDEPENDENT', 51.2985, 1.1304);
    const otherSchool = await createPartner('Harbour School', 'STATE', 51.1279, 1.3134);
    const visitor = await registerTeacher(stateSchool, 'Visiting Teacher');
    const host = await registerTeacher(independentSchool, 'Host Teacher');

    const visitorToken = await devUserToken({
      sub: visitor,
      roles: ['TEACHER'],
      partnerId: stateSchool,
    });
    const hostToken = await devUserToken({
      sub: host,
      roles: ['TEACHER'],
      partnerId: independentSchool,
    });
    const head = (partnerId: string, n: string) =>
      devUserToken({ sub: `00000000-0000-4000-8000-0000000010${n}`, roles: ['HEAD'], partnerId });
    const visitingHead = await head(stateSchool, 'a1');
    const hostHead = await head(independentSchool, 'a2');
    const wrongHead = await head(otherSchool, 'a3');

    // The state teacher offers to visit; the independent teacher asks to host (retrying while
    // teacher-swap hears of them and of their schools).
    const listing = {
      subjects: ['Physics', 'Maths'],
      phase: 'KS4',
      availableFrom: ukDate(0),
      maxTravelMiles: 20,
    };
    const offerId = await retryUntil(async () => {
      const r = await q<{
        createSwapOffer: { swapOffer: { id: string } | null; errors: UserErr[] };
      }>(
        visitorToken,
        `mutation($input: CreateSwapOfferInput!) { createSwapOffer(input: $input) { swapOffer { id } ${ERRORS} } }`,
        { input: { ...listing, availableTo: ukDate(10) } },
      );
      return r.data?.createSwapOffer.swapOffer?.id;
    }, 'people → teacher-swap (offer)');
    const requestId = await retryUntil(async () => {
      const r = await q<{
        createSwapRequest: { swapRequest: { id: string } | null; errors: UserErr[] };
      }>(
        hostToken,
        `mutation($input: CreateSwapRequestInput!) { createSwapRequest(input: $input) { swapRequest { id } ${ERRORS} } }`,
        { input: { ...listing, subjects: ['physics'], availableTo: ukDate(20) } },
      );
      return r.data?.createSwapRequest.swapRequest?.id;
    }, 'people → teacher-swap (request)');

    // The coordinator's round proposes the pair, with its explanation; a second round adds nothing.
    const round = await q<{ runMatchingRound: { proposed: SwapView[]; errors: UserErr[] } }>(
      coordinator,
      `mutation { runMatchingRound { proposed { ${SWAP} } ${ERRORS} } }`,
    );
    expect(round.errors).toBeUndefined();
    const proposed = round.data!.runMatchingRound.proposed;
    expect(proposed).toHaveLength(1);
    const swap = proposed[0]!;
    expect(swap).toMatchObject({
      status: 'PROPOSED',
      offer: { id: offerId },
      request: { id: requestId },
      visitingTeacher: { id: visitor },
      hostTeacher: { id: host },
      hostPartnerId: independentSchool,
      visitingPartnerId: stateSchool,
      startsOn: ukDate(0),
      endsOn: ukDate(10),
    });
    expect(swap.explanation!.overlapDays).toBe(11);
    expect(swap.explanation!.rules.length).toBeGreaterThan(0);
    const again = await q<{ runMatchingRound: { proposed: SwapView[] } }>(
      coordinator,
      `mutation { runMatchingRound { proposed { id } ${ERRORS} } }`,
    );
    expect(again.data!.runMatchingRound.proposed).toEqual([]);

    // A head of a third school may not approve; a teacher may not either.
    for (const token of [wrongHead, visitorToken]) {
      const r = await swapStep(token, 'approveSwap', swap.id);
      expect(r.gqlErrors.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    }
    // Each head approves for their own school; one approval is not enough.
    const first = await swapStep(visitingHead, 'approveSwap', swap.id);
    expect(first.payload).toMatchObject({ swap: { status: 'PROPOSED', visitingApproved: true } });
    const twice = await swapStep(visitingHead, 'approveSwap', swap.id);
    expect(twice.payload!.errors.map((e) => e.code)).toEqual(['ALREADY_DONE']);
    const both = await swapStep(hostHead, 'approveSwap', swap.id);
    expect(both.payload).toMatchObject({ swap: { status: 'APPROVED' }, errors: [] });

    // Scheduling before the checks are confirmed is refused.
    const early = await swapStep(hostHead, 'scheduleSwap', swap.id);
    expect(early.payload!.errors.map((e) => e.code)).toEqual(['SWAP_STEP_NOT_ALLOWED']);
    // The visiting head may not confirm the checks: that is the host school's word.
    const notHost = await swapStep(visitingHead, 'confirmSwapChecks', swap.id);
    expect(notHost.gqlErrors.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    // Without a valid check known from people, the host's confirmation is refused.
    const noCheck = await swapStep(hostHead, 'confirmSwapChecks', swap.id);
    expect(noCheck.payload).toMatchObject({ swap: null });
    expect(noCheck.payload!.errors.map((e) => e.code)).toEqual(['NO_VALID_CHECK']);

    // The coordinator records the visitor's enhanced check; once people's SafeguardingStatusChanged
    // reaches teacher-swap, the host head's confirmation goes through.
    const check = await q<{ recordSafeguardingCheck: { errors: UserErr[] } }>(
      coordinator,
      `mutation($input: RecordSafeguardingCheckInput!) { recordSafeguardingCheck(input: $input) { ${ERRORS} } }`,
      {
        input: {
          personId: visitor,
          kind: 'ENHANCED_DBS_BARRED_LIST',
          reference: `0012${run}`,
          checkedOn: ukDate(-30),
          checkedBy: 'HR, Westgate Academy',
          reviewOn: ukDate(365),
        },
      },
    );
    expect(check.data?.recordSafeguardingCheck.errors).toEqual([]);
    await retryUntil(async () => {
      const r = await swapStep(hostHead, 'confirmSwapChecks', swap.id);
      return r.payload?.swap?.status === 'CHECKS_CONFIRMED' ? true : null;
    }, 'people → teacher-swap (safeguarding)');

    const scheduled = await swapStep(hostHead, 'scheduleSwap', swap.id);
    expect(scheduled.payload).toMatchObject({ swap: { status: 'SCHEDULED' }, errors: [] });
    // A reflection before the swap has happened is refused.
    const tooSoon = await swapStep(
      visitorToken,
      'reflectOnSwap',
      swap.id,
      ', input: { text: "Great", aims: [] }',
    );
    expect(tooSoon.payload!.errors.map((e) => e.code)).toEqual(['SWAP_STEP_NOT_ALLOWED']);

    // The visit is in the events programme at the host school (events consumes SwapScheduled).
    await retryUntil(async () => {
      const r = await q<{ events: { edges: Array<{ node: { id: string; title: string } }> } }>(
        visitorToken,
        `query($p: ID!) { events(kind: TEACHER_SWAP_VISIT, partnerId: $p) { edges { node { id title } } } }`,
        { p: independentSchool },
      );
      return r.data?.events.edges.length ? true : null;
    }, 'teacher-swap → events (TEACHER_SWAP_VISIT)');

    const completed = await swapStep(hostHead, 'completeSwap', swap.id);
    expect(completed.payload).toMatchObject({ swap: { status: 'COMPLETED' }, errors: [] });

    // Each teacher reflects once; the second reflection makes it REFLECTED.
    const reflect = (token: string, aims: string[]) =>
      q<{ reflectOnSwap: { swap: SwapView | null; errors: UserErr[] } }>(
        token,
        `mutation($id: ID!, $input: ReflectOnSwapInput!) { reflectOnSwap(id: $id, input: $input) { swap { ${SWAP} } ${ERRORS} } }`,
        { id: swap.id, input: { text: 'Practical work planned very differently.', aims } },
      );
    const r1 = await reflect(visitorToken, ['WIDENING_HORIZONS']);
    expect(r1.data!.reflectOnSwap).toMatchObject({ swap: { status: 'COMPLETED' }, errors: [] });
    const r2 = await reflect(hostToken, ['CONFIDENCE', 'COMMUNITY']);
    expect(r2.data!.reflectOnSwap).toMatchObject({ swap: { status: 'REFLECTED' }, errors: [] });
    expect(r2.data!.reflectOnSwap.swap!.reflections).toHaveLength(2);

    // Evaluation hears of both reflections (SwapReflected: aims, not text) and of the completion.
    interface Evidence {
      reflections: number;
      swaps: number;
      completedSwaps: number;
      byAim: Array<{ aim: string; reflections: number }>;
    }
    let lastEvidence: unknown = null;
    const evidence = await retryUntil(
      async () => {
        const r = await q<{ swapReflectionEvidence: Evidence | null }>(
          coordinator,
          `query($y: Int!) { swapReflectionEvidence(academicYear: $y) { reflections swaps completedSwaps byAim { aim reflections } } }`,
          { y: academicYearNow() },
        );
        lastEvidence = r;
        const e = r.data?.swapReflectionEvidence;
        return e && e.reflections === 2 && e.completedSwaps === 1 ? e : null;
      },
      'teacher-swap → evaluation (SwapReflected, SwapCompleted)',
      { detail: () => lastEvidence },
    );
    expect(evidence.swaps).toBe(1);
    expect(evidence.byAim.map((a) => a.aim).sort()).toEqual([
      'COMMUNITY',
      'CONFIDENCE',
      'WIDENING_HORIZONS',
    ]);

    // Who sees the swap, role by role: the coordinator, both heads and both teachers; not a head
    // or teacher of a third school, nor a colleague of the host, nor a student or a champion.
    const colleague = await devUserToken({
      sub: '00000000-0000-4000-8000-0000000010b1',
      roles: ['TEACHER'],
      partnerId: independentSchool,
    });
    const champion = await devUserToken({
      sub: '00000000-0000-4000-8000-0000000010b2',
      roles: ['CHAMPION'],
      partnerId: independentSchool,
    });
    const student = await devUserToken({
      sub: '00000000-0000-4000-8000-0000000010b3',
      roles: ['STUDENT'],
      partnerId: independentSchool,
    });
    const table: Array<[string, string, 'sees' | 'hidden' | 'forbidden']> = [
      ['coordinator', coordinator, 'sees'],
      ['host head', hostHead, 'sees'],
      ['visiting head', visitingHead, 'sees'],
      ['head of a third school', wrongHead, 'hidden'],
      ['host teacher', hostToken, 'sees'],
      ['visiting teacher', visitorToken, 'sees'],
      ["host's colleague", colleague, 'hidden'],
      ['champion', champion, 'forbidden'],
      ['student', student, 'forbidden'],
    ];
    for (const [who, token, expected] of table) {
      const r = await q<{ swaps: Array<{ id: string }> | null; swap: { id: string } | null }>(
        token,
        `query($id: ID!) { swaps { id } swap(id: $id) { id } }`,
        { id: swap.id },
      );
      const seen = {
        who,
        list: r.data?.swaps?.map((s) => s.id) ?? null,
        one: r.data?.swap?.id ?? null,
        errors: (r.errors ?? []).map((e) => e.extensions?.code),
      };
      const want = {
        sees: { who, list: [swap.id], one: swap.id, errors: [] },
        hidden: { who, list: [], one: null, errors: [] },
        forbidden: { who, list: null, one: null, errors: ['FORBIDDEN'] },
      }[expected];
      expect(seen).toEqual(want);
    }
  });
});
