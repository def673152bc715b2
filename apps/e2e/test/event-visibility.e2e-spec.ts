import { randomBytes } from 'node:crypto';
import type { Role } from '@ekst/auth';
import { devUserToken, gql, retryUntil, sharedTestStack } from '@ekst/testing';
import type { TestStack } from '@ekst/testing';

/**
 * Issue 8, defect 1, through the gateway (the worker's shared stack): an event at school A with two of A's and
 * two of B's students. Each least-privileged caller reads the event with the people in it:
 * A's teacher, champion and head see all four names and year groups; a visiting student of B sees
 * the adults running it and nobody else; a teacher of a third school C sees the event and no one.
 * Hiding a person nulls that person, never the event: no `valueCompletion`, no null event.
 */

interface UserErr {
  code: string;
  field: string | null;
  message: string;
}
const ERRORS = 'errors { code field message }';

interface PersonView {
  id: string;
  displayName: string;
  yearGroup: number | null;
  email: string | null;
  phone: string | null;
}
interface EventView {
  id: string;
  title: string;
  registrations: Array<{ status: string; person: PersonView | null }> | null;
  roles: Array<{ role: string; person: PersonView | null }>;
}
type Answer = Awaited<ReturnType<typeof gql<{ event: EventView | null }>>> & {
  extensions?: Record<string, unknown>;
};

const PERSON = 'person { id displayName yearGroup email phone }';
const EVENT_WITH_PEOPLE = `query($id: ID!) { event(id: $id) {
  id title registrations { status ${PERSON} } roles { role ${PERSON} } } }`;

describe('who sees the people at an event: host staff, visiting students, other schools', () => {
  const run = randomBytes(3).toString('hex');
  // the worker's shared platform (default configuration): this file keeps to its own data
  let stack: TestStack;
  let coordinator: string;

  const q = <T>(token: string | null, query: string, variables?: Record<string, unknown>) =>
    gql<T>(stack.gatewayUrl, token, query, variables);

  const ids = {} as Record<
    | 'schoolA'
    | 'schoolB'
    | 'schoolC'
    | 'headA'
    | 'championA'
    | 'teacherA'
    | 'studentA1'
    | 'studentA2'
    | 'studentB1'
    | 'studentB2'
    | 'teacherC'
    | 'event',
    string
  >;
  const NAMES = {
    studentA1: `Ava Ashford ${run}`,
    studentA2: `Alfie Appleby ${run}`,
    studentB1: `Bea Brookland ${run}`,
    studentB2: `Ben Bramling ${run}`,
    teacherA: `Tom Tenterden ${run}`,
    championA: `Cara Chartham ${run}`,
  };

  async function createPartner(name: string): Promise<string> {
    const r = await q<{ createPartner: { partner: { id: string } | null; errors: UserErr[] } }>(
      coordinator,
      `mutation($input: CreatePartnerInput!) { createPartner(input: $input) { partner { id } ${ERRORS} } }`,
      { input: { name: `${name} ${run}`, kind: 'STATE', town: 'Faversham' } },
    );
    expect(r.data?.createPartner.errors).toEqual([]);
    return r.data!.createPartner.partner!.id;
  }

  /** Retries while the partner is still on its way to people. */
  async function registerPerson(input: Record<string, unknown>): Promise<string> {
    return retryUntil(async () => {
      const r = await q<{
        registerPerson: { person: { id: string } | null; errors: UserErr[] };
      }>(
        coordinator,
        `mutation($input: RegisterPersonInput!) { registerPerson(input: $input) { person { id } ${ERRORS} } }`,
        { input },
      );
      return r.data?.registerPerson.person?.id;
    }, 'partner → people');
  }

  const token = (sub: string, roles: Role[], partnerId: string) =>
    devUserToken({ sub, roles, partnerId });

  async function eventAs(t: string): Promise<Answer> {
    return (await q<{ event: EventView | null }>(t, EVENT_WITH_PEOPLE, {
      id: ids.event,
    })) as Answer;
  }

  /** The answer must keep the event whatever is hidden inside it. */
  function expectEventKept(r: Answer): EventView {
    expect(r.status).toBe(200);
    expect(r.extensions?.valueCompletion).toBeUndefined();
    expect(r.data?.event).not.toBeNull();
    expect(r.data!.event!.id).toBe(ids.event);
    return r.data!.event!;
  }

  const students = () => [ids.studentA1, ids.studentA2, ids.studentB1, ids.studentB2];

  beforeAll(async () => {
    stack = await sharedTestStack();
    coordinator = await devUserToken({
      sub: '00000000-0000-4000-8000-0000000006c0',
      roles: ['COORDINATOR'],
    });
    [ids.schoolA, ids.schoolB, ids.schoolC] = await Promise.all([
      createPartner('Abbey School'),
      createPartner('Brents Academy'),
      createPartner('Chalk Hill College'),
    ]);
    const at = (partnerId: string, displayName: string, roles: Role[], extra = {}) =>
      registerPerson({ partnerId, displayName, roles, ...extra });
    [
      ids.headA,
      ids.championA,
      ids.teacherA,
      ids.studentA1,
      ids.studentA2,
      ids.studentB1,
      ids.studentB2,
      ids.teacherC,
    ] = await Promise.all([
      at(ids.schoolA, `Hana Hernhill ${run}`, ['HEAD'], { email: `head.${run}@abbey.example` }),
      at(ids.schoolA, NAMES.championA, ['CHAMPION'], {
        email: `champion.${run}@abbey.example`,
        phone: '01795 000 111',
      }),
      at(ids.schoolA, NAMES.teacherA, ['TEACHER'], {
        email: `tom.${run}@abbey.example`,
        phone: '01795 000 222',
      }),
      at(ids.schoolA, NAMES.studentA1, ['STUDENT'], { yearGroup: 9 }),
      at(ids.schoolA, NAMES.studentA2, ['STUDENT'], { yearGroup: 10 }),
      at(ids.schoolB, NAMES.studentB1, ['STUDENT'], { yearGroup: 9 }),
      at(ids.schoolB, NAMES.studentB2, ['STUDENT'], { yearGroup: 10 }),
      at(ids.schoolC, `Cole Challock ${run}`, ['TEACHER'], { email: `cole.${run}@chalk.example` }),
    ]);

    // A sports afternoon at school A next week, run by A's teacher, with A's champion organising.
    const startsAt = Date.now() + 7 * 86_400_000;
    ids.event = await retryUntil(async () => {
      const r = await q<{ createEvent: { event: { id: string } | null; errors: UserErr[] } }>(
        coordinator,
        `mutation($input: CreateEventInput!) { createEvent(input: $input) { event { id } ${ERRORS} } }`,
        {
          input: {
            title: `Inter-school Netball ${run}`,
            kind: 'SPORT',
            audience: 'STUDENTS',
            yearGroups: [9, 10],
            hostPartnerId: ids.schoolA,
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

    for (const personId of students()) {
      await retryUntil(async () => {
        const r = await q<{
          registerForEvent: { registration: { status: string } | null; errors: UserErr[] };
        }>(
          coordinator,
          `mutation($e: ID!, $p: ID!) { registerForEvent(eventId: $e, personId: $p) { registration { status } ${ERRORS} } }`,
          { e: ids.event, p: personId },
        );
        return r.data?.registerForEvent.registration?.status;
      }, 'people → events');
    }
    for (const [personId, role] of [
      [ids.teacherA, 'TEACHER_IN_CHARGE'],
      [ids.championA, 'ORGANISER'],
    ]) {
      await retryUntil(async () => {
        const r = await q<{ assignEventRole: { role: { role: string } | null } }>(
          coordinator,
          `mutation($e: ID!, $p: ID!, $r: EventRoleKind!) { assignEventRole(eventId: $e, personId: $p, role: $r) { role { role } ${ERRORS} } }`,
          { e: ids.event, p: personId, r: role },
        );
        return r.data?.assignEventRole.role?.role;
      }, 'people → events (role)');
    }
  }, 240000);

  it.each([
    ['teacher', 'teacherA', ['TEACHER']],
    ['champion', 'championA', ['CHAMPION']],
    ['head', 'headA', ['HEAD']],
  ] as Array<[string, 'teacherA' | 'championA' | 'headA', Role[]]>)(
    "A's %s sees the event with all four registrants' names and year groups, no visitor's contact details",
    async (_label, who, roles) => {
      const t = await token(ids[who], roles, ids.schoolA);
      // Registrations reach people through Kafka: wait until all four are linked to the event.
      let last: Answer | null = null;
      const r = await retryUntil(
        async () => {
          last = await eventAs(t);
          const persons = last.data?.event?.registrations?.map((x) => x.person) ?? [];
          return persons.length === 4 && persons.every(Boolean) ? last : null;
        },
        'registrations → people',
        { detail: () => ({ who, last }) },
      );
      expect(r.errors).toBeUndefined();
      const event = expectEventKept(r);
      const byId = new Map(event.registrations!.map((x) => [x.person!.id, x.person!]));
      expect(students().map((id) => [byId.get(id)?.displayName, byId.get(id)?.yearGroup])).toEqual([
        [NAMES.studentA1, 9],
        [NAMES.studentA2, 10],
        [NAMES.studentB1, 9],
        [NAMES.studentB2, 10],
      ]);
      expect(event.registrations!.map((x) => x.status)).toEqual(Array(4).fill('REGISTERED'));
      for (const id of [ids.studentB1, ids.studentB2]) {
        expect([byId.get(id)!.email, byId.get(id)!.phone]).toEqual([null, null]);
      }
      expect(event.roles.map((x) => x.person?.displayName).sort()).toEqual(
        [NAMES.championA, NAMES.teacherA].sort(),
      );
    },
  );

  it("A's champion still gets none of the visitors' consent or safeguarding records", async () => {
    const t = await token(ids.championA, ['CHAMPION'], ids.schoolA);
    const r = await q<{
      person: {
        displayName: string;
        consentState: unknown;
        consentRecords: unknown;
        safeguardingChecks: unknown;
      } | null;
    }>(
      t,
      `query($id: ID!) { person(id: $id) { displayName consentState { kind } consentRecords { kind } safeguardingChecks { kind } } }`,
      { id: ids.studentB1 },
    );
    expect(r.data?.person).toEqual({
      displayName: NAMES.studentB1,
      consentState: null,
      consentRecords: null,
      safeguardingChecks: null,
    });
  });

  it('a visiting student of B sees the staff running the event, not the other registrants', async () => {
    const t = await token(ids.studentB1, ['STUDENT'], ids.schoolB);
    let last: Answer | null = null;
    const r = await retryUntil(
      async () => {
        last = await eventAs(t);
        const staff = last.data?.event?.roles ?? [];
        return staff.length === 2 && staff.every((x) => x.person) ? last : null;
      },
      'roles → people',
      { detail: () => last },
    );
    const event = expectEventKept(r);
    expect(
      event.roles.map((x) => [x.role, x.person?.displayName, x.person?.email, x.person?.phone]),
    ).toEqual(
      expect.arrayContaining([
        ['TEACHER_IN_CHARGE', NAMES.teacherA, null, null],
        ['ORGANISER', NAMES.championA, null, null],
      ]),
    );
    // The list of who is registered is the host's: refused for this field only.
    expect(event.registrations).toBeNull();
    expect(r.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    for (const id of [ids.studentA1, ids.studentA2, ids.studentB2]) {
      const p = await q<{ person: PersonView | null }>(
        t,
        `query($id: ID!) { person(id: $id) { id displayName yearGroup email phone } }`,
        { id },
      );
      expect(p.data?.person).toBeNull();
    }
  });

  it('a teacher of a third school sees the event and nobody in it', async () => {
    const t = await token(ids.teacherC, ['TEACHER'], ids.schoolC);
    const r = await eventAs(t);
    const event = expectEventKept(r);
    expect(event.title).toBe(`Inter-school Netball ${run}`);
    expect(event.registrations).toBeNull();
    expect(event.roles.map((x) => x.person)).toEqual([null, null]);
    for (const id of students()) {
      const p = await q<{ person: PersonView | null }>(
        t,
        `query($id: ID!) { person(id: $id) { id displayName } }`,
        { id },
      );
      expect(p.data?.person).toBeNull();
    }
  });
});
