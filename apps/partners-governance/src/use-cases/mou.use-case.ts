import { randomUUID } from 'node:crypto';
import { GovernanceEvents } from '@ekst/contracts';
import {
  done,
  refused,
  rejected,
  rejectedAll,
  userError,
  userErrorsFromZod,
  londonDate,
} from '@ekst/subgraph-kit';
import { mayDo } from '../domain/governance-policy';
import { mouSignatureSchema, mouVersionSchema } from '../domain/mou';
import { MouSignatureEntity, MouVersionEntity } from '../entities/mou.entity';
import { PartnerEntity } from '../entities/partner.entity';
import { partnerNotFound } from './partner-membership.use-case';
import type { PartnersDeps, PartnersResult } from './partners-use-case';

/**
 * The coordinator publishes a new MoU version, which becomes the only current one (the previous
 * current version stays, with its signatures, as history). Announced as MouVersionPublished.
 */
export async function publishMouVersion(
  deps: PartnersDeps,
  input: unknown,
): Promise<PartnersResult<MouVersionEntity>> {
  if (!mayDo(deps.caller, 'mou.publish'))
    return refused('Only the coordinator can publish the MoU');
  const parsed = mouVersionSchema.safeParse(input);
  if (!parsed.success) return rejectedAll(userErrorsFromZod(parsed.error.issues));
  const v = parsed.data;
  return deps.transaction(async ({ manager, outbox, clock }) => {
    const repo = manager.getRepository(MouVersionEntity);
    // Serialises publications: the partial unique index allows one current row at a time.
    await manager.query(`LOCK TABLE mou_version IN SHARE ROW EXCLUSIVE MODE`);
    await repo.update({ isCurrent: true }, { isCurrent: false });
    const version = repo.create({
      id: randomUUID(),
      title: v.title,
      body: v.body ?? null,
      documentRef: v.documentRef ?? null,
      effectiveFrom: v.effectiveFrom,
      effectiveTo: v.effectiveTo ?? null,
      renewalDueOn: v.renewalDueOn ?? null,
      isCurrent: true,
      publishedAt: clock.now(),
    });
    await repo.insert(version);
    await outbox.append(GovernanceEvents.mouVersionPublished, version.id, {
      mouVersionId: version.id,
      effectiveFrom: version.effectiveFrom,
      renewalDueOn: version.renewalDueOn,
    });
    return done(version);
  });
}

/**
 * A partner signs the current MoU version: a head for their own partner (signing as themselves),
 * or the coordinator recording a signature for any partner. A second signature by the same
 * partner on the same version is ALREADY_SIGNED (also a unique constraint).
 */
export async function signMou(
  deps: PartnersDeps,
  input: unknown,
): Promise<PartnersResult<MouSignatureEntity>> {
  const parsed = mouSignatureSchema.safeParse(input);
  const partnerId = parsed.success ? parsed.data.partnerId : null;
  if (!mayDo(deps.caller, 'mou.sign', { partnerId }))
    return refused('Only a head of this partner or the coordinator can sign the MoU for it');
  if (!parsed.success) return rejectedAll(userErrorsFromZod(parsed.error.issues));
  const s = parsed.data;
  const signedBy =
    s.signedByPersonId ?? (deps.caller.kind === 'person' ? deps.caller.subject : null);
  if (!signedBy) return rejected(userError('INVALID', 'say who signed', 'signedByPersonId'));
  return deps.transaction(async ({ manager, outbox, clock }) => {
    const partner = await manager
      .getRepository(PartnerEntity)
      .createQueryBuilder('p')
      .setLock('pessimistic_write')
      .where('p.id = :id', { id: s.partnerId })
      .getOne();
    if (!partner) return partnerNotFound();
    const current = await manager.getRepository(MouVersionEntity).findOneBy({ isCurrent: true });
    if (!current)
      return rejected(userError('NO_CURRENT_MOU', 'no MoU version has been published', null));
    const repo = manager.getRepository(MouSignatureEntity);
    if (await repo.existsBy({ mouVersionId: current.id, partnerId: partner.id })) {
      return rejected(
        userError('ALREADY_SIGNED', 'this partner has already signed the current MoU', 'partnerId'),
      );
    }
    const signature = repo.create({
      id: randomUUID(),
      mouVersionId: current.id,
      partnerId: partner.id,
      signedByPersonId: signedBy,
      signerRole: s.signerRole,
      signedOn: s.signedOn ?? londonDate(clock.now()),
    });
    await repo.insert(signature);
    await outbox.append(GovernanceEvents.mouSigned, partner.id, {
      mouVersionId: current.id,
      partnerId: partner.id,
      signedOn: signature.signedOn,
    });
    return done(signature);
  });
}
