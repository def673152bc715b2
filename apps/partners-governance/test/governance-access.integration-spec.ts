import { randomUUID } from 'node:crypto';
import { ROLES } from '@ekst/auth';
import type { Role } from '@ekst/auth';
import { startTestSubgraph, testCaller, uniqueTopicPrefix } from '@ekst/testing';
import type { TestSubgraph } from '@ekst/testing';
import { partnersGovernanceModule } from '../src/module';

/**
 * Role × operation through the real subgraph: which roles the governance operations FORBID, and
 * which they let through to their own checks (here: unknown ids, so a typed NOT_FOUND or an empty
 * answer, and nothing written). The membership rules behind the gate are in
 * governance-groups.integration-spec.ts.
 */
const MANAGEMENT = '00000000-0000-4000-8000-0000000a0002';
const OPERATIONS: Record<
  string,
  { query: string; vars: () => Record<string, unknown>; allowed: Role[] }
> = {
  governanceGroups: {
    query: `{ governanceGroups { id } }`,
    vars: () => ({}),
    allowed: ['COORDINATOR', 'HEAD', 'CHAMPION', 'FINANCE'],
  },
  studentVoiceProposals: {
    query: `{ studentVoiceProposals { id } }`,
    vars: () => ({}),
    allowed: ['COORDINATOR', 'HEAD', 'CHAMPION', 'STUDENT'],
  },
  createGovernanceGroup: {
    query: `mutation($i: CreateGovernanceGroupInput!) { createGovernanceGroup(input: $i) { errors { code } } }`,
    // An invalid name: allowed callers get INVALID and nothing is written.
    vars: () => ({ i: { name: 'x', quorumRule: { kind: 'MIN_PARTNERS', value: 1 } } }),
    allowed: ['COORDINATOR'],
  },
  addGroupMember: {
    query: `mutation($i: AddGroupMemberInput!) { addGroupMember(input: $i) { errors { code } } }`,
    vars: () => ({ i: { groupId: MANAGEMENT, personId: randomUUID(), role: 'CHAMPION' } }),
    allowed: ['COORDINATOR', 'HEAD', 'CHAMPION'],
  },
  scheduleMeeting: {
    query: `mutation($i: ScheduleMeetingInput!) { scheduleMeeting(input: $i) { errors { code } } }`,
    vars: () => ({ i: { groupId: randomUUID(), startsAt: '2030-01-01T16:00:00Z', place: 'Deal' } }),
    allowed: ['COORDINATOR', 'HEAD', 'CHAMPION', 'FINANCE'],
  },
  recordDecision: {
    query: `mutation($i: RecordDecisionInput!) { recordDecision(input: $i) { errors { code } } }`,
    vars: () => ({ i: { meetingId: randomUUID(), motion: 'A motion', outcome: 'CARRIED' } }),
    allowed: ['COORDINATOR', 'HEAD', 'CHAMPION', 'FINANCE'],
  },
  addActionItem: {
    query: `mutation($i: AddActionItemInput!) { addActionItem(input: $i) { errors { code } } }`,
    vars: () => ({ i: { meetingId: randomUUID(), description: 'Do it', ownerId: randomUUID() } }),
    allowed: ['COORDINATOR', 'HEAD', 'CHAMPION', 'FINANCE'],
  },
  proposeStudentVoiceEvent: {
    query: `mutation($i: ProposeStudentVoiceEventInput!) { proposeStudentVoiceEvent(input: $i) { errors { code } } }`,
    // Valid input: a student outside Student Voice gets NOT_A_GROUP_MEMBER.
    vars: () => ({
      i: {
        title: 'A new event',
        kind: 'OTHER',
        audience: 'STUDENTS',
        aims: ['COMMUNITY'],
        rationale: 'Because students asked for it.',
        studentsWillHelpWith: 'everything',
      },
    }),
    allowed: ['STUDENT'],
  },
  decideStudentVoiceProposal: {
    query: `mutation($i: DecideStudentVoiceProposalInput!) { decideStudentVoiceProposal(input: $i) { errors { code } } }`,
    vars: () => ({ i: { proposalId: randomUUID(), meetingId: randomUUID(), outcome: 'APPROVED' } }),
    allowed: ['COORDINATOR', 'HEAD', 'CHAMPION'],
  },
};

describe('governance: role × operation through the subgraph', () => {
  let sg: TestSubgraph;
  const prefix = uniqueTopicPrefix();
  beforeAll(async () => {
    sg = await startTestSubgraph(partnersGovernanceModule, {
      topicPrefix: prefix,
      cleanTopics: true,
    });
  });
  afterAll(async () => {
    await sg?.stop();
  });

  const cases = Object.entries(OPERATIONS).flatMap(([op, spec]) =>
    ROLES.map((role) => [op, role, spec.allowed.includes(role)] as const),
  );

  it.each(cases)('%s as %s → allowed %s', async (op, role, allowed) => {
    const spec = OPERATIONS[op];
    const before = await sg.running.dataSource.query(
      `SELECT (SELECT count(*) FROM governance_group)::int AS g, (SELECT count(*) FROM group_membership)::int AS m,
              (SELECT count(*) FROM meeting)::int AS mt, (SELECT count(*) FROM student_voice_proposal)::int AS p,
              (SELECT count(*) FROM outbox)::int AS o`,
    );
    const res = await sg.query<Record<string, { errors?: Array<{ code: string }> } | unknown[]>>(
      spec.query,
      spec.vars(),
      testCaller([role], { subject: randomUUID(), partnerId: randomUUID() }),
    );
    if (allowed) {
      expect(res.errors).toBeUndefined();
      const answer = res.data![op];
      if (!Array.isArray(answer)) expect(answer.errors?.length).toBeGreaterThan(0);
    } else {
      expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    const after = await sg.running.dataSource.query(
      `SELECT (SELECT count(*) FROM governance_group)::int AS g, (SELECT count(*) FROM group_membership)::int AS m,
              (SELECT count(*) FROM meeting)::int AS mt, (SELECT count(*) FROM student_voice_proposal)::int AS p,
              (SELECT count(*) FROM outbox)::int AS o`,
    );
    expect(after).toEqual(before);
  });
});
