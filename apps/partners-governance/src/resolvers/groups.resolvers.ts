import { payloadOf, present } from '@ekst/subgraph-kit';
import { IsNull } from 'typeorm';
import type { Resolvers } from '../__generated__/resolvers-types';
import { ActionItemEntity } from '../entities/action-item.entity';
import { AgendaItemEntity } from '../entities/agenda-item.entity';
import { GovernanceGroupEntity } from '../entities/governance-group.entity';
import { GroupMembershipEntity } from '../entities/group-membership.entity';
import { MeetingAttendanceEntity } from '../entities/meeting-attendance.entity';
import { MeetingDecisionEntity } from '../entities/meeting-decision.entity';
import { MeetingEntity } from '../entities/meeting.entity';
import type { PartnerEntity } from '../entities/partner.entity';
import { StudentVoiceProposalEntity } from '../entities/student-voice-proposal.entity';
import {
  addActionItem,
  recordDecision,
  setActionItemStatus,
} from '../use-cases/decisions.use-case';
import { addGroupMember, endGroupMembership } from '../use-cases/group-membership.use-case';
import { createGovernanceGroup, setGroupQuorumRule } from '../use-cases/governance-groups.use-case';
import {
  addAgendaItem,
  recordAttendance,
  recordMinutes,
  scheduleMeeting,
} from '../use-cases/meetings.use-case';
import {
  groupById,
  listGroups,
  listProposals,
  meetingById,
  meetingCarriedOver,
  meetingQuorum,
} from '../use-cases/read-governance.query';
import {
  decideStudentVoiceProposal,
  proposeStudentVoiceEvent,
} from '../use-cases/student-voice-proposals.use-case';

const person = (id: string) => ({ id });

/** Groups, meetings and Student Voice proposals (issue 10, part B). */
export const governanceResolvers: Resolvers = {
  Query: {
    governanceGroups: (_r, _a, ctx) => listGroups(ctx.caller, ctx.dataSource),
    governanceGroup: (_r, { id }, ctx) => groupById(ctx.caller, ctx.dataSource, id),
    meeting: (_r, { id }, ctx) => meetingById(ctx.caller, ctx.dataSource, id),
    studentVoiceProposals: (_r, { status }, ctx) =>
      listProposals(ctx.caller, ctx.dataSource, status),
  },
  Mutation: {
    createGovernanceGroup: (_r, { input }, ctx) =>
      createGovernanceGroup(ctx.deps, input).then(payloadOf('group')),
    setGroupQuorumRule: (_r, args, ctx) =>
      setGroupQuorumRule(ctx.deps, args).then(payloadOf('group')),
    addGroupMember: (_r, { input }, ctx) =>
      addGroupMember(ctx.deps, input).then(payloadOf('membership')),
    endGroupMembership: (_r, { input }, ctx) =>
      endGroupMembership(ctx.deps, input).then(payloadOf('membership')),
    scheduleMeeting: (_r, { input }, ctx) =>
      scheduleMeeting(ctx.deps, input).then(payloadOf('meeting')),
    addAgendaItem: (_r, { input }, ctx) =>
      addAgendaItem(ctx.deps, input).then(payloadOf('meeting')),
    recordAttendance: (_r, { input }, ctx) =>
      recordAttendance(ctx.deps, input).then(payloadOf('meeting')),
    recordMinutes: (_r, { input }, ctx) =>
      recordMinutes(ctx.deps, input).then(payloadOf('meeting')),
    recordDecision: (_r, { input }, ctx) =>
      recordDecision(ctx.deps, input).then(payloadOf('decision')),
    addActionItem: (_r, { input }, ctx) =>
      addActionItem(ctx.deps, input).then(payloadOf('actionItem')),
    setActionItemStatus: (_r, { input }, ctx) =>
      setActionItemStatus(ctx.deps, input).then(payloadOf('actionItem')),
    proposeStudentVoiceEvent: (_r, { input }, ctx) =>
      proposeStudentVoiceEvent(ctx.deps, input).then(payloadOf('proposal')),
    decideStudentVoiceProposal: (_r, { input }, ctx) =>
      decideStudentVoiceProposal(ctx.deps, input).then(payloadOf('proposal')),
  },
  GovernanceGroup: {
    quorumRule: (g) => ({ kind: g.quorumKind, value: g.quorumValue }),
    memberships: (g, { includePast }, ctx) =>
      ctx.dataSource.getRepository(GroupMembershipEntity).find({
        where: includePast ? { groupId: g.id } : { groupId: g.id, toOn: IsNull() },
        order: { fromOn: 'ASC', createdAt: 'ASC' },
      }),
    meetings: (g, _a, ctx) =>
      ctx.dataSource
        .getRepository(MeetingEntity)
        .find({ where: { groupId: g.id }, order: { startsAt: 'ASC' } }),
    openActions: (g, _a, ctx) =>
      ctx.dataSource
        .getRepository(ActionItemEntity)
        .find({ where: { groupId: g.id, status: 'OPEN' }, order: { createdAt: 'ASC' } }),
  },
  GroupMembership: {
    group: async (ms, _a, ctx) =>
      present(
        await ctx.dataSource.getRepository(GovernanceGroupEntity).findOneBy({ id: ms.groupId }),
        'group',
      ),
    person: (ms) => person(ms.personId),
    partner: (ms, _a, ctx) => ctx.partnerById.load(ms.partnerId),
    from: (ms) => ms.fromOn,
    to: (ms) => ms.toOn,
  },
  Meeting: {
    group: async (mt, _a, ctx) =>
      present(
        await ctx.dataSource.getRepository(GovernanceGroupEntity).findOneBy({ id: mt.groupId }),
        'group',
      ),
    startsAt: (mt) => mt.startsAt.toISOString(),
    agenda: (mt, _a, ctx) =>
      ctx.dataSource
        .getRepository(AgendaItemEntity)
        .find({ where: { meetingId: mt.id }, order: { position: 'ASC' } }),
    attendance: (mt, _a, ctx) =>
      ctx.dataSource
        .getRepository(MeetingAttendanceEntity)
        .find({ where: { meetingId: mt.id }, order: { partnerId: 'ASC' } }),
    partnersRepresented: async (mt, _a, ctx) => {
      const q = await meetingQuorum(ctx.dataSource, mt);
      return (await ctx.partnerById.loadMany(q.partnersRepresented)).filter(
        (p): p is PartnerEntity => p != null && !(p instanceof Error),
      );
    },
    partnersNeeded: async (mt, _a, ctx) => (await meetingQuorum(ctx.dataSource, mt)).partnersNeeded,
    quorate: async (mt, _a, ctx) => (await meetingQuorum(ctx.dataSource, mt)).quorate,
    decisions: (mt, _a, ctx) =>
      ctx.dataSource
        .getRepository(MeetingDecisionEntity)
        .find({ where: { meetingId: mt.id }, order: { createdAt: 'ASC' } }),
    actionItems: (mt, _a, ctx) =>
      ctx.dataSource
        .getRepository(ActionItemEntity)
        .find({ where: { meetingId: mt.id }, order: { createdAt: 'ASC' } }),
    carriedOverActions: (mt, _a, ctx) => meetingCarriedOver(ctx.dataSource, mt),
  },
  MeetingAttendance: {
    person: (a) => person(a.personId),
    partner: (a, _x, ctx) => ctx.partnerById.load(a.partnerId),
  },
  Decision: {
    proposal: (d, _a, ctx) =>
      d.proposalId
        ? ctx.dataSource.getRepository(StudentVoiceProposalEntity).findOneBy({ id: d.proposalId })
        : null,
  },
  ActionItem: {
    owner: (a) => person(a.ownerId),
  },
  StudentVoiceProposal: {
    aims: (sp) => sp.aims as never,
    proposers: (sp) => sp.proposerIds.map(person),
    partner: (sp, _a, ctx) => ctx.partnerById.load(sp.partnerId),
  },
};
