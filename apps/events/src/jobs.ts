import type { BackgroundJob } from '@ekst/subgraph-kit';
import { sweepExpiredOffers } from './use-cases/sweep-expired-offers.use-case';

/** Passes expired offers on every 30 seconds; offers live in the database, so restarts lose none. */
export const offerSweepJob: BackgroundJob = {
  name: 'events:offer-sweep',
  intervalMs: 30_000,
  async run({ dataSource, log, now, ownTopic }) {
    const result = await sweepExpiredOffers(dataSource, now, { topic: ownTopic });
    if (result.expired > 0) log.info(result, 'expired offers passed on');
  },
};
