import { topicFor } from '@ekst/contracts';
import type { BackgroundJob } from '@ekst/subgraph-kit';
import { loadConfig } from './config';
import { sweepExpiredOffers } from './use-cases/sweep-expired-offers.use-case';

/**
 * Passes expired offers on every 30 seconds. The job deps carry no topic, so it is derived from
 * this service's config (the same prefix the messaging runtime uses).
 */
export const offerSweepJob: BackgroundJob = {
  name: 'events:offer-sweep',
  intervalMs: 30_000,
  async run({ dataSource, log, now }) {
    const topic = topicFor('events', loadConfig().topicPrefix);
    const result = await sweepExpiredOffers(dataSource, now, { topic });
    if (result.expired > 0) log.info(result, 'expired offers passed on');
  },
};
