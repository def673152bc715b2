import { randomUUID } from 'node:crypto';
import { GovernanceEvents } from '@ekst/contracts';
import type { GroupKind, MembershipRole } from '@ekst/contracts';
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
import type { Outbox } from '@ekst/messaging';
import type { EntityManager } from 'typeorm';
import { z } from 'zod';
import { championLimitReached } from '../domain/champion-limit';
import { mayGovern, mayManageMembersOf } from '../domain/governance-permissions';
import { governingRolesFrom, membershipFitsPerson } from '../domain/governing-roles';
import type { GovernanceGroupEntity } from '../entities/governance-group.entity';
import { GroupMembershipEntity } from '../entities/group-membership.entity';
import { findPerson, lockGroup, notFound, today } from './governance-use-case';
import type { PartnersDeps, PartnersResult } from './partners-use-case';

const FORBIDDEN =
  'Only the coordinator, or a head or champion of the person’s partner, can change who sits in this group';

const addSchema = z.object({
  groupId: z.string(),
  personId: z.string(),
  role: z.enum(['CHAIR', 'CHAMPION', 'MEMBER']),
  from: z.iso.date({ message: 'must be an ISO date (YYYY-MM-DD)' }).nullish(),
});

/**
 * Adds a person to a group from a date (today by default). The group row is locked for the whole
 * transaction, so two concurrent adds to one group are serialised: the champion limit (two per
 * partner in the Management Group) and the no-overlap rule are checked against committed rows.
 * Announces GroupMembershipChanged with the person's governing roles, which people follows.
 */
export async function addGroupMember(
  deps: PartnersDeps,
  input: unknown,
): Promise<PartnersResult<GroupMembershipEntity>> {
  if (!mayGovern(deps.caller, 'MANAGE_MEMBERSHIP')) return refused(FORBIDDEN);
  const parsed = addSchema.safeParse(input);
  if (!parsed.success) return rejectedAll(userErrorsFromZod(parsed.error.issues));
  const p = parsed.data;

  return deps.transaction(async ({ manager: m, outbox, clock }) => {
    const group = await lockGroup(m, p.groupId);
    if (!group) return notFound('groupId', 'group');
    const person = await findPerson(m, p.personId);
    if (!person) return notFound('personId', 'person');
    if (!mayManageMembersOf(deps.caller, group.kind, person.partnerId)) return refused(FORBIDDEN);
    if (!membershipFitsPerson(group.kind, person.isStudent))
      return rejected(
        userError(
          'NOT_ELIGIBLE',
          group.kind === 'STUDENT_VOICE'
            ? 'only students sit in the Student Voice Group'
            : 'students sit in the Student Voice Group only',
          'personId',
        ),
      );
    if (p.role === 'CHAMPION' && group.kind !== 'MANAGEMENT')
      return rejected(userError('INVALID', 'champions sit in the Management Group only', 'role'));
    const from = p.from ?? today(clock);

    const repo = m.getRepository(GroupMembershipEntity);
    // Overlap: an open membership, or an ended one that runs past the new start.
    const overlapping = await repo
      .createQueryBuilder('gm')
      .where('gm.groupId = :g AND gm.personId = :p', { g: group.id, p: person.id })
      .andWhere('(gm.toOn IS NULL OR gm.toOn > :from)', { from })
      .getExists();
    if (overlapping)
      return rejected(
        userError(
          'OVERLAPPING_MEMBERSHIP',
          'this person already belongs to the group on these dates',
          'personId',
        ),
      );
    const champions = await repo
      .createQueryBuilder('gm')
      .where("gm.groupId = :g AND gm.partnerId = :partner AND gm.role = 'CHAMPION'", {
        g: group.id,
        partner: person.partnerId,
      })
      .andWhere('gm.toOn IS NULL')
      .getCount();
    if (championLimitReached(group.kind, p.role, champions))
      return rejected(
        userError(
          'CHAMPION_LIMIT',
          'this partner already has two champions in the Management Group',
          'personId',
        ),
      );

    const membership = repo.create({
      id: randomUUID(),
      groupId: group.id,
      personId: person.id,
      partnerId: person.partnerId,
      role: p.role,
      fromOn: from,
      toOn: null,
    });
    await repo.insert(membership);
    await announce(m, outbox, group.kind, membership, 'STARTED');
    return done(membership);
  });
}

const endSchema = z.object({
  membershipId: z.string(),
  to: z.iso.date({ message: 'must be an ISO date (YYYY-MM-DD)' }).nullish(),
});

/** Ends an open membership on `to` (today by default); the governing role goes with it. */
export async function endGroupMembership(
  deps: PartnersDeps,
  input: unknown,
): Promise<PartnersResult<GroupMembershipEntity>> {
  if (!mayGovern(deps.caller, 'MANAGE_MEMBERSHIP')) return refused(FORBIDDEN);
  const parsed = endSchema.safeParse(input);
  if (!parsed.success) return rejectedAll(userErrorsFromZod(parsed.error.issues));
  const p = parsed.data;
  if (!isUuid(p.membershipId)) return notFound('membershipId', 'membership');

  return deps.transaction(async ({ manager: m, outbox, clock }) => {
    const repo = m.getRepository(GroupMembershipEntity);
    const found = await repo.findOneBy({ id: p.membershipId.toLowerCase() });
    if (!found || found.toOn !== null) return notFound('membershipId', 'open membership');
    const group = present(await lockGroup(m, found.groupId), 'group');
    if (!mayManageMembersOf(deps.caller, group.kind, found.partnerId)) return refused(FORBIDDEN);
    const membership = present(await repo.findOneBy({ id: found.id }), 'membership');
    if (membership.toOn !== null) return notFound('membershipId', 'open membership');
    const to = p.to ?? today(clock);
    if (to < membership.fromOn)
      return rejected(userError('INVALID', 'must not be before the membership started', 'to'));
    membership.toOn = to;
    await repo.update({ id: membership.id }, { toOn: to });
    await announce(m, outbox, group.kind, membership, 'ENDED');
    return done(membership);
  });
}

/** The person's governing roles from their open memberships, now. */
export async function governingRolesOf(m: EntityManager, personId: string) {
  const open = (await m.query(
    `SELECT g.kind, gm.role FROM group_membership gm JOIN governance_group g ON g.id = gm.group_id
     WHERE gm.person_id = $1 AND gm.to_on IS NULL`,
    [personId],
  )) as Array<{ kind: GroupKind; role: MembershipRole }>;
  return governingRolesFrom(open);
}

async function announce(
  m: EntityManager,
  outbox: Outbox,
  groupKind: GovernanceGroupEntity['kind'],
  ms: GroupMembershipEntity,
  change: 'STARTED' | 'ENDED',
): Promise<void> {
  await outbox.append(GovernanceEvents.membershipChanged, ms.personId, {
    membershipId: ms.id,
    groupId: ms.groupId,
    groupKind,
    personId: ms.personId,
    partnerId: ms.partnerId,
    role: ms.role,
    change,
    from: ms.fromOn,
    to: ms.toOn,
    governingRoles: await governingRolesOf(m, ms.personId),
  });
}
