import { randomUUID } from 'node:crypto';
import { PartnerEvents } from '@ekst/contracts';
import { appendEvent } from '@ekst/messaging';
import { userError, userErrorsFromZod } from '@ekst/subgraph-kit';
import type { UserError } from '@ekst/subgraph-kit';
import type { DataSource } from 'typeorm';
import { newPartnerSchema, sectorForKind } from '../domain/partner';
import { PartnerEntity } from '../entities/partner.entity';

export type CreatePartnerResult =
  | { partner: PartnerEntity; errors: [] }
  | { partner: null; errors: UserError[] };

/**
 * Adds a partner and announces PartnerJoined in the same transaction. Invalid input or a name
 * already in use returns errors and writes nothing.
 */
export async function createPartner(
  dataSource: DataSource,
  input: unknown,
  opts: { topic: string; today?: () => string },
): Promise<CreatePartnerResult> {
  const parsed = newPartnerSchema.safeParse(input);
  if (!parsed.success) return { partner: null, errors: userErrorsFromZod(parsed.error.issues) };
  const p = parsed.data;
  const today = opts.today ?? (() => new Date().toISOString().slice(0, 10));

  return dataSource.transaction(async (m) => {
    const clash = await m
      .getRepository(PartnerEntity)
      .createQueryBuilder('p')
      .where('lower(p.name) = lower(:name)', { name: p.name })
      .getExists();
    if (clash) {
      return {
        partner: null,
        errors: [userError('DUPLICATE', 'a partner with this name already exists', 'name')],
      };
    }
    const partner = m.getRepository(PartnerEntity).create({
      id: randomUUID(),
      name: p.name,
      kind: p.kind,
      sector: sectorForKind(p.kind),
      town: p.town,
      latitude: p.latitude ?? null,
      longitude: p.longitude ?? null,
      joinedOn: p.joinedOn ?? today(),
      leftOn: null,
    });
    await m.getRepository(PartnerEntity).insert(partner);
    await appendEvent(m, {
      topic: opts.topic,
      producer: 'partners-governance',
      definition: PartnerEvents.joined,
      aggregateId: partner.id,
      payload: {
        partnerId: partner.id,
        name: partner.name,
        kind: partner.kind,
        sector: partner.sector,
        town: partner.town,
        joinedOn: partner.joinedOn,
      },
    });
    return { partner, errors: [] };
  });
}
