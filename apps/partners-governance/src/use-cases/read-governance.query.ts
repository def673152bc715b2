import { forbidden, isUuid, present, londonDate } from '@ekst/subgraph-kit';
import type { Caller } from '@ekst/auth';
import type { DataSource } from 'typeorm';
import { carriedOverActions } from '../domain/action-carry-over';
import { mayGovern, proposalScopeFor, proposalVisibleTo } from '../domain/governance-permissions';
import { quorum } from '../domain/quorum';
import type { QuorumAnswer } from '../domain/quorum';
import { ActionItemEntity } from '../entities/action-item.entity';
import { GovernanceGroupEntity } from '../entities/governance-group.entity';
import { MeetingAttendanceEntity } from '../entities/meeting-attendance.entity';
import { MeetingEntity } from '../entities/meeting.entity';
import { StudentVoiceProposalEntity } from '../entities/student-voice-proposal.entity';
import type { ProposalStatus } from '../entities/student-voice-proposal.entity';

/**
 * The governance reads: groups, meetings and their quorum and carried-over actions, proposals.
 * Permission is asked of domain/ here, not in the resolvers.
 */
export function assertReadsGovernance(caller: Caller): void {
  if (!mayGovern(caller, 'READ_GOVERNANCE'))
    throw forbidden('Only the coordinator, heads, champions and finance members read governance');
}

export async function listGroups(caller: Caller, ds: DataSource): Promise<GovernanceGroupEntity[]> {
  assertReadsGovernance(caller);
  return ds.getRepository(GovernanceGroupEntity).find({ order: { kind: 'ASC', name: 'ASC' } });
}

export async function groupById(caller: Caller, ds: DataSource, id: string) {
  assertReadsGovernance(caller);
  if (!isUuid(id)) return null;
  return ds.getRepository(GovernanceGroupEntity).findOneBy({ id: id.toLowerCase() });
}

export async function meetingById(caller: Caller, ds: DataSource, id: string) {
  assertReadsGovernance(caller);
  if (!isUuid(id)) return null;
  return ds.getRepository(MeetingEntity).findOneBy({ id: id.toLowerCase() });
}

const quorumOf = new WeakMap<MeetingEntity, Promise<QuorumAnswer>>();

/**
 * Quorum of one meeting: present attendees' partners among the group's member partners that day.
 * Computed once per meeting object (its three fields ask for it in one request).
 */
export function meetingQuorum(ds: DataSource, meeting: MeetingEntity): Promise<QuorumAnswer> {
  let answer = quorumOf.get(meeting);
  if (!answer) {
    answer = computeQuorum(ds, meeting);
    quorumOf.set(meeting, answer);
  }
  return answer;
}

async function computeQuorum(ds: DataSource, meeting: MeetingEntity): Promise<QuorumAnswer> {
  const group = present(
    await ds.getRepository(GovernanceGroupEntity).findOneBy({ id: meeting.groupId }),
    'group',
  );
  const attendance = await ds
    .getRepository(MeetingAttendanceEntity)
    .findBy({ meetingId: meeting.id });
  const day = londonDate(meeting.startsAt);
  const rows = (await ds.query(
    `SELECT DISTINCT partner_id FROM group_membership
     WHERE group_id = $1 AND from_on <= $2 AND (to_on IS NULL OR to_on >= $2)`,
    [group.id, day],
  )) as Array<{ partner_id: string }>;
  return quorum(
    { kind: group.quorumKind, value: group.quorumValue } as Parameters<typeof quorum>[0],
    attendance,
    rows.map((r) => r.partner_id),
  );
}

/** The group's actions from earlier meetings still open when this one is read. */
export async function meetingCarriedOver(ds: DataSource, meeting: MeetingEntity) {
  const meetings = await ds.getRepository(MeetingEntity).findBy({ groupId: meeting.groupId });
  const actions = await ds
    .getRepository(ActionItemEntity)
    .find({ where: { groupId: meeting.groupId }, order: { createdAt: 'ASC' } });
  return carriedOverActions(meeting, meetings, actions);
}

/** Proposals the caller may see, newest first. */
export async function listProposals(
  caller: Caller,
  ds: DataSource,
  status: ProposalStatus | null | undefined,
): Promise<StudentVoiceProposalEntity[]> {
  if (!mayGovern(caller, 'READ_PROPOSALS'))
    throw forbidden(
      'Student Voice proposals are for the coordinator, heads, champions and their students',
    );
  const scope = proposalScopeFor(caller);
  const qb = ds
    .getRepository(StudentVoiceProposalEntity)
    .createQueryBuilder('sp')
    .orderBy('sp.createdAt', 'DESC');
  if (status) qb.andWhere('sp.status = :status', { status });
  if (scope.kind === 'student') {
    // Narrowed in SQL to what can concern the student, then decided by the domain rule.
    qb.andWhere('(:me = ANY(sp.proposerIds) OR sp.partnerId = :partner)', {
      me: isUuid(scope.personId)
        ? scope.personId.toLowerCase()
        : '00000000-0000-4000-8000-000000000000',
      partner: scope.partnerId ?? '00000000-0000-4000-8000-000000000000',
    });
  }
  const rows = await qb.getMany();
  if (scope.kind !== 'student') return rows.filter((r) => proposalVisibleTo(scope, r, false));
  const [{ member }] = (await ds.query(
    `SELECT EXISTS (SELECT 1 FROM group_membership gm JOIN governance_group g ON g.id = gm.group_id
       WHERE g.kind = 'STUDENT_VOICE' AND gm.person_id::text = $1 AND gm.to_on IS NULL) AS member`,
    [scope.personId.toLowerCase()],
  )) as Array<{ member: boolean }>;
  return rows.filter((r) => proposalVisibleTo(scope, r, member));
}
