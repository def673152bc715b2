import type { Role } from '@ekst/auth';

/**
 * Demo governance (issue 10, part B), loaded through the gateway by `tools/seed` as the people who
 * would do it: the four groups' members, six Management Group meetings across the academic year
 * with agendas, attendance, minutes, decisions and actions (some closed, the rest carried over),
 * and two Student Voice proposals approved at meetings, which the events service turns into
 * draft events. Outside `src/` so it is never part of a build. Resumable: members are found by
 * person, meetings by start time, decisions by motion, actions by description, proposals by title.
 */

export interface GovernanceSeedPerson {
  id: string;
  partnerId: string;
  roles: Role[];
  kind: string;
}

export interface GovernanceSeedContext {
  q<T>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<{ data?: T; errors?: unknown[] }>;
  read<T>(what: string, query: string, variables?: Record<string, unknown>): Promise<T>;
  check(
    what: string,
    result: { data?: unknown; errors?: unknown[] },
    userErrors: unknown[] | undefined,
  ): void;
  untilAccepted<T>(
    what: string,
    attempt: () => Promise<{ value: T | null; errors: unknown }>,
  ): Promise<T>;
}

export type TokenFor = (person: GovernanceSeedPerson) => Promise<string>;

const ERRORS = 'errors { code field message }';

/** The academic year (September to July) that holds `now`: 2026-12-01 → 2026. */
export function academicYearOf(now: Date): number {
  return now.getUTCMonth() >= 8 ? now.getUTCFullYear() : now.getUTCFullYear() - 1;
}

/** Six Management meetings, about every two months, 16:00 UK time on a Wednesday-ish date. */
export function managementMeetingDates(year: number): string[] {
  return [
    `${year}-09-17T15:00:00Z`,
    `${year}-11-12T16:00:00Z`,
    `${year + 1}-01-21T16:00:00Z`,
    `${year + 1}-03-18T16:00:00Z`,
    `${year + 1}-05-13T15:00:00Z`,
    `${year + 1}-07-08T15:00:00Z`,
  ];
}

const AGENDA = [
  'Minutes and actions of the last meeting',
  'Programme of events',
  'Student Voice proposals',
  'Any other business',
];

/** What happens at each meeting: decisions, new actions, and which earlier actions close. */
const MEETINGS: ReadonlyArray<{
  minutes: string[];
  decisions: string[];
  actions: string[];
  close: string[];
  proposal?: number;
}> = [
  {
    minutes: [
      'No earlier minutes: first meeting of the year.',
      'Autumn programme agreed in outline; the choir restarts after half term.',
      'Student Voice to bring proposals to the November meeting.',
      'Champions to share term dates with the coordinator.',
    ],
    decisions: ['Adopt the autumn programme as circulated'],
    actions: [
      'Share term dates and INSET days with the coordinator',
      'Book the choir rehearsal venue',
    ],
    close: [],
  },
  {
    minutes: [
      'Minutes agreed. Term dates received from most schools; the choir venue is booked.',
      'TeachMeet in January confirmed; CPD on oracy moved to spring.',
      'One Student Voice proposal considered (see decisions).',
      'None.',
    ],
    decisions: ['Move the oracy CPD session to the spring term'],
    actions: ['Draft the spring programme', 'Ask the university about lab visits'],
    close: ['Book the choir rehearsal venue'],
    proposal: 0,
  },
  {
    minutes: [
      'Minutes agreed. Two schools still to send term dates.',
      'Spring programme drafted; lab visits possible in March.',
      'No new proposals.',
      'Evaluation survey response rates discussed.',
    ],
    decisions: ['Adopt the spring programme'],
    actions: ['Remind students about the pre-event surveys'],
    close: ['Share term dates and INSET days with the coordinator', 'Draft the spring programme'],
  },
  {
    minutes: [
      'Minutes agreed; term dates now complete.',
      'Lab visits confirmed for two schools.',
      'One Student Voice proposal considered (see decisions).',
      'None.',
    ],
    decisions: ['Hold the sports festival in June'],
    actions: ['Plan the summer sports festival logistics'],
    // Lab visits stay open: the last schools have not answered, so it carries over to the end.
    close: [],
    proposal: 1,
  },
  {
    minutes: [
      'Minutes agreed.',
      'Summer programme on track; transport for the festival to be costed.',
      'Student Voice to report on the bake-off plans.',
      'None.',
    ],
    decisions: ['Cost coach travel for the sports festival'],
    actions: ['Collect the year’s evaluation headlines for the annual report'],
    // The survey reminders stay open too: they carry over to the last meeting.
    close: [],
  },
  {
    minutes: [
      'Minutes agreed.',
      'Year reviewed: attendance up on last year.',
      'Student Voice thanked for the two events they proposed.',
      'Dates for next year’s meetings to be circulated.',
    ],
    decisions: ['Approve the outline programme for next year'],
    actions: ['Circulate next year’s meeting dates'],
    close: ['Plan the summer sports festival logistics'],
  },
];

const PROPOSALS = [
  {
    title: 'Student Voice bake-off for wellbeing week',
    kind: 'BAKE_OFF',
    audience: 'STUDENTS',
    aims: ['WELLBEING', 'COMMUNITY'],
    rationale: 'Students want a relaxed event where schools meet outside lessons.',
    studentsWillHelpWith: 'judging, posters and running the day',
  },
  {
    title: 'Careers day run by students for students',
    kind: 'OTHER',
    audience: 'STUDENTS',
    aims: ['RAISING_ASPIRATIONS', 'WIDENING_HORIZONS'],
    rationale: 'Students asked to hear from recent leavers and local employers about their routes.',
    studentsWillHelpWith: 'inviting speakers, hosting the panels and the feedback forms',
  },
];

interface GroupRead {
  id: string;
  kind: string;
  memberships: Array<{ person: { id: string } | null }>;
  meetings: Array<{
    id: string;
    startsAt: string;
    agenda: Array<{ id: string; minutes: string | null }>;
    decisions: Array<{ motion: string }>;
    actionItems: Array<{ id: string; description: string; status: string }>;
  }>;
}

export async function seedGroups(
  ctx: GovernanceSeedContext,
  schools: ReadonlyArray<{ id: string }>,
  people: readonly GovernanceSeedPerson[],
  tokenFor: TokenFor,
  now: Date,
): Promise<string> {
  const READ = `{ governanceGroups { id kind memberships { person { id } } meetings { id startsAt agenda { id minutes } decisions { motion } actionItems { id description status } } } }`;
  const read = async () =>
    (await ctx.read<{ governanceGroups: GroupRead[] }>('governance groups', READ)).governanceGroups;
  const groups = await read();
  const group = (kind: string) => groups.find((g) => g.kind === kind)!;
  const of = (school: { id: string }, kind: string) =>
    people.filter((p) => p.partnerId === school.id && p.kind === kind);

  // Members: heads in the Heads Group (the first chairs it), both champions of every school in
  // the Management Group, two students of every school in Student Voice. The Finance Group is
  // left to the coordinator: joining it makes a FINANCE member, which the demo's people lack.
  const wanted: Array<[string, GovernanceSeedPerson, string]> = [];
  for (const [i, school] of schools.entries()) {
    for (const h of of(school, 'head')) wanted.push(['HEADS', h, i === 0 ? 'CHAIR' : 'MEMBER']);
    for (const c of of(school, 'champion')) wanted.push(['MANAGEMENT', c, 'CHAMPION']);
    for (const s of of(school, 'student').slice(0, 2)) wanted.push(['STUDENT_VOICE', s, 'MEMBER']);
  }
  let added = 0;
  for (const [kind, person, role] of wanted) {
    const g = group(kind);
    if (g.memberships.some((m) => m.person?.id === person.id)) continue;
    // Retried: governance must have heard of the person from people over Kafka.
    await ctx.untilAccepted(`${kind} member`, async () => {
      const r = await ctx.q<{
        addGroupMember: { membership: { id: string } | null; errors: unknown[] };
      }>(
        `mutation($input: AddGroupMemberInput!) { addGroupMember(input: $input) { membership { id } ${ERRORS} } }`,
        {
          input: { groupId: g.id, personId: person.id, role, from: `${academicYearOf(now)}-09-01` },
        },
      );
      return {
        value: r.data?.addGroupMember.membership?.id ?? null,
        errors: r.errors ?? r.data?.addGroupMember.errors,
      };
    });
    added += 1;
  }

  // Proposals by Student Voice students of the first two schools.
  const proposers = schools.slice(0, 2).map((s) => of(s, 'student')[0]);
  const existingProposals = (
    await ctx.read<{ studentVoiceProposals: Array<{ id: string; title: string; status: string }> }>(
      'proposals',
      `{ studentVoiceProposals { id title status } }`,
    )
  ).studentVoiceProposals;
  const proposalIds: string[] = [];
  for (const [i, input] of PROPOSALS.entries()) {
    const found = existingProposals.find((p) => p.title === input.title);
    if (found) {
      proposalIds.push(found.id);
      continue;
    }
    const token = await tokenFor(proposers[i]);
    const r = await ctx.q<{
      proposeStudentVoiceEvent: { proposal: { id: string } | null; errors: unknown[] };
    }>(
      `mutation($input: ProposeStudentVoiceEventInput!) { proposeStudentVoiceEvent(input: $input) { proposal { id } ${ERRORS} } }`,
      { input: { ...input, coProposerIds: [of(schools[i], 'student')[1].id] } },
      token,
    );
    ctx.check(`proposal ${input.title}`, r, r.data?.proposeStudentVoiceEvent.errors);
    proposalIds.push(r.data!.proposeStudentVoiceEvent.proposal!.id);
  }

  // Six Management meetings, each run by a champion of the first school.
  const chair = of(schools[0], 'champion')[0];
  const chairToken = await tokenFor(chair);
  const management = group('MANAGEMENT');
  const dates = managementMeetingDates(academicYearOf(now));
  const actionIds = new Map<string, string>();
  for (const m of management.meetings)
    for (const a of m.actionItems) actionIds.set(a.description, a.id);
  for (const [k, plan] of MEETINGS.entries()) {
    const at = new Date(dates[k]).toISOString();
    let meeting = management.meetings.find((m) => new Date(m.startsAt).toISOString() === at);
    if (!meeting) {
      const r = await ctx.q<{
        scheduleMeeting: { meeting: GroupRead['meetings'][number] | null; errors: unknown[] };
      }>(
        `mutation($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { meeting { id startsAt agenda { id minutes } decisions { motion } actionItems { id description status } } ${ERRORS} } }`,
        {
          input: {
            groupId: management.id,
            startsAt: at,
            place: 'The university’s Canterbury campus',
            agenda: AGENDA,
          },
        },
        chairToken,
      );
      ctx.check(`meeting ${at}`, r, r.data?.scheduleMeeting.errors);
      meeting = r.data!.scheduleMeeting.meeting!;
    }
    // Attendance: one champion of most schools (the last school sends apologies).
    for (const [i, school] of schools.entries()) {
      const c = of(school, 'champion')[k % 2];
      const r = await ctx.q<{ recordAttendance: { errors: unknown[] } }>(
        `mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { meeting { id } ${ERRORS} } }`,
        {
          input: {
            meetingId: meeting.id,
            personId: c.id,
            status: i === schools.length - 1 ? 'APOLOGIES' : 'PRESENT',
          },
        },
        chairToken,
      );
      ctx.check('attendance', r, r.data?.recordAttendance.errors);
    }
    for (const [i, item] of meeting.agenda.entries()) {
      if (item.minutes) continue;
      const r = await ctx.q<{ recordMinutes: { errors: unknown[] } }>(
        `mutation($input: RecordMinutesInput!) { recordMinutes(input: $input) { meeting { id } ${ERRORS} } }`,
        { input: { agendaItemId: item.id, minutes: plan.minutes[i] } },
        chairToken,
      );
      ctx.check('minutes', r, r.data?.recordMinutes.errors);
    }
    for (const motion of plan.decisions) {
      if (meeting.decisions.some((d) => d.motion === motion)) continue;
      const r = await ctx.q<{ recordDecision: { errors: unknown[] } }>(
        `mutation($input: RecordDecisionInput!) { recordDecision(input: $input) { decision { id } ${ERRORS} } }`,
        {
          input: {
            meetingId: meeting.id,
            agendaItemId: meeting.agenda[1]?.id,
            motion,
            outcome: 'CARRIED',
            votesFor: schools.length - 1,
            votesAgainst: 0,
            abstentions: 0,
          },
        },
        chairToken,
      );
      ctx.check('decision', r, r.data?.recordDecision.errors);
    }
    for (const [i, description] of plan.actions.entries()) {
      if (actionIds.has(description)) continue;
      const owner = of(schools[(k + i) % schools.length], 'champion')[0];
      const due = new Date(dates[k]);
      due.setUTCDate(due.getUTCDate() + 28);
      const r = await ctx.q<{
        addActionItem: { actionItem: { id: string } | null; errors: unknown[] };
      }>(
        `mutation($input: AddActionItemInput!) { addActionItem(input: $input) { actionItem { id } ${ERRORS} } }`,
        {
          input: {
            meetingId: meeting.id,
            description,
            ownerId: owner.id,
            dueOn: due.toISOString().slice(0, 10),
          },
        },
        chairToken,
      );
      ctx.check('action', r, r.data?.addActionItem.errors);
      actionIds.set(description, r.data!.addActionItem.actionItem!.id);
    }
    for (const description of plan.close) {
      const id = actionIds.get(description);
      if (!id) continue;
      const r = await ctx.q<{ setActionItemStatus: { errors: unknown[] } }>(
        `mutation($input: SetActionItemStatusInput!) { setActionItemStatus(input: $input) { actionItem { id } ${ERRORS} } }`,
        { input: { actionItemId: id, status: 'DONE' } },
        chairToken,
      );
      ctx.check('close action', r, r.data?.setActionItemStatus.errors);
    }
    if (plan.proposal !== undefined) {
      const proposalId = proposalIds[plan.proposal];
      const current = existingProposals.find((p) => p.id === proposalId);
      if (!current || current.status === 'PROPOSED') {
        const r = await ctx.q<{ decideStudentVoiceProposal: { errors: unknown[] } }>(
          `mutation($input: DecideStudentVoiceProposalInput!) { decideStudentVoiceProposal(input: $input) { proposal { id } ${ERRORS} } }`,
          {
            input: {
              proposalId,
              meetingId: meeting.id,
              outcome: 'APPROVED',
              reason: 'Supported by every school present.',
            },
          },
          chairToken,
        );
        ctx.check('proposal decision', r, r.data?.decideStudentVoiceProposal.errors);
      }
    }
  }
  return `governance: ${wanted.length} group members (${added} added now), ${MEETINGS.length} Management meetings, ${PROPOSALS.length} approved Student Voice proposals`;
}
