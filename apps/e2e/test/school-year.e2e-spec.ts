import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import type { Role } from '@ekst/auth';
import { devUserToken, gql, retryUntil, TestStack } from '@ekst/testing';
import type { SUBGRAPHS } from '@ekst/testing';

/**
 * Issue 14 (people part), through the gateway on ports 57xx with real Kafka: a champion imports
 * their school's roster (dry run, then for real; a date-of-birth file refused; another school's
 * champion FORBIDDEN); a host champion finds a visiting student registered at their event by a
 * name prefix, and not one who is not registered; the coordinator runs the September rollover
 * once (a second run is ALREADY_ROLLED); events' and evaluation's projections show the new year
 * groups; a Year 13 leaver can no longer sign in with a school code.
 */

interface UserErr {
  code: string;
  field: string | null;
  message: string;
}
const ERRORS = 'errors { code field message }';
const IMPORT = `mutation($input: ImportRosterInput!) { importRoster(input: $input) {
  report { dryRun created updated unchanged refused rows { line outcome reason personId } } ${ERRORS} } }`;
interface ImportAnswer {
  importRoster: {
    report: {
      dryRun: boolean;
      created: number;
      updated: number;
      unchanged: number;
      refused: number;
      rows: Array<{
        line: number;
        outcome: string;
        reason: string | null;
        personId: string | null;
      }>;
    } | null;
    errors: UserErr[];
  };
}

describe('a school year: roster import, check-in by name, September rollover', () => {
  const run = randomBytes(3).toString('hex');
  const stack = new TestStack('school-year', 1700);
  let coordinator: string;
  const ids = {} as Record<
    'host' | 'visiting' | 'hostChampion' | 'visitingChampion' | 'event',
    string
  >;
  const students: Record<string, string> = {};

  const q = <T>(token: string | null, query: string, variables?: Record<string, unknown>) =>
    gql<T>(stack.gatewayUrl, token, query, variables);

  async function sql<T>(
    service: (typeof SUBGRAPHS)[number]['name'],
    text: string,
    params: unknown[] = [],
  ): Promise<T[]> {
    const c = new Client({ connectionString: stack.databaseUrlOf(service) });
    await c.connect();
    try {
      return (await c.query(text, params)).rows as T[];
    } finally {
      await c.end();
    }
  }

  const token = (sub: string, roles: Role[], partnerId: string) =>
    devUserToken({ sub, roles, partnerId });

  async function createPartner(name: string): Promise<string> {
    const r = await q<{ createPartner: { partner: { id: string } | null; errors: UserErr[] } }>(
      coordinator,
      `mutation($input: CreatePartnerInput!) { createPartner(input: $input) { partner { id } ${ERRORS} } }`,
      { input: { name: `${name} ${run}`, kind: 'STATE', town: 'Canterbury' } },
    );
    expect(r.data?.createPartner.errors).toEqual([]);
    return r.data!.createPartner.partner!.id;
  }

  async function registerAdult(
    partnerId: string,
    displayName: string,
    role: Role,
  ): Promise<string> {
    return retryUntil(async () => {
      const r = await q<{ registerPerson: { person: { id: string } | null } }>(
        coordinator,
        `mutation($input: RegisterPersonInput!) { registerPerson(input: $input) { person { id } ${ERRORS} } }`,
        {
          input: {
            partnerId,
            displayName,
            roles: [role],
            email: `${displayName.split(' ')[0].toLowerCase()}.${run}@school.example`,
          },
        },
      );
      return r.data?.registerPerson.person?.id;
    }, 'partner → people');
  }

  const ROSTER = [
    'Display name,Year group,MIS id',
    `Zoë Ångström ${run},9,V-001`,
    `Zoe Absent ${run},9,V-002`,
    `Yusuf Twelve ${run},12,V-003`,
    `Lena Leaver ${run},13,V-004`,
    `Too Old ${run},14,V-005`,
  ].join('\r\n');

  beforeAll(async () => {
    await stack.start();
    coordinator = await devUserToken({
      sub: '00000000-0000-4000-8000-0000000017c0',
      roles: ['COORDINATOR'],
    });
    [ids.host, ids.visiting] = await Promise.all([
      createPartner('Hersden Host School'),
      createPartner('Visiting Valley Academy'),
    ]);
    [ids.hostChampion, ids.visitingChampion] = await Promise.all([
      registerAdult(ids.host, `Hattie Host ${run}`, 'CHAMPION'),
      registerAdult(ids.visiting, `Vince Visiting ${run}`, 'CHAMPION'),
    ]);
  }, 240000);

  afterAll(async () => {
    await stack?.dispose();
  });

  it("the visiting school's champion imports its roster: a dry run reports the bad row and writes nothing, the import creates the rest, again changes nothing", async () => {
    const champion = await token(ids.visitingChampion, ['CHAMPION'], ids.visiting);
    const input = { partnerId: ids.visiting, kind: 'STUDENTS', csv: ROSTER };
    const dry = await q<ImportAnswer>(champion, IMPORT, { input });
    expect(dry.errors).toBeUndefined();
    expect(dry.data!.importRoster.report).toMatchObject({ dryRun: true, created: 4, refused: 1 });
    expect(dry.data!.importRoster.report!.rows[4]).toMatchObject({
      line: 6,
      outcome: 'REFUSED',
      reason: 'BAD_YEAR_GROUP',
    });
    expect(
      await sql(
        'people',
        `SELECT 1 FROM person WHERE partner_id = $1 AND 'STUDENT' = ANY (roles)`,
        [ids.visiting],
      ),
    ).toEqual([]);

    const real = await q<ImportAnswer>(champion, IMPORT, { input: { ...input, dryRun: false } });
    expect(real.data!.importRoster.report).toMatchObject({ dryRun: false, created: 4, refused: 1 });
    const [zoe, absent, twelve, leaver] = real.data!.importRoster.report!.rows.map(
      (r) => r.personId,
    );
    Object.assign(students, { zoe, absent, twelve, leaver });

    const again = await q<ImportAnswer>(champion, IMPORT, { input: { ...input, dryRun: false } });
    expect(again.data!.importRoster.report).toMatchObject({ created: 0, updated: 0, unchanged: 4 });
  });

  it('a date-of-birth column refuses the file, and the host champion may not import for the visiting school', async () => {
    const champion = await token(ids.visitingChampion, ['CHAMPION'], ids.visiting);
    const dob = await q<ImportAnswer>(champion, IMPORT, {
      input: {
        partnerId: ids.visiting,
        kind: 'STUDENTS',
        dryRun: false,
        csv: `Name,Year,DOB\nNew Kid ${run},7,2015-01-02\n`,
      },
    });
    expect(dob.data!.importRoster.errors).toEqual([
      expect.objectContaining({ code: 'DATE_OF_BIRTH_COLUMN', field: 'csv' }),
    ]);
    expect(JSON.stringify(dob)).not.toContain('2015-01-02');
    const other = await token(ids.hostChampion, ['CHAMPION'], ids.host);
    const forbidden = await q<ImportAnswer>(other, IMPORT, {
      input: { partnerId: ids.visiting, kind: 'STUDENTS', csv: ROSTER },
    });
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(
      await sql('people', `SELECT 1 FROM person WHERE display_name = $1`, [`New Kid ${run}`]),
    ).toEqual([]);
  });

  it('a host champion finds a visiting student registered at their event by a name prefix, and not one who is not registered', async () => {
    const startsAt = Date.now() + 7 * 86_400_000;
    ids.event = await retryUntil(async () => {
      const r = await q<{ createEvent: { event: { id: string } | null } }>(
        coordinator,
        `mutation($input: CreateEventInput!) { createEvent(input: $input) { event { id } ${ERRORS} } }`,
        {
          input: {
            title: `Science Fair ${run}`,
            kind: 'OTHER',
            audience: 'STUDENTS',
            yearGroups: [9, 10],
            hostPartnerId: ids.host,
            startsAt: new Date(startsAt).toISOString(),
            endsAt: new Date(startsAt + 3 * 3_600_000).toISOString(),
            aims: ['COMMUNITY'],
            capacity: 20,
          },
        },
      );
      return r.data?.createEvent.event?.id;
    }, 'partner → events');
    const published = await q<{ publishEvent: { errors: UserErr[] } }>(
      coordinator,
      `mutation($id: ID!) { publishEvent(id: $id) { event { status } ${ERRORS} } }`,
      { id: ids.event },
    );
    expect(published.data?.publishEvent.errors).toEqual([]);
    await retryUntil(async () => {
      const r = await q<{ registerForEvent: { registration: { status: string } | null } }>(
        coordinator,
        `mutation($e: ID!, $p: ID!) { registerForEvent(eventId: $e, personId: $p) { registration { status } ${ERRORS} } }`,
        { e: ids.event, p: students.zoe },
      );
      return r.data?.registerForEvent.registration?.status;
    }, 'people → events');

    const hostChampion = await token(ids.hostChampion, ['CHAMPION'], ids.host);
    const SEARCH = `query($e: ID!, $p: String!) { eventRegistrantSearch(eventId: $e, namePrefix: $p) {
      id displayName yearGroup email } }`;
    const found = await retryUntil(async () => {
      const r = await q<{ eventRegistrantSearch: Array<{ id: string }> }>(hostChampion, SEARCH, {
        e: ids.event,
        p: 'zoe',
      });
      return r.data?.eventRegistrantSearch.length ? r.data.eventRegistrantSearch : null;
    }, 'registration → people');
    expect(found).toEqual([
      { id: students.zoe, displayName: `Zoë Ångström ${run}`, yearGroup: 9, email: null },
    ]);
    // "Zoe Absent" shares the prefix but is not registered; nor is anyone found by her name
    const absent = await q<{ eventRegistrantSearch: unknown[] }>(hostChampion, SEARCH, {
      e: ids.event,
      p: 'Zoe Ab',
    });
    expect(absent.data!.eventRegistrantSearch).toEqual([]);
    // a teacher of the visiting school is not on the event's staff: FORBIDDEN
    const visitingChampion = await token(ids.visitingChampion, ['CHAMPION'], ids.visiting);
    const refused = await q(visitingChampion, SEARCH, { e: ids.event, p: 'zoe' });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('the registrations CSV shows each caller no column value the graph hides from them', async () => {
    const ALL =
      'registration_id,person_id,partner_id,status,waitlist_position,registered_at,checked_in_at,checked_out_at,year_group,photo_consent,photo_consent_refused,check_in_code';
    const GRAPH = `query($id: ID!) { event(id: $id) { registrations {
      id status waitlistPosition registeredAt checkedInAt checkedOutAt checkInCode photoConsent
      photoConsentRefused person { id yearGroup partner { id } } } } }`;
    interface GraphRow {
      id: string;
      status: string;
      waitlistPosition: number | null;
      checkedInAt: string | null;
      checkInCode: string | null;
      photoConsent: string;
      photoConsentRefused: boolean;
      person: { id: string; yearGroup: number | null; partner: { id: string } | null } | null;
    }
    const base = stack.gatewayUrl.replace(/\/graphql$/, '');
    const hostChampion = await token(ids.hostChampion, ['CHAMPION'], ids.host);
    const visitingChampion = await token(ids.visitingChampion, ['CHAMPION'], ids.visiting);
    for (const caller of [hostChampion, visitingChampion, coordinator]) {
      const res = await fetch(`${base}/events/${ids.event}/registrations.csv?columns=${ALL}`, {
        headers: { authorization: `Bearer ${caller}` },
      });
      const graph = await q<{ event: { registrations: GraphRow[] | null } | null }>(caller, GRAPH, {
        id: ids.event,
      });
      const seen = graph.data?.event?.registrations ?? null;
      if (seen === null) {
        // the graph shows this caller no registrations: neither does the file
        expect(res.status).toBe(403);
        continue;
      }
      expect(res.status).toBe(200);
      const [header, ...lines] = (await res.text()).trim().split('\n');
      // no column of the file is something the graph does not have (no names, no contact details)
      expect(header.split(',')).toEqual(ALL.split(','));
      const rows = lines.map((l) =>
        Object.fromEntries(l.split(',').map((v, i) => [header.split(',')[i], v])),
      );
      const byId = new Map(seen.map((r) => [r.id, r]));
      expect(rows).toHaveLength(seen.length);
      for (const row of rows) {
        const g = byId.get(row.registration_id);
        expect(g).toBeDefined();
        expect(row.status).toBe(g!.status);
        expect(row.check_in_code).toBe(g!.checkInCode ?? '');
        expect(row.photo_consent).toBe(g!.photoConsent);
        expect(row.photo_consent_refused).toBe(g!.photoConsentRefused ? 'yes' : 'no');
        // the person's year group and partner are in the file only where the graph shows the person
        expect(g!.person).not.toBeNull();
        expect(row.person_id).toBe(g!.person!.id);
        expect(row.year_group).toBe(String(g!.person!.yearGroup ?? ''));
        expect(row.partner_id).toBe(g!.person!.partner?.id ?? '');
      }
    }
    // the host champion sees the visiting student's registration but not her check-in code
    const hostFile = await fetch(
      `${base}/events/${ids.event}/registrations.csv?columns=person_id,check_in_code`,
      {
        headers: { authorization: `Bearer ${hostChampion}` },
      },
    );
    expect((await hostFile.text()).trim().split('\n').slice(1)).toEqual([`${students.zoe},`]);
  });

  it('the coordinator rolls the year over once; every projection shows the new year groups; the leaver cannot sign in', async () => {
    // the leaver had a school code before September
    const champion = await token(ids.visitingChampion, ['CHAMPION'], ids.visiting);
    const CODE = `mutation($id: ID!) { createSignInCode(personId: $id) { code ${ERRORS} } }`;
    const before = await q<{ createSignInCode: { code: string } }>(champion, CODE, {
      id: students.leaver,
    });
    const leaverCode = before.data!.createSignInCode.code;
    expect(leaverCode).toBeTruthy();
    // events and evaluation know the students' year groups before
    for (const service of ['events', 'evaluation'] as const)
      await retryUntil(async () => {
        const rows = await sql(
          service,
          `SELECT 1 FROM person_projection WHERE id = ANY ($1::uuid[])`,
          [Object.values(students)],
        );
        return rows.length === 4 ? rows : null;
      }, `people → ${service}`);

    const RUN = `mutation($y: Int!) { runRollover(academicYear: $y) { rollover { movedUp left } ${ERRORS} } }`;
    const asChampion = await q(champion, RUN, { y: 2026 });
    expect(asChampion.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const preview = await q<{
      previewRollover: { movingUp: number; leaving: number; leavers: Array<{ id: string }> };
    }>(
      coordinator,
      `query { previewRollover(academicYear: 2026) { movingUp leaving leavers { id } } }`,
    );
    expect(preview.data!.previewRollover).toEqual({
      movingUp: 3,
      leaving: 1,
      leavers: [{ id: students.leaver }],
    });
    const rolled = await q<{ runRollover: { rollover: unknown; errors: UserErr[] } }>(
      coordinator,
      RUN,
      {
        y: 2026,
      },
    );
    expect(rolled.data!.runRollover).toEqual({ rollover: { movedUp: 3, left: 1 }, errors: [] });
    const again = await q<{ runRollover: { rollover: unknown; errors: UserErr[] } }>(
      coordinator,
      RUN,
      {
        y: 2026,
      },
    );
    expect(again.data!.runRollover.rollover).toBeNull();
    expect(again.data!.runRollover.errors.map((e) => e.code)).toEqual(['ALREADY_ROLLED']);

    const expected = { [students.zoe]: 10, [students.absent]: 10, [students.twelve]: 13 };
    // through the graph (people's own view)...
    const seen = await q<{ person: { yearGroup: number; leftOn: string | null } }>(
      champion,
      `query($id: ID!) { person(id: $id) { yearGroup leftOn } }`,
      { id: students.zoe },
    );
    expect(seen.data!.person).toEqual({ yearGroup: 10, leftOn: null });
    // ...and in each service that keeps year groups (teacher-swap keeps teachers' partner and
    // roles only: a year group means nothing to it)
    for (const service of ['events', 'evaluation'] as const) {
      await retryUntil(async () => {
        const rows = await sql<{ id: string; year_group: number }>(
          service,
          `SELECT id, year_group FROM person_projection WHERE id = ANY ($1::uuid[])`,
          [Object.keys(expected)],
        );
        return rows.length === 3 && rows.every((r) => r.year_group === expected[r.id])
          ? rows
          : null;
      }, `rollover → ${service}`);
    }

    const redeem = await q<{ redeemSignInCode: { session: unknown; errors: UserErr[] } }>(
      null,
      `mutation($c: String!) { redeemSignInCode(code: $c) { session { accessToken } ${ERRORS} } }`,
      { c: leaverCode },
    );
    expect(redeem.data!.redeemSignInCode.session).toBeNull();
    expect(redeem.data!.redeemSignInCode.errors.map((e) => e.code)).toEqual(['INVALID_CODE']);
    const fresh = await q<{ createSignInCode: { code: string | null; errors: UserErr[] } }>(
      champion,
      CODE,
      { id: students.leaver },
    );
    expect(fresh.data!.createSignInCode.errors.map((e) => e.code)).toEqual(['PERSON_LEFT']);
  });
});
