import type { BackgroundJob } from '@ekst/subgraph-kit';
import { sweepExpiredOffers } from './use-cases/sweep-expired-offers.use-case';

/** Passes expired offers on every 30 seconds; offers live in the database, so restarts lose none. */
export const offerSweepJob: BackgroundJob = {
  name: 'events:offer-sweep',
  intervalMs: 30_000,
  async run(deps) {
    const result = await sweepExpiredOffers(deps, deps.now);
    if (result.expired > 0) deps.log.info(result, 'expired offers passed on');
  },
};
