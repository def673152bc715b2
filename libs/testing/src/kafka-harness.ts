import { randomBytes } from 'node:crypto';
import { Kafka, logLevel } from 'kafkajs';
import { testKafkaBrokers } from './env';

/** A topic prefix unique to one test file, so test files sharing the broker never see each other. */
export function uniqueTopicPrefix(): string {
  return `t${randomBytes(4).toString('hex')}.`;
}

/** Deletes every topic (and dead-letter topic) created under a test prefix. */
export async function deleteTopicsWithPrefix(
  prefix: string,
  brokers: string[] = testKafkaBrokers(),
): Promise<void> {
  const admin = new Kafka({
    brokers,
    clientId: 'test-cleanup',
    logLevel: logLevel.NOTHING,
  }).admin();
  await admin.connect();
  try {
    const topics = (await admin.listTopics()).filter(
      (t) => t.startsWith(prefix) || t.startsWith(`ekst.dlq.${prefix}`),
    );
    if (topics.length) await admin.deleteTopics({ topics, timeout: 10000 });
  } finally {
    await admin.disconnect();
  }
}
