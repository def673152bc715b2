import { Kafka, logLevel } from 'kafkajs';
import type { Admin, LogEntry } from 'kafkajs';
import type { ServiceLogger } from './logger';

export interface KafkaConfig {
  brokers: string[];
  clientId: string;
  /** SASL/SCRAM-SHA-512 credentials (a Strimzi KafkaUser); none on the development broker */
  auth?: KafkaAuth | null;
  /** TLS to the brokers (their CA from NODE_EXTRA_CA_CERTS or the system store) */
  tls?: boolean;
}

export interface KafkaAuth {
  username: string;
  password: string;
}

/**
 * The one place that builds a kafkajs client, so the client library can be swapped here alone
 * (kafkajs is unmaintained since 2023; see ARCHITECTURE.md).
 */
// kafkajs warns on every producer about a default it changed in 2.0; we rely on the new default.
process.env.KAFKAJS_NO_PARTITIONER_WARNING ??= '1';

/**
 * kafkajs backs off exponentially between attempts, from `initialRetryTime` doubling up to
 * `maxRetryTime` (default 30 s). After a broker outage of half a minute every client was then
 * asleep for up to 25.6 s more when the broker came back, and its next failure waited 30 s: the
 * chaos long form's broker SIGKILL took minutes, not seconds, to be caught up. Capped at 2 s, a
 * client is back within about 2 s of the broker; 8 attempts still give up after about 11 s (the
 * relay's send fails and its next drain sends the rows again). Every field is given: kafkajs
 * takes the rest from defaults it picks by NODE_ENV at load (under Jest, `test`: a 1 s cap), so
 * the tests ran with other settings than production.
 */
export const CLIENT_RETRY = {
  initialRetryTime: 200,
  maxRetryTime: 2000,
  factor: 0.2,
  multiplier: 2,
  retries: 8,
} as const;

/**
 * The inbox consumer's own retry: its runner keeps one retry count across every fetch error until
 * the next rebalance (kafkajs#1415), and kafkajs's default for a consumer is 5 attempts, after
 * which it crashes and restarts as a NEW member (a rebalance). 40 attempts of at most 2 s keep the
 * runner's count from ending it; a connect failing all of the client's 8 attempts (about 11 s,
 * the broker away) still does, and kafkajs restarts it within 2 s (the cap), until the broker is
 * back. Also how long a `commitOffsets` is retried: `stop()` bounds its wait for one.
 */
export const CONSUMER_RETRY = { ...CLIENT_RETRY, retries: 40 } as const;

/**
 * How long a consumer's fetch waits at the broker for data (kafkajs `maxWaitTimeInMs`, default
 * 5 s; Java's `fetch.max.wait.ms` defaults to 0.5 s). A fetch returns as soon as a message
 * arrives, so this does not delay delivery; it bounds how long `stop()` waits, because kafkajs's
 * disconnect waits for the fetch in flight, or for its sleep of the same length while every
 * partition is paused (as `stop()` leaves them). At 5 s every drain of a service took 5 s more
 * than its work; at Java's 0.5 s an idle consumer sends two small fetches a second.
 */
export const FETCH_MAX_WAIT_MS = 500;

export function createKafka(config: KafkaConfig, log: ServiceLogger): Kafka {
  return new Kafka({
    clientId: config.clientId,
    brokers: config.brokers,
    ...(config.tls ? { ssl: true } : {}),
    ...(config.auth
      ? {
          sasl: {
            mechanism: 'scram-sha-512' as const,
            username: config.auth.username,
            password: config.auth.password,
          },
        }
      : {}),
    connectionTimeout: 3000,
    requestTimeout: 15000,
    retry: CLIENT_RETRY,
    logLevel: logLevel.WARN,
    logCreator:
      () =>
      ({ level, log: entry }: LogEntry) => {
        const { message, ...rest } = entry;
        if (level <= logLevel.ERROR) log.error({ kafka: rest }, message);
        else log.warn({ kafka: rest }, message);
      },
  });
}

/**
 * Creates topics that are missing (replication factor 1 suits the single-node dev broker).
 * Several services start at once and create the same topics, so losing that race (the topic
 * exists, or its leader is still being elected) is retried until every topic has a leader.
 */
export async function ensureTopics(
  admin: Admin,
  topics: string[],
  opts: { partitions?: number; replicationFactor?: number; attempts?: number } = {},
): Promise<void> {
  const attempts = opts.attempts ?? 20;
  for (let attempt = 1; ; attempt += 1) {
    try {
      const existing = new Set(await admin.listTopics());
      const missing = topics.filter((t) => !existing.has(t));
      if (missing.length > 0) {
        await admin.createTopics({
          waitForLeaders: true,
          topics: missing.map((topic) => ({
            topic,
            numPartitions: opts.partitions ?? 3,
            replicationFactor: opts.replicationFactor ?? 1,
          })),
        });
      }
      const metadata = await admin.fetchTopicMetadata({ topics });
      const leaderless = metadata.topics.some(
        (t) => t.partitions.length === 0 || t.partitions.some((p) => p.leader < 0),
      );
      if (!leaderless) return;
      throw new Error('topics have no leader yet');
    } catch (err) {
      if (attempt >= attempts) throw err;
      await new Promise((r) => setTimeout(r, 250 * Math.min(attempt, 4)));
    }
  }
}
