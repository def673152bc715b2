/**
 * The monitoring objects (deploy/src/monitoring.ts): every metric an alert or a dashboard panel
 * reads is one the apps export, Prometheus can scrape every app that serves `/metrics` with the
 * token that app checks and through the network policies, and the dashboard file is the one the
 * overlays ship.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { MessagingRuntime } from '@ekst/messaging';
import { SUBGRAPHS } from '@ekst/platform';
import { createLogger, createSubgraphMetrics } from '@ekst/subgraph-kit';
import { ServiceMetrics } from '@ekst/telemetry';
import type { DataSource } from 'typeorm';
import { GRAFANA_DIR, renderOverlay } from './render';
import type { Manifest } from './src/k8s';
import { DASHBOARD_FILE, alertGroups, dashboard, scrapedApps } from './src/monitoring';
import { OVERLAYS, PROD } from './src/overlays';
import { metricNamesIn, unknownMetrics } from './src/promql';
import { readTopology } from './src/topology';

const ROOT = path.resolve(__dirname, '..');

type Obj = Manifest & { spec: Record<string, any>; data?: Record<string, string> }; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Series Prometheus writes itself for every target, whatever the target exports. */
const SCRAPE_SERIES = ['up'];

/**
 * Every series name the apps export: the gateway's and a subgraph's registries as the code builds
 * them (libs/telemetry's ServiceMetrics, libs/subgraph-kit's createSubgraphMetrics, with a
 * readiness check and a job queue as communications has), histograms with their _bucket, _sum
 * and _count series.
 */
async function exportedMetricNames(): Promise<Set<string>> {
  const failing = () => Promise.reject(new Error('not collected in this test'));
  const subgraph = createSubgraphMetrics('communications', {
    dataSource: { query: failing, driver: {} } as unknown as DataSource,
    messaging: {
      groupId: 'g',
      consumer: null,
      consumerLag: failing,
    } as unknown as MessagingRuntime,
    log: createLogger('communications', 'silent'),
    isReady: () => Promise.resolve(true),
    jobQueues: [{ name: 'q', depth: failing }],
  });
  const gateway = new ServiceMetrics('gateway', { isReady: () => true });
  const names = new Set(SCRAPE_SERIES);
  for (const registry of [subgraph.registry, gateway.registry]) {
    for (const m of await registry.getMetricsAsJSON()) {
      const type = String(m.type);
      const suffixes =
        type === 'histogram'
          ? ['_bucket', '_sum', '_count']
          : type === 'summary'
            ? ['', '_sum', '_count']
            : [''];
      for (const suffix of suffixes) names.add(`${m.name}${suffix}`);
    }
  }
  return names;
}

function alertExpressions(overlay = PROD): string[] {
  return alertGroups(overlay, readTopology(ROOT)).flatMap((g) => g.rules.map((r) => r.expr));
}

interface Panel {
  title: string;
  targets: { expr: string }[];
}

function dashboardQueries(): string[] {
  const d = dashboard() as {
    panels: Panel[];
    templating: { list: { type: string; query: string }[] };
  };
  return [
    ...d.panels.flatMap((p) => p.targets.map((t) => t.expr)),
    ...d.templating.list.filter((v) => v.type === 'query').map((v) => v.query),
  ];
}

function monitoringObjects(overlay = PROD): Obj[] {
  return renderOverlay(overlay)['60-monitoring.yaml'] as Obj[];
}

describe('metric names in alerts and dashboards', () => {
  let known: Set<string>;
  beforeAll(async () => {
    known = await exportedMetricNames();
  });

  it('knows what the apps export (a sanity check of the list itself)', () => {
    for (const name of [
      'ekst_http_requests_total',
      'ekst_graphql_operation_duration_seconds_bucket',
      'ekst_consumer_lag',
      'ekst_job_queue_depth',
      'ekst_ready',
      'process_resident_memory_bytes',
    ]) {
      expect(known).toContain(name);
    }
    expect(known).not.toContain('ekst_graphql_operation_duration_seconds');
  });

  it.each(OVERLAYS.map((o) => [o.name, o] as const))(
    'every alert expression of the %s overlay reads only exported metrics',
    (_name, overlay) => {
      const exprs = alertExpressions(overlay);
      expect(exprs.length).toBeGreaterThan(10);
      expect(unknownMetrics(exprs, known)).toEqual([]);
    },
  );

  it('every dashboard panel and variable reads only exported metrics', () => {
    const queries = dashboardQueries();
    expect(queries.length).toBeGreaterThan(10);
    expect(unknownMetrics(queries, known)).toEqual([]);
  });

  it('fails on a deliberately wrong metric name, and on an expression that does not parse', () => {
    const real = alertExpressions().find((e) => e.includes('ekst_consumer_lag{')) as string;
    const wrong = real.replace(/ekst_consumer_lag\{/g, 'ekst_consumer_lags{');
    expect(unknownMetrics([real], known)).toEqual([]);
    expect(unknownMetrics([wrong], known)).toEqual([{ metric: 'ekst_consumer_lags', expr: wrong }]);
    // a histogram is read through its series, never by its bare name
    expect(
      unknownMetrics(['rate(ekst_http_request_duration_seconds[5m])'], known).map((u) => u.metric),
    ).toEqual(['ekst_http_request_duration_seconds']);
    // in a Grafana variable too
    expect(
      unknownMetrics(
        ['label_values(ekst_http_request_total{namespace="$namespace"}, service)'],
        known,
      ),
    ).toEqual([expect.objectContaining({ metric: 'ekst_http_request_total' })]);
    expect(() => metricNamesIn('sum(rate(ekst_http_requests_total[5m])')).toThrow(
      /not valid PromQL/,
    );
  });

  it('alerts on consumer lag, the outbox, dead letters, errors, readiness, the DB pool and job queues', () => {
    const used = new Set(alertExpressions().flatMap((e) => metricNamesIn(e)));
    for (const name of [
      'ekst_consumer_lag',
      'ekst_consumer_running',
      'ekst_outbox_oldest_unsent_age_seconds',
      'ekst_outbox_unsent_rows',
      'ekst_dead_letters_pending',
      'ekst_http_requests_total',
      'ekst_graphql_operations_total',
      'up',
      'ekst_ready',
      'ekst_db_pool_connections',
      'ekst_job_queue_depth',
    ]) {
      expect(used).toContain(name);
    }
    // any growth of the dead-letter count alerts at once (no `for`)
    const dlq = alertGroups(PROD, readTopology(ROOT))
      .flatMap((g) => g.rules)
      .find((r) => r.alert === 'EkstDeadLettersIncreased');
    expect(dlq?.for).toBeUndefined();
    expect(dlq?.expr).toMatch(/offset/);
  });

  it("limits every alert to its overlay's namespace", () => {
    for (const overlay of OVERLAYS) {
      for (const expr of alertExpressions(overlay)) {
        const selectors = expr.match(/[a-z_]+\{[^}]*\}/g) ?? [];
        expect(selectors.length).toBeGreaterThan(0);
        for (const sel of selectors) {
          expect([expr, sel.includes(`namespace="${overlay.namespace}"`)]).toEqual([expr, true]);
        }
      }
    }
  });

  it('documents every alert in docs/operations.md', () => {
    const guide = readFileSync(path.join(ROOT, 'docs/operations.md'), 'utf8');
    const names = new Set(
      alertGroups(PROD, readTopology(ROOT)).flatMap((g) => g.rules.map((r) => r.alert)),
    );
    for (const name of names) expect([name, guide.includes(`\`${name}\``)]).toEqual([name, true]);
  });

  it('shows request rate, errors, latency percentiles, outbox, consumer lag, DLQ, DB pool and job queues', () => {
    const queries = dashboardQueries().join('\n');
    for (const q of [0.5, 0.95, 0.99]) {
      expect(queries).toContain(`histogram_quantile(${q}, sum by (service, operation, le)`);
    }
    for (const name of [
      'ekst_http_requests_total',
      'ekst_graphql_errors_total',
      'ekst_outbox_oldest_unsent_age_seconds',
      'ekst_consumer_lag',
      'ekst_dead_letters_pending',
      'ekst_db_pool_connections',
      'ekst_job_queue_depth',
    ]) {
      expect(queries).toContain(name);
    }
    expect(queries).toMatch(/by \(service, topic, partition\) \(ekst_consumer_lag/);
  });
});

describe.each(OVERLAYS.map((o) => [o.name, o] as const))(
  'monitoring in the %s overlay',
  (_name, overlay) => {
    const all = () => Object.values(renderOverlay(overlay)).flat() as Obj[];

    it('scrapes every app that serves /metrics, on its http port, with the token that app checks', () => {
      const monitors = monitoringObjects(overlay).filter((m) => m.kind === 'PodMonitor');
      const apps = scrapedApps(readTopology(ROOT)).map((a) => a.app);
      expect(apps.sort()).toEqual([...SUBGRAPHS.map((s) => s.name), 'gateway'].sort());
      expect(monitors.map((m) => m.metadata.name).sort()).toEqual(apps);
      for (const m of monitors) {
        const deployment = all().find(
          (d) => d.kind === 'Deployment' && d.metadata.name === m.metadata.name,
        ) as Obj;
        const pod = deployment.spec.template;
        // the PodMonitor selects exactly this app's pods
        for (const [k, v] of Object.entries(
          m.spec.selector.matchLabels as Record<string, string>,
        )) {
          expect(pod.metadata.labels[k]).toBe(v);
        }
        const [endpoint] = m.spec.podMetricsEndpoints;
        const container = pod.spec.containers[0];
        expect(container.ports.map((p: { name: string }) => p.name)).toContain(endpoint.port);
        expect(endpoint.path).toBe('/metrics');
        const token = container.env.find((e: { name: string }) => e.name === 'METRICS_TOKEN');
        expect(endpoint.authorization).toEqual({
          type: 'Bearer',
          credentials: token.valueFrom.secretKeyRef,
        });
        // Prometheus finds it by the labels its Prometheus resource selects
        expect(m.metadata.labels).toMatchObject(overlay.monitoring.selectorLabels);
      }
    });

    it("lets the monitoring namespace's Prometheus reach each scraped app's metrics port, and nothing else", () => {
      const policies = all().filter((m) => m.kind === 'NetworkPolicy');
      const fromPrometheus = policies.flatMap((p) =>
        p.spec.ingress
          .filter(
            (r: { from: { namespaceSelector?: { matchLabels: Record<string, string> } }[] }) =>
              r.from.some(
                (f) =>
                  f.namespaceSelector?.matchLabels['kubernetes.io/metadata.name'] ===
                  overlay.monitoring.namespace,
              ),
          )
          .map((r: { ports: { port: number }[] }) => ({
            app: p.spec.podSelector.matchLabels['app.kubernetes.io/name'],
            ports: r.ports.map((x) => x.port),
          })),
      );
      const deployments = all().filter((m) => m.kind === 'Deployment');
      const expected = scrapedApps(readTopology(ROOT)).map(({ app }) => {
        const d = deployments.find((x) => x.metadata.name === app) as Obj;
        return { app, ports: [d.spec.template.spec.containers[0].ports[0].containerPort] };
      });
      expect(fromPrometheus).toEqual(expected);
      // the peer is Prometheus's pods AND that namespace, one selector, not either of them
      const peer = policies.find((p) => p.metadata.name === 'gateway-metrics-from-prometheus')?.spec
        .ingress[0].from;
      expect(peer).toEqual([
        {
          namespaceSelector: {
            matchLabels: { 'kubernetes.io/metadata.name': overlay.monitoring.namespace },
          },
          podSelector: { matchLabels: overlay.monitoring.prometheusPodLabels },
        },
      ]);
    });

    it('ships the dashboard in a ConfigMap for the Grafana sidecar, identical to deploy/grafana', () => {
      const cm = monitoringObjects(overlay).find((m) => m.kind === 'ConfigMap') as Obj;
      expect(cm.metadata.labels?.grafana_dashboard).toBe('1');
      const file = readFileSync(path.join(GRAFANA_DIR, DASHBOARD_FILE), 'utf8');
      expect(cm.data?.[DASHBOARD_FILE]).toBe(file);
      expect(JSON.parse(file)).toMatchObject({ uid: 'ekst-overview', panels: expect.any(Array) });
    });

    it('names its PrometheusRule for the Prometheus resource to pick up', () => {
      const rule = monitoringObjects(overlay).find((m) => m.kind === 'PrometheusRule') as Obj;
      expect(rule.metadata.labels).toMatchObject(overlay.monitoring.selectorLabels);
      expect(rule.spec.groups.flatMap((g: { rules: unknown[] }) => g.rules)).toHaveLength(
        alertExpressions(overlay).length,
      );
    });
  },
);
