import { randomUUID } from 'node:crypto';
import type { Caller, Role } from '@ekst/auth';
import { envelopeSchema } from '@ekst/contracts';
import { eventually, startTestSubgraph, testCaller, uniqueTopicPrefix } from '@ekst/testing';
import type { TestSubgraph } from '@ekst/testing';
import { peopleModule } from '../src/module';
import { KafkaProbe } from './kafka-probe';

const REGISTER = `mutation($input: RegisterPersonInput!) {
  registerPerson(input: $input) {
    person { id displayName roles yearGroup email partner { id } }
    errors { field code message }
  }
}`;

interface Registered {
  registerPerson: {
    person: {
      id: string;
      displayName: string;
      roles: Role[];
      yearGroup: number | null;
      email: string | null;
    } | null;
    errors: Array<{ field: string | null; code: string; message: string }>;
  };
}

describe('people subgraph', () => {
  let sg: TestSubgraph;
  let probe: KafkaProbe;
  const prefix = uniqueTopicPrefix();
  // Two state schools and an independent school, as partners-governance announces them.
  const westgate = randomUUID();
  const hartley = randomUUID();
  const stAlbans = randomUUID();
  const departed = randomUUID();

  const coordinator = testCaller(['COORDINATOR']);
  const championOf = (partnerId: string, subject = randomUUID()): Caller =>
    testCaller(['CHAMPION'], { partnerId, subject });

  async function register(input: Record<string, unknown>, caller: Caller = coordinator) {
    return sg.query<Registered>(REGISTER, { input }, caller);
  }
  async function registerOk(input: Record<string, unknown>): Promise<string> {
    const res = await register(input);
    expect(res.data?.registerPerson.errors).toEqual([]);
    return res.data!.registerPerson.person!.id;
  }
  async function projectionStatus(id: string): Promise<string | undefined> {
    const rows = (await sg.running.dataSource.query(
      `SELECT status FROM partner_projection WHERE id = $1`,
      [id],
    )) as Array<{ status: string }>;
    return rows[0]?.status;
  }
  async function counts(): Promise<{ people: number; outbox: number }> {
    const [row] = (await sg.running.dataSource.query(
      `SELECT (SELECT count(*) FROM person)::int AS people, (SELECT count(*) FROM outbox)::int AS outbox`,
    )) as Array<{ people: number; outbox: number }>;
    return row;
  }

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
        name: 'Hartley Grammar School',
        kind: 'SELECTIVE',
        sector: 'STATE',
      }),
    );
    await probe.deliver(
      probe.partnerJoined({
        id: stAlbans,
        name: "St Alban's College",
        kind: 'INDEPENDENT',
        sector: 'INDEPENDENT',
      }),
    );
    await probe.deliver(
      probe.partnerJoined({
        id: departed,
        name: 'Old Quay School',
        kind: 'STATE',
        sector: 'STATE',
      }),
    );
    await probe.deliver(probe.partnerLeft(departed, '2025-07-31'));
    await eventually(
      async () =>
        (await projectionStatus(departed)) === 'LEFT' &&
        (await projectionStatus(stAlbans)) === 'ACTIVE',
    );
  });
  afterAll(async () => {
    await probe?.stop();
    await sg?.stop();
  });

  describe('partner projection (real Kafka)', () => {
    it('records joined and left partners from partners-governance', async () => {
      const rows = await sg.running.dataSource.query(
        `SELECT id, name, kind, sector, status, to_char(left_on, 'YYYY-MM-DD') AS left_on FROM partner_projection WHERE id IN ($1, $2)`,
        [hartley, departed],
      );
      expect(rows).toEqual(
        expect.arrayContaining([
          {
            id: hartley,
            name: 'Hartley Grammar School',
            kind: 'SELECTIVE',
            sector: 'STATE',
            status: 'ACTIVE',
            left_on: null,
          },
          {
            id: departed,
            name: 'Old Quay School',
            kind: 'STATE',
            sector: 'STATE',
            status: 'LEFT',
            left_on: '2025-07-31',
          },
        ]),
      );
    });

    it('applies a redelivered event once: a replayed PartnerJoined does not undo a later PartnerLeft', async () => {
      const id = randomUUID();
      const joined = probe.partnerJoined({
        id,
        name: 'Sandgate Primary',
        kind: 'STATE',
        sector: 'STATE',
      });
      await probe.deliver(joined);
      await probe.deliver(probe.partnerLeft(id, '2026-03-31'));
      await probe.deliver(joined); // the same envelope id again, as after a consumer crash
      // Same key, so same partition: once this sentinel is applied, the replay has been consumed.
      const sentinel = probe.partnerLeft(id, '2026-03-31');
      await probe.deliver(sentinel);
      await eventually(async () => {
        const rows = (await sg.running.dataSource.query(`SELECT 1 FROM inbox WHERE event_id = $1`, [
          sentinel.id,
        ])) as unknown[];
        return rows.length === 1;
      });
      expect(await projectionStatus(id)).toBe('LEFT');
      const [{ n }] = (await sg.running.dataSource.query(
        `SELECT count(*)::int AS n FROM inbox WHERE event_id = $1`,
        [joined.id],
      )) as Array<{ n: number }>;
      expect(n).toBe(1);
    });
  });

  describe('registerPerson', () => {
    it('registers a teacher and announces PersonRegistered without name or email', async () => {
      const res = await register({
        partnerId: westgate,
        displayName: '  Priya Pember ',
        roles: ['TEACHER'],
        email: 'priya.pember@westgate.example',
      });
      const person = res.data!.registerPerson.person!;
      expect(res.data!.registerPerson.errors).toEqual([]);
      expect(person).toMatchObject({
        displayName: 'Priya Pember',
        roles: ['TEACHER'],
        yearGroup: null,
        email: 'priya.pember@westgate.example',
      });

      const envelope = envelopeSchema.parse(
        await eventually(async () => probe.received.find((e) => e.aggregateId === person.id)),
      );
      expect(envelope).toMatchObject({ type: 'PersonRegistered', version: 1, producer: 'people' });
      expect(envelope.payload).toEqual({
        personId: person.id,
        partnerId: westgate,
        roles: ['TEACHER'],
        yearGroup: null,
      });
      expect(JSON.stringify(envelope)).not.toMatch(/Pember|westgate\.example/);
    });

    it('registers a student with a year group and no email', async () => {
      const res = await register({
        partnerId: hartley,
        displayName: 'Theo Tunstall',
        roles: ['STUDENT'],
        yearGroup: 10,
      });
      expect(res.data!.registerPerson.person).toMatchObject({
        roles: ['STUDENT'],
        yearGroup: 10,
        email: null,
      });
      const id = res.data!.registerPerson.person!.id;
      const [row] = (await sg.running.dataSource.query(
        `SELECT envelope FROM outbox WHERE message_key = $1`,
        [id],
      )) as Array<{
        envelope: { payload: unknown };
      }>;
      expect(row.envelope.payload).toEqual({
        personId: id,
        partnerId: hartley,
        roles: ['STUDENT'],
        yearGroup: 10,
      });
    });

    it.each([
      [
        'an unknown partner',
        () => ({ partnerId: randomUUID(), displayName: 'Ben Bramley', roles: ['TEACHER'] }),
        [['partnerId', 'UNKNOWN_PARTNER']],
      ],
      [
        'a partner that has left',
        () => ({ partnerId: departed, displayName: 'Ben Bramley', roles: ['TEACHER'] }),
        [['partnerId', 'PARTNER_LEFT']],
      ],
      [
        'an email already used, in another case',
        () => ({
          partnerId: hartley,
          displayName: 'Pat Pember',
          roles: ['HEAD'],
          email: 'PRIYA.Pember@Westgate.example',
        }),
        [['email', 'DUPLICATE_EMAIL']],
      ],
      [
        'a short name',
        () => ({ partnerId: westgate, displayName: 'B', roles: ['TEACHER'] }),
        [['displayName', 'INVALID']],
      ],
      [
        'no roles',
        () => ({ partnerId: westgate, displayName: 'Ben Bramley', roles: [] }),
        [['roles', 'INVALID']],
      ],
      [
        'a repeated role',
        () => ({ partnerId: westgate, displayName: 'Ben Bramley', roles: ['HEAD', 'HEAD'] }),
        [['roles', 'INVALID']],
      ],
      [
        'a student without a year group',
        () => ({ partnerId: westgate, displayName: 'Isla Ingram', roles: ['STUDENT'] }),
        [['yearGroup', 'INVALID']],
      ],
      [
        'a Year 5 student',
        () => ({
          partnerId: westgate,
          displayName: 'Isla Ingram',
          roles: ['STUDENT'],
          yearGroup: 5,
        }),
        [['yearGroup', 'INVALID']],
      ],
      [
        'a student with an email',
        () => ({
          partnerId: westgate,
          displayName: 'Isla Ingram',
          roles: ['STUDENT'],
          yearGroup: 8,
          email: 'isla@home.example',
        }),
        [['email', 'INVALID']],
      ],
      [
        'an adult with a year group',
        () => ({
          partnerId: westgate,
          displayName: 'Ben Bramley',
          roles: ['TEACHER'],
          yearGroup: 9,
        }),
        [['yearGroup', 'INVALID']],
      ],
      [
        'an invalid email',
        () => ({
          partnerId: westgate,
          displayName: 'Ben Bramley',
          roles: ['TEACHER'],
          email: 'ben at westgate',
        }),
        [['email', 'INVALID']],
      ],
    ] as Array<[string, () => Record<string, unknown>, Array<[string, string]>]>)(
      'refuses %s and writes nothing',
      async (_name, input, expected) => {
        const before = await counts();
        const res = await register(input());
        expect(res.errors).toBeUndefined();
        expect(res.data!.registerPerson.person).toBeNull();
        expect(res.data!.registerPerson.errors.map((e) => [e.field, e.code])).toEqual(expected);
        expect(await counts()).toEqual(before);
      },
    );

    it('lets a champion register people of their own partner only, and never grant COORDINATOR', async () => {
      const champion = championOf(stAlbans);
      const own = await register(
        { partnerId: stAlbans, displayName: 'Orla Oakley', roles: ['TEACHER'] },
        champion,
      );
      expect(own.data!.registerPerson.errors).toEqual([]);

      const before = await counts();
      const other = await register(
        { partnerId: westgate, displayName: 'Orla Oakley', roles: ['TEACHER'] },
        champion,
      );
      expect(other.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const escalate = await register(
        { partnerId: stAlbans, displayName: 'Orla Oakley', roles: ['COORDINATOR'] },
        champion,
      );
      expect(escalate.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      for (const roles of [['TEACHER'], ['STUDENT'], ['ASSOCIATE']] as Role[][]) {
        const res = await register(
          { partnerId: stAlbans, displayName: 'Orla Oakley', roles: ['TEACHER'] },
          testCaller(roles, { partnerId: stAlbans }),
        );
        expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      }
      expect(await counts()).toEqual(before);
    });
  });

  describe('who sees whom', () => {
    // Westgate: a head, a champion, a teacher, two students. Hartley: a teacher.
    let head: string,
      champion: string,
      teacher: string,
      studentA: string,
      studentB: string,
      hartleyTeacher: string;

    beforeAll(async () => {
      head = await registerOk({
        partnerId: westgate,
        displayName: 'Grace Garland',
        roles: ['HEAD'],
        email: 'head@westgate.example',
      });
      champion = await registerOk({
        partnerId: westgate,
        displayName: 'Finn Fairhurst',
        roles: ['CHAMPION', 'TEACHER'],
        email: 'finn@westgate.example',
      });
      teacher = await registerOk({
        partnerId: westgate,
        displayName: 'Dev Denholm',
        roles: ['TEACHER'],
        email: 'dev@westgate.example',
      });
      studentA = await registerOk({
        partnerId: westgate,
        displayName: 'Amara Ashdown',
        roles: ['STUDENT'],
        yearGroup: 8,
      });
      studentB = await registerOk({
        partnerId: westgate,
        displayName: 'Rory Radley',
        roles: ['STUDENT'],
        yearGroup: 12,
      });
      hartleyTeacher = await registerOk({
        partnerId: hartley,
        displayName: 'Kiera Kemble',
        roles: ['TEACHER'],
        email: 'kiera@hartley.example',
      });
    });

    const PERSON = `query($id: ID!) { person(id: $id) { id displayName email } }`;
    async function lookUp(id: string, caller: Caller) {
      const res = await sg.query<{ person: { id: string; email: string | null } | null }>(
        PERSON,
        { id },
        caller,
      );
      expect(res.errors).toBeUndefined();
      return res.data!.person;
    }
    async function peopleOfWestgate(caller: Caller): Promise<string[]> {
      const res = await sg.query<{ _entities: Array<{ people: Array<{ id: string }> }> }>(
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on Partner { people { id } } } }`,
        { r: [{ __typename: 'Partner', id: westgate }] },
        caller,
      );
      expect(res.errors).toBeUndefined();
      return res.data!._entities[0].people.map((p) => p.id).sort();
    }

    it('the coordinator sees everyone, with email', async () => {
      expect(await lookUp(hartleyTeacher, coordinator)).toMatchObject({
        email: 'kiera@hartley.example',
      });
      expect(await peopleOfWestgate(coordinator)).toEqual(
        expect.arrayContaining([head, champion, teacher, studentA, studentB]),
      );
    });

    it("a champion sees their own partner's people and their emails", async () => {
      const c = testCaller(['CHAMPION', 'TEACHER'], { subject: champion, partnerId: westgate });
      expect(await lookUp(teacher, c)).toMatchObject({
        id: teacher,
        email: 'dev@westgate.example',
      });
      expect(await peopleOfWestgate(c)).toEqual(
        expect.arrayContaining([head, champion, teacher, studentA, studentB]),
      );
    });

    it('a champion of another partner sees none of them', async () => {
      const c = championOf(hartley);
      expect(await lookUp(teacher, c)).toBeNull();
      expect(await lookUp(studentA, c)).toBeNull();
      expect(await peopleOfWestgate(c)).toEqual([]);
    });

    it('a teacher sees their colleagues but not their emails', async () => {
      const c = testCaller(['TEACHER'], { subject: teacher, partnerId: westgate });
      expect(await lookUp(head, c)).toEqual({
        id: head,
        displayName: 'Grace Garland',
        email: null,
      });
      expect(await lookUp(teacher, c)).toMatchObject({ email: 'dev@westgate.example' });
      expect(await lookUp(hartleyTeacher, c)).toBeNull();
    });

    it('a student sees themself and no one else, not even classmates', async () => {
      const c = testCaller(['STUDENT'], { subject: studentA, partnerId: westgate });
      expect(await lookUp(studentA, c)).toMatchObject({ id: studentA });
      expect(await lookUp(studentB, c)).toBeNull();
      expect(await lookUp(teacher, c)).toBeNull();
      expect(await peopleOfWestgate(c)).toEqual([studentA]);
      const me = await sg.query<{ me: { id: string; yearGroup: number } }>(
        `{ me { id yearGroup } }`,
        {},
        c,
      );
      expect(me.data!.me).toEqual({ id: studentA, yearGroup: 8 });
    });

    it('an associate sees nobody', async () => {
      const apiKey = testCaller(['ASSOCIATE'], {
        kind: 'api-key',
        subject: 'associate-key-1',
        partnerId: westgate,
      });
      const contact = testCaller(['ASSOCIATE'], { partnerId: stAlbans });
      for (const c of [apiKey, contact]) {
        expect(await lookUp(teacher, c)).toBeNull();
        expect(await peopleOfWestgate(c)).toEqual([]);
        const list = await sg.query<{ people: { edges: unknown[] } }>(
          `{ people { edges { node { id } } } }`,
          {},
          c,
        );
        expect(list.data!.people.edges).toEqual([]);
      }
      const me = await sg.query<{ me: null }>(`{ me { id } }`, {}, apiKey);
      expect(me.data!.me).toBeNull();
    });

    it('filters the people list to what the caller may see, and by role and year group', async () => {
      const c = testCaller(['TEACHER'], { subject: teacher, partnerId: westgate });
      const res = await sg.query<{ people: { edges: Array<{ node: { id: string } }> } }>(
        `query($role: Role, $yg: Int) { people(role: $role, yearGroup: $yg) { edges { node { id } } } }`,
        { role: 'STUDENT', yg: 12 },
        c,
      );
      expect(res.data!.people.edges.map((e) => e.node.id)).toEqual([studentB]);
      const everyone = await sg.query<{ people: { edges: Array<{ node: { id: string } }> } }>(
        `{ people(first: 100) { edges { node { id } } } }`,
        {},
        c,
      );
      expect(everyone.data!.people.edges.map((e) => e.node.id)).not.toContain(hartleyTeacher);
    });

    it('filters Partner.people by role', async () => {
      const res = await sg.query<{ _entities: Array<{ people: Array<{ id: string }> }> }>(
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on Partner { people(role: TEACHER) { id } } } }`,
        { r: [{ __typename: 'Partner', id: westgate }] },
      );
      const ids = res.data!._entities[0].people.map((p) => p.id);
      expect(ids).toEqual(expect.arrayContaining([champion, teacher]));
      expect(ids).not.toContain(studentA);
      expect(ids).not.toContain(head);
    });

    it('resolves any number of Person references with one SQL query, nulling the invisible', async () => {
      const c = testCaller(['TEACHER'], { subject: teacher, partnerId: westgate });
      const r = [head, champion, studentA, hartleyTeacher, 'not-a-uuid', randomUUID()].map(
        (id) => ({ __typename: 'Person', id }),
      );
      sg.running.sqlLog.reset();
      const res = await sg.query<{
        _entities: Array<{ id: string; roles: Role[]; email: string | null } | null>;
      }>(
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { id roles email partner { id } } } }`,
        { r },
        c,
      );
      expect(res.errors).toBeUndefined();
      expect(res.data!._entities.slice(0, 3).map((p) => p?.id)).toEqual([head, champion, studentA]);
      expect(res.data!._entities.slice(0, 3).map((p) => p?.email)).toEqual([null, null, null]);
      expect(res.data!._entities.slice(3)).toEqual([null, null, null]);
      expect(sg.running.sqlLog.queries).toBe(1);
    });

    it('resolves Partner.people for several partners with one SQL query', async () => {
      const r = [westgate, hartley, stAlbans, departed].map((id) => ({
        __typename: 'Partner',
        id,
      }));
      sg.running.sqlLog.reset();
      const res = await sg.query<{
        _entities: Array<{ id: string; people: Array<{ id: string }> }>;
      }>(
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on Partner { id people { id displayName } } } }`,
        { r },
      );
      expect(res.errors).toBeUndefined();
      expect(res.data!._entities.map((p) => p.id)).toEqual([westgate, hartley, stAlbans, departed]);
      expect(res.data!._entities[1].people.map((p) => p.id)).toContain(hartleyTeacher);
      expect(res.data!._entities[0].people.map((p) => p.id)).not.toContain(hartleyTeacher);
      expect(res.data!._entities[3].people).toEqual([]);
      expect(sg.running.sqlLog.queries).toBe(1);
    });
  });

  describe('people pagination', () => {
    const crowd = randomUUID();

    beforeAll(async () => {
      await probe.deliver(
        probe.partnerJoined({
          id: crowd,
          name: 'Crowd Hill Academy',
          kind: 'STATE',
          sector: 'STATE',
        }),
      );
      await eventually(async () => (await projectionStatus(crowd)) === 'ACTIVE');
      // 105 students (inserted directly: this suite is about paging, not registering); a few share a name.
      await sg.running.dataSource.query(
        `INSERT INTO person (id, display_name, partner_id, roles, year_group)
         SELECT gen_random_uuid(), 'Student ' || lpad((g % 100)::text, 3, '0'), $1, ARRAY['STUDENT'], 7 + g % 7
         FROM generate_series(1, 105) g`,
        [crowd],
      );
    });

    const PAGE = `query($p: ID, $first: Int, $after: String) {
      people(partnerId: $p, first: $first, after: $after) { edges { cursor node { id displayName } } pageInfo { hasNextPage endCursor } }
    }`;
    interface Page {
      people: {
        edges: Array<{ cursor: string; node: { id: string; displayName: string } }>;
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      };
    }

    it('caps a page at 100 and walks every person exactly once, in name order', async () => {
      const first = await sg.query<Page>(PAGE, { p: crowd, first: 1000 });
      expect(first.data!.people.edges).toHaveLength(100);
      expect(first.data!.people.pageInfo.hasNextPage).toBe(true);

      const seen: Array<{ id: string; displayName: string }> = [];
      let after: string | null = null;
      do {
        const res: { data?: Page } = await sg.query<Page>(PAGE, { p: crowd, first: 30, after });
        seen.push(...res.data!.people.edges.map((e) => e.node));
        after = res.data!.people.pageInfo.hasNextPage ? res.data!.people.pageInfo.endCursor : null;
      } while (after);
      expect(seen).toHaveLength(105);
      expect(new Set(seen.map((p) => p.id)).size).toBe(105);
      const names = seen.map((p) => p.displayName);
      expect(names).toEqual([...names].sort());
    });

    it('defaults to 50 and refuses a bad cursor or page size', async () => {
      const page = await sg.query<Page>(PAGE, { p: crowd });
      expect(page.data!.people.edges).toHaveLength(50);
      const badCursor = await sg.query(PAGE, { p: crowd, after: 'bm90LWEtY3Vyc29y' });
      expect(badCursor.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      const badFirst = await sg.query(PAGE, { p: crowd, first: 0 });
      expect(badFirst.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    });
  });
});
