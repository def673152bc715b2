/**
 * Kafka through the Strimzi operator: one cluster in KRaft mode with node pools, a KafkaTopic per
 * service topic and per dead-letter topic, and a KafkaUser per service whose ACLs allow exactly
 * what libs/messaging does: write its own topic, read the topics it subscribes to in its own
 * consumer group, write its own dead-letter topic.
 */
import { deadLetterTopicFor, topicFor } from '@ekst/contracts';
import type { SubgraphName } from '@ekst/platform';
import { meta, PART_OF } from './k8s';
import type { Manifest } from './k8s';
import type { OverlaySettings } from './overlays';
import type { ServiceTopology } from './topology';

export const KAFKA_CLUSTER = 'ekst-kafka';
/** SCRAM over TLS; the listener Strimzi names `tls` */
const LISTENER_PORT = 9093;

export function kafkaBootstrap(_o: OverlaySettings): string {
  return `${KAFKA_CLUSTER}-kafka-bootstrap:${LISTENER_PORT}`;
}

export function kafkaUserName(service: SubgraphName): string {
  return `kafka-${service}`;
}

/** Kubernetes names allow no dots or upper case; the topic's real name goes in spec.topicName. */
function topicResourceName(topic: string): string {
  return topic.replace(/[^a-z0-9-]/g, '-');
}

const strimziLabels = { 'strimzi.io/cluster': KAFKA_CLUSTER, 'app.kubernetes.io/part-of': PART_OF };

function cluster(o: OverlaySettings): Manifest[] {
  const k = o.kafka;
  const pools: Manifest[] = k.pools.map((p) => ({
    apiVersion: 'kafka.strimzi.io/v1',
    kind: 'KafkaNodePool',
    metadata: { ...meta(o, p.name, strimziLabels) },
    spec: {
      replicas: p.replicas,
      roles: [...p.roles],
      storage: {
        type: 'jbod',
        volumes: [
          {
            id: 0,
            type: 'persistent-claim',
            size: p.storage,
            deleteClaim: false,
            ...(p.roles.includes('controller') ? { kraftMetadata: 'shared' } : {}),
          },
        ],
      },
      resources: {
        requests: { cpu: '250m', memory: '1Gi' },
        limits: { memory: '2Gi' },
      },
    },
  }));
  const kafka: Manifest = {
    apiVersion: 'kafka.strimzi.io/v1',
    kind: 'Kafka',
    metadata: meta(o, KAFKA_CLUSTER, { 'app.kubernetes.io/part-of': PART_OF }),
    spec: {
      kafka: {
        version: k.version,
        metadataVersion: k.metadataVersion,
        listeners: [
          {
            name: 'tls',
            port: LISTENER_PORT,
            type: 'internal',
            tls: true,
            authentication: { type: 'scram-sha-512' },
            // Strimzi writes the listener's NetworkPolicy: only the services' pods get in
            networkPolicyPeers: [
              { podSelector: { matchLabels: { 'ekst.example/kafka-client': 'true' } } },
            ],
          },
        ],
        authorization: { type: 'simple' },
        config: {
          // every topic is declared below; a typo must not create one
          'auto.create.topics.enable': false,
          'default.replication.factor': k.replicationFactor,
          'min.insync.replicas': k.minInsyncReplicas,
          'offsets.topic.replication.factor': k.replicationFactor,
          'transaction.state.log.replication.factor': k.replicationFactor,
          'transaction.state.log.min.isr': k.minInsyncReplicas,
          'share.coordinator.state.topic.replication.factor': k.replicationFactor,
          'share.coordinator.state.topic.min.isr': k.minInsyncReplicas,
        },
      },
      entityOperator: { topicOperator: {}, userOperator: {} },
    },
  };
  return [kafka, ...pools];
}

function topic(
  o: OverlaySettings,
  name: string,
  partitions: number,
  retentionMs: number,
): Manifest {
  return {
    apiVersion: 'kafka.strimzi.io/v1',
    kind: 'KafkaTopic',
    metadata: meta(o, topicResourceName(name), strimziLabels),
    spec: {
      topicName: name,
      partitions,
      replicas: o.kafka.replicationFactor,
      config: {
        'retention.ms': retentionMs,
        'cleanup.policy': 'delete',
        'min.insync.replicas': o.kafka.minInsyncReplicas,
      },
    },
  };
}

type Acl = { resource: Record<string, string>; operations: string[] };

const topicAcl = (name: string, operations: string[]): Acl => ({
  resource: { type: 'topic', name, patternType: 'literal' },
  operations,
});

/**
 * What a service does (libs/messaging MessagingRuntime): lists and describes its topics (ensureTopics
 * finds them declared here, so it never creates one), produces idempotently to its own topic,
 * consumes the topics it subscribes to in the group named after it, and dead-letters to its DLQ.
 */
export function serviceAcls(s: ServiceTopology): Acl[] {
  return [
    topicAcl(topicFor(s.name), ['Describe', 'Write']),
    ...s.consumes.map((c) => topicAcl(topicFor(c), ['Describe', 'Read'])),
    topicAcl(deadLetterTopicFor(s.name), ['Describe', 'Write']),
    { resource: { type: 'group', name: s.name, patternType: 'literal' }, operations: ['Read'] },
    { resource: { type: 'cluster' }, operations: ['IdempotentWrite'] },
  ];
}

function user(o: OverlaySettings, s: ServiceTopology): Manifest {
  return {
    apiVersion: 'kafka.strimzi.io/v1',
    kind: 'KafkaUser',
    metadata: meta(o, kafkaUserName(s.name), strimziLabels),
    spec: {
      authentication: { type: 'scram-sha-512' },
      authorization: {
        type: 'simple',
        acls: serviceAcls(s).map((a) => ({ type: 'allow', ...a })),
      },
    },
  };
}

export function kafkaManifests(
  o: OverlaySettings,
  subgraphs: readonly ServiceTopology[],
): Manifest[] {
  const k = o.kafka;
  return [
    ...cluster(o),
    ...subgraphs.map((s) => topic(o, topicFor(s.name), k.partitions, k.retentionMs)),
    // a DLQ is read by people, rarely: fewer partitions, kept longer
    ...subgraphs.map((s) => topic(o, deadLetterTopicFor(s.name), 1, k.dlqRetentionMs)),
    ...subgraphs.map((s) => user(o, s)),
  ];
}
