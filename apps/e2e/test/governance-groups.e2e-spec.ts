import { randomBytes } from 'node:crypto';
import { devUserToken, gql, retryUntil, sharedTestStack } from '@ekst/testing';
import type { TestStack } from '@ekst/testing';

/**
 * Issue 10 (groups, Student Voice) through the gateway on the whole platform (real processes,
 * Postgres, Kafka), each step by the least-privileged role that may take it: a head puts two of
 * their teachers in the Management Group as champions, a third is refused; people shows the
 * CHAMPION role once it hears of the membership; a Student Voice student proposes an event; a
 * champion approves it at a Management meeting; events shows the DRAFT with the proposer as its
 * student organiser; a student of another school sees neither. On the worker's shared stack.
 */

interface UserErr {
  code: string;
  field: string | null;
  message: string;
}
const ERRORS = 'errors { code field message }';
const MANAGEMENT = '00000000-0000-4000-8000-0000000a0002';
const STUDENT_VOICE = '00000000-0000-4000-8000-0000000a0004';
const codesOf = (errors: ReadonlyArray<{ extensions?: Record<string, unknown> }> | undefined) =>
  (errors ?? []).map((e) => e.extensions?.code);

describe('governance groups and Student Voice through the gateway', () => {
  const run = randomBytes(3).toString('hex');
  // the worker's shared platform (default configuration): this file keeps to its own data
  let stack: TestStack;
  let coordinator: string;

  const q = <T>(token: string | null, query: string, variables?: Record<string, unknown>) =>
    gql<T>(stack.gatewayUrl, token, query, variables);

  beforeAll(async () => {
    stack = await sharedTestStack();
    coordinator = await devUserToken({
      sub: '00000000-0000-4000-8000-0000000013c0',
      roles: ['COORDINATOR'],
    });
  }, 120000);

  async function createPartner(name: string): Promise<string> {
    const r = await q<{ createPartner: { partner: { id: string } | null; errors: UserErr[] } }>(
      coordinator,
      `mutation($input: CreatePartnerInput!) { createPartner(input: $input) { partner { id } ${ERRORS} } }`,
      { input: { name: `${name} ${run}`, kind: 'STATE', town: 'Canterbury' } },
    );
    expect(r.data?.createPartner.errors).toEqual([]);
    return r.data!.createPartner.partner!.id;
  }

  /** The coordinator registers (the bootstrap path), once people has heard of the partner. */
  async function register(partnerId: string, name: string, student = false): Promise<string> {
    return retryUntil(async () => {
      const r = await q<{ registerPerson: { person: { id: string } | null; errors: UserErr[] } }>(
        coordinator,
        `mutation($input: RegisterPersonInput!) { registerPerson(input: $input) { person { id } ${ERRORS} } }`,
        {
          input: {
            partnerId,
            displayName: `${name} ${run}`,
            roles: [student ? 'STUDENT' : name.startsWith('Head') ? 'HEAD' : 'TEACHER'],
            ...(student ? { yearGroup: 10 } : {}),
          },
        },
      );
      return r.data?.registerPerson.person?.id;
    }, 'partner → people');
  }

  const ADD = `mutation($input: AddGroupMemberInput!) { addGroupMember(input: $input) { membership { id role } ${ERRORS} } }`;
  type AddResult = { addGroupMember: { membership: { id: string } | null; errors: UserErr[] } };

  it('champions join, a third is refused, people follows; a Student Voice proposal becomes a draft event', async () => {
    const school = await createPartner('Westgate Academy');
    const other = await createPartner('Hartley Grammar');
    const head = await register(school, 'Head Grace');
    const [t1, t2, t3] = [
      await register(school, 'Teacher One'),
      await register(school, 'Teacher Two'),
      await register(school, 'Teacher Three'),
    ];
    const studentId = await register(school, 'Student Amara', true);
    const otherStudentId = await register(other, 'Student Rory', true);
    const headToken = await devUserToken({ sub: head, roles: ['HEAD'], partnerId: school });

    // partners-governance hears of people over Kafka: NOT_FOUND until then.
    const addAsHead = (personId: string, groupId: string, role: string) =>
      q<AddResult>(headToken, ADD, { input: { groupId, personId, role } });
    for (const t of [t1, t2])
      await retryUntil(
        async () =>
          (await addAsHead(t, MANAGEMENT, 'CHAMPION')).data?.addGroupMember.membership?.id,
        'people → governance, then the champion joins',
      );
    const third = await retryUntil(async () => {
      const r = await addAsHead(t3, MANAGEMENT, 'CHAMPION');
      const codes = r.data?.addGroupMember.errors.map((e) => e.code) ?? [];
      return codes.includes('NOT_FOUND') ? null : r;
    }, 'governance knows the third teacher');
    expect(third.data!.addGroupMember).toEqual({
      membership: null,
      errors: [expect.objectContaining({ code: 'CHAMPION_LIMIT', field: 'personId' })],
    });

    // people follows the membership: the champion's own record now carries CHAMPION.
    const championToken = await devUserToken({ sub: t1, roles: ['TEACHER'], partnerId: school });
    const roles = await retryUntil(async () => {
      const r = await q<{ me: { roles: string[] } | null }>(championToken, `{ me { roles } }`);
      const now = r.data?.me?.roles ?? [];
      return now.includes('CHAMPION') ? now : null;
    }, 'governance → people (CHAMPION granted)');
    expect([...roles].sort()).toEqual(['CHAMPION', 'TEACHER']);
    const thirdMe = await q<{ me: { roles: string[] } }>(
      await devUserToken({ sub: t3, roles: ['TEACHER'], partnerId: school }),
      `{ me { roles } }`,
    );
    expect(thirdMe.data!.me.roles).toEqual(['TEACHER']);
    // A champion token as people would now issue it.
    const champion = await devUserToken({
      sub: t1,
      roles: ['CHAMPION', 'TEACHER'],
      partnerId: school,
    });

    // The head puts a student in the Student Voice Group; the student proposes.
    await retryUntil(
      async () =>
        (await addAsHead(studentId, STUDENT_VOICE, 'MEMBER')).data?.addGroupMember.membership?.id,
      'the student joins Student Voice',
    );
    const studentToken = await devUserToken({
      sub: studentId,
      roles: ['STUDENT'],
      partnerId: school,
    });
    const proposed = await q<{
      proposeStudentVoiceEvent: {
        proposal: { id: string; status: string } | null;
        errors: UserErr[];
      };
    }>(
      studentToken,
      `mutation($input: ProposeStudentVoiceEventInput!) { proposeStudentVoiceEvent(input: $input) { proposal { id status } ${ERRORS} } }`,
      {
        input: {
          title: `Wellbeing bake-off ${run}`,
          kind: 'BAKE_OFF',
          audience: 'STUDENTS',
          aims: ['WELLBEING', 'COMMUNITY'],
          rationale: 'Students asked for a relaxed event across schools.',
          studentsWillHelpWith: 'judging, posters and the running order',
        },
      },
    );
    expect(proposed.data?.proposeStudentVoiceEvent.errors).toEqual([]);
    const proposalId = proposed.data!.proposeStudentVoiceEvent.proposal!.id;
    const governance = await q(studentToken, `{ governanceGroups { id } }`);
    expect(codesOf(governance.errors)).toEqual(['FORBIDDEN']);

    // A champion schedules a Management meeting and approves the proposal at it.
    const meeting = await q<{
      scheduleMeeting: { meeting: { id: string } | null; errors: UserErr[] };
    }>(
      champion,
      `mutation($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { meeting { id } ${ERRORS} } }`,
      {
        input: {
          groupId: MANAGEMENT,
          startsAt: '2026-11-12T16:00:00Z',
          place: 'Westgate Academy library',
          agenda: ['Student Voice proposals'],
        },
      },
    );
    expect(meeting.data?.scheduleMeeting.errors).toEqual([]);
    const decided = await q<{
      decideStudentVoiceProposal: { proposal: { status: string } | null; errors: UserErr[] };
    }>(
      champion,
      `mutation($input: DecideStudentVoiceProposalInput!) { decideStudentVoiceProposal(input: $input) { proposal { status } ${ERRORS} } }`,
      {
        input: {
          proposalId,
          meetingId: meeting.data!.scheduleMeeting.meeting!.id,
          outcome: 'APPROVED',
        },
      },
    );
    expect(decided.data?.decideStudentVoiceProposal).toEqual({
      proposal: { status: 'APPROVED' },
      errors: [],
    });

    // events hears of the approval: a DRAFT, the proposer its student organiser, who sees it.
    const EVENT = `query($p: ID!) { eventForProposal(proposalId: $p) { id status proposalId roles { role person { id } } } }`;
    const draft = await retryUntil(async () => {
      const r = await q<{
        eventForProposal: {
          id: string;
          status: string;
          roles: Array<{ role: string; person: { id: string } | null }>;
        } | null;
      }>(studentToken, EVENT, { p: proposalId });
      return r.data?.eventForProposal ?? null;
    }, 'governance → events (draft event)');
    expect(draft.status).toBe('DRAFT');
    expect(draft.roles.map((r) => r.role)).toEqual(['STUDENT_ORGANISER']);
    const published = await q(
      studentToken,
      `mutation($id: ID!) { publishEvent(id: $id) { event { id } } }`,
      {
        id: draft.id,
      },
    );
    expect(codesOf(published.errors)).toEqual(['FORBIDDEN']);

    // A student of another school sees neither the proposal nor its draft.
    const otherToken = await devUserToken({
      sub: otherStudentId,
      roles: ['STUDENT'],
      partnerId: other,
    });
    const theirs = await q<{ studentVoiceProposals: Array<{ id: string }> }>(
      otherToken,
      `{ studentVoiceProposals { id } }`,
    );
    expect(theirs.errors).toBeUndefined();
    expect(theirs.data!.studentVoiceProposals.map((p) => p.id)).not.toContain(proposalId);
    const theirDraft = await q<{ eventForProposal: unknown }>(otherToken, EVENT, { p: proposalId });
    expect(theirDraft.data?.eventForProposal ?? null).toBeNull();
  });
});
