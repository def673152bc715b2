import { randomBytes, randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { devUserToken, gql, retryUntil, sharedTestStack } from '@ekst/testing';
import type { TestStack } from '@ekst/testing';

/**
 * A partner's life through the gateway on the whole platform (real processes, Postgres, Kafka),
 * each step by the least-privileged role that may take it: the coordinator adds a partner with
 * its site and publishes the MoU; the partner's head signs it (a head of another school may not,
 * a student sees no signature); the partner's champion records its term calendar with an INSET
 * day, and an event the champion places at the school that day carries a clash warning (one on
 * a clear day none); the coordinator records the partner leaving, and every consuming service's
 * projection shows it (people and events refuse it through the graph; all four in their own
 * databases). On the worker's shared stack.
 */

interface UserErr {
  code: string;
  field: string | null;
  message: string;
}
const ERRORS = 'errors { code field message }';
const codesOf = (errors: ReadonlyArray<{ extensions?: Record<string, unknown> }> | undefined) =>
  (errors ?? []).map((e) => e.extensions?.code);

function day(offset: number): string {
  return new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
}
function academicYearOf(date: string): string {
  const y = Number(date.slice(0, 4));
  const start = Number(date.slice(5, 7)) >= 8 ? y : y - 1;
  return `${start}-${String((start + 1) % 100).padStart(2, '0')}`;
}

describe('pg-core: a partner joins, signs the MoU, keeps a term calendar and leaves', () => {
  const run = randomBytes(3).toString('hex');
  // the worker's shared platform (default configuration): this file keeps to its own data
  let stack: TestStack;
  let coordinator: string;

  const q = <T>(token: string | null, query: string, variables?: Record<string, unknown>) =>
    gql<T>(stack.gatewayUrl, token, query, variables);

  async function sql<T>(
    service: Parameters<TestStack['databaseUrlOf']>[0],
    text: string,
    params: unknown[],
  ) {
    const c = new Client({ connectionString: stack.databaseUrlOf(service) });
    await c.connect();
    try {
      return (await c.query(text, params)).rows as T[];
    } finally {
      await c.end();
    }
  }

  beforeAll(async () => {
    stack = await sharedTestStack();
    coordinator = await devUserToken({
      sub: '00000000-0000-4000-8000-0000000012c0',
      roles: ['COORDINATOR'],
    });
  }, 120000);

  it('join → sign → calendar clash → leave, seen by every service', async () => {
    // 1. the coordinator adds the partner with its site
    const created = await q<{
      createPartner: { partner: { id: string; location: unknown } | null; errors: UserErr[] };
    }>(
      coordinator,
      `mutation($input: CreatePartnerInput!) { createPartner(input: $input) { partner { id location { lat lng } } ${ERRORS} } }`,
      {
        input: {
          name: `Sandwich Technology School ${run}`,
          kind: 'STATE',
          town: 'Sandwich',
          latitude: 51.27,
          longitude: 1.33,
        },
      },
    );
    expect(created.data?.createPartner.errors).toEqual([]);
    const partnerId = created.data!.createPartner.partner!.id;
    expect(created.data!.createPartner.partner!.location).toEqual({ lat: 51.27, lng: 1.33 });

    const head = await devUserToken({ sub: randomUUID(), roles: ['HEAD'], partnerId });
    const otherHead = await devUserToken({
      sub: randomUUID(),
      roles: ['HEAD'],
      partnerId: randomUUID(),
    });
    const champion = await devUserToken({ sub: randomUUID(), roles: ['CHAMPION'], partnerId });
    const student = await devUserToken({ sub: randomUUID(), roles: ['STUDENT'], partnerId });

    // 2. the coordinator publishes the MoU; a head may not
    const publish = `mutation($i: PublishMouVersionInput!) { publishMouVersion(input: $i) { mouVersion { id } ${ERRORS} } }`;
    const mouInput = {
      title: `MoU ${run}`,
      body: 'The partners agree…',
      effectiveFrom: day(0),
      renewalDueOn: day(700),
    };
    expect(codesOf((await q(head, publish, { i: mouInput })).errors)).toEqual(['FORBIDDEN']);
    const published = await q<{
      publishMouVersion: { mouVersion: { id: string }; errors: UserErr[] };
    }>(coordinator, publish, { i: mouInput });
    expect(published.data?.publishMouVersion.errors).toEqual([]);

    // 3. its head signs; a head of another school may not sign for it; a second signature is typed
    const sign = `mutation($i: SignMouInput!) { signMou(input: $i) { signature { id signerRole } ${ERRORS} } }`;
    expect(
      codesOf((await q(otherHead, sign, { i: { partnerId, signerRole: 'Headteacher' } })).errors),
    ).toEqual(['FORBIDDEN']);
    const signed = await q<{ signMou: { signature: { signerRole: string }; errors: UserErr[] } }>(
      head,
      sign,
      {
        i: { partnerId, signerRole: 'Headteacher' },
      },
    );
    expect(signed.data?.signMou).toMatchObject({
      signature: { signerRole: 'Headteacher' },
      errors: [],
    });
    const again = await q<{ signMou: { signature: null; errors: UserErr[] } }>(head, sign, {
      i: { partnerId, signerRole: 'Headteacher' },
    });
    expect(again.data?.signMou.errors.map((e) => e.code)).toEqual(['ALREADY_SIGNED']);
    const mou = `query($id: ID!) { partner(id: $id) { mouSigned mouSignature { signerRole } } }`;
    const seenByHead = await q<{
      partner: { mouSigned: boolean; mouSignature: { signerRole: string } };
    }>(head, mou, { id: partnerId });
    expect(seenByHead.data?.partner).toEqual({
      mouSigned: true,
      mouSignature: { signerRole: 'Headteacher' },
    });
    const seenByStudent = await q<{ partner: { mouSigned: boolean; mouSignature: null } }>(
      student,
      mou,
      { id: partnerId },
    );
    expect(codesOf(seenByStudent.errors)).toEqual(['FORBIDDEN']);
    expect(seenByStudent.data?.partner).toEqual({ mouSigned: true, mouSignature: null });

    // 4. its champion records the term calendar with an INSET day; a student may not
    const inset = day(30);
    const setCalendar = `mutation($i: SetTermCalendarInput!) { setTermCalendar(input: $i) { entries { kind } ${ERRORS} } }`;
    const calendar = {
      partnerId,
      academicYear: academicYearOf(inset),
      entries: [{ kind: 'INSET_DAY', startsOn: inset, endsOn: inset, label: 'Staff training' }],
    };
    expect(codesOf((await q(student, setCalendar, { i: calendar })).errors)).toEqual(['FORBIDDEN']);
    const saved = await q<{ setTermCalendar: { errors: UserErr[] } }>(champion, setCalendar, {
      i: calendar,
    });
    expect(saved.data?.setTermCalendar.errors).toEqual([]);

    // 5. the champion places an event at the school on the INSET day: a warning once events has the calendar
    const createEvent = `mutation($i: CreateEventInput!) {
      createEvent(input: $i) { event { id } warnings { kind startsOn partner { id name } } ${ERRORS} } }`;
    const eventOn = (date: string) => ({
      title: `Year 8 sports festival ${run}`,
      kind: 'SPORT',
      audience: 'STUDENTS',
      yearGroups: [8],
      hostPartnerId: partnerId,
      startsAt: `${date}T09:00:00Z`,
      endsAt: `${date}T14:00:00Z`,
      aims: ['COMMUNITY'],
      capacity: 40,
    });
    const first = await retryUntil(async () => {
      const r = await q<{ createEvent: { event: { id: string } | null; errors: UserErr[] } }>(
        champion,
        createEvent,
        { i: eventOn(inset) },
      );
      return r.data?.createEvent.event?.id; // UNKNOWN_PARTNER until events has heard of the partner
    }, 'partners-governance → events (partner)');
    await retryUntil(async () => {
      const r = await q<{ event: { clashWarnings: Array<{ kind: string }> } }>(
        champion,
        `query($id: ID!) { event(id: $id) { clashWarnings { kind } } }`,
        { id: first },
      );
      return r.data?.event.clashWarnings.length === 1 ? true : undefined;
    }, 'partners-governance → events (term calendar)');
    const onInset = await q<{ createEvent: { warnings: unknown[]; errors: UserErr[] } }>(
      champion,
      createEvent,
      { i: eventOn(inset) },
    );
    expect(onInset.data?.createEvent).toMatchObject({
      warnings: [
        {
          kind: 'INSET_DAY',
          startsOn: inset,
          partner: { id: partnerId, name: `Sandwich Technology School ${run}` },
        },
      ],
      errors: [],
    });
    const clear = await q<{ createEvent: { warnings: unknown[]; errors: UserErr[] } }>(
      champion,
      createEvent,
      { i: eventOn(day(31)) },
    );
    expect(clear.data?.createEvent).toMatchObject({ warnings: [], errors: [] });

    // 6. the coordinator records the partner leaving; a head may not
    const leave = `mutation($p: ID!, $on: String!, $why: String!) {
      recordPartnerLeaving(partnerId: $p, leftOn: $on, reason: $why) { partner { status leftOn } ${ERRORS} } }`;
    const leftOn = day(0);
    expect(
      codesOf((await q(head, leave, { p: partnerId, on: leftOn, why: 'Joined a trust' })).errors),
    ).toEqual(['FORBIDDEN']);
    const left = await q<{ recordPartnerLeaving: { partner: unknown; errors: UserErr[] } }>(
      coordinator,
      leave,
      {
        p: partnerId,
        on: leftOn,
        why: 'Joined a trust',
      },
    );
    expect(left.data?.recordPartnerLeaving).toEqual({
      partner: { status: 'LEFT', leftOn },
      errors: [],
    });

    // 7. every consuming service's projection shows it left
    for (const service of ['people', 'events', 'evaluation', 'teacher-swap'] as const) {
      const row = await retryUntil(async () => {
        const [r] = await sql<{ status: string; left_on: string }>(
          service,
          `SELECT status, to_char(left_on, 'YYYY-MM-DD') AS left_on FROM partner_projection WHERE id = $1`,
          [partnerId],
        );
        return r?.status === 'LEFT' ? r : undefined;
      }, `partners-governance → ${service} (PartnerLeft)`);
      expect(row).toEqual({ status: 'LEFT', left_on: leftOn });
    }
    // …and the graph says so: people will not register anyone there, events will not place an event there
    const registered = await q<{ registerPerson: { errors: UserErr[] } }>(
      champion,
      `mutation($i: RegisterPersonInput!) { registerPerson(input: $i) { ${ERRORS} } }`,
      { i: { partnerId, displayName: `New Teacher ${run}`, roles: ['TEACHER'] } },
    );
    expect(registered.data?.registerPerson.errors.map((e) => e.code)).toEqual(['PARTNER_LEFT']);
    const afterLeaving = await q<{ createEvent: { errors: UserErr[] } }>(champion, createEvent, {
      i: eventOn(day(32)),
    });
    expect(afterLeaving.data?.createEvent.errors.map((e) => e.code)).toEqual(['UNKNOWN_PARTNER']);
  });
});
