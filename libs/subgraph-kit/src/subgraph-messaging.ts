import { MessagingRuntime, systemClock } from '@ekst/messaging';
import type { Clock } from '@ekst/messaging';
import type { DataSource } from 'typeorm';
import type { ServiceConfig } from './config';
import type { Logger } from './logger';
import type { BaseContext, SubgraphModule } from './subgraph-server';

/** Kafka for one subgraph: its outbox relay and its inbox consumer of the topics it follows. */
export async function startSubgraphMessaging<TContext extends BaseContext>(
  module: SubgraphModule<TContext>,
  config: ServiceConfig,
  deps: { dataSource: DataSource; log: Logger; clock?: Clock },
): Promise<MessagingRuntime> {
  const messaging = new MessagingRuntime({
    service: module.name,
    config: {
      brokers: config.kafkaBrokers,
      topicPrefix: config.topicPrefix,
      replicationFactor: config.topicReplicationFactor,
      auth: config.kafkaAuth,
      tls: config.kafkaTls,
      faultPoint: config.faultInject ?? null,
    },
    dataSource: deps.dataSource,
    databaseUrl: config.databaseUrl,
    log: deps.log,
    subscribesTo: module.subscribesTo,
    handlers: module.handlers,
    clock: deps.clock ?? systemClock,
    serviceConfig: config,
  });
  await messaging.start();
  return messaging;
}
