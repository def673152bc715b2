import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import {
  devUserToken,
  eventually,
  gql,
  retryUntil,
  SUBGRAPHS,
  sharedTestStack,
} from '@ekst/testing';
import type { TestStack } from '@ekst/testing';

/**
 * People journeys through the gateway on the whole platform (real processes, Postgres, Kafka):
 * sign-in with tokens the people service issues, revocation, consent and safeguarding records, and
 * erasure that leaves nothing identifying in any of the five databases. On the worker's shared stack.
 */

type Result<T> = Awaited<ReturnType<typeof gql<T>>>;
interface Session {
  personId: string;
  roles: string[];
  accessToken: string;
  refreshToken: string;
}
interface Payload {
  errors: Array<{ code: string; field: string | null; message: string }>;
}

const SESSION = `session { personId roles accessToken refreshToken } errors { code field message }`;

describe('people through the gateway: sign-in, consent, safeguarding, erasure', () => {
  const run = randomBytes(3).toString('hex');
  // the worker's shared platform (default configuration): this file keeps to its own data
  let stack: TestStack;
  let coordinator: string;
  let partnerId: string;

  const q = <T>(token: string | null, query: string, variables?: Record<string, unknown>) =>
    gql<T>(stack.gatewayUrl, token, query, variables);

  // One connection per database for the whole file: the erasure check scans every text column of
  // six databases, and a connection per query (hundreds, each a new Postgres backend) was most of
  // its minute on a loaded machine.
  const clients = new Map<string, Promise<Client>>();
  async function sql<T>(
    service: (typeof SUBGRAPHS)[number]['name'],
    text: string,
    params: unknown[] = [],
  ) {
    let client = clients.get(service);
    if (!client) {
      const c = new Client({ connectionString: stack.databaseUrlOf(service) });
      client = c.connect().then(() => c);
      clients.set(service, client);
    }
    return (await (await client).query(text, params)).rows as T[];
  }

  async function register(token: string, input: Record<string, unknown>): Promise<string> {
    const r = await q<{ registerPerson: { person: { id: string } | null } & Payload }>(
      token,
      `mutation($input: RegisterPersonInput!) { registerPerson(input: $input) { person { id } errors { code field message } } }`,
      { input: { partnerId, ...input } },
    );
    expect(r.data?.registerPerson.errors).toEqual([]);
    return r.data!.registerPerson.person!.id;
  }

  async function codeFor(token: string, personId: string): Promise<string> {
    const r = await q<{ createSignInCode: { code: string | null } & Payload }>(
      token,
      `mutation($p: ID!) { createSignInCode(personId: $p) { code errors { code field message } } }`,
      { p: personId },
    );
    expect(r.data?.createSignInCode.errors).toEqual([]);
    return r.data!.createSignInCode.code!;
  }

  /** Without a token, as a student at a school computer would. */
  async function redeem(code: string): Promise<Session> {
    const r = await q<{ redeemSignInCode: { session: Session | null } & Payload }>(
      null,
      `mutation($c: String!) { redeemSignInCode(code: $c) { ${SESSION} } }`,
      { c: code },
    );
    expect(r.status).toBe(200);
    expect(r.data?.redeemSignInCode.errors).toEqual([]);
    return r.data!.redeemSignInCode.session!;
  }

  async function signIn(
    email: string,
    password: string,
  ): Promise<Result<{ signIn: { session: Session | null } & Payload }>> {
    return q(
      null,
      `mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { ${SESSION} } }`,
      {
        e: email,
        p: password,
      },
    );
  }

  async function setPassword(
    token: string,
    newPassword: string,
    currentPassword: string | null = null,
  ) {
    const r = await q<{ setPassword: Payload }>(
      token,
      `mutation($c: String, $n: String!) { setPassword(currentPassword: $c, newPassword: $n) { errors { code field message } } }`,
      { c: currentPassword, n: newPassword },
    );
    expect(r.data?.setPassword.errors).toEqual([]);
  }

  async function me(token: string) {
    return q<{ me: { id: string; roles: string[]; yearGroup: number | null } | null }>(
      token,
      `{ me { id roles yearGroup } }`,
    );
  }

  beforeAll(async () => {
    stack = await sharedTestStack();
    coordinator = await devUserToken({
      sub: '00000000-0000-4000-8000-0000000004c0',
      roles: ['COORDINATOR'],
    });
    const r = await q<{ createPartner: { partner: { id: string } } }>(
      coordinator,
      `mutation($input: CreatePartnerInput!) { createPartner(input: $input) { partner { id } errors { code } } }`,
      { input: { name: `Westgate Academy ${run}`, kind: 'STATE', town: 'Canterbury' } },
    );
    partnerId = r.data!.createPartner.partner.id;
    await retryUntil(
      async () =>
        (await sql('people', `SELECT 1 FROM partner_projection WHERE id = $1`, [partnerId]))
          .length === 1,
      'partner reaches people',
    );
  }, 180000);

  afterAll(async () => {
    await Promise.all([...clients.values()].map(async (c) => (await c.catch(() => null))?.end()));
  });

  let champion: Session;
  const championEmail = `finn.fairhurst.${run}@westgate.example`;
  const championPassword = 'correct horse battery staple';

  it('a champion adds students and a teacher, records a photo refusal and a DBS check; each signs in with the roles they hold; a revoked token is refused', async () => {
    // The coordinator registers the champion and hands over a one-time code; the champion chooses a password.
    const championId = await register(coordinator, {
      displayName: 'Finn Fairhurst',
      roles: ['CHAMPION', 'TEACHER'],
      email: championEmail,
    });
    const first = await redeem(await codeFor(coordinator, championId));
    await setPassword(first.accessToken, championPassword);
    const signedIn = await signIn(championEmail, championPassword);
    expect(signedIn.data?.signIn.errors).toEqual([]);
    champion = signedIn.data!.signIn.session!;
    expect(champion.roles.sort()).toEqual(['CHAMPION', 'TEACHER']);

    // Everything below is done with tokens the people service issued.
    const studentA = await register(champion.accessToken, {
      displayName: 'Amara Ashdown',
      roles: ['STUDENT'],
      yearGroup: 8,
    });
    const studentB = await register(champion.accessToken, {
      displayName: 'Rory Radley',
      roles: ['STUDENT'],
      yearGroup: 12,
    });
    const teacher = await register(champion.accessToken, {
      displayName: 'Dev Denholm',
      roles: ['TEACHER'],
      email: `dev.${run}@westgate.example`,
    });
    const ambassador = await register(champion.accessToken, {
      displayName: 'Orla Oakley',
      roles: ['AMBASSADOR'],
      email: `orla.${run}@ambassadors.example`,
    });

    const refusal = await q<{
      recordConsent: { state: { kind: string; granted: boolean; decision: string } } & Payload;
    }>(
      champion.accessToken,
      `mutation($input: RecordConsentInput!) { recordConsent(input: $input) { state { kind granted decision } errors { code field message } } }`,
      {
        input: {
          personId: studentA,
          kind: 'PHOTO_PUBLICITY',
          decision: 'REFUSED',
          givenBy: 'PARENT_CARER',
          giverName: 'Sam Ashdown',
          method: 'PAPER',
        },
      },
    );
    expect(refusal.data?.recordConsent).toEqual({
      state: { kind: 'PHOTO_PUBLICITY', granted: false, decision: 'REFUSED' },
      errors: [],
    });
    const nobody = await q<{ recordConsent: Payload }>(
      champion.accessToken,
      `mutation($input: RecordConsentInput!) { recordConsent(input: $input) { errors { code field } } }`,
      { input: { personId: studentB, kind: 'TRIPS', decision: 'GRANTED', method: 'PAPER' } },
    );
    expect(nobody.data?.recordConsent.errors).toEqual([
      { code: 'CONSENT_GIVER_REQUIRED', field: 'givenBy' },
    ]);

    const today = new Date().toISOString().slice(0, 10);
    const inThreeYears = new Date(Date.now() + 3 * 365 * 86400000).toISOString().slice(0, 10);
    const dbs = await q<{
      recordSafeguardingCheck: { clearance: { cleared: boolean; validUntil: string } } & Payload;
    }>(
      champion.accessToken,
      `mutation($input: RecordSafeguardingCheckInput!) { recordSafeguardingCheck(input: $input) { clearance { cleared validUntil } errors { code field message } } }`,
      {
        input: {
          personId: ambassador,
          kind: 'ENHANCED_DBS_BARRED_LIST',
          reference: '001234567890',
          checkedOn: today,
          checkedBy: 'Westgate Academy HR',
          reviewOn: inThreeYears,
        },
      },
    );
    expect(dbs.data?.recordSafeguardingCheck).toEqual({
      clearance: { cleared: true, validUntil: inThreeYears },
      errors: [],
    });

    // Each person signs in and the gateway accepts their token with their roles.
    const student = await redeem(await codeFor(champion.accessToken, studentA));
    expect(student.roles).toEqual(['STUDENT']);
    expect((await me(student.accessToken)).data?.me).toEqual({
      id: studentA,
      roles: ['STUDENT'],
      yearGroup: 8,
    });
    const teacherSession = await redeem(await codeFor(champion.accessToken, teacher));
    expect((await me(teacherSession.accessToken)).data?.me).toMatchObject({
      id: teacher,
      roles: ['TEACHER'],
    });
    const ambassadorSession = await redeem(await codeFor(champion.accessToken, ambassador));
    const clearance = await q<{ mayWorkWithChildren: { cleared: boolean } | null }>(
      ambassadorSession.accessToken,
      `query($p: ID!) { mayWorkWithChildren(personId: $p) { cleared } }`,
      { p: ambassador },
    );
    expect(clearance.data?.mayWorkWithChildren).toEqual({ cleared: true });

    // A teacher sees the photo refusal (for check-in lists), not the parent's name.
    const seen = await q<{
      person: { consentState: Array<{ kind: string; granted: boolean }>; consentRecords: null };
    }>(
      teacherSession.accessToken,
      `query($p: ID!) { person(id: $p) { consentState { kind granted } consentRecords { giverName } } }`,
      { p: studentA },
    );
    expect(seen.data?.person.consentState).toContainEqual({
      kind: 'PHOTO_PUBLICITY',
      granted: false,
    });
    expect(seen.data?.person.consentRecords).toBeNull();

    // A code works once.
    const code = await codeFor(champion.accessToken, studentB);
    await redeem(code);
    const again = await q<{ redeemSignInCode: Payload }>(
      null,
      `mutation($c: String!) { redeemSignInCode(code: $c) { errors { code } } }`,
      { c: code },
    );
    expect(again.data?.redeemSignInCode.errors).toEqual([{ code: 'INVALID_CODE' }]);

    // Refresh rotates; sign-out revokes; the revoked access token is refused within seconds.
    const refreshed = await q<{ refreshSession: { session: Session } & Payload }>(
      null,
      `mutation($t: String!) { refreshSession(refreshToken: $t) { ${SESSION} } }`,
      { t: student.refreshToken },
    );
    expect(refreshed.data?.refreshSession.errors).toEqual([]);
    const rotated = refreshed.data!.refreshSession.session;
    expect(rotated.refreshToken).not.toBe(student.refreshToken);
    expect((await me(rotated.accessToken)).status).toBe(200);
    const out = await q<{ signOut: { signedOut: boolean } }>(
      null,
      `mutation($t: String!) { signOut(refreshToken: $t) { signedOut } }`,
      { t: rotated.refreshToken },
    );
    expect(out.data?.signOut.signedOut).toBe(true);
    const started = Date.now();
    for (const token of [student.accessToken, rotated.accessToken]) {
      await eventually(async () => (await me(token)).status === 401, 5000);
    }
    expect(Date.now() - started).toBeLessThan(5000);
    const refused = await me(rotated.accessToken);
    expect(refused.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const reuse = await q<{ refreshSession: Payload }>(
      null,
      `mutation($t: String!) { refreshSession(refreshToken: $t) { errors { code } } }`,
      { t: rotated.refreshToken },
    );
    expect(reuse.data?.refreshSession.errors).toEqual([{ code: 'INVALID_REFRESH_TOKEN' }]);
    // Other sessions are unaffected.
    expect((await me(teacherSession.accessToken)).data?.me?.id).toBe(teacher);
  });

  it('without a token only the sign-in operations are allowed; everything else is 401', async () => {
    for (const query of [
      '{ people { edges { node { id } } } }',
      'mutation { erasePerson(id: "00000000-0000-4000-8000-000000000001") { erasedId } }',
      'mutation { signOut(refreshToken: "x") { signedOut } registerPerson(input: {partnerId: "x", displayName: "xx", roles: [TEACHER]}) { errors { code } } }',
      'mutation { ...F } fragment F on Mutation { erasePerson(id: "x") { erasedId } }',
    ]) {
      const r = await q(null, query);
      expect(r.status).toBe(401);
      expect(r.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    }
  });

  it('five wrong passwords lock the address, even against the right one, and an unknown address looks the same', async () => {
    const codes: string[] = [];
    for (let i = 0; i < 5; i++)
      codes.push((await signIn(championEmail, `wrong password ${i}!`)).data!.signIn.errors[0].code);
    expect(codes).toEqual([
      'INVALID_CREDENTIALS',
      'INVALID_CREDENTIALS',
      'INVALID_CREDENTIALS',
      'INVALID_CREDENTIALS',
      'LOCKED_OUT',
    ]);
    const right = await signIn(championEmail, championPassword);
    expect(right.data?.signIn).toMatchObject({ session: null, errors: [{ code: 'LOCKED_OUT' }] });

    const unknown = await signIn(`nobody.${run}@westgate.example`, 'whatever password');
    const wrong = await signIn(`dev.${run}@westgate.example`, 'whatever password');
    expect(unknown.data?.signIn.errors).toEqual(wrong.data?.signIn.errors);
    expect(unknown.data?.signIn.errors[0].code).toBe('INVALID_CREDENTIALS');
  });

  it('bad input gets a clear error and changes nothing: unknown partner, student contact details or date of birth, impossible year group, duplicate e-mail', async () => {
    const count = async () =>
      Number((await sql<{ n: string }>('people', `SELECT count(*) AS n FROM person`))[0].n);
    const before = await count();
    const attempt = (input: Record<string, unknown>) =>
      q<{ registerPerson: Payload }>(
        coordinator,
        `mutation($input: RegisterPersonInput!) { registerPerson(input: $input) { errors { code field } } }`,
        { input: { partnerId, ...input } },
      );
    const cases: Array<[Record<string, unknown>, Array<{ code: string; field: string }>]> = [
      [
        {
          partnerId: '6f0c2d3e-0000-4000-8000-00000000dead',
          displayName: 'Ben Bramley',
          roles: ['TEACHER'],
        },
        [{ code: 'UNKNOWN_PARTNER', field: 'partnerId' }],
      ],
      [
        {
          displayName: 'Isla Ingram',
          roles: ['STUDENT'],
          yearGroup: 8,
          email: 'isla@home.example',
        },
        [{ code: 'INVALID', field: 'email' }],
      ],
      [
        { displayName: 'Isla Ingram', roles: ['STUDENT'], yearGroup: 8, phone: '07700 900123' },
        [{ code: 'INVALID', field: 'phone' }],
      ],
      [
        { displayName: 'Isla Ingram', roles: ['STUDENT'], yearGroup: 15 },
        [{ code: 'INVALID', field: 'yearGroup' }],
      ],
      [
        { displayName: 'Pat Pember', roles: ['HEAD'], email: championEmail.toUpperCase() },
        [{ code: 'DUPLICATE_EMAIL', field: 'email' }],
      ],
    ];
    for (const [input, errors] of cases) {
      const r = await attempt(input);
      expect(r.data?.registerPerson.errors).toEqual(errors);
    }
    const dob = await attempt({
      displayName: 'Isla Ingram',
      roles: ['STUDENT'],
      yearGroup: 8,
      dateOfBirth: '2012-03-04',
    });
    expect(dob.status).toBe(400);
    expect(dob.errors?.[0].message).toMatch(/dateOfBirth.*not defined/);
    expect(await count()).toBe(before);
  });

  // A long journey (an event, a registration, a swap offer, two erasures through Kafka, then a
  // scan of every text column of six databases): 60 s is too short on a loaded 2-core machine.
  it('an erased person leaves nothing identifying in any of the five databases', async () => {
    const name = `Zephyrine Quillfeather ${run}`;
    const teacherName = `Bartholomew Xanthopoulos ${run}`;
    const teacherEmail = `b.xanthopoulos.${run}@westgate.example`;
    const student = await register(coordinator, {
      displayName: name,
      roles: ['STUDENT'],
      yearGroup: 10,
    });
    const teacher = await register(coordinator, {
      displayName: teacherName,
      roles: ['TEACHER'],
      email: teacherEmail,
    });
    await q(
      coordinator,
      `mutation($input: RecordConsentInput!) { recordConsent(input: $input) { errors { code } } }`,
      {
        input: {
          personId: student,
          kind: 'TRIPS',
          decision: 'GRANTED',
          givenBy: 'PARENT_CARER',
          giverName: 'Quentin Quillfeather',
          method: 'ONLINE',
        },
      },
    );
    const today = new Date().toISOString().slice(0, 10);
    await q(
      coordinator,
      `mutation($input: RecordSafeguardingCheckInput!) { recordSafeguardingCheck(input: $input) { errors { code } } }`,
      {
        input: {
          personId: teacher,
          kind: 'EMPLOYER_CONFIRMATION',
          reference: `WA-2025-17-${run}`,
          checkedOn: today,
          checkedBy: 'Westgate Academy HR',
          reviewOn: '2030-01-01',
        },
      },
    );
    const teacherSession = await redeem(await codeFor(coordinator, teacher));

    // Data about them in events (a registration) and teacher-swap (an offer).
    const startsAt = new Date(Date.now() + 14 * 86400000);
    const eventId = await retryUntil(async () => {
      const r = await q<{ createEvent: { event: { id: string } | null } }>(
        coordinator,
        `mutation($input: CreateEventInput!) { createEvent(input: $input) { event { id } errors { code } } }`,
        {
          input: {
            title: 'Erasure Test Day',
            kind: 'SUBJECT_CLUSTER',
            audience: 'STUDENTS',
            yearGroups: [10],
            hostPartnerId: partnerId,
            startsAt: startsAt.toISOString(),
            endsAt: new Date(startsAt.getTime() + 3600000).toISOString(),
            aims: ['WIDENING_HORIZONS'],
            capacity: 30,
          },
        },
      );
      return r.data?.createEvent.event?.id;
    }, 'event created');
    await q(coordinator, `mutation($id: ID!) { publishEvent(id: $id) { errors { code } } }`, {
      id: eventId,
    });
    await retryUntil(async () => {
      const r = await q<{ registerForEvent: { registration: { status: string } | null } }>(
        coordinator,
        `mutation($e: ID!, $p: ID!) { registerForEvent(eventId: $e, personId: $p) { registration { status } errors { code } } }`,
        { e: eventId, p: student },
      );
      return r.data?.registerForEvent.registration?.status;
    }, 'student registered for the event');
    await retryUntil(async () => {
      const r = await q<{ createSwapOffer: { swapOffer: { id: string } | null } }>(
        teacherSession.accessToken,
        `mutation($input: CreateSwapOfferInput!) { createSwapOffer(input: $input) { swapOffer { id } errors { code } } }`,
        {
          input: {
            subjects: ['Chemistry'],
            phase: 'KS4',
            availableFrom: today,
            availableTo: '2030-01-01',
            maxTravelMiles: 20,
          },
        },
      );
      return r.data?.createSwapOffer.swapOffer?.id;
    }, 'teacher offered a swap');

    for (const id of [student, teacher]) {
      const r = await q<{ erasePerson: { erasedId: string } & Payload }>(
        coordinator,
        `mutation($id: ID!) { erasePerson(id: $id) { erasedId errors { code } } }`,
        { id },
      );
      expect(r.data?.erasePerson).toEqual({ erasedId: id, errors: [] });
    }
    // Their token is refused at once (the session was revoked with the person).
    await eventually(async () => (await me(teacherSession.accessToken)).status === 401, 5000);

    // Within seconds, every service has applied PersonErased (its inbox holds the event).
    const erasedEvents = (
      await sql<{ id: string }>(
        'people',
        `SELECT envelope->>'id' AS id FROM outbox WHERE envelope->>'type' = 'PersonErased' AND message_key = ANY ($1)`,
        [[student, teacher]],
      )
    ).map((r) => r.id);
    expect(erasedEvents).toHaveLength(2);
    for (const service of ['events', 'evaluation', 'teacher-swap'] as const) {
      await retryUntil(
        async () =>
          (await sql(service, `SELECT 1 FROM inbox WHERE event_id = ANY ($1)`, [erasedEvents]))
            .length === 2 || null,
        `${service} applied PersonErased`,
      );
    }

    // Exempt by policy: outbox rows (ids in event payloads, kept 14 days after sending, no names).
    const exemptFromIds = new Set(['outbox']);
    const leftovers: string[] = [];
    for (const s of SUBGRAPHS) {
      const columns = await sql<{ table_name: string; column_name: string }>(
        s.name,
        `SELECT table_name, column_name FROM information_schema.columns
         WHERE table_schema = 'public' AND table_name <> 'typeorm_migrations'
           AND data_type IN ('text', 'character varying', 'uuid', 'json', 'jsonb', 'ARRAY')`,
      );
      for (const { table_name: t, column_name: c } of columns) {
        const needles = [name, teacherName, teacherEmail, 'Quillfeather', 'Xanthopoulos'];
        if (!exemptFromIds.has(t)) needles.push(student, teacher);
        const [{ n }] = await sql<{ n: string }>(
          s.name,
          `SELECT count(*) AS n FROM "${t}" WHERE ${needles.map((_, i) => `"${c}"::text ILIKE $${i + 1}`).join(' OR ')}`,
          needles.map((x) => `%${x}%`),
        );
        if (Number(n) > 0) leftovers.push(`${s.name}.${t}.${c} (${n} rows)`);
      }
    }
    expect(leftovers).toEqual([]);
    // The safeguarding check is kept by policy, without the person.
    const kept = await sql<{ person_id: string | null; reference: string }>(
      'people',
      `SELECT person_id, reference FROM safeguarding_check WHERE reference = $1`,
      [`WA-2025-17-${run}`],
    );
    expect(kept).toEqual([{ person_id: null, reference: `WA-2025-17-${run}` }]);
  }, 180_000);
});
