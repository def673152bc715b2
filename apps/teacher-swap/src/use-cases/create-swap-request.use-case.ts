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
import { SwapRequestEntity } from '../entities/swap-request.entity';
import type { TeacherSwapDeps, TeacherSwapResult } from './teacher-swap-use-case';

/**
 * A teacher asks to host a visitor, for themself: the same input rules and eligibility as an
 * offer, and the same FOR SHARE lock on their projection row against a concurrent erasure.
 */
export async function createSwapRequest(
  deps: TeacherSwapDeps,
  input: unknown,
): Promise<TeacherSwapResult<SwapRequestEntity>> {
  if (!mayCreateOffer(deps.caller))
    return refused('Only a teacher can request a swap, for themself');
  const teacherId = deps.caller.subject.toLowerCase();
  const parsed = newSwapOfferSchema(ukToday(deps.clock.now())).safeParse(input);
  if (!parsed.success) return rejectedAll(userErrorsFromZod(parsed.error.issues));
  const r = parsed.data;

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

    const request = m.getRepository(SwapRequestEntity).create({
      id: randomUUID(),
      teacherId,
      subjects: r.subjects,
      phase: r.phase,
      availableFrom: r.availableFrom,
      availableTo: r.availableTo,
      maxTravelMiles: r.maxTravelMiles,
      notes: r.notes,
      status: 'OPEN',
      sector: eligibility.sector,
      withdrawnAt: null,
    });
    await m.getRepository(SwapRequestEntity).insert(request);
    return done(request);
  });
}
