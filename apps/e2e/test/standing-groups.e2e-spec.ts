import { randomBytes } from 'node:crypto';
import { devUserToken, gql, retryUntil, sharedTestStack } from '@ekst/testing';
import type { TestStack } from '@ekst/testing';

/**
 * Issue 14 through the gateway on the whole platform (real processes, Postgres, Kafka), each step
 * by the least-privileged role that takes it: the coordinator sets up the partnership choir with 8
 * rehearsals; a student joins ONCE and holds a place at all 8; the teacher in charge checks them
 * in at each; evaluation, hearing AttendanceRecorded over Kafka, counts 8 attendances in the
 * student's dose, which the student reads. A teacher's CPD record lists the CPD event they
 * attended; a teacher of another school cannot read it. On the worker's shared stack.
 */

interface UserErr {
  code: string;
  field: string | null;
}
const ERRORS = 'errors { code field }';
const codesOf = (errors: ReadonlyArray<{ extensions?: Record<string, unknown> }> | undefined) =>
  (errors ?? []).map((e) => e.extensions?.code);

/** The academic year (September to August) a date falls in. */
const academicYearOf = (d: Date) =>
  d.getUTCMonth() >= 8 ? d.getUTCFullYear() : d.getUTCFullYear() - 1;

describe('standing groups, dose and CPD records through the gateway', () => {
  const run = randomBytes(3).toString('hex');
  // the worker's shared platform (default configuration): this file keeps to its own data
  let stack: TestStack;
  let coordinator: string;

  const q = <T>(token: string | null, query: string, variables?: Record<string, unknown>) =>
    gql<T>(stack.gatewayUrl, token, query, variables);

  beforeAll(async () => {
    stack = await sharedTestStack();
    coordinator = await devUserToken({
      sub: '00000000-0000-4000-8000-0000000018c0',
      roles: ['COORDINATOR'],
    });
  }, 180000);

  async function createPartner(name: string, kind: string): Promise<string> {
    const r = await q<{ createPartner: { partner: { id: string } | null; errors: UserErr[] } }>(
      coordinator,
      `mutation($input: CreatePartnerInput!) { createPartner(input: $input) { partner { id } ${ERRORS} } }`,
      { input: { name: `${name} ${run}`, kind, town: 'Canterbury' } },
    );
    expect(r.data?.createPartner.errors).toEqual([]);
    return r.data!.createPartner.partner!.id;
  }

  async function registerPerson(
    partnerId: string,
    name: string,
    roles: string[],
    yearGroup?: number,
  ): Promise<string> {
    return retryUntil(async () => {
      const r = await q<{ registerPerson: { person: { id: string } | null; errors: UserErr[] } }>(
        coordinator,
        `mutation($input: RegisterPersonInput!) { registerPerson(input: $input) { person { id } ${ERRORS} } }`,
        { input: { partnerId, displayName: `${name} ${run}`, roles, yearGroup } },
      );
      return r.data?.registerPerson.person?.id;
    }, 'partner → people');
  }

  /** Gives a role at an event once events has heard of the person from people (Kafka). */
  async function assignRole(eventId: string, personId: string, role: string): Promise<void> {
    await retryUntil(async () => {
      const r = await q<{ assignEventRole: { errors: UserErr[] } }>(
        coordinator,
        `mutation($e: ID!, $p: ID!, $r: EventRoleKind!) { assignEventRole(eventId: $e, personId: $p, role: $r) { ${ERRORS} } }`,
        { e: eventId, p: personId, r: role },
      );
      return r.data?.assignEventRole.errors.length === 0 ? true : undefined;
    }, 'people → events (role)');
  }

  async function publish(id: string): Promise<void> {
    const r = await q<{ publishEvent: { errors: UserErr[] } }>(
      coordinator,
      `mutation($id: ID!) { publishEvent(id: $id) { ${ERRORS} } }`,
      { id },
    );
    expect(r.data?.publishEvent.errors).toEqual([]);
  }

  it('a choir member registers once, attends 8 rehearsals, and their dose counts 8; a CPD record is the teacher’s and their school’s', async () => {
    const stateSchool = await createPartner('Westgate Academy', 'STATE');
    const independentSchool = await createPartner('St Edmund’s', 'INDEPENDENT');
    const student = await registerPerson(stateSchool, 'Choir Student', ['STUDENT'], 9);
    const choirTeacher = await registerPerson(stateSchool, 'Music Teacher', ['TEACHER']);
    const cpdTeacher = await registerPerson(stateSchool, 'Science Teacher', ['TEACHER']);
    const otherTeacher = await registerPerson(independentSchool, 'Music Teacher', ['TEACHER']);
    const studentToken = await devUserToken({
      sub: student,
      roles: ['STUDENT'],
      partnerId: stateSchool,
    });
    const inChargeToken = await devUserToken({
      sub: choirTeacher,
      roles: ['TEACHER'],
      partnerId: stateSchool,
    });
    const cpdToken = await devUserToken({
      sub: cpdTeacher,
      roles: ['TEACHER'],
      partnerId: stateSchool,
    });
    const otherToken = await devUserToken({
      sub: otherTeacher,
      roles: ['TEACHER'],
      partnerId: independentSchool,
    });

    // Eight rehearsals close enough to now that check-in is open (from two hours before the
    // start) while they have not started yet, so the student can still register for them.
    const base = Date.now() + 45 * 60_000;
    const dates = Array.from({ length: 8 }, (_, i) => ({
      startsAt: new Date(base + i * 5 * 60_000).toISOString(),
      endsAt: new Date(base + i * 5 * 60_000 + 60 * 60_000).toISOString(),
    }));
    const series = await retryUntil(async () => {
      const r = await q<{
        createEventSeries: { events: Array<{ id: string }>; errors: UserErr[] };
      }>(
        coordinator,
        `mutation($i: CreateEventSeriesInput!) { createEventSeries(input: $i) { events { id } ${ERRORS} } }`,
        {
          i: {
            title: `Partnership Choir rehearsal ${run}`,
            kind: 'CHOIR',
            audience: 'STUDENTS',
            yearGroups: [9, 10],
            hostPartnerId: stateSchool,
            aims: ['COMMUNITY', 'WELLBEING'],
            capacity: 60,
            dates,
          },
        },
      );
      return r.data?.createEventSeries.errors.length === 0
        ? r.data.createEventSeries.events
        : undefined;
    }, 'partners-governance → events (host)');
    const rehearsals = series.map((e) => e.id);
    expect(rehearsals).toHaveLength(8);
    for (const id of rehearsals) await publish(id);

    const group = await q<{
      createStandingGroup: { standingGroup: { id: string }; errors: UserErr[] };
    }>(
      coordinator,
      `mutation { createStandingGroup(input: { title: "Partnership Choir ${run}", kind: CHOIR }) { standingGroup { id } ${ERRORS} } }`,
    );
    expect(group.data?.createStandingGroup.errors).toEqual([]);
    const groupId = group.data!.createStandingGroup.standingGroup.id;
    // A student may not set up a group's sessions.
    const studentAdds = await q(
      studentToken,
      `mutation($g: ID!, $e: [ID!]!) { addStandingGroupSessions(groupId: $g, eventIds: $e) { ${ERRORS} } }`,
      { g: groupId, e: rehearsals },
    );
    expect(codesOf(studentAdds.errors)).toEqual(['FORBIDDEN']);
    const added = await q<{ addStandingGroupSessions: { errors: UserErr[] } }>(
      coordinator,
      `mutation($g: ID!, $e: [ID!]!) { addStandingGroupSessions(groupId: $g, eventIds: $e) { ${ERRORS} } }`,
      { g: groupId, e: rehearsals },
    );
    expect(added.data?.addStandingGroupSessions.errors).toEqual([]);

    // The student joins once, for themself, and holds a place at every rehearsal.
    const joined = await retryUntil(async () => {
      const r = await q<{
        joinStandingGroup: {
          standingGroup: { isMember: boolean };
          registrations: Array<{
            status: string;
            event: { id: string; standingGroup: { id: string } };
          }>;
          errors: UserErr[];
        };
      }>(
        studentToken,
        `mutation($g: ID!, $p: ID!) { joinStandingGroup(groupId: $g, personId: $p) {
          standingGroup { isMember } registrations { status event { id standingGroup { id } } } ${ERRORS} } }`,
        { g: groupId, p: student },
      );
      return r.data?.joinStandingGroup.errors.length === 0 ? r.data.joinStandingGroup : undefined;
    }, 'people → events (student)');
    expect(joined.standingGroup.isMember).toBe(true);
    expect(joined.registrations.map((r) => r.status)).toEqual(Array(8).fill('REGISTERED'));
    expect(joined.registrations.map((r) => r.event.id).sort()).toEqual([...rehearsals].sort());
    expect(new Set(joined.registrations.map((r) => r.event.standingGroup.id))).toEqual(
      new Set([groupId]),
    );

    // The teacher in charge of each rehearsal checks the student in; another school's teacher may not.
    for (const id of rehearsals) await assignRole(id, choirTeacher, 'TEACHER_IN_CHARGE');
    const CHECK_IN = `mutation($e: ID!, $p: ID!) { checkIn(eventId: $e, personId: $p) { registration { status } ${ERRORS} } }`;
    expect(
      codesOf((await q(otherToken, CHECK_IN, { e: rehearsals[0], p: student })).errors),
    ).toEqual(['FORBIDDEN']);
    for (const id of rehearsals) {
      const r = await q<{
        checkIn: { registration: { status: string } | null; errors: UserErr[] };
      }>(inChargeToken, CHECK_IN, { e: id, p: student });
      expect(r.data?.checkIn).toEqual({ registration: { status: 'ATTENDED' }, errors: [] });
    }

    // Evaluation counts each attended session: the student reads a dose of 8.
    const year = academicYearOf(new Date(base));
    const DOSE = `query($y: Int!) { me { attendanceDose(academicYear: $y) } }`;
    const dose = await retryUntil(
      async () => {
        const r = await q<{ me: { attendanceDose: number | null } | null }>(studentToken, DOSE, {
          y: year,
        });
        return r.data?.me?.attendanceDose === 8 ? 8 : undefined;
      },
      'events → evaluation (AttendanceRecorded × 8)',
      { timeoutMs: 60000 },
    );
    expect(dose).toBe(8);
    const othersDose = await q<{ person: { attendanceDose: number | null } | null }>(
      otherToken,
      `query($p: ID!, $y: Int!) { person(id: $p) { attendanceDose(academicYear: $y) } }`,
      { p: student, y: year },
    );
    expect(othersDose.data?.person?.attendanceDose ?? null).toBeNull();

    // A CPD session: the teacher attends; their CPD record lists it, for them and not for others.
    const cpd = await q<{ createEvent: { event: { id: string }; errors: UserErr[] } }>(
      coordinator,
      `mutation($i: CreateEventInput!) { createEvent(input: $i) { event { id } ${ERRORS} } }`,
      {
        i: {
          title: `Assessment for learning CPD ${run}`,
          kind: 'CPD',
          audience: 'TEACHERS',
          hostPartnerId: stateSchool,
          startsAt: new Date(base).toISOString(),
          endsAt: new Date(base + 90 * 60_000).toISOString(),
          aims: ['RAISING_ASPIRATIONS'],
          capacity: 30,
        },
      },
    );
    expect(cpd.data?.createEvent.errors).toEqual([]);
    const cpdId = cpd.data!.createEvent.event.id;
    await publish(cpdId);
    const registered = await retryUntil(async () => {
      const r = await q<{ registerForEvent: { errors: UserErr[] } }>(
        cpdToken,
        `mutation($e: ID!, $p: ID!) { registerForEvent(eventId: $e, personId: $p) { ${ERRORS} } }`,
        { e: cpdId, p: cpdTeacher },
      );
      return r.data?.registerForEvent.errors.length === 0 ? true : undefined;
    }, 'people → events (teacher)');
    expect(registered).toBe(true);
    await assignRole(cpdId, choirTeacher, 'TEACHER_IN_CHARGE');
    const cpdCheckIn = await q<{ checkIn: { errors: UserErr[] } }>(inChargeToken, CHECK_IN, {
      e: cpdId,
      p: cpdTeacher,
    });
    expect(cpdCheckIn.data?.checkIn.errors).toEqual([]);

    const RECORD = `query($p: ID!, $y: Int!) { person(id: $p) { id cpdRecord(academicYear: $y) {
      totalHours entries { event { id } kind participation hours } } } }`;
    const mine = await q<{
      person: { cpdRecord: { totalHours: number; entries: unknown[] } | null } | null;
    }>(cpdToken, RECORD, { p: cpdTeacher, y: year });
    expect(mine.errors).toBeUndefined();
    expect(mine.data?.person?.cpdRecord).toEqual({
      totalHours: 1.5,
      entries: [{ event: { id: cpdId }, kind: 'CPD', participation: 'ATTENDED', hours: 1.5 }],
    });
    // Another school's teacher: the record never comes back (FORBIDDEN, or the person is hidden).
    const theirs = await q<{ person: { cpdRecord: unknown } | null }>(otherToken, RECORD, {
      p: cpdTeacher,
      y: year,
    });
    expect(theirs.data?.person?.cpdRecord ?? null).toBeNull();
    if (theirs.data?.person) expect(codesOf(theirs.errors)).toContain('FORBIDDEN');
    // A colleague at the same school is not their appraiser either.
    const colleague = await q<{ person: { cpdRecord: unknown } | null }>(inChargeToken, RECORD, {
      p: cpdTeacher,
      y: year,
    });
    expect(colleague.data?.person?.cpdRecord ?? null).toBeNull();

    // The same record as a file through the gateway: the teacher's CSV and printable page; 403 for others.
    const file = (token: string, name: string) =>
      fetch(new URL(`/people/${cpdTeacher}/${name}?academicYear=${year}`, stack.gatewayUrl), {
        headers: { authorization: `Bearer ${token}` },
      });
    const csv = await file(cpdToken, 'cpd.csv');
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    const csvLines = (await csv.text()).trim().split('\n');
    expect(csvLines[0]).toBe('date,title,kind,participation,hours');
    expect(csvLines.slice(1)).toHaveLength(1);
    expect(csvLines[1]).toContain(`Assessment for learning CPD ${run}`);
    expect(csvLines[1]).toMatch(/,CPD,ATTENDED,1\.50$/);
    const page = await file(cpdToken, 'cpd.html');
    expect(page.status).toBe(200);
    expect(await page.text()).toContain(`Assessment for learning CPD ${run}`);
    expect((await file(otherToken, 'cpd.csv')).status).toBe(403);

    // The whole programme as an iCalendar feed: a student subscribes; the secret URL needs no sign-in.
    const feed = await q<{ createCalendarFeed: { token: string | null; errors: UserErr[] } }>(
      studentToken,
      `mutation { createCalendarFeed(scope: PROGRAMME) { token ${ERRORS} } }`,
    );
    expect(feed.data?.createCalendarFeed.errors).toEqual([]);
    const ics = await fetch(
      new URL(`/calendars/${feed.data!.createCalendarFeed.token}.ics`, stack.gatewayUrl),
    );
    expect(ics.status).toBe(200);
    expect(ics.headers.get('content-type')).toMatch(/^text\/calendar/);
    const body = await ics.text();
    for (const id of [...rehearsals, cpdId]) expect(body).toContain(`UID:${id}@events.ekst`);
    expect(body).not.toContain('Choir Student');
  }, 400000);
});
