import { randomUUID } from 'node:crypto';
import { done, refused, rejectedAll, userErrorsFromZod } from '@ekst/subgraph-kit';
import { z } from 'zod';
import { GovernanceGroupEntity } from '../entities/governance-group.entity';
import { isCoordinatorCaller, lockGroup, notFound } from './governance-use-case';
import type { PartnersDeps, PartnersResult } from './partners-use-case';

const FORBIDDEN = 'Only the coordinator sets up groups and their quorum rules';

const quorumRuleSchema = z
  .object({
    kind: z.enum(['MIN_PARTNERS', 'PERCENT_OF_MEMBER_PARTNERS']),
    value: z.number().int('must be a whole number').min(1, 'must be at least 1'),
  })
  .refine((r) => r.kind !== 'PERCENT_OF_MEMBER_PARTNERS' || r.value <= 100, {
    message: 'a percentage is at most 100',
    path: ['value'],
  });

const createSchema = z.object({
  name: z
    .string()
    .trim()
    .min(2, 'must be at least 2 characters')
    .max(100, 'must be at most 100 characters'),
  quorumRule: quorumRuleSchema,
});

/** The coordinator sets up a working group (kind OTHER) with its quorum rule. */
export async function createGovernanceGroup(
  deps: PartnersDeps,
  input: unknown,
): Promise<PartnersResult<GovernanceGroupEntity>> {
  if (!isCoordinatorCaller(deps.caller)) return refused(FORBIDDEN);
  const parsed = createSchema.safeParse(input);
  if (!parsed.success) return rejectedAll(userErrorsFromZod(parsed.error.issues));
  const p = parsed.data;
  return deps.transaction(async ({ manager: m }) => {
    const group = m.getRepository(GovernanceGroupEntity).create({
      id: randomUUID(),
      kind: 'OTHER',
      name: p.name,
      quorumKind: p.quorumRule.kind,
      quorumValue: p.quorumRule.value,
    });
    await m.getRepository(GovernanceGroupEntity).insert(group);
    return done(group);
  });
}

/** The coordinator changes a group's quorum rule; later quorum answers count against it. */
export async function setGroupQuorumRule(
  deps: PartnersDeps,
  args: { groupId: string; quorumRule: unknown },
): Promise<PartnersResult<GovernanceGroupEntity>> {
  if (!isCoordinatorCaller(deps.caller)) return refused(FORBIDDEN);
  const parsed = quorumRuleSchema.safeParse(args.quorumRule);
  if (!parsed.success)
    return rejectedAll(
      userErrorsFromZod(
        parsed.error.issues.map((i) => ({ ...i, path: ['quorumRule', ...i.path] })),
      ),
    );
  return deps.transaction(async ({ manager: m }) => {
    const group = await lockGroup(m, args.groupId);
    if (!group) return notFound('groupId', 'group');
    group.quorumKind = parsed.data.kind;
    group.quorumValue = parsed.data.value;
    await m
      .getRepository(GovernanceGroupEntity)
      .update({ id: group.id }, { quorumKind: group.quorumKind, quorumValue: group.quorumValue });
    return done(group);
  });
}
