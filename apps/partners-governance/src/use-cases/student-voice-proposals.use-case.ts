import { randomUUID } from 'node:crypto';
import { EVENT_KINDS, GovernanceEvents } from '@ekst/contracts';
import {
  done,
  isUuid,
  refused,
  rejected,
  rejectedAll,
  userError,
  userErrorsFromZod,
  present,
} from '@ekst/subgraph-kit';
import type { EntityManager } from 'typeorm';
import { z } from 'zod';
import { mayGovern } from '../domain/governance-permissions';
import { GovernanceGroupEntity } from '../entities/governance-group.entity';
import { MeetingDecisionEntity } from '../entities/meeting-decision.entity';
import { StudentVoiceProposalEntity } from '../entities/student-voice-proposal.entity';
import { actsForGroup, findMeeting, isOpenMember, notFound, today } from './governance-use-case';
import type { PartnersDeps, PartnersResult } from './partners-use-case';

export const AIMS = [
  'WIDENING_HORIZONS',
  'RAISING_ASPIRATIONS',
  'CONFIDENCE',
  'RESILIENCE',
  'WELLBEING',
  'COMMUNITY',
] as const;

const proposeSchema = z.object({
  title: z
    .string()
    .trim()
    .min(3, 'must be at least 3 characters')
    .max(200, 'must be at most 200 characters'),
  kind: z.enum(EVENT_KINDS),
  audience: z.enum(['STUDENTS', 'TEACHERS', 'BOTH']),
  aims: z.array(z.enum(AIMS)).min(1, 'give at least one aim'),
  rationale: z
    .string()
    .trim()
    .min(10, 'must be at least 10 characters')
    .max(2000, 'must be at most 2000 characters'),
  studentsWillHelpWith: z
    .string()
    .trim()
    .min(3, 'must be at least 3 characters')
    .max(1000, 'must be at most 1000 characters'),
  coProposerIds: z
    .array(z.uuid({ message: 'must be person ids' }))
    .max(10)
    .nullish(),
});

async function studentVoiceGroup(m: EntityManager) {
  return present(
    await m.getRepository(GovernanceGroupEntity).findOneBy({ kind: 'STUDENT_VOICE' }),
    'Student Voice group',
  );
}

/**
 * A student who sits in the Student Voice Group proposes an event, with co-proposers from the
 * group. A student outside the group gets NOT_A_GROUP_MEMBER; adults may not propose (FORBIDDEN).
 */
export async function proposeStudentVoiceEvent(
  deps: PartnersDeps,
  input: unknown,
): Promise<PartnersResult<StudentVoiceProposalEntity>> {
  if (!mayGovern(deps.caller, 'PROPOSE_EVENT') || !deps.caller.roles.includes('STUDENT'))
    return refused('Student Voice members propose events');
  const parsed = proposeSchema.safeParse(input);
  if (!parsed.success) return rejectedAll(userErrorsFromZod(parsed.error.issues));
  const p = parsed.data;
  return deps.transaction(async ({ manager: m }) => {
    const group = await studentVoiceGroup(m);
    const me = deps.caller.subject.toLowerCase();
    if (!(await isOpenMember(m, group.id, me)))
      return rejected(userError('NOT_A_GROUP_MEMBER', 'only Student Voice members propose events'));
    const co = [...new Set((p.coProposerIds ?? []).map((id) => id.toLowerCase()))].filter(
      (id) => id !== me,
    );
    for (const id of co)
      if (!(await isOpenMember(m, group.id, id)))
        return rejected(
          userError(
            'NOT_A_GROUP_MEMBER',
            'every co-proposer must be a Student Voice member',
            'coProposerIds',
          ),
        );
    const [mine] = (await m.query(`SELECT partner_id FROM governance_person WHERE id = $1`, [
      me,
    ])) as Array<{
      partner_id: string;
    }>;
    const proposal = m.getRepository(StudentVoiceProposalEntity).create({
      id: randomUUID(),
      title: p.title,
      kind: p.kind,
      audience: p.audience,
      aims: p.aims,
      rationale: p.rationale,
      studentsWillHelpWith: p.studentsWillHelpWith,
      proposerIds: [me, ...co],
      partnerId: mine.partner_id,
      status: 'PROPOSED',
      decisionId: null,
      meetingId: null,
      decisionReason: null,
      decidedOn: null,
    });
    await m.getRepository(StudentVoiceProposalEntity).insert(proposal);
    return done(proposal);
  });
}

const decideSchema = z
  .object({
    proposalId: z.string(),
    meetingId: z.string(),
    outcome: z.enum(['APPROVED', 'REJECTED']),
    reason: z
      .string()
      .trim()
      .min(3, 'must be at least 3 characters')
      .max(1000, 'must be at most 1000 characters')
      .nullish(),
  })
  .refine((d) => d.outcome === 'APPROVED' || d.reason, {
    message: 'a rejection needs a reason',
    path: ['reason'],
  });

/**
 * The Management Group decides a proposal at one of its meetings: a Management member or the
 * coordinator records it, as the meeting's decision. Approval announces
 * StudentVoiceProposalApproved in the same transaction; events creates the draft event.
 */
export async function decideStudentVoiceProposal(
  deps: PartnersDeps,
  input: unknown,
): Promise<PartnersResult<StudentVoiceProposalEntity>> {
  if (!mayGovern(deps.caller, 'DECIDE_PROPOSAL'))
    return refused('The Management Group decides Student Voice proposals');
  const parsed = decideSchema.safeParse(input);
  if (!parsed.success) return rejectedAll(userErrorsFromZod(parsed.error.issues));
  const p = parsed.data;
  return deps.transaction(async ({ manager: m, outbox, clock }) => {
    const repo = m.getRepository(StudentVoiceProposalEntity);
    const proposal = isUuid(p.proposalId)
      ? await repo
          .createQueryBuilder('sp')
          .setLock('pessimistic_write')
          .where('sp.id = :id', { id: p.proposalId.toLowerCase() })
          .getOne()
      : null;
    if (!proposal) return notFound('proposalId', 'proposal');
    const meeting = await findMeeting(m, p.meetingId);
    if (!meeting) return notFound('meetingId', 'meeting');
    const group = present(
      await m.getRepository(GovernanceGroupEntity).findOneBy({ id: meeting.groupId }),
      'group',
    );
    if (group.kind !== 'MANAGEMENT')
      return rejected(
        userError(
          'NOT_A_MANAGEMENT_MEETING',
          'proposals are decided at Management Group meetings',
          'meetingId',
        ),
      );
    if (!(await actsForGroup(m, deps.caller, group.id)))
      return rejected(
        userError(
          'NOT_A_GROUP_MEMBER',
          'only a member of the Management Group or the coordinator may decide proposals',
        ),
      );
    if (proposal.status !== 'PROPOSED')
      return rejected(
        userError('ALREADY_DECIDED', 'this proposal has already been decided', 'proposalId'),
      );

    const decision = m.getRepository(MeetingDecisionEntity).create({
      id: randomUUID(),
      meetingId: meeting.id,
      agendaItemId: null,
      motion: `Student Voice proposal: ${proposal.title}`,
      outcome: p.outcome === 'APPROVED' ? 'CARRIED' : 'REJECTED',
      votesFor: null,
      votesAgainst: null,
      abstentions: null,
      proposalId: proposal.id,
      recordedBy: deps.caller.subject,
    });
    await m.getRepository(MeetingDecisionEntity).insert(decision);
    proposal.status = p.outcome;
    Object.assign(proposal, {
      decisionId: decision.id,
      meetingId: meeting.id,
      decisionReason: p.reason ?? null,
      decidedOn: today(clock),
    });
    await repo.update(
      { id: proposal.id },
      {
        status: proposal.status,
        decisionId: proposal.decisionId,
        meetingId: proposal.meetingId,
        decisionReason: proposal.decisionReason,
        decidedOn: proposal.decidedOn,
      },
    );
    if (p.outcome === 'APPROVED')
      await outbox.append(GovernanceEvents.proposalApproved, proposal.id, {
        proposalId: proposal.id,
        title: proposal.title,
        kind: proposal.kind,
        audience: proposal.audience,
        aims: proposal.aims,
        proposerIds: proposal.proposerIds,
        partnerId: proposal.partnerId,
        meetingId: meeting.id,
        decidedOn: present(proposal.decidedOn, 'decision date'),
      });
    return done(proposal);
  });
}
