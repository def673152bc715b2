import { randomUUID } from 'node:crypto';
import { createEnvelope, GovernanceEvents } from '@ekst/contracts';
import type { GroupMembershipChangedV1 } from '@ekst/contracts';
import {
  eventually,
  KafkaTestBus,
  partnerJoinedEnvelope,
  startTestSubgraph,
  testCaller,
  uniqueTopicPrefix,
} from '@ekst/testing';
import type { TestSubgraph } from '@ekst/testing';
import { peopleModule } from '../src/module';

/**
 * CHAMPION, HEAD and FINANCE follow group membership: people's own mutations refuse to grant or
 * remove them (typed, nothing written), and partners-governance's GroupMembershipChanged does it,
 * once per event, signing the person out so no token keeps a role they lost.
 */
describe('governing roles follow group membership', () => {
  let sg: TestSubgraph;
  let bus: KafkaTestBus;
  const prefix = uniqueTopicPrefix();
  const westgate = randomUUID();
  const head = testCaller(['HEAD'], { partnerId: westgate, subject: randomUUID() });
  const REGISTER = `mutation($input: RegisterPersonInput!) { registerPerson(input: $input) { person { id roles } errors { code field } } }`;
  const UPDATE = `mutation($id: ID!, $input: UpdatePersonInput!) { updatePerson(id: $id, input: $input) { person { roles } errors { code field } } }`;
  const state = async (id: string) =>
    (
      await sg.running.dataSource.query(
        `SELECT p.roles,
           (SELECT count(*) FROM outbox o WHERE o.message_key = p.id::text)::int AS events,
           (SELECT count(*) FROM session s WHERE s.person_id = p.id)::int AS sessions
         FROM person p WHERE p.id = $1`,
        [id],
      )
    )[0] as { roles: string[]; events: number; sessions: number };
  let teacherId: string;

  const membership = (
    change: 'STARTED' | 'ENDED',
    governingRoles: Array<'CHAMPION' | 'HEAD' | 'FINANCE'>,
  ) =>
    createEnvelope({
      type: GovernanceEvents.membershipChanged.type,
      version: 1,
      aggregateId: teacherId,
      producer: 'partners-governance',
      payload: GovernanceEvents.membershipChanged.schema.parse({
        membershipId: randomUUID(),
        groupId: '00000000-0000-4000-8000-0000000a0002',
        groupKind: 'MANAGEMENT',
        personId: teacherId,
        partnerId: westgate,
        role: 'CHAMPION',
        change,
        from: '2026-09-01',
        to: change === 'ENDED' ? '2026-12-01' : null,
        governingRoles,
      } satisfies GroupMembershipChangedV1),
    });

  beforeAll(async () => {
    sg = await startTestSubgraph(peopleModule, { topicPrefix: prefix, cleanTopics: true });
    bus = new KafkaTestBus(prefix);
    await bus.start();
    await bus.send('partners-governance', partnerJoinedEnvelope({ partnerId: westgate }));
    await eventually(async () => {
      const rows = (await sg.running.dataSource.query(
        `SELECT id FROM partner_projection`,
      )) as unknown[];
      return rows.length === 1;
    });
    const r = await sg.query<{ registerPerson: { person: { id: string } } }>(
      REGISTER,
      {
        input: {
          partnerId: westgate,
          displayName: 'Tess Tanner',
          roles: ['TEACHER'],
          email: `tess.${westgate.slice(0, 8)}@westgate.example`,
        },
      },
      head,
    );
    teacherId = r.data!.registerPerson.person.id;
  });
  afterAll(async () => {
    await bus?.stop();
    await sg?.stop();
  });

  it('a head can no longer register a champion: typed error, nothing written', async () => {
    const [{ n: before }] = await sg.running.dataSource.query(
      `SELECT count(*)::int AS n FROM person`,
    );
    const r = await sg.query<{ registerPerson: { person: null; errors: unknown[] } }>(
      REGISTER,
      {
        input: {
          partnerId: westgate,
          displayName: 'Cal Champion',
          roles: ['CHAMPION', 'TEACHER'],
          email: `cal.${westgate.slice(0, 8)}@westgate.example`,
        },
      },
      head,
    );
    expect(r.data!.registerPerson).toEqual({
      person: null,
      errors: [{ code: 'GOVERNING_ROLE_FOLLOWS_GROUP', field: 'roles' }],
    });
    const [{ n: after }] = await sg.running.dataSource.query(
      `SELECT count(*)::int AS n FROM person`,
    );
    expect(after).toBe(before);
  });

  it.each([
    ['a head', head],
    ['the coordinator', testCaller(['COORDINATOR'])],
  ])(
    '%s cannot grant CHAMPION through updatePerson: typed error, nothing written',
    async (_who, caller) => {
      const before = await state(teacherId);
      const r = await sg.query<{ updatePerson: unknown }>(
        UPDATE,
        { id: teacherId, input: { roles: ['TEACHER', 'CHAMPION'] } },
        caller,
      );
      expect(r.data!.updatePerson).toEqual({
        person: null,
        errors: [{ code: 'GOVERNING_ROLE_FOLLOWS_GROUP', field: 'roles' }],
      });
      expect(await state(teacherId)).toEqual(before);
    },
  );

  it('joining the Management Group as champion grants CHAMPION (once, even if the event comes twice) and signs the person out', async () => {
    const code = await sg.query<{ createSignInCode: { code: string } }>(
      `mutation($p: ID!) { createSignInCode(personId: $p) { code } }`,
      { p: teacherId },
    );
    await sg.query(
      `mutation($c: String!) { redeemSignInCode(code: $c) { session { accessToken } } }`,
      { c: code.data!.createSignInCode.code },
      testCaller([], { kind: 'anonymous', subject: 'anonymous' }),
    );
    expect((await state(teacherId)).sessions).toBe(1);
    const before = await state(teacherId);

    const started = membership('STARTED', ['CHAMPION']);
    await bus.send('partners-governance', started);
    await bus.send('partners-governance', started);
    const after = await eventually(async () => {
      const s = await state(teacherId);
      return s.roles.includes('CHAMPION') ? s : null;
    });
    expect(after.roles.sort()).toEqual(['CHAMPION', 'TEACHER']);
    expect(after.sessions).toBe(0);
    // Exactly one PersonUpdated so far; the last test shows the redelivery added none.
    expect((await state(teacherId)).events).toBe(before.events + 1);
    const [updated] = await sg.running.dataSource.query(
      `SELECT envelope FROM outbox WHERE message_key = $1 ORDER BY id DESC LIMIT 1`,
      [teacherId],
    );
    expect(updated.envelope).toMatchObject({
      type: 'PersonUpdated',
      payload: { personId: teacherId, roles: expect.arrayContaining(['CHAMPION', 'TEACHER']) },
    });
  });

  it('leaving the group removes CHAMPION again; the redelivered STARTED changed nothing', async () => {
    const before = await state(teacherId);
    await bus.send('partners-governance', membership('ENDED', []));
    const after = await eventually(async () => {
      const s = await state(teacherId);
      return s.roles.includes('CHAMPION') ? null : s;
    });
    expect(after.roles).toEqual(['TEACHER']);
    // Same key, same partition: the duplicate STARTED was handled before this ENDED, and the
    // only new PersonUpdated is the ENDED one.
    expect(after.events).toBe(before.events + 1);
  });
});
