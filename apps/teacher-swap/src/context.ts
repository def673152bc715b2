import type { BaseContext } from '@ekst/subgraph-kit';
import type DataLoader from 'dataloader';
import type { PartnerProjectionEntity } from './entities/partner-projection.entity';
import type { PersonProjectionEntity } from './entities/person-projection.entity';
import type { SubjectClusterMemberEntity } from './entities/subject-cluster-member.entity';
import type { SwapOfferScope } from './domain/swap-offer-visibility';
import type { SwapScope } from './domain/swap-permissions';
import type { SwapOfferEntity } from './entities/swap-offer.entity';
import type { SwapReflectionEntity } from './entities/swap-reflection.entity';
import type { SwapRequestEntity } from './entities/swap-request.entity';
import type { SwapEntity } from './entities/swap.entity';

export interface TeacherSwapContext extends BaseContext {
  /** which offers this caller may see; computed once per request */
  scope: SwapOfferScope;
  /** unfiltered by scope: callers check `canSeeOffer` on what it returns */
  swapOfferById: DataLoader<string, SwapOfferEntity | null>;
  /** the visible offers of each teacher (one query per tick) */
  swapOffersOfTeacher: DataLoader<string, SwapOfferEntity[]>;
  /** which swaps this caller may see (their teachers, their schools' heads, the coordinator) */
  swapScope: SwapScope;
  /** unfiltered: callers check `canSeeOffer` (requests are visible like offers) */
  swapRequestById: DataLoader<string, SwapRequestEntity | null>;
  /** unfiltered: callers check `canSeeSwap` */
  swapById: DataLoader<string, SwapEntity | null>;
  /** the visible swaps of each teacher, host or visiting */
  swapsOfTeacher: DataLoader<string, Array<{ teacherId: string; swap: SwapEntity }>>;
  /** the visible swaps each partner hosts or sends */
  swapsOfPartner: DataLoader<string, Array<{ partnerId: string; swap: SwapEntity }>>;
  /** every swap each teacher took part in that has happened; unfiltered, for Person.swapCpd */
  completedSwapsOfTeacher: DataLoader<string, Array<{ teacherId: string; swap: SwapEntity }>>;
  /** every membership of each cluster (resolvers decide what the caller sees of it) */
  membersOfCluster: DataLoader<string, SubjectClusterMemberEntity[]>;
  /** unfiltered projections: for the coordinator's review flag on swaps */
  personProjectionById: DataLoader<string, PersonProjectionEntity | null>;
  partnerProjectionById: DataLoader<string, PartnerProjectionEntity | null>;
  /** reflections of swaps already judged visible */
  reflectionsOfSwap: DataLoader<string, SwapReflectionEntity[]>;
}
