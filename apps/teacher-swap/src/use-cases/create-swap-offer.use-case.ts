import { randomUUID } from 'node:crypto';
import {
  done,
  isUuid,
  refused,
  rejected,
  rejectedAll,
  userError,
  userErrorsFromZod,
} from '@ekst/subgraph-kit';
import { newSwapOfferSchema, ukToday } from '../domain/swap-offer-rules';
import { mayCreateOffer } from '../domain/swap-offer-visibility';
import { checkEligibility } from '../domain/teacher-eligibility';
import { PartnerProjectionEntity } from '../entities/partner-projection.entity';
import { PersonProjectionEntity } from '../entities/person-projection.entity';
import { SwapOfferEntity } from '../entities/swap-offer.entity';
import type { TeacherSwapDeps, TeacherSwapResult } from './teacher-swap-use-case';

/**
 * A teacher offers a swap, for themself. The teacher and their partner are checked against the
 * local projections; the teacher's projection row is locked FOR SHARE so a PersonErased applied
 * at the same moment waits for this transaction and then removes the new offer too.
 */
export async function createSwapOffer(
  deps: TeacherSwapDeps,
  input: unknown,
): Promise<TeacherSwapResult<SwapOfferEntity>> {
  if (!mayCreateOffer(deps.caller)) return refused('Only a teacher can offer a swap, for themself');
  const teacherId = deps.caller.subject.toLowerCase();
  // "Not in the past" is judged by the UK date of the use case's clock.
  const parsed = newSwapOfferSchema(ukToday(deps.clock.now())).safeParse(input);
  if (!parsed.success) return rejectedAll(userErrorsFromZod(parsed.error.issues));
  const o = parsed.data;

  return deps.transaction(async ({ manager: m }) => {
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
    if (!eligibility.eligible) return rejected(userError(eligibility.code, eligibility.message));

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
    return done(offer);
  });
}
