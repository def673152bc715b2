import { devUserToken } from '@ekst/testing';
import type { PlannedPerson, SeededPartner } from './demo-plan';
import { schoolsOf } from './demo-plan';
import type { SeedContext } from './seed-context';

type Seeded = PlannedPerson & { id: string };

/**
 * Subject clusters: teachers of one subject from both sectors, a lead first. Members are champions
 * (who also teach), picked by school position in DEMO_PARTNERS order and champion slot, so the
 * clusters mix state and independent schools. The name is the cluster's natural key, a
 * resource's title within its cluster.
 */
const CLUSTERS: ReadonlyArray<{
  name: string;
  subject: string;
  phase: 'KS4' | null;
  members: ReadonlyArray<[number, number]>;
  resources: ReadonlyArray<{
    title: string;
    url?: string;
    fileReference?: string;
    examCourse?: string;
    tags: string[];
  }>;
}> = [
  {
    name: 'East Kent Physics Network',
    subject: 'Physics',
    phase: 'KS4',
    members: [
      [0, 0],
      [4, 0],
      [2, 0],
      [5, 0],
    ],
    resources: [
      {
        title: 'Required practicals: shared risk assessments',
        fileReference: 'Physics Network shared drive / Practicals / risk-assessments-2026.docx',
        examCourse: 'GCSE Physics (AQA 8463)',
        tags: ['practicals', 'safety'],
      },
      {
        title: 'Electricity misconceptions: a diagnostic quiz',
        url: 'https://example.org/ekst-demo/physics/electricity-diagnostic',
        examCourse: 'GCSE Physics (AQA 8463)',
        tags: ['electricity', 'assessment'],
      },
    ],
  },
  {
    name: 'Modern Languages Cluster',
    subject: 'French',
    phase: null,
    members: [
      [1, 1],
      [6, 1],
      [3, 1],
      [5, 1],
    ],
    resources: [
      {
        title: 'Speaking exam role-play bank',
        fileReference: 'MFL Cluster shared drive / Speaking / role-plays.pdf',
        examCourse: 'GCSE French (Edexcel 1FR1)',
        tags: ['speaking', 'exam preparation'],
      },
      {
        title: 'Pen-pal exchange between our schools: how we ran it',
        url: 'https://example.org/ekst-demo/mfl/pen-pal-exchange',
        tags: ['cross-sector', 'writing'],
      },
    ],
  },
];

interface ExistingCluster {
  id: string;
  name: string;
  members: Array<{ person: { id: string } | null }> | null;
}

/**
 * Subject clusters with members and shared resources: the coordinator creates each cluster and
 * adds its members (the first as lead), and the lead shares the resources. Resumable: clusters
 * are found by name, members by person, resources by title.
 */
export async function seedClusters(
  ctx: SeedContext,
  partners: readonly SeededPartner[],
  people: readonly Seeded[],
): Promise<string> {
  const schools = schoolsOf(partners);
  const championAt = ([school, slot]: readonly [number, number]): Seeded => {
    const c = people.filter((p) => p.partnerId === schools[school].id && p.kind === 'champion')[
      slot
    ];
    if (!c) throw new Error(`demo seed: no champion ${slot} at school ${school}`);
    return c;
  };
  const existing = await ctx.read<{ subjectClusters: ExistingCluster[] }>(
    'subject clusters',
    `{ subjectClusters { id name members { person { id } } } }`,
  );
  let resources = 0;
  for (const planned of CLUSTERS) {
    const found = existing.subjectClusters.find((c) => c.name === planned.name);
    const id =
      found?.id ??
      (await ctx.untilAccepted(`cluster ${planned.name}`, async () => {
        const r = await ctx.q<{
          createSubjectCluster: { subjectCluster: { id: string } | null; errors: unknown[] };
        }>(
          `mutation($input: CreateSubjectClusterInput!) { createSubjectCluster(input: $input) { subjectCluster { id } errors { code field message } } }`,
          { input: { name: planned.name, subject: planned.subject, phase: planned.phase } },
        );
        return {
          value: r.data?.createSubjectCluster.subjectCluster?.id ?? null,
          errors: r.errors ?? r.data?.createSubjectCluster.errors,
        };
      }));
    const members = new Set((found?.members ?? []).map((m) => m.person?.id));
    const clusterMembers = planned.members.map(championAt);
    for (const [k, person] of clusterMembers.entries()) {
      if (members.has(person.id)) continue;
      // Retried: the person must be in teacher-swap's projection, which follows people on Kafka.
      await ctx.untilAccepted('cluster member', async () => {
        const r = await ctx.q<{
          addSubjectClusterMember: { subjectCluster: { id: string } | null; errors: unknown[] };
        }>(
          `mutation($id: ID!, $p: ID!, $lead: Boolean) { addSubjectClusterMember(id: $id, personId: $p, lead: $lead) { subjectCluster { id } errors { code field message } } }`,
          { id, p: person.id, lead: k === 0 },
        );
        return {
          value: r.data?.addSubjectClusterMember.subjectCluster?.id ?? null,
          errors: r.errors ?? r.data?.addSubjectClusterMember.errors,
        };
      });
    }
    const shared = await ctx.read<{
      clusterResources: { edges: Array<{ node: { title: string } }> } | null;
    }>(
      'cluster resources',
      `query($id: ID!) { clusterResources(clusterId: $id, first: 100) { edges { node { title } } } }`,
      { id },
    );
    const titles = new Set((shared.clusterResources?.edges ?? []).map((e) => e.node.title));
    const lead = clusterMembers[0];
    const token = await devUserToken({
      sub: lead.id,
      roles: lead.roles,
      partnerId: lead.partnerId,
    });
    for (const input of planned.resources) {
      resources += 1;
      if (titles.has(input.title)) continue;
      const r = await ctx.q<{ addClusterResource: { errors: unknown[] } }>(
        `mutation($id: ID!, $input: AddClusterResourceInput!) { addClusterResource(clusterId: $id, input: $input) { clusterResource { id } errors { code field message } } }`,
        { id, input },
        token,
      );
      ctx.check(`resource ${input.title}`, r, r.data?.addClusterResource.errors);
    }
  }
  return `${CLUSTERS.length} subject clusters with members and ${resources} shared resources`;
}
