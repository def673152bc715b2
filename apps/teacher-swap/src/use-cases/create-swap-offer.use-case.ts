import { randomUUID } from 'node:crypto';
import { isUuid, userError, userErrorsFromZod } from '@ekst/subgraph-kit';
import type { UserError } from '@ekst/subgraph-kit';
import type { DataSource } from 'typeorm';
import { newSwapOfferSchema, ukToday } from '../domain/swap-offer-rules';
import { checkEligibility } from '../domain/teacher-eligibility';
import { PartnerProjectionEntity } from '../entities/partner-projection.entity';
import { PersonProjectionEntity } from '../entities/person-projection.entity';
import { SwapOfferEntity } from '../entities/swap-offer.entity';

export type CreateSwapOfferResult =
  | { swapOffer: SwapOfferEntity; errors: [] }
  | { swapOffer: null; errors: UserError[] };

/**
 * A teacher offers a swap. The teacher and their partner are checked against the local
 * projections; the teacher's projection row is locked FOR SHARE so a PersonErased applied at the
 * same moment waits for this transaction and then removes the new offer too.
 */
export async function createSwapOffer(
  dataSource: DataSource,
  teacherId: string,
  input: unknown,
  opts: { today?: () => string } = {},
): Promise<CreateSwapOfferResult> {
  const parsed = newSwapOfferSchema((opts.today ?? ukToday)()).safeParse(input);
  if (!parsed.success) return { swapOffer: null, errors: userErrorsFromZod(parsed.error.issues) };
  const o = parsed.data;

  return dataSource.transaction(async (m): Promise<CreateSwapOfferResult> => {
    const person = isUuid(teacherId)
      ? await m
          .getRepository(PersonProjectionEntity)
          .createQueryBuilder('p')
          .where('p.id = :id', { id: teacherId })
          .setLock('pessimistic_read')
          .getOne()
      : null;
    const partner = person
      ? await m.getRepository(PartnerProjectionEntity).findOneBy({ id: person.partnerId })
      : null;
    const eligibility = checkEligibility(person, partner);
    if (!eligibility.eligible)
      return { swapOffer: null, errors: [userError(eligibility.code, eligibility.message)] };

    const offer = m.getRepository(SwapOfferEntity).create({
      id: randomUUID(),
      teacherId,
      subjects: o.subjects,
      phase: o.phase,
      availableFrom: o.availableFrom,
      availableTo: o.availableTo,
      maxTravelMiles: o.maxTravelMiles,
      notes: o.notes,
      status: 'OPEN',
      sector: eligibility.sector,
      withdrawnAt: null,
    });
    await m.getRepository(SwapOfferEntity).insert(offer);
    return { swapOffer: offer, errors: [] };
  });
}
