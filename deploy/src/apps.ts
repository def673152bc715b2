/**
 * The platform's own processes: each subgraph, the gateway and the portal, with the Deployment,
 * Service, HorizontalPodAutoscaler and PodDisruptionBudget each needs, and a migration Job per
 * subgraph and release.
 */
import { KAFKA_CLUSTER, kafkaBootstrap, kafkaUserName } from './kafka';
import {
  CONTAINER_SECURITY,
  POD_SECURITY,
  TMP_MOUNT,
  TMP_VOLUME,
  env,
  httpProbe,
  image,
  labels,
  meta,
  releaseSlug,
  resources,
  secretEnv,
  selector,
} from './k8s';
import type { EnvVar, Manifest } from './k8s';
import type { OverlaySettings, Resources } from './overlays';
import { DB_POOL_MAX, METRICS_TOKEN_SECRET } from './monitoring';
import { databaseSecret } from './postgres';
import { GATEWAY_PORT, PORTAL_PORT } from './topology';
import type { ServiceTopology } from './topology';

/** The shared secret the gateway signs internal tokens with and every subgraph checks. */
export const INTERNAL_TOKEN_SECRET = { name: 'ekst-internal-token', key: 'secret' };

/** Where the gateway reads the supergraph CI publishes (a ConfigMap, see deploy/README.md). */
export const SUPERGRAPH_CONFIGMAP = 'ekst-supergraph';
const SUPERGRAPH_DIR = '/etc/ekst/supergraph';
const KAFKA_CA_DIR = '/etc/ekst/kafka-ca';

function subgraphEnv(o: OverlaySettings, s: ServiceTopology): EnvVar[] {
  const common: EnvVar[] = [
    env('NODE_ENV', 'production'),
    env('PORT', s.port),
    secretEnv('DATABASE_URL', databaseSecret(s.name), 'uri'),
    env('KAFKA_BROKERS', kafkaBootstrap(o)),
    env('KAFKA_TOPIC_REPLICATION_FACTOR', o.kafka.replicationFactor),
    // the KafkaUser's SCRAM credentials, written by Strimzi's user operator into this Secret,
    // over TLS; Node trusts the cluster CA Strimzi publishes (mounted below)
    env('KAFKA_SASL_USERNAME', kafkaUserName(s.name)),
    secretEnv('KAFKA_SASL_PASSWORD', kafkaUserName(s.name), 'password'),
    env('KAFKA_TLS', 'true'),
    env('NODE_EXTRA_CA_CERTS', `${KAFKA_CA_DIR}/ca.crt`),
    secretEnv('INTERNAL_TOKEN_SECRET', INTERNAL_TOKEN_SECRET.name, INTERNAL_TOKEN_SECRET.key),
    // the other secret during a rotation (docs/operations.md); absent otherwise
    secretEnv('INTERNAL_TOKEN_VERIFY_ONLY_SECRET', INTERNAL_TOKEN_SECRET.name, 'verify-only', true),
    env('LOG_LEVEL', 'info'),
    // the release's migration Job has migrated the database before the rollout starts
    env('RUN_MIGRATIONS', 'false'),
    // jobs take an advisory lock each, so every replica may run them
    env('RUN_JOBS', 'true'),
    env('DB_POOL_MAX', DB_POOL_MAX),
    // the bearer token Prometheus scrapes /metrics with (deploy/src/monitoring.ts)
    secretEnv('METRICS_TOKEN', METRICS_TOKEN_SECRET.name, METRICS_TOKEN_SECRET.key),
  ];
  return [...common, ...serviceEnv(o, s)];
}

function serviceEnv(o: OverlaySettings, s: ServiceTopology): EnvVar[] {
  const secrets = `${s.name}-secrets`;
  switch (s.name) {
    case 'partners-governance':
      return [
        secretEnv('API_KEY_PEPPER', secrets, 'api-key-pepper'),
        env('API_KEY_LAST_USED_THROTTLE_SECONDS', 60),
      ];
    case 'people':
      return [
        secretEnv('AUTH_SIGNING_KEY', secrets, 'signing-key'),
        // public keys still (or already) trusted but not signed with: the rotation's overlap
        secretEnv('AUTH_VERIFY_ONLY_KEYS', secrets, 'verify-only-keys', true),
        env('PEOPLE_JWT_ISSUER', 'ekst-people'),
        env('AUTH_JWT_AUDIENCE', o.jwtAudience),
      ];
    case 'communications':
      return [
        secretEnv('SMTP_URL', secrets, 'smtp-url'),
        env('MAIL_FROM', 'EKST <no-reply@ekst.example>'),
        env('PEOPLE_CONTACT_URL', 'http://people:4002/internal/person-contact'),
        env('PUBLIC_URL', o.publicUrl),
        secretEnv('UNSUBSCRIBE_SECRET', secrets, 'unsubscribe-secret'),
        env('DELIVERY_RETRY_LIMIT', 8),
        env('DELIVERY_RETRY_DELAY_SECONDS', 2),
        env('EMAIL_THROTTLE_PER_MINUTE', 20),
        env('DELIVERY_POLL_SECONDS', 1),
      ];
    case 'events':
    case 'evaluation':
    case 'teacher-swap':
      return [];
  }
}

function gatewayEnv(o: OverlaySettings, subgraphs: readonly ServiceTopology[]): EnvVar[] {
  return [
    env('NODE_ENV', 'production'),
    env('PORT', GATEWAY_PORT),
    env('SUPERGRAPH_PATH', `${SUPERGRAPH_DIR}/supergraph.graphql`),
    env('SUPERGRAPH_POLL_SECONDS', 5),
    ...subgraphs.map((s) => env(s.urlEnv, `http://${s.name}:${s.port}/graphql`)),
    secretEnv('INTERNAL_TOKEN_SECRET', INTERNAL_TOKEN_SECRET.name, INTERNAL_TOKEN_SECRET.key),
    env('AUTH_JWT_ISSUER', o.jwtIssuer),
    env('AUTH_JWT_AUDIENCE', o.jwtAudience),
    env('AUTH_JWT_MAX_AGE', '1h'),
    env('PEOPLE_JWT_ISSUER', 'ekst-people'),
    env('PEOPLE_JWKS_URL', 'http://people:4002/.well-known/jwks.json'),
    env('PEOPLE_REVOCATIONS_URL', 'http://people:4002/internal/revoked-sessions'),
    env('PEOPLE_PERSON_LOOKUP_URL', 'http://people:4002/internal/person-by-email'),
    secretEnv('AUTH_OIDC_PROVIDERS', 'gateway-secrets', 'oidc-providers', true),
    env('BODY_LIMIT', '100kb'),
    env('LOG_LEVEL', 'info'),
    env('PARTNERS_GOVERNANCE_API_KEYS_URL', 'http://partners-governance:4001/internal/api-keys'),
    env('API_KEY_CACHE_TTL', '60s'),
    env('API_KEY_MAX_COST', 10000),
    env('CONTRACT_SCHEMA_PATH', '/srv/contract.graphql'),
    // several replicas share one rate-limit table (the gateway's own database)
    env('RATE_LIMIT_STORE', 'postgres'),
    secretEnv('RATE_LIMIT_DATABASE_URL', databaseSecret('gateway'), 'uri'),
    env('RATE_LIMIT_API_KEY_PER_MINUTE', 300),
    env('RATE_LIMIT_ANONYMOUS_IN_FLIGHT', 4),
    // behind the ingress controller: the client is one hop back
    env('TRUST_PROXY_HOPS', 1),
    secretEnv('METRICS_TOKEN', METRICS_TOKEN_SECRET.name, METRICS_TOKEN_SECRET.key),
  ];
}

interface AppShape {
  app: string;
  component: 'subgraph' | 'gateway' | 'portal';
  port: number;
  env: EnvVar[];
  res: Resources;
  ready: string;
  live: string;
  volumes?: Record<string, unknown>[];
  mounts?: Record<string, unknown>[];
  /** pods that talk to Kafka carry the label Strimzi's listener lets in */
  kafkaClient?: boolean;
}

function podLabels(shape: AppShape): Record<string, string> {
  return {
    ...labels(shape.app, shape.component),
    ...(shape.kafkaClient ? { 'ekst.example/kafka-client': 'true' } : {}),
  };
}

function deployment(o: OverlaySettings, shape: AppShape): Manifest {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: meta(o, shape.app, labels(shape.app, shape.component)),
    spec: {
      // the HorizontalPodAutoscaler owns the count; this is the start
      replicas: o.replicas.min,
      revisionHistoryLimit: 5,
      selector: { matchLabels: selector(shape.app) },
      strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: 1, maxUnavailable: 0 } },
      template: {
        metadata: { labels: podLabels(shape) },
        spec: {
          automountServiceAccountToken: false,
          securityContext: POD_SECURITY,
          // the apps stop gracefully on SIGTERM (in-flight requests drain, consumers commit)
          terminationGracePeriodSeconds: 30,
          topologySpreadConstraints: [
            {
              maxSkew: 1,
              topologyKey: 'kubernetes.io/hostname',
              whenUnsatisfiable: 'ScheduleAnyway',
              labelSelector: { matchLabels: selector(shape.app) },
            },
          ],
          containers: [
            {
              name: shape.app,
              image: image(o, shape.app),
              imagePullPolicy: 'IfNotPresent',
              ports: [{ name: 'http', containerPort: shape.port, protocol: 'TCP' }],
              env: shape.env,
              resources: resources(shape.res),
              securityContext: CONTAINER_SECURITY,
              startupProbe: httpProbe(shape.live, 'http', { period: 2, failures: 60 }),
              readinessProbe: httpProbe(shape.ready, 'http', { period: 5, failures: 3 }),
              livenessProbe: httpProbe(shape.live, 'http', { period: 10, failures: 3 }),
              volumeMounts: [TMP_MOUNT, ...(shape.mounts ?? [])],
            },
          ],
          volumes: [TMP_VOLUME, ...(shape.volumes ?? [])],
        },
      },
    },
  };
}

function service(o: OverlaySettings, shape: AppShape): Manifest {
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: meta(o, shape.app, labels(shape.app, shape.component)),
    spec: {
      type: 'ClusterIP',
      selector: selector(shape.app),
      ports: [{ name: 'http', port: shape.port, targetPort: 'http', protocol: 'TCP' }],
    },
  };
}

function autoscaler(o: OverlaySettings, shape: AppShape): Manifest {
  return {
    apiVersion: 'autoscaling/v2',
    kind: 'HorizontalPodAutoscaler',
    metadata: meta(o, shape.app, labels(shape.app, shape.component)),
    spec: {
      scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: shape.app },
      minReplicas: o.replicas.min,
      maxReplicas: o.replicas.max,
      metrics: [
        {
          type: 'Resource',
          resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 70 } },
        },
      ],
      // scale down slowly: a Kafka consumer group rebalances on every change of members
      behavior: {
        scaleDown: {
          stabilizationWindowSeconds: 300,
          policies: [{ type: 'Pods', value: 1, periodSeconds: 120 }],
        },
      },
    },
  };
}

function disruptionBudget(o: OverlaySettings, shape: AppShape): Manifest {
  return {
    apiVersion: 'policy/v1',
    kind: 'PodDisruptionBudget',
    metadata: meta(o, shape.app, labels(shape.app, shape.component)),
    spec: {
      // one replica (dev) must still let a node drain; two or more keep one serving
      ...(o.replicas.min > 1 ? { minAvailable: 1 } : { maxUnavailable: 1 }),
      selector: { matchLabels: selector(shape.app) },
    },
  };
}

/**
 * The release's migration Job: the service's own image, `--migrate-only` (migrate the database
 * as its owner, then exit). Named after the release, so each release runs it once; applied and
 * awaited before the Deployments (deploy/README.md, Release order).
 */
function migrationJob(o: OverlaySettings, s: ServiceTopology, shape: AppShape): Manifest {
  const name = `${s.name}-migrate-${releaseSlug(o)}`.slice(0, 63).replace(/-$/, '');
  return {
    apiVersion: 'batch/v1',
    kind: 'Job',
    metadata: meta(o, name, labels(s.name, 'migration')),
    spec: {
      backoffLimit: 3,
      activeDeadlineSeconds: 900,
      ttlSecondsAfterFinished: 7 * 24 * 3600,
      template: {
        metadata: { labels: { ...labels(s.name, 'migration'), 'ekst.example/db-client': s.name } },
        spec: {
          restartPolicy: 'Never',
          automountServiceAccountToken: false,
          securityContext: POD_SECURITY,
          containers: [
            {
              name: 'migrate',
              image: image(o, s.name),
              command: ['node', `dist/apps/${s.name}/main.js`, '--migrate-only'],
              env: shape.env.filter((e) =>
                ['NODE_ENV', 'DATABASE_URL', 'INTERNAL_TOKEN_SECRET', 'LOG_LEVEL'].includes(e.name),
              ),
              resources: resources(shape.res),
              securityContext: CONTAINER_SECURITY,
              volumeMounts: [TMP_MOUNT],
            },
          ],
          volumes: [TMP_VOLUME],
        },
      },
    },
  };
}

function subgraphShape(o: OverlaySettings, s: ServiceTopology): AppShape {
  return {
    app: s.name,
    component: 'subgraph',
    port: s.port,
    env: subgraphEnv(o, s),
    res: o.app,
    ready: '/health/ready',
    live: '/health/live',
    kafkaClient: true,
    // Strimzi's cluster CA certificate (public), which signs the brokers' TLS certificates
    volumes: [
      {
        name: 'kafka-ca',
        secret: {
          secretName: `${KAFKA_CLUSTER}-cluster-ca-cert`,
          items: [{ key: 'ca.crt', path: 'ca.crt' }],
        },
      },
    ],
    mounts: [{ name: 'kafka-ca', mountPath: KAFKA_CA_DIR, readOnly: true }],
  };
}

function withDbLabel(m: Manifest, db: string): Manifest {
  // the label the database's network policy lets in (deploy/src/network.ts)
  const spec = m.spec as { template: { metadata: { labels: Record<string, string> } } };
  spec.template.metadata.labels['ekst.example/db-client'] = db;
  return m;
}

export function appManifests(
  o: OverlaySettings,
  subgraphs: readonly ServiceTopology[],
): Manifest[] {
  const out: Manifest[] = [];
  for (const s of subgraphs) {
    const shape = subgraphShape(o, s);
    out.push(
      withDbLabel(deployment(o, shape), s.name),
      service(o, shape),
      autoscaler(o, shape),
      disruptionBudget(o, shape),
    );
  }
  const gateway: AppShape = {
    app: 'gateway',
    component: 'gateway',
    port: GATEWAY_PORT,
    env: gatewayEnv(o, subgraphs),
    res: o.gateway,
    ready: '/health/ready',
    live: '/health/live',
    volumes: [{ name: 'supergraph', configMap: { name: SUPERGRAPH_CONFIGMAP } }],
    mounts: [{ name: 'supergraph', mountPath: SUPERGRAPH_DIR, readOnly: true }],
  };
  const portal: AppShape = {
    app: 'portal',
    component: 'portal',
    port: PORTAL_PORT,
    env: [
      env('NODE_ENV', 'production'),
      env('PORTAL_PORT', PORTAL_PORT),
      env('PORTAL_HOST', '0.0.0.0'),
      env('GATEWAY_URL', `http://gateway:${GATEWAY_PORT}`),
    ],
    res: o.app,
    ready: '/health',
    live: '/health',
  };
  for (const shape of [gateway, portal]) {
    const d = deployment(o, shape);
    out.push(
      shape.app === 'gateway' ? withDbLabel(d, 'gateway') : d,
      service(o, shape),
      autoscaler(o, shape),
      disruptionBudget(o, shape),
    );
  }
  return out;
}

export function migrationJobs(
  o: OverlaySettings,
  subgraphs: readonly ServiceTopology[],
): Manifest[] {
  return subgraphs.map((s) => migrationJob(o, s, subgraphShape(o, s)));
}
