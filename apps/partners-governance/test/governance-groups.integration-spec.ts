import { randomUUID } from 'node:crypto';
import type { Role } from '@ekst/auth';
import { PeopleEvents } from '@ekst/contracts';
import {
  eventually,
  KafkaTestBus,
  startTestSubgraph,
  testCaller,
  uniqueTopicPrefix,
} from '@ekst/testing';
import type { TestSubgraph } from '@ekst/testing';
import { partnersGovernanceModule } from '../src/module';

/**
 * Groups, memberships, meetings and Student Voice proposals on the real subgraph, with people's
 * events played on the real broker. Every refusal is checked to have written nothing.
 */
const MANAGEMENT = '00000000-0000-4000-8000-0000000a0002';
const STUDENT_VOICE = '00000000-0000-4000-8000-0000000a0004';
const A = randomUUID();
const B = randomUUID();
const P2 = randomUUID();
const ids = {
  headA: randomUUID(),
  headB: randomUUID(),
  c1: randomUUID(),
  c2: randomUUID(),
  c3: randomUUID(),
  d1: randomUUID(),
  d2: randomUUID(),
  d3: randomUUID(),
  teacherA: randomUUID(),
  s1: randomUUID(),
  s2: randomUUID(),
  sB: randomUUID(),
};
const as = (role: Role, subject: string, partnerId: string) =>
  testCaller([role], { subject, partnerId });

const ADD = `mutation($input: AddGroupMemberInput!) {
  addGroupMember(input: $input) { membership { id role from to partner { id } } errors { field code message } }
}`;
const END = `mutation($input: EndGroupMembershipInput!) {
  endGroupMembership(input: $input) { membership { id to } errors { field code } }
}`;
const SCHEDULE = `mutation($input: ScheduleMeetingInput!) {
  scheduleMeeting(input: $input) { meeting { id agenda { id position title } } errors { field code } }
}`;
const ATTEND = `mutation($input: RecordAttendanceInput!) {
  recordAttendance(input: $input) { meeting { id quorate partnersNeeded partnersRepresented { id } } errors { field code } }
}`;
const DECIDE = `mutation($input: RecordDecisionInput!) {
  recordDecision(input: $input) { decision { id outcome votesFor } errors { field code } }
}`;
const ACTION = `mutation($input: AddActionItemInput!) {
  addActionItem(input: $input) { actionItem { id status owner { id } } errors { field code } }
}`;
const PROPOSE = `mutation($input: ProposeStudentVoiceEventInput!) {
  proposeStudentVoiceEvent(input: $input) { proposal { id status proposers { id } } errors { field code } }
}`;
const DECIDE_PROPOSAL = `mutation($input: DecideStudentVoiceProposalInput!) {
  decideStudentVoiceProposal(input: $input) { proposal { id status decidedOn meetingId } errors { field code } }
}`;

type Errors = Array<{ field: string | null; code: string }>;

describe('governance groups, meetings and Student Voice proposals', () => {
  let sg: TestSubgraph;
  let bus: KafkaTestBus;
  const prefix = uniqueTopicPrefix();
  const counts = async () =>
    (
      await sg.running.dataSource.query(
        `SELECT (SELECT count(*) FROM group_membership)::int AS memberships,
                (SELECT count(*) FROM meeting_decision)::int AS decisions,
                (SELECT count(*) FROM action_item)::int AS actions,
                (SELECT count(*) FROM student_voice_proposal)::int AS proposals,
                (SELECT count(*) FROM outbox)::int AS outbox`,
      )
    )[0] as Record<string, number>;
  const add = (
    groupId: string,
    personId: string,
    role: string,
    caller = as('HEAD', ids.headA, A),
  ) =>
    sg.query<{ addGroupMember: { membership: { id: string } | null; errors: Errors } }>(
      ADD,
      { input: { groupId, personId, role } },
      caller,
    );

  beforeAll(async () => {
    sg = await startTestSubgraph(partnersGovernanceModule, {
      topicPrefix: prefix,
      cleanTopics: true,
    });
    bus = new KafkaTestBus(prefix);
    await bus.start();
    const people: Array<[string, string, Role[], number | null]> = [
      [ids.headA, A, ['HEAD'], null],
      [ids.headB, B, ['HEAD'], null],
      [ids.c1, A, ['TEACHER'], null],
      [ids.c2, A, ['TEACHER'], null],
      [ids.c3, A, ['TEACHER'], null],
      [ids.d1, P2, ['TEACHER'], null],
      [ids.d2, P2, ['TEACHER'], null],
      [ids.d3, P2, ['TEACHER'], null],
      [ids.teacherA, A, ['TEACHER'], null],
      [ids.s1, A, ['STUDENT'], 10],
      [ids.s2, A, ['STUDENT'], 11],
      [ids.sB, B, ['STUDENT'], 10],
    ];
    for (const [personId, partnerId, roles, yearGroup] of people)
      await bus.publish('people', PeopleEvents.registered, personId, {
        personId,
        partnerId,
        roles,
        yearGroup,
      });
    await eventually(async () => {
      const [{ n }] = await sg.running.dataSource.query(
        `SELECT count(*)::int AS n FROM governance_person`,
      );
      return n === people.length;
    }, 60000);
  });
  afterAll(async () => {
    await bus?.stop();
    await sg?.stop();
  });

  it('keeps people as ids, partner, roles and student or not (no names)', async () => {
    const rows = await sg.running.dataSource.query(
      `SELECT id, partner_id, roles, is_student FROM governance_person WHERE id = ANY($1::uuid[]) ORDER BY is_student`,
      [[ids.c1, ids.s1]],
    );
    expect(rows).toEqual([
      { id: ids.c1, partner_id: A, roles: ['TEACHER'], is_student: false },
      { id: ids.s1, partner_id: A, roles: ['STUDENT'], is_student: true },
    ]);
  });

  it('lets a head put two champions of their school in the Management Group, announcing the CHAMPION role', async () => {
    for (const c of [ids.c1, ids.c2]) {
      const res = await add(MANAGEMENT, c, 'CHAMPION');
      expect(res.errors).toBeUndefined();
      expect(res.data!.addGroupMember.errors).toEqual([]);
    }
    const [event] = await sg.running.dataSource.query(
      `SELECT envelope FROM outbox WHERE event_type = 'GroupMembershipChanged' AND message_key = $1`,
      [ids.c1],
    );
    expect(event.envelope.payload).toMatchObject({
      groupId: MANAGEMENT,
      groupKind: 'MANAGEMENT',
      personId: ids.c1,
      partnerId: A,
      role: 'CHAMPION',
      change: 'STARTED',
      to: null,
      governingRoles: ['CHAMPION'],
    });
  });

  it('refuses a third champion of the same partner with CHAMPION_LIMIT and writes nothing', async () => {
    const before = await counts();
    const res = await add(MANAGEMENT, ids.c3, 'CHAMPION');
    expect(res.data!.addGroupMember).toEqual({
      membership: null,
      errors: [
        {
          field: 'personId',
          code: 'CHAMPION_LIMIT',
          message: 'this partner already has two champions in the Management Group',
        },
      ],
    });
    expect(await counts()).toEqual(before);
  });

  it('two simultaneous third-champion adds leave exactly two champions', async () => {
    const coordinator = testCaller(['COORDINATOR']);
    expect(
      (await add(MANAGEMENT, ids.d1, 'CHAMPION', coordinator)).data!.addGroupMember.errors,
    ).toEqual([]);
    const [x, y] = await Promise.all([
      add(MANAGEMENT, ids.d2, 'CHAMPION', coordinator),
      add(MANAGEMENT, ids.d3, 'CHAMPION', coordinator),
    ]);
    const codes = [x, y].map((r) => r.data!.addGroupMember.errors.map((e) => e.code).join()).sort();
    expect(codes).toEqual(['', 'CHAMPION_LIMIT']);
    const [{ n }] = await sg.running.dataSource.query(
      `SELECT count(*)::int AS n FROM group_membership WHERE partner_id = $1 AND role = 'CHAMPION' AND to_on IS NULL`,
      [P2],
    );
    expect(n).toBe(2);
  });

  it('refuses an overlapping membership, unknown ids and students outside Student Voice, writing nothing', async () => {
    const before = await counts();
    const overlap = await add(MANAGEMENT, ids.c1, 'MEMBER');
    expect(overlap.data!.addGroupMember.errors.map((e) => e.code)).toEqual([
      'OVERLAPPING_MEMBERSHIP',
    ]);
    const unknownGroup = await add(randomUUID(), ids.c3, 'MEMBER');
    expect(unknownGroup.data!.addGroupMember.errors).toEqual([
      expect.objectContaining({ field: 'groupId', code: 'NOT_FOUND' }),
    ]);
    const unknownPerson = await add(MANAGEMENT, randomUUID(), 'MEMBER');
    expect(unknownPerson.data!.addGroupMember.errors).toEqual([
      expect.objectContaining({ field: 'personId', code: 'NOT_FOUND' }),
    ]);
    const student = await add(MANAGEMENT, ids.s1, 'MEMBER');
    expect(student.data!.addGroupMember.errors.map((e) => e.code)).toEqual(['NOT_ELIGIBLE']);
    expect(await counts()).toEqual(before);
  });

  it.each([
    ['a teacher', as('TEACHER', ids.teacherA, A)],
    ['a student', as('STUDENT', ids.s1, A)],
    ['a head of another partner', as('HEAD', ids.headB, B)],
    ['a champion (Management is for heads)', as('CHAMPION', ids.c1, A)],
  ])('forbids %s to add champions', async (_who, caller) => {
    const before = await counts();
    const res = await add(MANAGEMENT, ids.c3, 'CHAMPION', caller);
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await counts()).toEqual(before);
  });

  it('ending a membership takes the role away, and then another champion may join', async () => {
    const [{ id }] = await sg.running.dataSource.query(
      `SELECT id FROM group_membership WHERE person_id = $1 AND to_on IS NULL`,
      [ids.c1],
    );
    const ended = await sg.query<{
      endGroupMembership: { membership: { to: string }; errors: Errors };
    }>(END, { input: { membershipId: id, to: '2030-01-01' } }, as('HEAD', ids.headA, A));
    expect(ended.data!.endGroupMembership.errors).toEqual([]);
    const [event] = await sg.running.dataSource.query(
      `SELECT envelope FROM outbox WHERE event_type = 'GroupMembershipChanged' AND message_key = $1 ORDER BY id DESC LIMIT 1`,
      [ids.c1],
    );
    expect(event.envelope.payload).toMatchObject({ change: 'ENDED', governingRoles: [] });
    expect((await add(MANAGEMENT, ids.c3, 'CHAMPION')).data!.addGroupMember.errors).toEqual([]);
    // c1 may come back only after the membership ended.
    const again = await sg.query<{ addGroupMember: { errors: Errors } }>(
      ADD,
      { input: { groupId: MANAGEMENT, personId: ids.c1, role: 'MEMBER', from: '2029-12-01' } },
      as('HEAD', ids.headA, A),
    );
    expect(again.data!.addGroupMember.errors.map((e) => e.code)).toEqual([
      'OVERLAPPING_MEMBERSHIP',
    ]);
  });

  it('the coordinator sets up a working group and changes a quorum rule; others may not; bad rules change nothing', async () => {
    const CREATE = `mutation($input: CreateGovernanceGroupInput!) {
      createGovernanceGroup(input: $input) { group { id kind name quorumRule { kind value } } errors { field code } }
    }`;
    const SET = `mutation($g: ID!, $r: QuorumRuleInput!) {
      setGroupQuorumRule(groupId: $g, quorumRule: $r) { group { quorumRule { kind value } } errors { field code } }
    }`;
    const created = await sg.query<{
      createGovernanceGroup: { group: { kind: string; quorumRule: unknown } };
    }>(CREATE, {
      input: { name: 'Transport working group', quorumRule: { kind: 'MIN_PARTNERS', value: 2 } },
    });
    expect(created.data!.createGovernanceGroup.group).toMatchObject({
      kind: 'OTHER',
      quorumRule: { kind: 'MIN_PARTNERS', value: 2 },
    });
    const head = await sg.query(
      CREATE,
      { input: { name: 'Heads’ own group', quorumRule: { kind: 'MIN_PARTNERS', value: 2 } } },
      as('HEAD', ids.headA, A),
    );
    expect(head.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const groups = async () =>
      sg.running.dataSource.query(
        `SELECT id, quorum_kind, quorum_value FROM governance_group ORDER BY id`,
      );
    const before = await groups();
    const bad = await sg.query<{ setGroupQuorumRule: { group: null; errors: Errors } }>(SET, {
      g: MANAGEMENT,
      r: { kind: 'PERCENT_OF_MEMBER_PARTNERS', value: 150 },
    });
    expect(bad.data!.setGroupQuorumRule).toEqual({
      group: null,
      errors: [{ field: 'quorumRule.value', code: 'INVALID' }],
    });
    const unknown = await sg.query<{ setGroupQuorumRule: { errors: Errors } }>(SET, {
      g: randomUUID(),
      r: { kind: 'MIN_PARTNERS', value: 1 },
    });
    expect(unknown.data!.setGroupQuorumRule.errors).toEqual([
      { field: 'groupId', code: 'NOT_FOUND' },
    ]);
    expect(await groups()).toEqual(before);
    const ok = await sg.query<{ setGroupQuorumRule: { group: { quorumRule: unknown } } }>(SET, {
      g: STUDENT_VOICE,
      r: { kind: 'MIN_PARTNERS', value: 1 },
    });
    expect(ok.data!.setGroupQuorumRule.group.quorumRule).toEqual({
      kind: 'MIN_PARTNERS',
      value: 1,
    });
  });

  describe('meetings', () => {
    let first: string;
    let second: string;
    const c2 = as('CHAMPION', ids.c2, A);

    it('a member schedules meetings with an agenda, announcing MeetingScheduled', async () => {
      const res = await sg.query<{
        scheduleMeeting: { meeting: { id: string; agenda: unknown[] } };
      }>(
        SCHEDULE,
        {
          input: {
            groupId: MANAGEMENT,
            startsAt: '2030-02-01T16:00:00Z',
            place: 'Canterbury',
            agenda: ['Minutes of the last meeting', 'Programme'],
          },
        },
        c2,
      );
      first = res.data!.scheduleMeeting.meeting.id;
      expect(res.data!.scheduleMeeting.meeting.agenda).toEqual([
        expect.objectContaining({ position: 1, title: 'Minutes of the last meeting' }),
        expect.objectContaining({ position: 2, title: 'Programme' }),
      ]);
      const second_ = await sg.query<{ scheduleMeeting: { meeting: { id: string } } }>(
        SCHEDULE,
        {
          input: {
            groupId: MANAGEMENT,
            startsAt: '2030-03-01T16:00:00Z',
            onlineUrl: 'https://meet.example/x',
          },
        },
        c2,
      );
      second = second_.data!.scheduleMeeting.meeting.id;
      const [{ n }] = await sg.running.dataSource.query(
        `SELECT count(*)::int AS n FROM outbox WHERE event_type = 'MeetingScheduled'`,
      );
      expect(n).toBe(2);
    });

    it('a member appends agenda items and minutes them; an outsider and unknown ids are typed errors that write nothing', async () => {
      const AGENDA = `mutation($input: AddAgendaItemInput!) { addAgendaItem(input: $input) { meeting { agenda { id position title minutes } } errors { field code } } }`;
      const MINUTES = `mutation($input: RecordMinutesInput!) { recordMinutes(input: $input) { meeting { agenda { id minutes } } errors { field code } } }`;
      const added = await sg.query<{
        addAgendaItem: {
          meeting: { agenda: Array<{ id: string; position: number; title: string }> };
        };
      }>(AGENDA, { input: { meetingId: first, title: 'Transport costs' } }, c2);
      const item = added.data!.addAgendaItem.meeting.agenda.at(-1)!;
      expect(item).toMatchObject({ position: 3, title: 'Transport costs' });
      const minuted = await sg.query<{
        recordMinutes: { meeting: { agenda: Array<{ id: string; minutes: string }> } };
      }>(
        MINUTES,
        { input: { agendaItemId: item.id, minutes: 'Coach quotes to be compared.' } },
        c2,
      );
      expect(
        minuted.data!.recordMinutes.meeting.agenda.find((a) => a.id === item.id)?.minutes,
      ).toBe('Coach quotes to be compared.');
      const agendaRows = () =>
        sg.running.dataSource.query(
          `SELECT id, position, title, minutes FROM agenda_item ORDER BY id`,
        );
      const before = await agendaRows();
      const outsider = await sg.query<{ recordMinutes: { errors: Errors } }>(
        MINUTES,
        { input: { agendaItemId: item.id, minutes: 'Rewritten by an outsider.' } },
        as('HEAD', ids.headB, B),
      );
      expect(outsider.data!.recordMinutes.errors.map((e) => e.code)).toEqual([
        'NOT_A_GROUP_MEMBER',
      ]);
      const unknownItem = await sg.query<{ recordMinutes: { errors: Errors } }>(
        MINUTES,
        { input: { agendaItemId: randomUUID(), minutes: 'Anything.' } },
        c2,
      );
      expect(unknownItem.data!.recordMinutes.errors).toEqual([
        { field: 'agendaItemId', code: 'NOT_FOUND' },
      ]);
      const unknownMeeting = await sg.query<{ addAgendaItem: { errors: Errors } }>(
        AGENDA,
        { input: { meetingId: randomUUID(), title: 'Anything' } },
        c2,
      );
      expect(unknownMeeting.data!.addAgendaItem.errors).toEqual([
        { field: 'meetingId', code: 'NOT_FOUND' },
      ]);
      expect(await agendaRows()).toEqual(before);
    });

    it('counts quorum per partner represented, not per person', async () => {
      // Member partners on the day: A (c2, c3) and P2 (d1 and one of d2/d3); 50% of 2 → 1 needed.
      const r1 = await sg.query<{
        recordAttendance: { meeting: { quorate: boolean; partnersNeeded: number } };
      }>(ATTEND, { input: { meetingId: first, personId: ids.c2, status: 'APOLOGIES' } }, c2);
      expect(r1.data!.recordAttendance.meeting).toMatchObject({
        quorate: false,
        partnersNeeded: 1,
      });
      await sg.query(
        ATTEND,
        { input: { meetingId: first, personId: ids.c3, status: 'PRESENT' } },
        c2,
      );
      const r2 = await sg.query<{
        recordAttendance: {
          meeting: { quorate: boolean; partnersRepresented: Array<{ id: string }> };
        };
      }>(ATTEND, { input: { meetingId: first, personId: ids.c2, status: 'PRESENT' } }, c2);
      // Two people of partner A: one partner represented (A is not in this database's partner
      // table, so the list of Partner objects is empty; the count is what quorum uses).
      expect(r2.data!.recordAttendance.meeting.quorate).toBe(true);
      const [{ n }] = await sg.running.dataSource.query(
        `SELECT count(DISTINCT partner_id)::int AS n FROM meeting_attendance WHERE meeting_id = $1 AND status = 'PRESENT'`,
        [first],
      );
      expect(n).toBe(1);
    });

    it('records a member’s decision, and refuses one by someone outside the group (typed, nothing written)', async () => {
      const ok = await sg.query<{
        recordDecision: { decision: { outcome: string; votesFor: number } };
      }>(
        DECIDE,
        {
          input: {
            meetingId: first,
            motion: 'Adopt the autumn programme',
            outcome: 'CARRIED',
            votesFor: 5,
          },
        },
        c2,
      );
      expect(ok.data!.recordDecision.decision).toMatchObject({ outcome: 'CARRIED', votesFor: 5 });
      const before = await counts();
      const outsider = await sg.query<{ recordDecision: { decision: null; errors: Errors } }>(
        DECIDE,
        { input: { meetingId: first, motion: 'Move the meeting', outcome: 'CARRIED' } },
        as('HEAD', ids.headB, B),
      );
      expect(outsider.data!.recordDecision).toEqual({
        decision: null,
        errors: [expect.objectContaining({ code: 'NOT_A_GROUP_MEMBER' })],
      });
      const teacher = await sg.query(
        DECIDE,
        { input: { meetingId: first, motion: 'Move the meeting', outcome: 'CARRIED' } },
        as('TEACHER', ids.teacherA, A),
      );
      expect(teacher.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const unknown = await sg.query<{ recordDecision: { errors: Errors } }>(
        DECIDE,
        { input: { meetingId: randomUUID(), motion: 'Anything', outcome: 'CARRIED' } },
        c2,
      );
      expect(unknown.data!.recordDecision.errors).toEqual([
        expect.objectContaining({ field: 'meetingId', code: 'NOT_FOUND' }),
      ]);
      const negative = await sg.query<{ recordDecision: { errors: Errors } }>(
        DECIDE,
        { input: { meetingId: first, motion: 'Anything', outcome: 'CARRIED', votesFor: -1 } },
        c2,
      );
      expect(negative.data!.recordDecision.errors).toEqual([
        expect.objectContaining({ field: 'votesFor', code: 'INVALID' }),
      ]);
      expect(await counts()).toEqual(before);
    });

    it('an action item needs an owner; open actions carry over until closed', async () => {
      const before = await counts();
      const noOwner = await sg.query<{ addActionItem: { actionItem: null; errors: Errors } }>(
        ACTION,
        { input: { meetingId: first, description: 'Book the hall' } },
        c2,
      );
      expect(noOwner.data!.addActionItem).toEqual({
        actionItem: null,
        errors: [{ field: 'ownerId', code: 'OWNER_REQUIRED' }],
      });
      const unknownOwner = await sg.query<{ addActionItem: { errors: Errors } }>(
        ACTION,
        { input: { meetingId: first, description: 'Book the hall', ownerId: randomUUID() } },
        c2,
      );
      expect(unknownOwner.data!.addActionItem.errors.map((e) => e.code)).toEqual(['NOT_FOUND']);
      expect(await counts()).toEqual(before);

      const made = await sg.query<{
        addActionItem: { actionItem: { id: string; status: string } };
      }>(
        ACTION,
        {
          input: {
            meetingId: first,
            description: 'Book the hall',
            ownerId: ids.c3,
            dueOn: '2030-02-20',
          },
        },
        c2,
      );
      const actionId = made.data!.addActionItem.actionItem.id;
      const carried = `query($id: ID!) { meeting(id: $id) { carriedOverActions { id } actionItems { id } } }`;
      const next = await sg.query<{ meeting: { carriedOverActions: Array<{ id: string }> } }>(
        carried,
        { id: second },
        c2,
      );
      expect(next.data!.meeting.carriedOverActions).toEqual([{ id: actionId }]);
      // The owner closes it themself.
      const closed = await sg.query<{ setActionItemStatus: { actionItem: { status: string } } }>(
        `mutation($input: SetActionItemStatusInput!) { setActionItemStatus(input: $input) { actionItem { status } errors { code } } }`,
        { input: { actionItemId: actionId, status: 'DONE' } },
        as('CHAMPION', ids.c3, A),
      );
      expect(closed.data!.setActionItemStatus.actionItem.status).toBe('DONE');
      const after = await sg.query<{ meeting: { carriedOverActions: unknown[] } }>(
        carried,
        { id: second },
        c2,
      );
      expect(after.data!.meeting.carriedOverActions).toEqual([]);
    });

    describe('Student Voice proposals', () => {
      let proposalId: string;
      const s1 = as('STUDENT', ids.s1, A);
      const input = {
        title: 'Student bake-off for wellbeing week',
        kind: 'BAKE_OFF',
        audience: 'STUDENTS',
        aims: ['WELLBEING', 'COMMUNITY'],
        rationale: 'Students asked for a relaxed event across schools.',
        studentsWillHelpWith: 'judging, posters and the running order',
      };

      it('a student outside Student Voice cannot propose; a member proposes with a co-proposer from the group', async () => {
        const before = await counts();
        const outside = await sg.query<{ proposeStudentVoiceEvent: { errors: Errors } }>(
          PROPOSE,
          { input },
          s1,
        );
        expect(outside.data!.proposeStudentVoiceEvent.errors.map((e) => e.code)).toEqual([
          'NOT_A_GROUP_MEMBER',
        ]);
        expect(await counts()).toEqual(before);
        const adult = await sg.query(PROPOSE, { input }, c2);
        expect(adult.errors?.[0].extensions?.code).toBe('FORBIDDEN');

        for (const s of [ids.s1, ids.s2])
          expect(
            (await add(STUDENT_VOICE, s, 'MEMBER', as('CHAMPION', ids.c2, A))).data!.addGroupMember
              .errors,
          ).toEqual([]);
        const res = await sg.query<{
          proposeStudentVoiceEvent: {
            proposal: { id: string; status: string; proposers: Array<{ id: string }> };
          };
        }>(PROPOSE, { input: { ...input, coProposerIds: [ids.s2] } }, s1);
        expect(res.data!.proposeStudentVoiceEvent.proposal).toMatchObject({
          status: 'PROPOSED',
          proposers: [{ id: ids.s1 }, { id: ids.s2 }],
        });
        proposalId = res.data!.proposeStudentVoiceEvent.proposal.id;
      });

      it('students see their own and their school’s proposals, never another school’s', async () => {
        const LIST = `{ studentVoiceProposals { id } }`;
        const mine = await sg.query<{ studentVoiceProposals: Array<{ id: string }> }>(LIST, {}, s1);
        expect(mine.data!.studentVoiceProposals).toEqual([{ id: proposalId }]);
        const other = await sg.query<{ studentVoiceProposals: unknown[] }>(
          LIST,
          {},
          as('STUDENT', ids.sB, B),
        );
        expect(other.data!.studentVoiceProposals).toEqual([]);
        const teacher = await sg.query(LIST, {}, as('TEACHER', ids.teacherA, A));
        expect(teacher.errors?.[0].extensions?.code).toBe('FORBIDDEN');
        const groups = await sg.query(`{ governanceGroups { id } }`, {}, s1);
        expect(groups.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      });

      it('only a Management member decides, at a Management meeting; approval announces StudentVoiceProposalApproved once', async () => {
        const before = await counts();
        const outsider = await sg.query<{ decideStudentVoiceProposal: { errors: Errors } }>(
          DECIDE_PROPOSAL,
          { input: { proposalId, meetingId: first, outcome: 'APPROVED' } },
          as('HEAD', ids.headB, B),
        );
        expect(outsider.data!.decideStudentVoiceProposal.errors.map((e) => e.code)).toEqual([
          'NOT_A_GROUP_MEMBER',
        ]);
        const noReason = await sg.query<{ decideStudentVoiceProposal: { errors: Errors } }>(
          DECIDE_PROPOSAL,
          { input: { proposalId, meetingId: first, outcome: 'REJECTED' } },
          c2,
        );
        expect(noReason.data!.decideStudentVoiceProposal.errors).toEqual([
          { field: 'reason', code: 'INVALID' },
        ]);
        const student = await sg.query(
          DECIDE_PROPOSAL,
          { input: { proposalId, meetingId: first, outcome: 'APPROVED' } },
          s1,
        );
        expect(student.errors?.[0].extensions?.code).toBe('FORBIDDEN');
        expect(await counts()).toEqual(before);

        const ok = await sg.query<{
          decideStudentVoiceProposal: { proposal: { status: string; meetingId: string } };
        }>(DECIDE_PROPOSAL, { input: { proposalId, meetingId: first, outcome: 'APPROVED' } }, c2);
        expect(ok.data!.decideStudentVoiceProposal.proposal).toMatchObject({
          status: 'APPROVED',
          meetingId: first,
        });
        const again = await sg.query<{ decideStudentVoiceProposal: { errors: Errors } }>(
          DECIDE_PROPOSAL,
          {
            input: {
              proposalId,
              meetingId: first,
              outcome: 'REJECTED',
              reason: 'changed our minds',
            },
          },
          c2,
        );
        expect(again.data!.decideStudentVoiceProposal.errors.map((e) => e.code)).toEqual([
          'ALREADY_DECIDED',
        ]);
        const events = await sg.running.dataSource.query(
          `SELECT envelope FROM outbox WHERE event_type = 'StudentVoiceProposalApproved'`,
        );
        expect(events).toHaveLength(1);
        expect(events[0].envelope.payload).toEqual({
          proposalId,
          title: input.title,
          kind: 'BAKE_OFF',
          audience: 'STUDENTS',
          aims: ['WELLBEING', 'COMMUNITY'],
          proposerIds: [ids.s1, ids.s2],
          partnerId: A,
          meetingId: first,
          decidedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
        });
        const [decision] = await sg.running.dataSource.query(
          `SELECT outcome, meeting_id FROM meeting_decision WHERE proposal_id = $1`,
          [proposalId],
        );
        expect(decision).toEqual({ outcome: 'CARRIED', meeting_id: first });
      });
    });
  });

  it('PersonErased removes the person from groups, attendance and proposals, and anonymises their actions', async () => {
    const erased = await bus.publish('people', PeopleEvents.erased, ids.c3, { personId: ids.c3 });
    await eventually(async () => {
      const [{ n }] = await sg.running.dataSource.query(
        `SELECT count(*)::int AS n FROM inbox WHERE event_id = $1`,
        [erased.id],
      );
      return n === 1;
    });
    const [left] = await sg.running.dataSource.query(
      `SELECT (SELECT count(*) FROM governance_person WHERE id = $1)::int AS person,
              (SELECT count(*) FROM group_membership WHERE person_id = $1)::int AS memberships,
              (SELECT count(*) FROM meeting_attendance WHERE person_id = $1)::int AS attendance,
              (SELECT count(*) FROM action_item WHERE owner_id = $1)::int AS actions,
              (SELECT count(*) FROM action_item WHERE owner_id = '00000000-0000-4000-8000-000000000000')::int AS anonymised`,
      [ids.c3],
    );
    expect(left).toEqual({ person: 0, memberships: 0, attendance: 0, actions: 0, anonymised: 1 });
    const erasedStudent = await bus.publish('people', PeopleEvents.erased, ids.s2, {
      personId: ids.s2,
    });
    await eventually(async () => {
      const [{ n }] = await sg.running.dataSource.query(
        `SELECT count(*)::int AS n FROM inbox WHERE event_id = $1`,
        [erasedStudent.id],
      );
      return n === 1;
    });
    const proposals = await sg.running.dataSource.query(
      `SELECT proposer_ids FROM student_voice_proposal`,
    );
    expect(proposals).toEqual([{ proposer_ids: [ids.s1] }]);
  });
});
