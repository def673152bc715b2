import type { ServiceName } from './envelope';

/**
 * One topic per producing service, versioned in its name. `prefix` isolates test runs that share
 * a broker (EKST_TOPIC_PREFIX); production leaves it empty.
 */
export function topicFor(service: ServiceName, prefix = ''): string {
  return `${prefix}ekst.${service}.v1`;
}

/** Dead letters of one consumer group: messages it gave up on, with the error in a header. */
export function deadLetterTopicFor(consumerGroup: string, prefix = ''): string {
  return `${prefix}ekst.dlq.${consumerGroup}`;
}
