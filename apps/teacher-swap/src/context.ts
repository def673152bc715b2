import type { BaseContext } from '@ekst/subgraph-kit';
import type DataLoader from 'dataloader';
import type { SwapOfferScope } from './domain/swap-offer-visibility';
import type { SwapOfferEntity } from './entities/swap-offer.entity';

export interface TeacherSwapContext extends BaseContext {
  /** which offers this caller may see; computed once per request */
  scope: SwapOfferScope;
  /** unfiltered by scope: callers check `canSeeOffer` on what it returns */
  swapOfferById: DataLoader<string, SwapOfferEntity | null>;
  /** the visible offers of each teacher (one query per tick) */
  swapOffersOfTeacher: DataLoader<string, SwapOfferEntity[]>;
}
