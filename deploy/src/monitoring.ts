/**
 * Monitoring, for a cluster running the Prometheus Operator and Grafana with its dashboard
 * sidecar (as kube-prometheus-stack installs them):
 *  - a `PodMonitor` per app that serves `/metrics` (the gateway and every subgraph), scraping it
 *    with the METRICS_TOKEN bearer from the Secret the apps read it from (libs/telemetry);
 *  - a `PrometheusRule` with the platform's alerts (docs/operations.md, Alerts, says what each
 *    means and what to do);
 *  - the Grafana dashboard, in a ConfigMap labelled for the sidecar and as a plain file
 *    (deploy/grafana/ekst-overview.json).
 * Every metric named here is one the apps register (deploy/monitoring.spec.ts checks each
 * expression against libs/telemetry and libs/subgraph-kit).
 *
 * PodMonitor rather than ServiceMonitor: Prometheus then scrapes every pod, ready or not (a
 * ServiceMonitor follows the Service's endpoints), so a pod that stays unready still reports
 * `ekst_ready 0` and its lag, instead of vanishing from the graphs.
 */
import { labels, meta } from './k8s';
import type { Manifest } from './k8s';
import type { OverlaySettings } from './overlays';
import { GATEWAY_PORT } from './topology';
import type { ServiceTopology } from './topology';

/** The Secret (key `token`) every app reads METRICS_TOKEN from, and Prometheus presents. */
export const METRICS_TOKEN_SECRET = { name: 'ekst-metrics-token', key: 'token' };

/** Connections each app's pool may open (DB_POOL_MAX in deploy/src/apps.ts). */
export const DB_POOL_MAX = 10;

export const DASHBOARD_FILE = 'ekst-overview.json';
export const DASHBOARD_CONFIGMAP = 'ekst-grafana-dashboards';

/** The apps Prometheus scrapes, with the port their `/metrics` is on (the portal serves none). */
export function scrapedApps(
  subgraphs: readonly ServiceTopology[],
): { app: string; port: number; component: string }[] {
  return [
    ...subgraphs.map((s) => ({ app: s.name, port: s.port, component: 'subgraph' })),
    { app: 'gateway', port: GATEWAY_PORT, component: 'gateway' },
  ];
}

function podMonitor(o: OverlaySettings, app: string): Manifest {
  return {
    apiVersion: 'monitoring.coreos.com/v1',
    kind: 'PodMonitor',
    metadata: meta(o, app, { ...labels(app, 'monitoring'), ...o.monitoring.selectorLabels }),
    spec: {
      selector: {
        matchLabels: { 'app.kubernetes.io/name': app, 'app.kubernetes.io/part-of': 'ekst' },
      },
      podMetricsEndpoints: [
        {
          port: 'http',
          path: '/metrics',
          interval: '30s',
          // the subgraphs' gauges give up after 2 s each (libs/subgraph-kit, subgraph-metrics)
          scrapeTimeout: '10s',
          authorization: {
            type: 'Bearer',
            credentials: { name: METRICS_TOKEN_SECRET.name, key: METRICS_TOKEN_SECRET.key },
          },
          // `app` on every series, `up` included (the apps label their own metrics `service`;
          // a target label of that name would rename theirs to `exported_service`)
          relabelings: [
            {
              action: 'replace',
              sourceLabels: ['__meta_kubernetes_pod_label_app_kubernetes_io_name'],
              targetLabel: 'app',
            },
          ],
        },
      ],
    },
  };
}

export interface AlertRule {
  alert: string;
  expr: string;
  for?: string;
  labels: { severity: 'critical' | 'warning' | 'info' };
  annotations: { summary: string; description: string; runbook: string };
}

const RUNBOOK = 'docs/operations.md#alerts';

function rule(
  alert: string,
  expr: string,
  opts: {
    for?: string;
    severity: AlertRule['labels']['severity'];
    summary: string;
    description: string;
  },
): AlertRule {
  return {
    alert,
    expr,
    ...(opts.for ? { for: opts.for } : {}),
    labels: { severity: opts.severity },
    annotations: { summary: opts.summary, description: opts.description, runbook: RUNBOOK },
  };
}

/**
 * The share of a counter's rate that matches `errors`, per service, above `threshold`, and only
 * where the service sees more than 0.05 per second (a lone error in a quiet minute is not a rate).
 */
function errorShare(counter: string, ns: string, errors: string, threshold: number): string {
  const rate = (selector: string) =>
    `sum by (namespace, service) (rate(${counter}{${selector}}[5m]))`;
  return `${rate(`${ns}, ${errors}`)} / ${rate(ns)} > ${threshold} and ${rate(ns)} > 0.05`;
}

/** The alert rules of one overlay, by group; every selector is limited to its namespace. */
export function alertGroups(
  o: OverlaySettings,
  subgraphs: readonly ServiceTopology[],
): { name: string; rules: AlertRule[] }[] {
  const ns = `namespace="${o.namespace}"`;
  const apps = scrapedApps(subgraphs).map((a) => a.app);
  const bySvc = 'max by (namespace, service)';
  return [
    {
      name: 'ekst.availability',
      rules: [
        rule('EkstTargetDown', `up{${ns}, app=~"${apps.join('|')}"} == 0`, {
          for: '5m',
          severity: 'critical',
          summary: '{{ $labels.app }} pod {{ $labels.pod }} cannot be scraped',
          description: 'Prometheus has not reached /metrics on this pod for 5 minutes.',
        }),
        ...apps.map((app) =>
          rule('EkstAppAbsent', `absent(up{${ns}, app="${app}"})`, {
            for: '10m',
            severity: 'critical',
            summary: `No pod of ${app} is scraped`,
            description: `No ${app} target for 10 minutes: no pod runs, or the PodMonitor or the metrics token is wrong.`,
          }),
        ),
        rule('EkstNotReady', `ekst_ready{${ns}} == 0`, {
          for: '5m',
          severity: 'warning',
          summary: '{{ $labels.service }} pod {{ $labels.pod }} is not ready',
          description:
            'Its readiness check (database and Kafka for a subgraph, the supergraph for the gateway) has failed for 5 minutes; the Service sends it no traffic.',
        }),
      ],
    },
    {
      name: 'ekst.events',
      rules: [
        rule(
          'EkstConsumerLagHigh',
          `max by (namespace, service, topic, partition) (ekst_consumer_lag{${ns}}) > 1000`,
          {
            for: '10m',
            severity: 'warning',
            summary:
              '{{ $labels.service }} is {{ $value }} events behind on {{ $labels.topic }}/{{ $labels.partition }}',
            description: 'More than 1000 unapplied events on one partition for 10 minutes.',
          },
        ),
        rule(
          'EkstConsumerLagRising',
          `max by (namespace, service, topic, partition) (deriv(ekst_consumer_lag{${ns}}[15m])) > 0` +
            ` and max by (namespace, service, topic, partition) (ekst_consumer_lag{${ns}}) > 50`,
          {
            for: '15m',
            severity: 'warning',
            summary:
              "{{ $labels.service }}'s lag on {{ $labels.topic }}/{{ $labels.partition }} keeps rising",
            description:
              'The consumer applies events more slowly than they arrive, or not at all, for 15 minutes.',
          },
        ),
        rule('EkstConsumerStopped', `${bySvc} (ekst_consumer_running{${ns}}) == 0`, {
          for: '5m',
          severity: 'critical',
          summary: 'No pod of {{ $labels.service }} runs its Kafka consumer',
          description: 'No instance has been a member of the consumer group for 5 minutes.',
        }),
        rule('EkstOutboxStuck', `${bySvc} (ekst_outbox_oldest_unsent_age_seconds{${ns}}) > 300`, {
          for: '5m',
          severity: 'critical',
          summary: "{{ $labels.service }}'s oldest unsent event is {{ $value }} s old",
          description:
            'The outbox relay has not published for over 5 minutes: other services see its changes late.',
        }),
        rule('EkstOutboxBacklog', `${bySvc} (ekst_outbox_unsent_rows{${ns}}) > 1000`, {
          for: '10m',
          severity: 'warning',
          summary: '{{ $labels.service }} has {{ $value }} unsent outbox rows',
          description: 'More than 1000 events wait to be published.',
        }),
        rule(
          'EkstDeadLettersIncreased',
          `${bySvc} (ekst_dead_letters_pending{${ns}}) > ${bySvc} (ekst_dead_letters_pending{${ns}} offset 15m)`,
          {
            severity: 'warning',
            summary: '{{ $labels.service }} dead-lettered new events',
            description:
              'Its dead-letter count grew in the last 15 minutes: poison events it could not apply.',
          },
        ),
        rule('EkstDeadLettersPending', `${bySvc} (ekst_dead_letters_pending{${ns}}) > 0`, {
          for: '24h',
          severity: 'info',
          summary: '{{ $labels.service }} has {{ $value }} dead letters not redriven',
          description: 'Dead letters have waited for a day.',
        }),
        rule(
          'EkstJobQueueBacklog',
          `max by (namespace, service, queue) (ekst_job_queue_depth{${ns}, state="queued"}) > 500`,
          {
            for: '15m',
            severity: 'warning',
            summary: '{{ $value }} jobs wait in {{ $labels.service }}/{{ $labels.queue }}',
            description: 'The work queue has held more than 500 waiting jobs for 15 minutes.',
          },
        ),
      ],
    },
    {
      name: 'ekst.errors',
      rules: [
        rule(
          'EkstHttpErrorRate',
          errorShare('ekst_http_requests_total', ns, 'status=~"5.."', 0.05),
          {
            for: '10m',
            severity: 'critical',
            summary:
              '{{ $labels.service }} answers {{ $value | humanizePercentage }} of requests with 5xx',
            description: 'More than 5 % server errors for 10 minutes.',
          },
        ),
        rule(
          'EkstGraphQLErrorRate',
          errorShare('ekst_graphql_operations_total', ns, 'outcome="error"', 0.1),
          {
            for: '15m',
            severity: 'warning',
            summary:
              '{{ $labels.service }}: {{ $value | humanizePercentage }} of GraphQL operations return errors',
            description:
              'More than 10 % of operations had errors for 15 minutes (see ekst_graphql_errors_total by code).',
          },
        ),
      ],
    },
    {
      name: 'ekst.database',
      rules: [
        rule(
          'EkstDbPoolWaiting',
          `max by (namespace, service, pod) (ekst_db_pool_connections{${ns}, state="waiting"}) > 0`,
          {
            for: '5m',
            severity: 'warning',
            summary: '{{ $labels.pod }} queues for database connections',
            description: 'Requests have waited for a pooled connection for 5 minutes.',
          },
        ),
        rule(
          'EkstDbPoolSaturated',
          `max by (namespace, service, pod) (ekst_db_pool_connections{${ns}, state="total"}` +
            ` - ignoring (state) ekst_db_pool_connections{${ns}, state="idle"}) >= ${0.9 * DB_POOL_MAX}`,
          {
            for: '10m',
            severity: 'warning',
            summary:
              '{{ $labels.pod }} uses {{ $value }} of its ' + `${DB_POOL_MAX} database connections`,
            description: 'The pool has been at least 90 % busy for 10 minutes.',
          },
        ),
      ],
    },
  ];
}

function prometheusRule(o: OverlaySettings, subgraphs: readonly ServiceTopology[]): Manifest {
  return {
    apiVersion: 'monitoring.coreos.com/v1',
    kind: 'PrometheusRule',
    metadata: meta(o, 'ekst-alerts', {
      'app.kubernetes.io/part-of': 'ekst',
      'app.kubernetes.io/component': 'monitoring',
      ...o.monitoring.selectorLabels,
    }),
    spec: { groups: alertGroups(o, subgraphs) },
  };
}

interface Target {
  expr: string;
  legendFormat: string;
  refId: string;
}

const DS = { type: 'prometheus', uid: '${datasource}' };
const SEL = 'namespace="$namespace", service=~"$service"';

function panel(
  id: number,
  title: string,
  unit: string,
  targets: Omit<Target, 'refId'>[],
  description: string,
): Record<string, unknown> {
  const width = 12;
  return {
    id,
    type: 'timeseries',
    title,
    description,
    datasource: DS,
    gridPos: { h: 8, w: width, x: ((id - 1) % 2) * width, y: Math.floor((id - 1) / 2) * 8 },
    fieldConfig: { defaults: { unit }, overrides: [] },
    options: {
      legend: { displayMode: 'table', placement: 'bottom', calcs: ['lastNotNull', 'max'] },
    },
    targets: targets.map((t, i) => ({ ...t, refId: String.fromCharCode(65 + i), datasource: DS })),
  };
}

const quantile = (q: number, metric: string, by: string) =>
  `histogram_quantile(${q}, sum by (${by}, le) (rate(${metric}_bucket{${SEL}}[$__rate_interval])))`;

/** The overview dashboard: the same for every overlay (the namespace is a variable). */
export function dashboard(): Record<string, unknown> {
  const panels = [
    panel(
      1,
      'HTTP requests per second',
      'reqps',
      [
        {
          expr: `sum by (service) (rate(ekst_http_requests_total{${SEL}}[$__rate_interval]))`,
          legendFormat: '{{service}}',
        },
      ],
      'Every HTTP request answered, health probes and scrapes included.',
    ),
    panel(
      2,
      'Errors: HTTP 5xx and GraphQL errors per second',
      'reqps',
      [
        {
          expr: `sum by (service) (rate(ekst_http_requests_total{${SEL}, status=~"5.."}[$__rate_interval]))`,
          legendFormat: '{{service}} 5xx',
        },
        {
          expr: `sum by (service, code) (rate(ekst_graphql_errors_total{${SEL}}[$__rate_interval]))`,
          legendFormat: '{{service}} {{code}}',
        },
      ],
      'Alerts: EkstHttpErrorRate, EkstGraphQLErrorRate.',
    ),
    panel(
      3,
      'GraphQL operations per second',
      'ops',
      [
        {
          expr: `sum by (service, operation, outcome) (rate(ekst_graphql_operations_total{${SEL}}[$__rate_interval]))`,
          legendFormat: '{{service}} {{operation}} {{outcome}}',
        },
      ],
      'Per operation name (at most 200 distinct per process, then "other").',
    ),
    panel(
      4,
      'GraphQL latency per operation (p50, p95, p99)',
      's',
      [
        {
          expr: quantile(0.5, 'ekst_graphql_operation_duration_seconds', 'service, operation'),
          legendFormat: 'p50 {{service}} {{operation}}',
        },
        {
          expr: quantile(0.95, 'ekst_graphql_operation_duration_seconds', 'service, operation'),
          legendFormat: 'p95 {{service}} {{operation}}',
        },
        {
          expr: quantile(0.99, 'ekst_graphql_operation_duration_seconds', 'service, operation'),
          legendFormat: 'p99 {{service}} {{operation}}',
        },
      ],
      'From receiving an operation to sending its response.',
    ),
    panel(
      5,
      'HTTP latency per route (p95)',
      's',
      [
        {
          expr: quantile(0.95, 'ekst_http_request_duration_seconds', 'service, route'),
          legendFormat: '{{service}} {{route}}',
        },
      ],
      'Routes, never raw paths.',
    ),
    panel(
      6,
      'Outbox: unsent rows and oldest unsent age',
      'short',
      [
        {
          expr: `max by (service) (ekst_outbox_unsent_rows{${SEL}})`,
          legendFormat: '{{service}} unsent rows',
        },
        {
          expr: `max by (service) (ekst_outbox_oldest_unsent_age_seconds{${SEL}})`,
          legendFormat: '{{service}} oldest (s)',
        },
      ],
      'Alerts: EkstOutboxStuck, EkstOutboxBacklog.',
    ),
    panel(
      7,
      'Consumer lag per partition',
      'short',
      [
        {
          expr: `max by (service, topic, partition) (ekst_consumer_lag{${SEL}})`,
          legendFormat: '{{service}} {{topic}}/{{partition}}',
        },
      ],
      'Events not yet applied, from Kafka offsets. Alerts: EkstConsumerLagHigh, EkstConsumerLagRising.',
    ),
    panel(
      8,
      'Dead letters pending',
      'short',
      [
        {
          expr: `max by (service) (ekst_dead_letters_pending{${SEL}})`,
          legendFormat: '{{service}}',
        },
      ],
      'Not yet redriven (npm run dlq). Alert: EkstDeadLettersIncreased.',
    ),
    panel(
      9,
      'Database pool',
      'short',
      [
        {
          expr: `sum by (service, state) (ekst_db_pool_connections{${SEL}})`,
          legendFormat: '{{service}} {{state}}',
        },
      ],
      `Per service, summed over pods; each pod may open ${DB_POOL_MAX}.`,
    ),
    panel(
      10,
      'Job queue depth',
      'short',
      [
        {
          expr: `max by (service, queue, state) (ekst_job_queue_depth{${SEL}})`,
          legendFormat: '{{service}} {{queue}} {{state}}',
        },
      ],
      "communications' e-mail deliveries (pg-boss). Alert: EkstJobQueueBacklog.",
    ),
    panel(
      11,
      'Ready and scraped pods',
      'short',
      [
        { expr: `sum by (service) (ekst_ready{${SEL}})`, legendFormat: '{{service}} ready' },
        {
          expr: `sum by (app) (up{namespace="$namespace", app=~"$service"})`,
          legendFormat: '{{app}} scraped',
        },
      ],
      'Alerts: EkstNotReady, EkstTargetDown, EkstAppAbsent.',
    ),
    panel(
      12,
      'Resident memory',
      'bytes',
      [
        {
          expr: `sum by (service) (process_resident_memory_bytes{${SEL}})`,
          legendFormat: '{{service}}',
        },
      ],
      'Node.js process memory, summed over pods.',
    ),
  ];
  return {
    uid: 'ekst-overview',
    title: 'EKST overview',
    tags: ['ekst'],
    timezone: 'browser',
    schemaVersion: 39,
    version: 1,
    editable: false,
    refresh: '30s',
    time: { from: 'now-6h', to: 'now' },
    templating: {
      list: [
        { name: 'datasource', type: 'datasource', query: 'prometheus', label: 'Data source' },
        {
          name: 'namespace',
          type: 'query',
          datasource: DS,
          query: 'label_values(ekst_http_requests_total, namespace)',
          refresh: 2,
        },
        {
          name: 'service',
          type: 'query',
          datasource: DS,
          query: 'label_values(ekst_http_requests_total{namespace="$namespace"}, service)',
          refresh: 2,
          multi: true,
          includeAll: true,
          allValue: '.+',
        },
      ],
    },
    panels,
  };
}

/** The dashboard as the file Grafana imports (deploy/grafana/ekst-overview.json). */
export function dashboardJson(): string {
  return `${JSON.stringify(dashboard(), null, 2)}\n`;
}

function dashboardConfigMap(o: OverlaySettings): Manifest {
  return {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: {
      ...meta(o, DASHBOARD_CONFIGMAP, {
        'app.kubernetes.io/part-of': 'ekst',
        'app.kubernetes.io/component': 'monitoring',
        // what Grafana's dashboard sidecar (k8s-sidecar) looks for
        grafana_dashboard: '1',
      }),
      annotations: { grafana_folder: 'EKST' },
    },
    data: { [DASHBOARD_FILE]: dashboardJson() },
  };
}

export function monitoringManifests(
  o: OverlaySettings,
  subgraphs: readonly ServiceTopology[],
): Manifest[] {
  return [
    ...scrapedApps(subgraphs).map((a) => podMonitor(o, a.app)),
    prometheusRule(o, subgraphs),
    dashboardConfigMap(o),
  ];
}
