import { randomUUID } from 'node:crypto';
import type { Caller, Role } from '@ekst/auth';
import { INTERNAL_TOKEN_HEADER, signInternalToken } from '@ekst/auth';
import { applyRetention, DEV_INTERNAL_TOKEN_SECRET } from '@ekst/subgraph-kit';
import { eventually, startTestSubgraph, testCaller, uniqueTopicPrefix } from '@ekst/testing';
import type { TestSubgraph } from '@ekst/testing';
import { createLocalJWKSet, jwtVerify } from 'jose';
import type { JSONWebKeySet } from 'jose';
import { peopleModule } from '../src/module';
import { KafkaProbe } from './kafka-probe';

/**
 * Who may see and do what (role × operation), consent and safeguarding records, sign-in, erasure
 * and retention, against a real database and Kafka.
 */
describe('people: access, consent, safeguarding, sign-in, erasure', () => {
  let sg: TestSubgraph;
  let probe: KafkaProbe;
  const prefix = uniqueTopicPrefix();
  const westgate = randomUUID();
  const hartley = randomUUID();
  const coordinator = testCaller(['COORDINATOR']);
  const ids: Record<string, string> = {};

  async function registerOk(input: Record<string, unknown>): Promise<string> {
    const r = await sg.query<{
      registerPerson: { person: { id: string } | null; errors: unknown[] };
    }>(
      `mutation($input: RegisterPersonInput!) { registerPerson(input: $input) { person { id } errors { code field } } }`,
      { input },
    );
    expect(r.data?.registerPerson.errors).toEqual([]);
    return r.data!.registerPerson.person!.id;
  }
  const outboxTypes = async (personId: string) =>
    (
      (await sg.running.dataSource.query(
        `SELECT envelope->>'type' AS type FROM outbox WHERE message_key = $1 ORDER BY id`,
        [personId],
      )) as Array<{ type: string }>
    ).map((r) => r.type);

  beforeAll(async () => {
    sg = await startTestSubgraph(peopleModule, { topicPrefix: prefix, cleanTopics: true });
    probe = new KafkaProbe(prefix);
    await probe.start();
    await probe.deliver(
      probe.partnerJoined({
        id: westgate,
        name: 'Westgate Academy',
        kind: 'STATE',
        sector: 'STATE',
      }),
    );
    await probe.deliver(
      probe.partnerJoined({
        id: hartley,
        name: 'Hartley Grammar',
        kind: 'SELECTIVE',
        sector: 'STATE',
      }),
    );
    await eventually(async () => {
      const rows = (await sg.running.dataSource.query(
        `SELECT id FROM partner_projection`,
      )) as unknown[];
      return rows.length === 2;
    });
    ids.head = await registerOk({
      partnerId: westgate,
      displayName: 'Grace Garland',
      roles: ['HEAD'],
      email: 'grace@westgate.example',
    });
    ids.champion = await registerOk({
      partnerId: westgate,
      displayName: 'Finn Fairhurst',
      roles: ['CHAMPION', 'TEACHER'],
      email: 'finn@westgate.example',
    });
    ids.teacher = await registerOk({
      partnerId: westgate,
      displayName: 'Dev Denholm',
      roles: ['TEACHER'],
      email: 'dev@westgate.example',
    });
    ids.student = await registerOk({
      partnerId: westgate,
      displayName: 'Amara Ashdown',
      roles: ['STUDENT'],
      yearGroup: 8,
    });
    ids.classmate = await registerOk({
      partnerId: westgate,
      displayName: 'Rory Radley',
      roles: ['STUDENT'],
      yearGroup: 8,
    });
    ids.ambassador = await registerOk({
      partnerId: westgate,
      displayName: 'Orla Oakley',
      roles: ['AMBASSADOR'],
      email: 'orla@ambassadors.example',
      phone: '+44 7700 900123',
    });
    ids.associate = await registerOk({
      partnerId: westgate,
      displayName: 'Sana Selwood',
      roles: ['ASSOCIATE'],
      email: 'sana@museum.example',
    });
    ids.otherChampion = await registerOk({
      partnerId: hartley,
      displayName: 'Kiera Kemble',
      roles: ['CHAMPION'],
      email: 'kiera@hartley.example',
    });
    const consent = await sg.query<{ recordConsent: { errors: unknown[] } }>(
      `mutation($input: RecordConsentInput!) { recordConsent(input: $input) { errors { code field } } }`,
      {
        input: {
          personId: ids.student,
          kind: 'PHOTO_PUBLICITY',
          decision: 'REFUSED',
          givenBy: 'PARENT_CARER',
          giverName: 'Sam Ashdown',
          method: 'PAPER',
        },
      },
    );
    expect(consent.data?.recordConsent.errors).toEqual([]);
    const check = await sg.query<{ recordSafeguardingCheck: { errors: unknown[] } }>(
      `mutation($input: RecordSafeguardingCheckInput!) { recordSafeguardingCheck(input: $input) { errors { code field } } }`,
      {
        input: {
          personId: ids.ambassador,
          kind: 'ENHANCED_DBS_BARRED_LIST',
          reference: '001234567890',
          checkedOn: '2025-01-06',
          checkedBy: 'EKST office',
          reviewOn: '2099-01-06',
        },
      },
    );
    expect(check.data?.recordSafeguardingCheck.errors).toEqual([]);
  }, 60000);

  afterAll(async () => {
    await probe?.stop();
    await sg?.stop();
  });

  describe('role × operation', () => {
    const as =
      (
        roles: Role[],
        who: string | null,
        partnerId: string,
        kind: Caller['kind'] = 'person',
      ): (() => Caller) =>
      () =>
        testCaller(roles, { kind, subject: who ? ids[who] : randomUUID(), partnerId });

    // Columns: sees the student | their consent state | their consent records (parent's name) |
    // the ambassador's email and phone | the ambassador's safeguarding checks | mayWorkWithChildren |
    // registers a person | records consent | creates a sign-in code for the student | erases.
    const table: Array<[string, () => Caller, boolean[]]> = [
      [
        'coordinator',
        () => coordinator,
        [true, true, true, true, true, true, true, true, true, true],
      ],
      [
        'head',
        as(['HEAD'], 'head', westgate),
        [true, true, true, true, true, true, true, true, true, false],
      ],
      [
        'champion',
        as(['CHAMPION', 'TEACHER'], 'champion', westgate),
        [true, true, true, true, true, true, true, true, true, false],
      ],
      [
        'teacher',
        as(['TEACHER'], 'teacher', westgate),
        [true, true, false, false, false, false, false, false, true, false],
      ],
      [
        'the student',
        as(['STUDENT'], 'student', westgate),
        [true, true, true, false, false, false, false, false, false, false],
      ],
      [
        'a classmate',
        as(['STUDENT'], 'classmate', westgate),
        [false, false, false, false, false, false, false, false, false, false],
      ],
      [
        'the ambassador',
        as(['AMBASSADOR'], 'ambassador', westgate),
        [false, false, false, true, true, true, false, false, false, false],
      ],
      [
        "another partner's champion",
        as(['CHAMPION'], 'otherChampion', hartley),
        [false, false, false, false, false, false, false, false, false, false],
      ],
      [
        'an associate contact',
        as(['ASSOCIATE'], 'associate', westgate),
        [false, false, false, false, false, false, false, false, false, false],
      ],
      [
        'an associate API key',
        as(['ASSOCIATE'], null, westgate, 'api-key'),
        [false, false, false, false, false, false, false, false, false, false],
      ],
    ];

    it.each(table)('%s', async (_name, callerFor, expected) => {
      const caller = callerFor();
      const read = await sg.query<{
        s: {
          id: string;
          consentState: unknown[] | null;
          consentRecords: Array<{ giverName: string | null }> | null;
        } | null;
        a: {
          email: string | null;
          phone: string | null;
          safeguardingChecks: unknown[] | null;
        } | null;
        w: { cleared: boolean } | null;
      }>(
        `query($s: ID!, $a: ID!) {
          s: person(id: $s) { id consentState { kind granted } consentRecords { giverName } }
          a: person(id: $a) { email phone safeguardingChecks { kind reference } }
          w: mayWorkWithChildren(personId: $a) { cleared }
        }`,
        { s: ids.student, a: ids.ambassador },
        caller,
      );
      expect(read.errors).toBeUndefined();
      const d = read.data!;
      const allowed = (
        r: { errors?: Array<{ extensions?: { code?: string } }> },
        ok: (data: never) => boolean,
      ) =>
        r.errors?.[0]?.extensions?.code === 'FORBIDDEN' ? false : ok((r as { data: never }).data);
      const register = await sg.query(
        `mutation($input: RegisterPersonInput!) { registerPerson(input: $input) { errors { code } } }`,
        { input: { partnerId: westgate, displayName: 'Ben Bramley', roles: ['TEACHER'] } },
        caller,
      );
      const consent = await sg.query(
        `mutation($input: RecordConsentInput!) { recordConsent(input: $input) { errors { code } } }`,
        {
          input: {
            personId: ids.student,
            kind: 'TRIPS',
            decision: 'GRANTED',
            givenBy: 'STUDENT',
            method: 'ONLINE',
          },
        },
        caller,
      );
      const code = await sg.query(
        `mutation($p: ID!) { createSignInCode(personId: $p) { code errors { code } } }`,
        { p: ids.student },
        caller,
      );
      const erase = await sg.query(
        `mutation($p: ID!) { erasePerson(id: $p) { errors { code } } }`,
        { p: randomUUID() },
        caller,
      );
      expect([
        d.s !== null,
        d.s?.consentState != null,
        d.s?.consentRecords?.some((r) => r.giverName === 'Sam Ashdown') === true,
        d.a?.email != null && d.a.phone === '+44 7700 900123',
        d.a?.safeguardingChecks != null,
        d.w?.cleared === true,
        allowed(
          register,
          (x: { registerPerson: { errors: unknown[] } }) => x.registerPerson.errors.length === 0,
        ),
        allowed(
          consent,
          (x: { recordConsent: { errors: unknown[] } }) => x.recordConsent.errors.length === 0,
        ),
        allowed(
          code,
          (x: { createSignInCode: { code: string | null } }) => x.createSignInCode.code !== null,
        ),
        allowed(
          erase,
          (x: { erasePerson: { errors: Array<{ code: string }> } }) =>
            x.erasePerson.errors[0]?.code === 'NOT_FOUND',
        ),
      ]).toEqual(expected);
    });
  });

  describe('consent and safeguarding', () => {
    it('derives the state from the records and announces ConsentChanged only when it changes', async () => {
      const id = await registerOk({
        partnerId: westgate,
        displayName: 'Leo Larkin',
        roles: ['STUDENT'],
        yearGroup: 9,
      });
      const record = (decision: string, givenAt: string) =>
        sg.query<{
          recordConsent: { state: { granted: boolean; decision: string }; errors: unknown[] };
        }>(
          `mutation($input: RecordConsentInput!) { recordConsent(input: $input) { state { granted decision } errors { code } } }`,
          {
            input: {
              personId: id,
              kind: 'PHOTO_PUBLICITY',
              decision,
              givenBy: 'PARENT_CARER',
              giverName: 'Pat Larkin',
              method: 'PAPER',
              givenAt,
            },
          },
        );
      expect((await record('GRANTED', '2025-09-01T09:00:00Z')).data?.recordConsent.state).toEqual({
        granted: true,
        decision: 'GRANTED',
      });
      expect(
        (await record('GRANTED', '2025-09-02T09:00:00Z')).data?.recordConsent.state.granted,
      ).toBe(true);
      expect((await record('WITHDRAWN', '2025-09-03T09:00:00Z')).data?.recordConsent.state).toEqual(
        { granted: false, decision: 'WITHDRAWN' },
      );
      // A form dated before the withdrawal changes nothing.
      expect(
        (await record('GRANTED', '2025-08-01T09:00:00Z')).data?.recordConsent.state.granted,
      ).toBe(false);
      expect(await outboxTypes(id)).toEqual([
        'PersonRegistered',
        'ConsentChanged',
        'ConsentChanged',
      ]);
      const payloads = (await sg.running.dataSource.query(
        `SELECT envelope->'payload' AS p FROM outbox WHERE message_key = $1 AND envelope->>'type' = 'ConsentChanged' ORDER BY id`,
        [id],
      )) as Array<{ p: unknown }>;
      expect(payloads.map((r) => r.p)).toEqual([
        { personId: id, kind: 'PHOTO_PUBLICITY', granted: true },
        { personId: id, kind: 'PHOTO_PUBLICITY', granted: false },
      ]);
    });

    it('refuses consent given by nobody, and a safeguarding check for a student, writing nothing', async () => {
      const before = (await sg.running.dataSource.query(
        `SELECT (SELECT count(*) FROM consent_record) + (SELECT count(*) FROM safeguarding_check) AS n`,
      )) as Array<{ n: string }>;
      const nobody = await sg.query<{
        recordConsent: { errors: Array<{ code: string; field: string }> };
      }>(
        `mutation($input: RecordConsentInput!) { recordConsent(input: $input) { errors { code field } } }`,
        { input: { personId: ids.student, kind: 'TRIPS', decision: 'GRANTED', method: 'PAPER' } },
      );
      expect(nobody.data?.recordConsent.errors).toEqual([
        { code: 'CONSENT_GIVER_REQUIRED', field: 'givenBy' },
      ]);
      const child = await sg.query<{
        recordSafeguardingCheck: { errors: Array<{ code: string }> };
      }>(
        `mutation($input: RecordSafeguardingCheckInput!) { recordSafeguardingCheck(input: $input) { errors { code } } }`,
        {
          input: {
            personId: ids.student,
            kind: 'IDENTITY',
            reference: 'PASSPORT 1',
            checkedOn: '2025-01-01',
            checkedBy: 'Office',
            reviewOn: '2026-01-01',
          },
        },
      );
      expect(child.data?.recordSafeguardingCheck.errors).toEqual([{ code: 'NOT_AN_ADULT' }]);
      const after = (await sg.running.dataSource.query(
        `SELECT (SELECT count(*) FROM consent_record) + (SELECT count(*) FROM safeguarding_check) AS n`,
      )) as Array<{ n: string }>;
      expect(after).toEqual(before);
    });

    it('answers a caller who may not see the person exactly as for no one at all, writing nothing', async () => {
      const count = async () =>
        (await sg.running.dataSource.query(
          `SELECT (SELECT count(*) FROM consent_record) + (SELECT count(*) FROM safeguarding_check)
             + (SELECT count(*) FROM outbox) AS n`,
        )) as Array<{ n: string }>;
      const before = await count();
      const consent = (personId: string, caller: Caller) =>
        sg.query<{ recordConsent: { errors: Array<{ code: string; field: string }> } }>(
          `mutation($input: RecordConsentInput!) { recordConsent(input: $input) { errors { code field } } }`,
          {
            input: {
              personId,
              kind: 'TRIPS',
              decision: 'GRANTED',
              givenBy: 'PARENT_CARER',
              giverName: 'Sam Ashdown',
              method: 'PAPER',
            },
          },
          caller,
        );
      const check = (personId: string, caller: Caller) =>
        sg.query<{ recordSafeguardingCheck: { errors: Array<{ code: string; field: string }> } }>(
          `mutation($input: RecordSafeguardingCheckInput!) { recordSafeguardingCheck(input: $input) { errors { code field } } }`,
          {
            input: {
              personId,
              kind: 'IDENTITY',
              reference: 'PASSPORT 2',
              checkedOn: '2025-01-01',
              checkedBy: 'Office',
              reviewOn: '2026-01-01',
            },
          },
          caller,
        );
      // Hartley's champion, a Westgate classmate, an associate: none of them sees these people.
      const outsiders = [
        testCaller(['CHAMPION'], { subject: ids.otherChampion, partnerId: hartley }),
        testCaller(['STUDENT'], { subject: ids.classmate, partnerId: westgate }),
        testCaller(['ASSOCIATE'], { subject: ids.associate, partnerId: westgate }),
      ];
      for (const caller of outsiders) {
        const unknown = randomUUID();
        const answers = [
          await consent(ids.student, caller),
          await consent(unknown, caller),
          await check(ids.ambassador, caller),
          await check(unknown, caller),
        ];
        for (const a of answers) {
          expect(a.errors).toBeUndefined();
          expect(Object.values(a.data ?? {})).toEqual([
            { errors: [{ code: 'NOT_FOUND', field: 'personId' }] },
          ]);
        }
      }
      expect(await count()).toEqual(before);
    });

    it('answers mayWorkWithChildren for a day, and announced the clearance', async () => {
      const on = (day: string) =>
        sg.query<{ mayWorkWithChildren: { cleared: boolean; validUntil: string | null } }>(
          `query($p: ID!, $on: String) { mayWorkWithChildren(personId: $p, on: $on) { cleared validUntil } }`,
          { p: ids.ambassador, on: day },
        );
      expect((await on('2025-01-05')).data?.mayWorkWithChildren).toEqual({
        cleared: false,
        validUntil: null,
      });
      expect((await on('2026-05-01')).data?.mayWorkWithChildren).toEqual({
        cleared: true,
        validUntil: '2099-01-06',
      });
      expect(await outboxTypes(ids.ambassador)).toEqual([
        'PersonRegistered',
        'SafeguardingStatusChanged',
      ]);
    });
  });

  describe('updatePerson', () => {
    it('changes what is given, announces PersonUpdated, and refuses a student with an e-mail', async () => {
      const id = await registerOk({
        partnerId: westgate,
        displayName: 'Noah Northcott',
        roles: ['STUDENT'],
        yearGroup: 9,
      });
      const update = (input: Record<string, unknown>) =>
        sg.query<{
          updatePerson: {
            person: { yearGroup: number; displayName: string } | null;
            errors: Array<{ code: string; field: string }>;
          };
        }>(
          `mutation($id: ID!, $input: UpdatePersonInput!) { updatePerson(id: $id, input: $input) { person { yearGroup displayName } errors { code field } } }`,
          { id, input },
        );
      expect((await update({ yearGroup: 10 })).data?.updatePerson).toEqual({
        person: { yearGroup: 10, displayName: 'Noah Northcott' },
        errors: [],
      });
      expect((await update({ email: 'noah@home.example' })).data?.updatePerson.errors).toEqual([
        { code: 'INVALID', field: 'email' },
      ]);
      expect((await update({ yearGroup: 14 })).data?.updatePerson.errors).toEqual([
        { code: 'INVALID', field: 'yearGroup' },
      ]);
      expect((await update({ partnerId: randomUUID() })).data?.updatePerson.errors).toEqual([
        { code: 'UNKNOWN_PARTNER', field: 'partnerId' },
      ]);
      expect(await outboxTypes(id)).toEqual(['PersonRegistered', 'PersonUpdated']);
    });

    it('ends every session of a person whose roles or partner change, in the same transaction, and no session on other changes', async () => {
      const id = await registerOk({
        partnerId: westgate,
        displayName: 'Cara Chamberlain',
        roles: ['CHAMPION', 'TEACHER'],
        email: 'cara@westgate.example',
      });
      const anonymous = testCaller([], { kind: 'anonymous', subject: 'anonymous' });
      async function signInWithCode(): Promise<string> {
        const code = await sg.query<{ createSignInCode: { code: string } }>(
          `mutation($p: ID!) { createSignInCode(personId: $p) { code } }`,
          { p: id },
        );
        const r = await sg.query<{ redeemSignInCode: { session: { refreshToken: string } } }>(
          `mutation($c: String!) { redeemSignInCode(code: $c) { session { refreshToken } } }`,
          { c: code.data!.createSignInCode.code },
          anonymous,
        );
        return r.data!.redeemSignInCode.session.refreshToken;
      }
      const sessionIds = async () =>
        (
          (await sg.running.dataSource.query(`SELECT id FROM session WHERE person_id = $1`, [
            id,
          ])) as Array<{ id: string }>
        ).map((r) => r.id);
      const revocations = async (sids: string[]) =>
        (await sg.running.dataSource.query(
          `SELECT reason FROM session_revocation WHERE session_id = ANY($1::uuid[])`,
          [sids],
        )) as Array<{ reason: string }>;
      const update = (input: Record<string, unknown>) =>
        sg.query<{ updatePerson: { person: { roles: string[] } | null; errors: unknown[] } }>(
          `mutation($id: ID!, $input: UpdatePersonInput!) { updatePerson(id: $id, input: $input) { person { roles } errors { code field } } }`,
          { id, input },
        );

      await signInWithCode();
      await signInWithCode();
      const two = await sessionIds();
      expect(two).toHaveLength(2);

      // A new name or phone number leaves the tokens true: nobody is signed out.
      expect(
        (await update({ displayName: 'Cara Chamberlain-Oakes' })).data?.updatePerson.errors,
      ).toEqual([]);
      expect((await update({ roles: ['TEACHER', 'CHAMPION'] })).data?.updatePerson.errors).toEqual(
        [],
      );
      expect(await sessionIds()).toEqual(expect.arrayContaining(two));
      expect(await revocations(two)).toEqual([]);

      // A governing role (CHAMPION) follows group membership: people refuses to remove it and
      // signs nobody out (governing-roles.integration-spec.ts has the membership path).
      expect((await update({ roles: ['TEACHER'] })).data?.updatePerson).toEqual({
        person: null,
        errors: [{ code: 'GOVERNING_ROLE_FOLLOWS_GROUP', field: 'roles' }],
      });
      expect(await revocations(two)).toEqual([]);

      // Adding AMBASSADOR ends both sessions; their ids are listed for the gateway.
      expect(
        (await update({ roles: ['CHAMPION', 'TEACHER', 'AMBASSADOR'] })).data?.updatePerson,
      ).toEqual({
        person: { roles: ['CHAMPION', 'TEACHER', 'AMBASSADOR'] },
        errors: [],
      });
      expect(await sessionIds()).toEqual([]);
      expect(await revocations(two)).toEqual([
        { reason: 'ACCESS_CHANGE' },
        { reason: 'ACCESS_CHANGE' },
      ]);

      // A move to another school ends the session signed in since.
      await signInWithCode();
      const third = await sessionIds();
      expect((await update({ partnerId: hartley })).data?.updatePerson.errors).toEqual([]);
      expect(await sessionIds()).toEqual([]);
      expect(await revocations(third)).toEqual([{ reason: 'ACCESS_CHANGE' }]);

      // A refused change (the e-mail clashes) ends nothing: the transaction is all or nothing.
      await signInWithCode();
      const fourth = await sessionIds();
      const clash = await update({ roles: ['CHAMPION'], email: 'grace@westgate.example' });
      expect(clash.data?.updatePerson.errors).not.toEqual([]);
      expect(await sessionIds()).toEqual(fourth);
      expect(await revocations(fourth)).toEqual([]);
    });
  });

  describe('sign-in, tokens, revocation and erasure', () => {
    it('issues ES256 tokens with sub, roles, partner_id, sid; publishes the JWKS; lists revoked sessions behind the internal token', async () => {
      const code = await sg.query<{ createSignInCode: { code: string } }>(
        `mutation($p: ID!) { createSignInCode(personId: $p) { code } }`,
        { p: ids.champion },
      );
      const anonymous = testCaller([], { kind: 'anonymous', subject: 'anonymous' });
      const signedIn = await sg.query<{
        redeemSignInCode: { session: { accessToken: string; refreshToken: string } };
      }>(
        `mutation($c: String!) { redeemSignInCode(code: $c) { session { accessToken refreshToken } } }`,
        { c: code.data!.createSignInCode.code.toLowerCase() },
        anonymous,
      );
      const { accessToken, refreshToken } = signedIn.data!.redeemSignInCode.session;
      const base = sg.running.url.replace('/graphql', '');
      const jwks = (await (await fetch(`${base}/.well-known/jwks.json`)).json()) as JSONWebKeySet;
      expect(JSON.stringify(jwks)).not.toContain('"d"');
      const { payload, protectedHeader } = await jwtVerify(accessToken, createLocalJWKSet(jwks), {
        issuer: 'ekst-people',
        audience: 'ekst-graph',
        algorithms: ['ES256'],
      });
      expect(protectedHeader.alg).toBe('ES256');
      expect(payload).toMatchObject({
        sub: ids.champion,
        roles: ['CHAMPION', 'TEACHER'],
        partner_id: westgate,
      });
      expect(payload.exp! - payload.iat!).toBe(900);
      const sid = payload.sid as string;
      expect(refreshToken.startsWith(`${sid}.`)).toBe(true);
      expect(
        JSON.stringify(await sg.running.dataSource.query(`SELECT * FROM session`)),
      ).not.toContain(refreshToken.split('.')[1]);

      expect((await fetch(`${base}/internal/revoked-sessions`)).status).toBe(401);
      await sg.query(
        `mutation($t: String!) { signOut(refreshToken: $t) { signedOut } }`,
        { t: refreshToken },
        anonymous,
      );
      const token = await signInternalToken(
        testCaller([], { kind: 'api-key', subject: 'gateway' }),
        { secret: DEV_INTERNAL_TOKEN_SECRET, audience: 'people' },
      );
      const list = (await (
        await fetch(
          `${base}/internal/revoked-sessions?since=${new Date(Date.now() - 60000).toISOString()}`,
          { headers: { [INTERNAL_TOKEN_HEADER]: token } },
        )
      ).json()) as { revoked: Array<{ sid: string }> };
      expect(list.revoked.map((r) => r.sid)).toContain(sid);
    });

    it('erases a person: every table follows its policy, sessions are revoked, PersonErased is announced', async () => {
      const id = await registerOk({
        partnerId: westgate,
        displayName: 'Ellie Elmstead',
        roles: ['AMBASSADOR'],
        email: 'ellie@ambassadors.example',
      });
      await sg.query(
        `mutation($input: RecordConsentInput!) { recordConsent(input: $input) { errors { code } } }`,
        {
          input: {
            personId: id,
            kind: 'PHOTO_PUBLICITY',
            decision: 'GRANTED',
            givenBy: 'SELF',
            method: 'ONLINE',
          },
        },
      );
      await sg.query(
        `mutation($input: RecordSafeguardingCheckInput!) { recordSafeguardingCheck(input: $input) { errors { code } } }`,
        {
          input: {
            personId: id,
            kind: 'ENHANCED_DBS_BARRED_LIST',
            reference: '009876543210',
            checkedOn: '2025-01-01',
            checkedBy: 'EKST office',
            reviewOn: '2028-01-01',
          },
        },
      );
      const code = await sg.query<{ createSignInCode: { code: string } }>(
        `mutation($p: ID!) { createSignInCode(personId: $p) { code } }`,
        { p: id },
      );
      await sg.query(
        `mutation($c: String!) { redeemSignInCode(code: $c) { session { personId } } }`,
        { c: code.data!.createSignInCode.code },
      );
      await sg.query(
        `mutation { signIn(email: "ellie@ambassadors.example", password: "wrong-password") { errors { code } } }`,
      );
      const [{ sid }] = (await sg.running.dataSource.query(
        `SELECT id AS sid FROM session WHERE person_id = $1`,
        [id],
      )) as Array<{ sid: string }>;

      const res = await sg.query<{ erasePerson: { erasedId: string } }>(
        `mutation($p: ID!) { erasePerson(id: $p) { erasedId errors { code } } }`,
        { p: id },
      );
      expect(res.data?.erasePerson.erasedId).toBe(id);
      const db = sg.running.dataSource;
      for (const table of ['person', 'account', 'session', 'sign_in_code', 'consent_record']) {
        const col = table === 'person' ? 'id' : 'person_id';
        expect(await db.query(`SELECT 1 FROM ${table} WHERE ${col} = $1`, [id])).toEqual([]);
      }
      expect(await db.query(`SELECT count(*)::int AS n FROM sign_in_throttle`)).toEqual([{ n: 0 }]);
      expect(
        await db.query(
          `SELECT person_id, reference FROM safeguarding_check WHERE reference = '009876543210'`,
        ),
      ).toEqual([{ person_id: null, reference: '009876543210' }]);
      expect(
        await db.query(`SELECT reason FROM session_revocation WHERE session_id = $1`, [sid]),
      ).toEqual([{ reason: 'ERASURE' }]);
      expect((await outboxTypes(id)).at(-1)).toBe('PersonErased');
    });

    it('the retention job deletes expired sessions, codes and throttle rows and keeps consent', async () => {
      const db = sg.running.dataSource;
      const consents = (await db.query(`SELECT count(*)::int AS n FROM consent_record`)) as unknown;
      await db.query(
        `INSERT INTO session (id, person_id, refresh_hash, expires_at) VALUES ($1, $2, 'x', now() - interval '8 days')`,
        [randomUUID(), ids.teacher],
      );
      await db.query(
        `INSERT INTO sign_in_throttle (key_hash, failures, updated_at) VALUES ('k', 1, now() - interval '2 days')`,
      );
      const affected = await applyRetention(db, peopleModule.dataPolicies, new Date());
      expect(affected).toMatchObject({ session: 1, sign_in_throttle: 1 });
      expect(await db.query(`SELECT count(*)::int AS n FROM consent_record`)).toEqual(consents);
    });
  });

  describe('a person withdraws their own consent', () => {
    const RECORD = `mutation($input: RecordConsentInput!) { recordConsent(input: $input) {
      consent { decision givenBy method noticeVersion } state { kind granted decision } errors { code field }
    } }`;
    const WITHDRAW = `mutation($k: ConsentKind!, $v: String) { withdrawMyConsent(kind: $k, noticeVersion: $v) {
      consent { decision givenBy method noticeVersion } state { kind granted decision } errors { code field }
    } }`;
    interface Payload {
      consent: { decision: string; givenBy: string; method: string; noticeVersion: string | null };
      state: { kind: string; granted: boolean; decision: string } | null;
      errors: Array<{ code: string; field: string | null }>;
    }
    const recordsOf = async (personId: string) =>
      (
        (await sg.running.dataSource.query(
          `SELECT count(*)::int AS n FROM consent_record WHERE person_id = $1`,
          [personId],
        )) as Array<{ n: number }>
      )[0].n;
    const consentEvents = async (personId: string) =>
      (
        (await sg.running.dataSource.query(
          `SELECT envelope->'payload' AS p FROM outbox WHERE message_key = $1 AND envelope->>'type' = 'ConsentChanged' ORDER BY id`,
          [personId],
        )) as Array<{ p: unknown }>
      ).map((r) => r.p);

    it('a student withdraws online; a record, ConsentChanged on Kafka only when the state changes; never for someone else, never a grant', async () => {
      const id = await registerOk({
        partnerId: westgate,
        displayName: 'Mia Marlow',
        roles: ['STUDENT'],
        yearGroup: 10,
      });
      const mia = testCaller(['STUDENT'], { subject: id, partnerId: westgate });
      const classmate = testCaller(['STUDENT'], { subject: ids.classmate, partnerId: westgate });
      const granted = await sg.query<{ recordConsent: Payload }>(RECORD, {
        input: {
          personId: id,
          kind: 'TRIPS',
          decision: 'GRANTED',
          givenBy: 'PARENT_CARER',
          giverName: 'Jo Marlow',
          method: 'PAPER',
        },
      });
      expect(granted.data?.recordConsent.errors).toEqual([]);
      expect(await recordsOf(id)).toBe(1);

      // Another student can neither withdraw nor refuse for her (nor learn that she exists).
      const forOther = await sg.query<{ recordConsent: Payload }>(
        RECORD,
        {
          input: {
            personId: id,
            kind: 'TRIPS',
            decision: 'WITHDRAWN',
            givenBy: 'STUDENT',
            method: 'ONLINE',
          },
        },
        classmate,
      );
      expect(forOther.data?.recordConsent.errors).toEqual([
        { code: 'NOT_FOUND', field: 'personId' },
      ]);
      // She cannot grant on her own: that needs her school (and her parent's or carer's form).
      const ownGrant = await sg.query(
        RECORD,
        {
          input: {
            personId: id,
            kind: 'PHOTO_PUBLICITY',
            decision: 'GRANTED',
            givenBy: 'STUDENT',
            method: 'ONLINE',
          },
        },
        mia,
      );
      expect(ownGrant.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      // Her own record is online, by STUDENT, as of now: anything else is a typed error.
      const bad = await sg.query<{ recordConsent: Payload }>(
        RECORD,
        {
          input: {
            personId: id,
            kind: 'TRIPS',
            decision: 'WITHDRAWN',
            givenBy: 'PARENT_CARER',
            giverName: 'Jo Marlow',
            method: 'PAPER',
            givenAt: '2025-01-01T09:00:00Z',
          },
        },
        mia,
      );
      expect(bad.data?.recordConsent.errors).toEqual([
        { code: 'INVALID', field: 'givenBy' },
        { code: 'INVALID', field: 'method' },
        { code: 'INVALID', field: 'givenAt' },
      ]);
      const nobody = await sg.query<{ recordConsent: Payload }>(
        RECORD,
        { input: { personId: id, kind: 'TRIPS', decision: 'WITHDRAWN', method: 'ONLINE' } },
        mia,
      );
      expect(nobody.data?.recordConsent.errors).toEqual([
        { code: 'CONSENT_GIVER_REQUIRED', field: 'givenBy' },
      ]);
      expect(await recordsOf(id)).toBe(1);
      expect(await consentEvents(id)).toEqual([{ personId: id, kind: 'TRIPS', granted: true }]);

      const withdrawn = await sg.query<{ withdrawMyConsent: Payload }>(
        WITHDRAW,
        { k: 'TRIPS' },
        mia,
      );
      expect(withdrawn.data?.withdrawMyConsent).toEqual({
        consent: {
          decision: 'WITHDRAWN',
          givenBy: 'STUDENT',
          method: 'ONLINE',
          noticeVersion: null,
        },
        state: { kind: 'TRIPS', granted: false, decision: 'WITHDRAWN' },
        errors: [],
      });
      // Withdrawing again is another record but no change of state: no event.
      const again = await sg.query<{ withdrawMyConsent: Payload }>(WITHDRAW, { k: 'TRIPS' }, mia);
      expect(again.data?.withdrawMyConsent.errors).toEqual([]);
      // Refusing through recordConsent, as herself: the first photo record is announced.
      const refused = await sg.query<{ recordConsent: Payload }>(
        RECORD,
        {
          input: {
            personId: id,
            kind: 'PHOTO_PUBLICITY',
            decision: 'REFUSED',
            givenBy: 'STUDENT',
            method: 'ONLINE',
          },
        },
        mia,
      );
      expect(refused.data?.recordConsent.state).toEqual({
        kind: 'PHOTO_PUBLICITY',
        granted: false,
        decision: 'REFUSED',
      });
      expect(await recordsOf(id)).toBe(4);
      const expected = [
        { personId: id, kind: 'TRIPS', granted: true },
        { personId: id, kind: 'TRIPS', granted: false },
        { personId: id, kind: 'PHOTO_PUBLICITY', granted: false },
      ];
      expect(await consentEvents(id)).toEqual(expected);
      // Published: other services (events' check-in lists) learn of it through Kafka.
      await eventually(
        async () =>
          probe.received.filter((e) => e.aggregateId === id && e.type === 'ConsentChanged')
            .length === 3,
      );
      expect(
        probe.received
          .filter((e) => e.aggregateId === id && e.type === 'ConsentChanged')
          .map((e) => e.payload),
      ).toEqual(expected);
      const me = await sg.query<{
        me: { consentState: Array<{ kind: string; decision: string | null }> };
      }>(`{ me { consentState { kind decision } } }`, {}, mia);
      expect(me.data?.me.consentState).toEqual([
        { kind: 'PHOTO_PUBLICITY', decision: 'REFUSED' },
        { kind: 'TRIPS', decision: 'WITHDRAWN' },
        { kind: 'DATA_PROCESSING', decision: null },
      ]);
    });

    it('an adult withdraws from the privacy notice they consented to (SELF); an API key cannot', async () => {
      const id = await registerOk({
        partnerId: westgate,
        displayName: 'Tomas Thorne',
        roles: ['AMBASSADOR'],
        email: 'tomas@ambassadors.example',
      });
      const tomas = testCaller(['AMBASSADOR'], { subject: id, partnerId: westgate });
      const none = await sg.query<{ withdrawMyConsent: Payload }>(
        WITHDRAW,
        { k: 'DATA_PROCESSING' },
        tomas,
      );
      // Nothing to say which notice: a typed error, nothing written.
      expect(none.data?.withdrawMyConsent.errors).toEqual([
        { code: 'INVALID', field: 'noticeVersion' },
      ]);
      expect(await recordsOf(id)).toBe(0);
      await sg.query(RECORD, {
        input: {
          personId: id,
          kind: 'DATA_PROCESSING',
          decision: 'GRANTED',
          noticeVersion: '2025-09',
          givenBy: 'SELF',
          method: 'ONLINE',
        },
      });
      const withdrawn = await sg.query<{ withdrawMyConsent: Payload }>(
        WITHDRAW,
        { k: 'DATA_PROCESSING' },
        tomas,
      );
      expect(withdrawn.data?.withdrawMyConsent).toMatchObject({
        consent: {
          decision: 'WITHDRAWN',
          givenBy: 'SELF',
          method: 'ONLINE',
          noticeVersion: '2025-09',
        },
        state: { granted: false, decision: 'WITHDRAWN' },
        errors: [],
      });
      expect(await consentEvents(id)).toEqual([
        { personId: id, kind: 'DATA_PROCESSING', granted: true },
        { personId: id, kind: 'DATA_PROCESSING', granted: false },
      ]);
      const key = await sg.query(
        WITHDRAW,
        { k: 'TRIPS' },
        testCaller(['ASSOCIATE'], { kind: 'api-key', subject: 'museum-key', partnerId: westgate }),
      );
      expect(key.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(await recordsOf(id)).toBe(2);
    });
  });

  describe('setPassword ends the other sessions', () => {
    const anonymous = testCaller([], { kind: 'anonymous', subject: 'anonymous' });
    async function newSession(personId: string): Promise<{ sid: string; refreshToken: string }> {
      const code = await sg.query<{ createSignInCode: { code: string } }>(
        `mutation($p: ID!) { createSignInCode(personId: $p) { code } }`,
        { p: personId },
      );
      const r = await sg.query<{ redeemSignInCode: { session: { refreshToken: string } } }>(
        `mutation($c: String!) { redeemSignInCode(code: $c) { session { refreshToken } } }`,
        { c: code.data!.createSignInCode.code },
        anonymous,
      );
      const refreshToken = r.data!.redeemSignInCode.session.refreshToken;
      return { sid: refreshToken.split('.')[0], refreshToken };
    }
    const refresh = async (refreshToken: string) =>
      (
        await sg.query<{
          refreshSession: {
            session: { refreshToken: string } | null;
            errors: Array<{ code: string }>;
          };
        }>(
          `mutation($t: String!) { refreshSession(refreshToken: $t) { session { refreshToken } errors { code } } }`,
          { t: refreshToken },
          anonymous,
        )
      ).data!.refreshSession;
    async function revokedSids(): Promise<string[]> {
      const token = await signInternalToken(
        testCaller([], { kind: 'api-key', subject: 'gateway' }),
        { secret: DEV_INTERNAL_TOKEN_SECRET, audience: 'people' },
      );
      const base = sg.running.url.replace('/graphql', '');
      const list = (await (
        await fetch(
          `${base}/internal/revoked-sessions?since=${new Date(Date.now() - 60000).toISOString()}`,
          { headers: { [INTERNAL_TOKEN_HEADER]: token } },
        )
      ).json()) as { revoked: Array<{ sid: string }> };
      return list.revoked.map((r) => r.sid);
    }
    const SET = `mutation($c: String, $n: String!, $t: String) {
      setPassword(currentPassword: $c, newPassword: $n, refreshToken: $t) { revokedSessions errors { code field } }
    }`;

    it('keeps the session named by its refresh token, revokes the others for the gateway, and refuses a token not theirs', async () => {
      const id = await registerOk({
        partnerId: westgate,
        displayName: 'Hana Hollis',
        roles: ['TEACHER'],
        email: 'hana@westgate.example',
      });
      const hana = testCaller(['TEACHER'], { subject: id, partnerId: westgate });
      const laptop = await newSession(id);
      const phone = await newSession(id);
      const stranger = await newSession(ids.head);
      const sessionsOf = async (personId: string) =>
        (
          (await sg.running.dataSource.query(
            `SELECT id FROM session WHERE person_id = $1 ORDER BY id`,
            [personId],
          )) as Array<{ id: string }>
        ).map((r) => r.id);
      const both = [laptop.sid, phone.sid].sort();
      expect(await sessionsOf(id)).toEqual(both);

      // Someone else's refresh token does not keep anything: typed error, nothing changed.
      type SetResult = { setPassword: { revokedSessions: number; errors: unknown[] } };
      const wrong = await sg.query<SetResult>(
        SET,
        { n: 'a long enough passphrase', t: stranger.refreshToken },
        hana,
      );
      expect(wrong.data?.setPassword).toEqual({
        revokedSessions: 0,
        errors: [{ code: 'INVALID_REFRESH_TOKEN', field: 'refreshToken' }],
      });
      expect(
        await sg.running.dataSource.query(`SELECT 1 FROM account WHERE person_id = $1`, [id]),
      ).toEqual([]);
      expect(await sessionsOf(id)).toEqual(both);
      expect(await sessionsOf(ids.head)).toContain(stranger.sid);

      const set = await sg.query<SetResult>(
        SET,
        { n: 'a long enough passphrase', t: laptop.refreshToken },
        hana,
      );
      expect(set.data?.setPassword).toEqual({ revokedSessions: 1, errors: [] });
      expect(await sessionsOf(id)).toEqual([laptop.sid]);
      expect(await refresh(phone.refreshToken)).toEqual({
        session: null,
        errors: [{ code: 'INVALID_REFRESH_TOKEN' }],
      });
      const kept = await refresh(laptop.refreshToken);
      expect(kept.errors).toEqual([]);
      const listed = await revokedSids();
      expect(listed).toContain(phone.sid);
      expect(listed).not.toContain(laptop.sid);
      expect(
        await sg.running.dataSource.query(
          `SELECT reason FROM session_revocation WHERE session_id = $1`,
          [phone.sid],
        ),
      ).toEqual([{ reason: 'PASSWORD_CHANGE' }]);

      // Without a refresh token, the session the caller's token belongs to is kept...
      const desk = await newSession(id);
      const own = await sg.query<SetResult>(
        SET,
        { c: 'a long enough passphrase', n: 'a third long passphrase' },
        testCaller(['TEACHER'], { subject: id, partnerId: westgate, sessionId: desk.sid }),
      );
      expect(own.data?.setPassword).toEqual({ revokedSessions: 1, errors: [] });
      expect(await sessionsOf(id)).toEqual([desk.sid]);
      expect(await revokedSids()).toContain(laptop.sid);

      // ...and with neither, every session ends, the one in use too.
      const all = await sg.query<SetResult>(
        SET,
        { c: 'a third long passphrase', n: 'another long passphrase' },
        hana,
      );
      expect(all.data?.setPassword).toEqual({ revokedSessions: 1, errors: [] });
      expect(await sessionsOf(id)).toEqual([]);
      expect(await revokedSids()).toContain(desk.sid);
      expect((await refresh(kept.session!.refreshToken)).errors).toEqual([
        { code: 'INVALID_REFRESH_TOKEN' },
      ]);
    }, 30000);
  });
});
