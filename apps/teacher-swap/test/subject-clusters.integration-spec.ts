import { randomUUID } from 'node:crypto';
import type { Caller } from '@ekst/auth';
import { eventually, startTestSubgraph, testCaller, uniqueTopicPrefix } from '@ekst/testing';
import type { TestSubgraph } from '@ekst/testing';
import { teacherSwapModule } from '../src/module';
import { KafkaProbe } from './kafka-probe';

/**
 * Subject clusters against a real Postgres: who creates, joins, adds and shares; who sees the
 * list, the members and the resources; resource validation, search and paging. Projections are
 * written directly (their handlers are tested in teacher-swap.integration-spec.ts); erasure is
 * played on the real broker.
 */

interface UserErr {
  code: string;
  field: string | null;
}
type ClusterOut = { id: string; memberCount: number; isMember: boolean; isLead: boolean };
type ClusterResult = { subjectCluster: ClusterOut | null; errors: UserErr[] };
const CLUSTER = 'subjectCluster { id memberCount isMember isLead } errors { code field }';

describe('subject clusters', () => {
  let sg: TestSubgraph;
  const prefix = uniqueTopicPrefix();
  const probe = new KafkaProbe(prefix);
  const school = randomUUID();
  const otherSchool = randomUUID();
  const [lead, member, outsider, headOnly] = [
    randomUUID(),
    randomUUID(),
    randomUUID(),
    randomUUID(),
  ];
  const coordinator = testCaller(['COORDINATOR']);
  const teacher = (id: string, partnerId = school): Caller =>
    testCaller(['TEACHER'], { subject: id, partnerId });
  const head = testCaller(['HEAD'], { subject: headOnly, partnerId: otherSchool });
  let clusterId: string;

  async function mutate(
    mutation: string,
    args: string,
    vars: Record<string, unknown>,
    caller: Caller,
  ) {
    const r = await sg.query<Record<string, ClusterResult>>(
      `mutation${args} { ${mutation} { ${CLUSTER} } }`,
      vars,
      caller,
    );
    const name = mutation.slice(0, mutation.indexOf('('));
    return { errors: r.errors ?? [], payload: r.data?.[name] ?? null };
  }
  const join = (caller: Caller, id = clusterId) =>
    mutate('joinSubjectCluster(id: $id)', '($id: ID!)', { id }, caller);
  const leave = (caller: Caller, id = clusterId) =>
    mutate('leaveSubjectCluster(id: $id)', '($id: ID!)', { id }, caller);
  const addMember = (caller: Caller, personId: string, asLead = false) =>
    mutate(
      'addSubjectClusterMember(id: $id, personId: $p, lead: $l)',
      '($id: ID!, $p: ID!, $l: Boolean)',
      { id: clusterId, p: personId, l: asLead },
      caller,
    );
  async function share(caller: Caller, input: Record<string, unknown>) {
    const r = await sg.query<{
      addClusterResource: {
        clusterResource: { id: string; tags: string[] } | null;
        errors: UserErr[];
      };
    }>(
      `mutation($c: ID!, $i: AddClusterResourceInput!) { addClusterResource(clusterId: $c, input: $i) {
        clusterResource { id tags } errors { code field } } }`,
      { c: clusterId, i: input },
      caller,
    );
    return { errors: r.errors ?? [], payload: r.data?.addClusterResource ?? null };
  }
  async function resources(caller: Caller, args: Record<string, unknown> = {}) {
    const r = await sg.query<{
      clusterResources: {
        edges: Array<{ node: { title: string } }>;
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      } | null;
    }>(
      `query($c: ID!, $s: String, $t: String, $f: Int, $a: String) {
        clusterResources(clusterId: $c, search: $s, tag: $t, first: $f, after: $a) {
          edges { node { title } } pageInfo { hasNextPage endCursor } } }`,
      { c: clusterId, ...args },
      caller,
    );
    return {
      errors: (r.errors ?? []).map((e) => (e.extensions as { code?: string } | undefined)?.code),
      titles: r.data?.clusterResources?.edges.map((e) => e.node.title) ?? null,
      pageInfo: r.data?.clusterResources?.pageInfo ?? null,
    };
  }

  beforeAll(async () => {
    sg = await startTestSubgraph(teacherSwapModule, { topicPrefix: prefix, cleanTopics: true });
    await probe.start();
    const ds = sg.running.dataSource;
    for (const [id, roles] of [
      [lead, ['TEACHER']],
      [member, ['TEACHER']],
      [outsider, ['TEACHER']],
      [headOnly, ['HEAD']],
    ] as const) {
      await ds.query(`INSERT INTO person_projection (id, partner_id, roles) VALUES ($1, $2, $3)`, [
        id,
        school,
        roles,
      ]);
    }
  });
  afterAll(async () => {
    await probe.stop();
    await sg?.stop();
  });

  it('is created by the coordinator only, with its input validated', async () => {
    const create = (caller: Caller, input: Record<string, unknown>) =>
      mutate(
        'createSubjectCluster(input: $i)',
        '($i: CreateSubjectClusterInput!)',
        { i: input },
        caller,
      );
    const refused = await create(teacher(lead), { name: 'Physics', subject: 'Physics' });
    expect(refused.errors.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    const invalid = await create(coordinator, { name: ' ', subject: 'Physics' });
    expect(invalid.payload!.errors).toEqual([{ code: 'INVALID', field: 'name' }]);
    const created = await create(coordinator, {
      name: 'KS4 Physics',
      subject: 'Physics',
      phase: 'KS4',
    });
    expect(created.payload!.errors).toEqual([]);
    clusterId = created.payload!.subjectCluster!.id;
  });

  it('lets the coordinator name a lead, the lead add a teacher, and a teacher join and leave for themself', async () => {
    expect((await addMember(teacher(lead), member)).errors.map((e) => e.extensions?.code)).toEqual([
      'FORBIDDEN',
    ]);
    expect((await addMember(coordinator, lead, true)).payload!.errors).toEqual([]);
    // A lead adds members but does not name leads.
    expect(
      (await addMember(teacher(lead), member, true)).errors.map((e) => e.extensions?.code),
    ).toEqual(['FORBIDDEN']);
    expect((await addMember(teacher(lead), member)).payload!.subjectCluster).toMatchObject({
      memberCount: 2,
      isMember: true,
      isLead: true,
    });
    expect((await addMember(teacher(lead), member)).payload!.errors).toEqual([
      { code: 'ALREADY_MEMBER', field: 'personId' },
    ]);
    expect((await addMember(coordinator, headOnly)).payload!.errors).toEqual([
      { code: 'NOT_A_TEACHER', field: 'personId' },
    ]);
    expect((await addMember(coordinator, randomUUID())).payload!.errors).toEqual([
      { code: 'UNKNOWN_TEACHER', field: 'personId' },
    ]);

    expect((await join(teacher(outsider))).payload!.subjectCluster).toMatchObject({
      memberCount: 3,
      isMember: true,
      isLead: false,
    });
    expect((await join(teacher(outsider))).payload!.errors).toEqual([
      { code: 'ALREADY_MEMBER', field: 'id' },
    ]);
    expect((await leave(teacher(outsider))).payload!.subjectCluster).toMatchObject({
      memberCount: 2,
      isMember: false,
    });
    expect((await leave(teacher(outsider))).payload!.errors).toEqual([
      { code: 'NOT_A_MEMBER', field: 'id' },
    ]);
    expect((await join(head)).errors.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    expect((await join(teacher(outsider), randomUUID())).payload!.errors).toEqual([
      { code: 'NOT_FOUND', field: 'id' },
    ]);
  });

  it('shows the list to teachers and heads, the members to members and the coordinator', async () => {
    const list = async (caller: Caller) => {
      const r = await sg.query<{
        subjectClusters: Array<{
          id: string;
          memberCount: number;
          members: unknown[] | null;
        }> | null;
      }>(`{ subjectClusters(subject: "physics") { id memberCount members { lead } } }`, {}, caller);
      return {
        codes: (r.errors ?? []).map((e) => e.extensions?.code),
        mine: r.data?.subjectClusters?.find((c) => c.id === clusterId) ?? null,
      };
    };
    expect((await list(head)).mine).toEqual({ id: clusterId, memberCount: 2, members: null });
    expect((await list(teacher(outsider))).mine!.members).toBeNull();
    expect((await list(teacher(member))).mine!.members).toEqual([{ lead: true }, { lead: false }]);
    expect((await list(coordinator)).mine!.members).toHaveLength(2);
    expect((await list(testCaller(['STUDENT'], { partnerId: school }))).codes).toEqual([
      'FORBIDDEN',
    ]);
  });

  it('shares resources among members, validated, searchable and paged; outsiders and heads are FORBIDDEN', async () => {
    expect(
      (await share(teacher(outsider), { title: 'T', url: 'https://x.org' })).errors,
    ).toHaveLength(1);
    const bad = await share(teacher(member), { title: 'Map', url: 'http://example.org/map' });
    expect(bad.payload!.errors).toEqual([{ code: 'INVALID', field: 'url' }]);
    const shared = await share(teacher(member), {
      title: 'Forces revision map',
      url: 'https://example.org/forces.pdf',
      examCourse: 'GCSE Physics',
      tags: ['Revision', 'forces'],
    });
    expect(shared.payload!.clusterResource!.tags).toEqual(['revision', 'forces']);
    for (const title of ['Waves practical', 'Electricity mock paper', 'Energy 100% recap'])
      expect(
        (await share(coordinator, { title, fileReference: `drive:/physics/${title}` })).payload!
          .errors,
      ).toEqual([]);

    expect((await resources(teacher(member), { s: 'FORCES' })).titles).toEqual([
      'Forces revision map',
    ]);
    expect((await resources(teacher(lead), { t: 'Revision' })).titles).toEqual([
      'Forces revision map',
    ]);
    expect((await resources(coordinator, { s: '100%' })).titles).toEqual(['Energy 100% recap']);
    expect((await resources(coordinator, { s: 'gcse' })).titles).toEqual(['Forces revision map']);

    const first = await resources(teacher(member), { f: 3 });
    expect(first.titles).toEqual([
      'Energy 100% recap',
      'Electricity mock paper',
      'Waves practical',
    ]);
    expect(first.pageInfo!.hasNextPage).toBe(true);
    const second = await resources(teacher(member), { f: 3, a: first.pageInfo!.endCursor });
    expect(second.titles).toEqual(['Forces revision map']);
    expect(second.pageInfo).toEqual({ hasNextPage: false, endCursor: expect.any(String) });

    expect((await resources(teacher(outsider))).errors).toEqual(['FORBIDDEN']);
    expect((await resources(head)).errors).toEqual(['FORBIDDEN']);
    expect((await resources(coordinator, { a: 'nonsense' })).errors).toEqual(['BAD_USER_INPUT']);
  });

  it("erasure (real Kafka) ends the person's memberships and keeps what they shared, without them", async () => {
    const ds = sg.running.dataSource;
    await probe.deliver(probe.personErased(member));
    await eventually(
      async () =>
        (
          (await ds.query(`SELECT 1 FROM subject_cluster_member WHERE person_id = $1`, [
            member,
          ])) as unknown[]
        ).length === 0,
    );
    const kept = (await ds.query(
      `SELECT title, added_by FROM cluster_resource WHERE cluster_id = $1 AND title = 'Forces revision map'`,
      [clusterId],
    )) as Array<{ title: string; added_by: string | null }>;
    expect(kept).toEqual([{ title: 'Forces revision map', added_by: null }]);
  });
});
