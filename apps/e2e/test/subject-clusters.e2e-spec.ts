import { randomBytes } from 'node:crypto';
import { devUserToken, gql, retryUntil, sharedTestStack } from '@ekst/testing';
import type { TestStack } from '@ekst/testing';

/**
 * A subject cluster through the gateway on the whole platform (real processes, Postgres, Kafka),
 * each step by the least-privileged role that may take it: the coordinator creates the cluster,
 * a state teacher joins for themself, the coordinator adds an independent teacher as soon as
 * teacher-swap has heard of them from people, a member shares a resource and the other finds it
 * by search. A head of a member's school sees the cluster but not its resources; a teacher who is
 * not a member and a student are FORBIDDEN. On the worker's shared stack.
 */

interface UserErr {
  code: string;
  field: string | null;
  message: string;
}
const ERRORS = 'errors { code field message }';
const codesOf = (errors: ReadonlyArray<{ extensions?: Record<string, unknown> }> | undefined) =>
  (errors ?? []).map((e) => e.extensions?.code);

describe('subject clusters through the gateway', () => {
  const run = randomBytes(3).toString('hex');
  // the worker's shared platform (default configuration): this file keeps to its own data
  let stack: TestStack;
  let coordinator: string;

  const q = <T>(token: string | null, query: string, variables?: Record<string, unknown>) =>
    gql<T>(stack.gatewayUrl, token, query, variables);

  beforeAll(async () => {
    stack = await sharedTestStack();
    coordinator = await devUserToken({
      sub: '00000000-0000-4000-8000-0000000011c0',
      roles: ['COORDINATOR'],
    });
  }, 120000);

  async function createPartner(name: string, kind: string) {
    const r = await q<{ createPartner: { partner: { id: string } | null; errors: UserErr[] } }>(
      coordinator,
      `mutation($input: CreatePartnerInput!) { createPartner(input: $input) { partner { id } ${ERRORS} } }`,
      { input: { name: `${name} ${run}`, kind, town: 'Canterbury' } },
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

  it('create → join → add a member → share → search; heads see the list only', async () => {
    const stateSchool = await createPartner('Westgate Academy', 'STATE');
    const independentSchool = await createPartner('St Dunstan’s', 'INDEPENDENT');
    const stateTeacher = await registerTeacher(stateSchool, 'Physics Teacher');
    const independentTeacher = await registerTeacher(independentSchool, 'Physics Teacher');
    const outsider = await registerTeacher(stateSchool, 'History Teacher');
    const token = (sub: string, partnerId: string) =>
      devUserToken({ sub, roles: ['TEACHER'], partnerId });
    const stateToken = await token(stateTeacher, stateSchool);
    const independentToken = await token(independentTeacher, independentSchool);
    const outsiderToken = await token(outsider, stateSchool);
    const headToken = await devUserToken({
      sub: '00000000-0000-4000-8000-0000000011a1',
      roles: ['HEAD'],
      partnerId: stateSchool,
    });
    const studentToken = await devUserToken({
      sub: '00000000-0000-4000-8000-0000000011b1',
      roles: ['STUDENT'],
      partnerId: stateSchool,
    });

    const created = await q<{
      createSubjectCluster: { subjectCluster: { id: string } | null; errors: UserErr[] };
    }>(
      coordinator,
      `mutation($i: CreateSubjectClusterInput!) { createSubjectCluster(input: $i) { subjectCluster { id } ${ERRORS} } }`,
      { i: { name: `KS4 Physics ${run}`, subject: 'Physics', phase: 'KS4' } },
    );
    expect(created.data?.createSubjectCluster.errors).toEqual([]);
    const clusterId = created.data!.createSubjectCluster.subjectCluster!.id;

    const joined = await q<{
      joinSubjectCluster: { subjectCluster: { isMember: boolean } | null; errors: UserErr[] };
    }>(
      stateToken,
      `mutation($id: ID!) { joinSubjectCluster(id: $id) { subjectCluster { isMember } ${ERRORS} } }`,
      { id: clusterId },
    );
    expect(joined.data?.joinSubjectCluster).toEqual({
      subjectCluster: { isMember: true },
      errors: [],
    });

    // teacher-swap hears of the new teacher from people over Kafka: UNKNOWN_TEACHER until then.
    await retryUntil(async () => {
      const r = await q<{ addSubjectClusterMember: { errors: UserErr[] } }>(
        coordinator,
        `mutation($id: ID!, $p: ID!) { addSubjectClusterMember(id: $id, personId: $p) { ${ERRORS} } }`,
        { id: clusterId, p: independentTeacher },
      );
      return r.data?.addSubjectClusterMember.errors.length === 0 ? true : undefined;
    }, 'people → teacher-swap');

    const shared = await q<{
      addClusterResource: { clusterResource: { id: string } | null; errors: UserErr[] };
    }>(
      stateToken,
      `mutation($c: ID!, $i: AddClusterResourceInput!) { addClusterResource(clusterId: $c, input: $i) { clusterResource { id } ${ERRORS} } }`,
      {
        c: clusterId,
        i: {
          title: 'Required practicals checklist',
          url: 'https://example.org/practicals.pdf',
          examCourse: 'GCSE Physics',
          tags: ['Practicals'],
        },
      },
    );
    expect(shared.data?.addClusterResource.errors).toEqual([]);

    const search = (tok: string) =>
      q<{
        clusterResources: {
          edges: Array<{ node: { title: string; addedBy: { id: string } | null } }>;
        } | null;
      }>(
        tok,
        `query($c: ID!) { clusterResources(clusterId: $c, search: "practical", first: 10) {
          edges { node { title addedBy { id } } } } }`,
        { c: clusterId },
      );
    const found = await search(independentToken);
    expect(found.errors).toBeUndefined();
    expect(found.data?.clusterResources?.edges.map((e) => e.node.title)).toEqual([
      'Required practicals checklist',
    ]);
    expect(codesOf((await search(outsiderToken)).errors)).toEqual(['FORBIDDEN']);
    expect(codesOf((await search(headToken)).errors)).toEqual(['FORBIDDEN']);

    const list = (tok: string) =>
      q<{
        subjectClusters: Array<{
          id: string;
          memberCount: number;
          members: unknown[] | null;
        }> | null;
      }>(tok, `{ subjectClusters(subject: "Physics") { id memberCount members { lead } } }`);
    const headView = await list(headToken);
    expect(headView.data?.subjectClusters?.find((c) => c.id === clusterId)).toEqual({
      id: clusterId,
      memberCount: 2,
      members: null,
    });
    expect(codesOf((await list(studentToken)).errors)).toEqual(['FORBIDDEN']);
  });
});
