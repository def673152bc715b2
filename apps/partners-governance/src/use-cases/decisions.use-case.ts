import { randomUUID } from 'node:crypto';
import { GovernanceEvents } from '@ekst/contracts';
import {
  done,
  isUuid,
  refused,
  rejected,
  rejectedAll,
  userError,
  userErrorsFromZod,
} from '@ekst/subgraph-kit';
import { z } from 'zod';
import { mayGovern } from '../domain/governance-permissions';
import { ActionItemEntity } from '../entities/action-item.entity';
import type { ActionStatus } from '../entities/action-item.entity';
import { AgendaItemEntity } from '../entities/agenda-item.entity';
import { MeetingDecisionEntity } from '../entities/meeting-decision.entity';
import { actsForGroup, findMeeting, findPerson, notAMember, notFound } from './governance-use-case';
import type { PartnersDeps, PartnersResult } from './partners-use-case';

const votes = z.number().int('must be a whole number').min(0, 'must not be negative').nullish();

const decisionSchema = z.object({
  meetingId: z.string(),
  agendaItemId: z.string().nullish(),
  motion: z
    .string()
    .trim()
    .min(3, 'must be at least 3 characters')
    .max(2000, 'must be at most 2000 characters'),
  outcome: z.enum(['CARRIED', 'REJECTED', 'DEFERRED']),
  votesFor: votes,
  votesAgainst: votes,
  abstentions: votes,
});

/**
 * Records a decision at a meeting. Only a member of the meeting's group (or the coordinator)
 * decides for it: anyone else with a governing role gets NOT_A_GROUP_MEMBER and nothing is written.
 */
export async function recordDecision(
  deps: PartnersDeps,
  input: unknown,
): Promise<PartnersResult<MeetingDecisionEntity>> {
  if (!mayGovern(deps.caller, 'RECORD_DECISION'))
    return refused('Only the coordinator and members of the group record its decisions');
  const parsed = decisionSchema.safeParse(input);
  if (!parsed.success) return rejectedAll(userErrorsFromZod(parsed.error.issues));
  const p = parsed.data;
  return deps.transaction(async ({ manager: m }) => {
    const meeting = await findMeeting(m, p.meetingId);
    if (!meeting) return notFound('meetingId', 'meeting');
    if (!(await actsForGroup(m, deps.caller, meeting.groupId)))
      return notAMember('record its decisions');
    if (p.agendaItemId) {
      const item = isUuid(p.agendaItemId)
        ? await m
            .getRepository(AgendaItemEntity)
            .findOneBy({ id: p.agendaItemId.toLowerCase(), meetingId: meeting.id })
        : null;
      if (!item) return notFound('agendaItemId', 'agenda item of this meeting');
    }
    const decision = m.getRepository(MeetingDecisionEntity).create({
      id: randomUUID(),
      meetingId: meeting.id,
      agendaItemId: p.agendaItemId?.toLowerCase() ?? null,
      motion: p.motion,
      outcome: p.outcome,
      votesFor: p.votesFor ?? null,
      votesAgainst: p.votesAgainst ?? null,
      abstentions: p.abstentions ?? null,
      proposalId: null,
      recordedBy: deps.caller.subject,
    });
    await m.getRepository(MeetingDecisionEntity).insert(decision);
    return done(decision);
  });
}

const actionSchema = z.object({
  meetingId: z.string(),
  description: z
    .string()
    .trim()
    .min(3, 'must be at least 3 characters')
    .max(1000, 'must be at most 1000 characters'),
  ownerId: z.string().nullish(),
  dueOn: z.iso.date({ message: 'must be an ISO date (YYYY-MM-DD)' }).nullish(),
});

/** Sets an action at a meeting; it needs an owner (OWNER_REQUIRED) known to governance. */
export async function addActionItem(
  deps: PartnersDeps,
  input: unknown,
): Promise<PartnersResult<ActionItemEntity>> {
  if (!mayGovern(deps.caller, 'RUN_MEETING'))
    return refused('Only the coordinator and members of the group set its actions');
  const parsed = actionSchema.safeParse(input);
  if (!parsed.success) return rejectedAll(userErrorsFromZod(parsed.error.issues));
  const p = parsed.data;
  if (!p.ownerId)
    return rejected(userError('OWNER_REQUIRED', 'an action item needs an owner', 'ownerId'));
  const ownerId = p.ownerId;
  return deps.transaction(async ({ manager: m, outbox }) => {
    const meeting = await findMeeting(m, p.meetingId);
    if (!meeting) return notFound('meetingId', 'meeting');
    if (!(await actsForGroup(m, deps.caller, meeting.groupId)))
      return notAMember('set its actions');
    const owner = await findPerson(m, ownerId);
    if (!owner) return notFound('ownerId', 'person');
    const action = m.getRepository(ActionItemEntity).create({
      id: randomUUID(),
      meetingId: meeting.id,
      groupId: meeting.groupId,
      description: p.description,
      ownerId: owner.id,
      dueOn: p.dueOn ?? null,
      status: 'OPEN',
      closedAt: null,
    });
    await m.getRepository(ActionItemEntity).insert(action);
    await outbox.append(GovernanceEvents.actionItemChanged, action.id, {
      actionItemId: action.id,
      meetingId: action.meetingId,
      groupId: action.groupId,
      ownerId: action.ownerId,
      dueOn: action.dueOn,
      status: action.status,
    });
    return done(action);
  });
}

/** Closes (DONE, DROPPED) or reopens an action: the coordinator, a group member, or its owner. */
export async function setActionItemStatus(
  deps: PartnersDeps,
  input: { actionItemId: string; status: ActionStatus },
): Promise<PartnersResult<ActionItemEntity>> {
  if (deps.caller.kind !== 'person') return refused('Sign in to change an action');
  return deps.transaction(async ({ manager: m, outbox, clock }) => {
    const repo = m.getRepository(ActionItemEntity);
    const action = isUuid(input.actionItemId)
      ? await repo
          .createQueryBuilder('a')
          .setLock('pessimistic_write')
          .where('a.id = :id', { id: input.actionItemId.toLowerCase() })
          .getOne()
      : null;
    if (!action) return notFound('actionItemId', 'action item');
    const owner = action.ownerId === deps.caller.subject.toLowerCase();
    if (!owner) {
      if (!mayGovern(deps.caller, 'RUN_MEETING'))
        return refused(
          'Only the coordinator, a member of the group or the owner changes an action',
        );
      if (!(await actsForGroup(m, deps.caller, action.groupId)))
        return notAMember('change its actions');
    }
    action.status = input.status;
    action.closedAt = input.status === 'OPEN' ? null : clock.now();
    await repo.update({ id: action.id }, { status: action.status, closedAt: action.closedAt });
    await outbox.append(GovernanceEvents.actionItemChanged, action.id, {
      actionItemId: action.id,
      meetingId: action.meetingId,
      groupId: action.groupId,
      ownerId: action.ownerId,
      dueOn: action.dueOn,
      status: action.status,
    });
    return done(action);
  });
}
