import type { Caller } from '@ekst/auth';
import { isUuid, rejected, userError, londonDate } from '@ekst/subgraph-kit';
import type { EntityManager } from 'typeorm';
import { GovernanceGroupEntity } from '../entities/governance-group.entity';
import { GovernancePersonEntity } from '../entities/governance-person.entity';
import { GroupMembershipEntity } from '../entities/group-membership.entity';
import { MeetingEntity } from '../entities/meeting.entity';

/** Shared pieces of the governance use cases (groups, meetings, proposals). */

export const notFound = (field: string, what: string) =>
  rejected(userError('NOT_FOUND', `no ${what} with this id`, field));

export const notAMember = (what: string) =>
  rejected(
    userError('NOT_A_GROUP_MEMBER', `only a member of the group or the coordinator may ${what}`),
  );

export function today(clock: { now(): Date }): string {
  return londonDate(clock.now());
}

export function isCoordinatorCaller(caller: Caller): boolean {
  return caller.kind === 'person' && caller.roles.includes('COORDINATOR');
}

/** The group, locked FOR UPDATE: membership changes of one group happen one at a time. */
export async function lockGroup(
  m: EntityManager,
  groupId: string,
): Promise<GovernanceGroupEntity | null> {
  if (!isUuid(groupId)) return null;
  return m
    .getRepository(GovernanceGroupEntity)
    .createQueryBuilder('g')
    .setLock('pessimistic_write')
    .where('g.id = :id', { id: groupId.toLowerCase() })
    .getOne();
}

export async function findPerson(
  m: EntityManager,
  personId: string | null | undefined,
): Promise<GovernancePersonEntity | null> {
  if (!personId || !isUuid(personId)) return null;
  return m.getRepository(GovernancePersonEntity).findOneBy({ id: personId.toLowerCase() });
}

export async function findMeeting(
  m: EntityManager,
  meetingId: string,
): Promise<MeetingEntity | null> {
  if (!isUuid(meetingId)) return null;
  return m.getRepository(MeetingEntity).findOneBy({ id: meetingId.toLowerCase() });
}

/** Whether the person holds an open membership of the group. */
export async function isOpenMember(
  m: EntityManager,
  groupId: string,
  personId: string,
): Promise<boolean> {
  if (!isUuid(personId)) return false;
  return m
    .getRepository(GroupMembershipEntity)
    .createQueryBuilder('gm')
    .where('gm.groupId = :groupId AND gm.personId = :personId AND gm.toOn IS NULL', {
      groupId,
      personId: personId.toLowerCase(),
    })
    .getExists();
}

/** The coordinator, or a person with an open membership of the group. */
export async function actsForGroup(
  m: EntityManager,
  caller: Caller,
  groupId: string,
): Promise<boolean> {
  if (isCoordinatorCaller(caller)) return true;
  return caller.kind === 'person' && isOpenMember(m, groupId, caller.subject);
}
