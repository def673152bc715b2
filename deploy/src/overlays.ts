/**
 * The overlays: what differs between environments. Everything else is the base (deploy/src/*.ts),
 * built once from these settings, the way a kustomize base is patched by its overlays.
 */
export interface Resources {
  readonly cpu: string;
  readonly memory: string;
  readonly cpuLimit?: string;
  readonly memoryLimit: string;
}

export interface OverlaySettings {
  readonly name: 'dev' | 'prod';
  readonly namespace: string;
  /** images are `<registry>/<app>:<imageTag>`; the tag is the release the migration Jobs are named after */
  readonly registry: string;
  readonly imageTag: string;
  readonly replicas: { readonly min: number; readonly max: number };
  readonly app: Resources;
  readonly gateway: Resources;
  /** pods of the ingress controller (the only way in from outside the namespace) */
  readonly ingressNamespace: string;
  readonly publicUrl: string;
  readonly jwtIssuer: string;
  readonly jwtAudience: string;
  readonly kafka: {
    readonly version: string;
    readonly metadataVersion: string;
    /** one dual-role pool (dev) or separate controller and broker pools (prod) */
    readonly pools: readonly {
      readonly name: string;
      readonly roles: readonly ('controller' | 'broker')[];
      readonly replicas: number;
      readonly storage: string;
    }[];
    readonly replicationFactor: number;
    readonly minInsyncReplicas: number;
    /** partitions of each service topic; DLQs get fewer */
    readonly partitions: number;
    /** how long a service topic keeps messages (ms); see docs/operations.md, Kafka vs outbox */
    readonly retentionMs: number;
    readonly dlqRetentionMs: number;
  };
  /** where the Prometheus Operator and Grafana run (deploy/src/monitoring.ts) */
  readonly monitoring: {
    /** the namespace of Prometheus, whose pods the network policies let reach `/metrics` */
    readonly namespace: string;
    /** labels of the Prometheus pods (kube-prometheus-stack: app.kubernetes.io/name=prometheus) */
    readonly prometheusPodLabels: Readonly<Record<string, string>>;
    /** labels the Prometheus resource selects PodMonitors and PrometheusRules by */
    readonly selectorLabels: Readonly<Record<string, string>>;
  };
  readonly postgres: {
    readonly instances: number;
    readonly storage: string;
    readonly imageName: string;
    /** where base backups and WAL go (barman object store; one folder per cluster) */
    readonly backupBucket: string;
    readonly backupRetention: string;
    /** six fields, seconds first (CloudNativePG's cron format) */
    readonly backupSchedule: string;
  };
}

const DAY_MS = 24 * 60 * 60 * 1000;

export const DEV: OverlaySettings = {
  name: 'dev',
  namespace: 'ekst-dev',
  registry: 'registry.ekst.example/ekst',
  imageTag: '2026.12.0-dev',
  replicas: { min: 1, max: 2 },
  app: { cpu: '50m', memory: '192Mi', memoryLimit: '384Mi' },
  gateway: { cpu: '100m', memory: '256Mi', memoryLimit: '512Mi' },
  ingressNamespace: 'ingress-nginx',
  publicUrl: 'https://dev.ekst.example',
  jwtIssuer: 'https://dev.ekst.example/auth',
  jwtAudience: 'ekst-graph',
  kafka: {
    version: '4.1.1',
    metadataVersion: '4.1-IV1',
    pools: [{ name: 'dual', roles: ['controller', 'broker'], replicas: 1, storage: '10Gi' }],
    replicationFactor: 1,
    minInsyncReplicas: 1,
    partitions: 3,
    retentionMs: 7 * DAY_MS,
    dlqRetentionMs: 14 * DAY_MS,
  },
  monitoring: {
    namespace: 'monitoring',
    prometheusPodLabels: { 'app.kubernetes.io/name': 'prometheus' },
    selectorLabels: { release: 'kube-prometheus-stack' },
  },
  postgres: {
    instances: 1,
    storage: '5Gi',
    imageName: 'ghcr.io/cloudnative-pg/postgresql:16.10',
    backupBucket: 's3://ekst-dev-backups',
    backupRetention: '7d',
    backupSchedule: '0 0 2 * * *',
  },
};

export const PROD: OverlaySettings = {
  name: 'prod',
  namespace: 'ekst',
  registry: 'registry.ekst.example/ekst',
  imageTag: '2026.12.0',
  replicas: { min: 2, max: 6 },
  app: { cpu: '200m', memory: '256Mi', cpuLimit: '1', memoryLimit: '512Mi' },
  gateway: { cpu: '500m', memory: '384Mi', cpuLimit: '2', memoryLimit: '768Mi' },
  ingressNamespace: 'ingress-nginx',
  publicUrl: 'https://ekst.example',
  jwtIssuer: 'https://ekst.example/auth',
  jwtAudience: 'ekst-graph',
  kafka: {
    version: '4.1.1',
    metadataVersion: '4.1-IV1',
    pools: [
      { name: 'controllers', roles: ['controller'], replicas: 3, storage: '20Gi' },
      { name: 'brokers', roles: ['broker'], replicas: 3, storage: '100Gi' },
    ],
    replicationFactor: 3,
    minInsyncReplicas: 2,
    partitions: 6,
    retentionMs: 14 * DAY_MS,
    dlqRetentionMs: 30 * DAY_MS,
  },
  monitoring: {
    namespace: 'monitoring',
    prometheusPodLabels: { 'app.kubernetes.io/name': 'prometheus' },
    selectorLabels: { release: 'kube-prometheus-stack' },
  },
  postgres: {
    instances: 3,
    storage: '20Gi',
    imageName: 'ghcr.io/cloudnative-pg/postgresql:16.10',
    backupBucket: 's3://ekst-prod-backups',
    backupRetention: '30d',
    backupSchedule: '0 0 1 * * *',
  },
};

export const OVERLAYS: readonly OverlaySettings[] = [DEV, PROD];
