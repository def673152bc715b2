/**
 * The rendered Kubernetes manifests (deploy/rendered/<overlay>/*.yaml):
 *  - are fresh: rendering deploy/src/ again gives exactly the committed files;
 *  - are valid: every object passes the Kubernetes OpenAPI schema or the Strimzi / CloudNativePG
 *    CRD schema of its kind (deploy/validate.mjs, spawned with node: the schema packages are
 *    ESM-only), and the validator fails on a deliberately broken copy;
 *  - hold the rules the platform promises: non-root, read-only root filesystem, probes on the
 *    paths the apps serve, secrets only by reference, only the gateway (and named internal
 *    callers) reaching a subgraph, only a service reaching its own database, Kafka ACLs limited
 *    to a service's own topics and group.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { deadLetterTopicFor, topicFor } from '@ekst/contracts';
import { SUBGRAPHS } from '@ekst/platform';
import { parseAllDocuments } from 'yaml';
import { RENDERED_DIR, renderAll, renderOverlay, staleFiles, toYaml } from './render';
import type { Manifest } from './src/k8s';
import { OVERLAYS, PROD } from './src/overlays';

const ROOT = path.resolve(__dirname, '..');

interface Report {
  validated: number;
  objects: { file: string; kind: string; name: string }[];
  errors: { file: string; kind: string; name: string; message: string }[];
}

function validate(files: string[]): { status: number | null; report: Report } {
  const run = spawnSync(process.execPath, [path.join(__dirname, 'validate.mjs'), ...files], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (!run.stdout) throw new Error(`validate.mjs printed nothing: ${run.stderr}`);
  return { status: run.status, report: JSON.parse(run.stdout) as Report };
}

const renderedFiles = () => [...renderAll().keys()].map((f) => path.join(RENDERED_DIR, f));

type Obj = Manifest & { spec: Record<string, any> }; // eslint-disable-line @typescript-eslint/no-explicit-any

function objectsOf(kind: string, overlay = PROD): Obj[] {
  return Object.values(renderOverlay(overlay))
    .flat()
    .filter((m) => m.kind === kind) as Obj[];
}

describe('deploy/rendered', () => {
  it('is what deploy/render.ts renders now (re-render after changing deploy/src or the service list)', () => {
    expect(staleFiles()).toEqual([]);
  });

  it('validates every rendered object against its Kubernetes, Strimzi or CloudNativePG schema', () => {
    const files = renderedFiles();
    const { status, report } = validate(files);
    expect(report.errors).toEqual([]);
    expect(status).toBe(0);
    const rendered = files.flatMap((f) =>
      parseAllDocuments(readFileSync(f, 'utf8')).filter((d) => d.toJS() !== null),
    );
    expect(report.validated).toBe(rendered.length);
    const kinds = new Set(report.objects.map((o) => o.kind.split('/').pop()));
    for (const kind of [
      'Namespace',
      'Deployment',
      'Service',
      'HorizontalPodAutoscaler',
      'PodDisruptionBudget',
      'NetworkPolicy',
      'Job',
      'Kafka',
      'KafkaNodePool',
      'KafkaTopic',
      'KafkaUser',
      'Cluster',
      'ScheduledBackup',
      'PodMonitor',
      'PrometheusRule',
      'ConfigMap',
    ]) {
      expect(kinds).toContain(kind);
    }
  });

  it('fails on a deliberately broken manifest, naming the object and the field', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ekst-deploy-'));
    try {
      const apps = renderOverlay(PROD)['50-apps.yaml'].map((m) => structuredClone(m)) as Obj[];
      const events = apps.find((m) => m.kind === 'Deployment' && m.metadata.name === 'events');
      (events as Obj).spec.replicas = 'two';
      const kafka = renderOverlay(PROD)['20-kafka.yaml'].map((m) => structuredClone(m)) as Obj[];
      const topic = kafka.find((m) => m.kind === 'KafkaTopic') as Obj;
      topic.spec.partitions = -1;
      const pg = renderOverlay(PROD)['10-postgres.yaml'].map((m) => structuredClone(m)) as Obj[];
      const cluster = pg.find((m) => m.kind === 'Cluster') as Obj;
      cluster.spec.instances = 0;
      const mon = renderOverlay(PROD)['60-monitoring.yaml'].map((m) => structuredClone(m)) as Obj[];
      const rules = mon.find((m) => m.kind === 'PrometheusRule') as Obj;
      rules.spec.groups[0].rules[0].for = 'five minutes';
      const podMonitor = mon.find((m) => m.kind === 'PodMonitor') as Obj;
      delete podMonitor.spec.podMetricsEndpoints[0].authorization.credentials.key;
      const unknown = { apiVersion: 'example.com/v1', kind: 'Widget', metadata: { name: 'w' } };
      const broken = path.join(dir, 'broken.yaml');
      writeFileSync(broken, toYaml([...apps, ...kafka, ...pg, ...mon, unknown as Manifest]));

      const { status, report } = validate([broken]);
      expect(status).toBe(1);
      const failures = report.errors.map(
        (e) => `${e.kind.split('/').pop()} ${e.name}: ${e.message}`,
      );
      expect(failures).toEqual([
        expect.stringMatching(/^Deployment events: \/spec\/replicas must be integer/),
        expect.stringMatching(
          new RegExp(`^KafkaTopic ${topic.metadata.name}: /spec/partitions must be >= 1`),
        ),
        expect.stringMatching(
          new RegExp(`^Cluster ${cluster.metadata.name}: /spec/instances must be >= 1`),
        ),
        expect.stringMatching(
          new RegExp(
            `^PodMonitor ${podMonitor.metadata.name}: /spec/podMetricsEndpoints/0/authorization/credentials must have required property key`,
          ),
        ),
        expect.stringMatching(
          /^PrometheusRule ekst-alerts: \/spec\/groups\/0\/rules\/0\/for must match pattern/,
        ),
        'Widget w: no schema for this kind',
      ]);
      // everything else in the file still validated
      expect(report.validated).toBe(apps.length + kafka.length + pg.length + mon.length - 5);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe.each(OVERLAYS.map((o) => [o.name, o] as const))('the %s overlay', (_name, overlay) => {
  const all = () => Object.values(renderOverlay(overlay)).flat() as Obj[];
  const pods = () =>
    all()
      .filter((m) => m.kind === 'Deployment' || m.kind === 'Job')
      .map((m) => ({ name: `${m.kind} ${m.metadata.name}`, pod: m.spec.template.spec }));

  it('has, for every service of the platform list, its Deployment, Service, HPA, PDB, migration Job, database, backup, topics and Kafka user', () => {
    const names = (kind: string) => objectsOf(kind, overlay).map((m) => m.metadata.name);
    for (const s of SUBGRAPHS) {
      expect(names('Deployment')).toContain(s.name);
      expect(names('Service')).toContain(s.name);
      expect(names('HorizontalPodAutoscaler')).toContain(s.name);
      expect(names('PodDisruptionBudget')).toContain(s.name);
      expect(names('Job').filter((n) => n.startsWith(`${s.name}-migrate-`))).toHaveLength(1);
      expect(names('Cluster')).toContain(`pg-${s.name}`);
      expect(objectsOf('ScheduledBackup', overlay).map((b) => b.spec.cluster.name)).toContain(
        `pg-${s.name}`,
      );
      const topics = objectsOf('KafkaTopic', overlay).map((t) => t.spec.topicName);
      expect(topics).toEqual(
        expect.arrayContaining([topicFor(s.name), deadLetterTopicFor(s.name)]),
      );
      expect(names('KafkaUser')).toContain(`kafka-${s.name}`);
    }
    for (const app of ['gateway', 'portal']) expect(names('Deployment')).toContain(app);
    // every Cluster backs up continuously and on a schedule
    for (const c of objectsOf('Cluster', overlay)) {
      expect(c.spec.backup.barmanObjectStore.destinationPath).toContain(c.metadata.name);
    }
  });

  it('runs every pod non-root with a read-only root filesystem, no capabilities and resources', () => {
    for (const { name, pod } of pods()) {
      expect([name, pod.securityContext.runAsNonRoot]).toEqual([name, true]);
      expect([name, pod.automountServiceAccountToken]).toEqual([name, false]);
      for (const c of pod.containers) {
        expect([name, c.securityContext]).toEqual([
          name,
          expect.objectContaining({
            readOnlyRootFilesystem: true,
            allowPrivilegeEscalation: false,
            capabilities: { drop: ['ALL'] },
          }),
        ]);
        expect(c.resources.requests).toEqual({
          cpu: expect.any(String),
          memory: expect.any(String),
        });
        expect(c.resources.limits.memory).toEqual(expect.any(String));
      }
    }
  });

  it('probes the health paths the apps really serve', () => {
    const subgraphHttp = readFileSync(
      path.join(ROOT, 'libs/subgraph-kit/src/subgraph-http.ts'),
      'utf8',
    );
    const gateway = readFileSync(path.join(ROOT, 'apps/gateway/src/gateway.ts'), 'utf8');
    const portal = readFileSync(path.join(ROOT, 'apps/portal/server/portal-server.ts'), 'utf8');
    const served = (source: string, p: string) => source.includes(`app.get('${p}'`);
    for (const d of objectsOf('Deployment', overlay)) {
      const c = d.spec.template.spec.containers[0];
      const source =
        d.metadata.name === 'gateway'
          ? gateway
          : d.metadata.name === 'portal'
            ? portal
            : subgraphHttp;
      for (const probe of ['readinessProbe', 'livenessProbe', 'startupProbe']) {
        const p = c[probe].httpGet.path as string;
        expect([d.metadata.name, probe, p, served(source, p)]).toEqual([
          d.metadata.name,
          probe,
          p,
          true,
        ]);
      }
      expect(c.readinessProbe.httpGet.path).toMatch(/^\/health/);
    }
  });

  it('references every secret by name and key, never inlines one', () => {
    const secretLike =
      /SECRET|PASSWORD|PEPPER|SIGNING_KEY|VERIFY_ONLY_KEYS|DATABASE_URL|SMTP_URL|OIDC|TOKEN/;
    for (const { name, pod } of pods()) {
      for (const c of pod.containers) {
        for (const e of c.env as { name: string; value?: string; valueFrom?: unknown }[]) {
          if (secretLike.test(e.name)) {
            expect([name, e.name, e.value, e.valueFrom]).toEqual([
              name,
              e.name,
              undefined,
              {
                secretKeyRef: expect.objectContaining({
                  name: expect.any(String),
                  key: expect.any(String),
                }),
              },
            ]);
          }
        }
      }
    }
    expect(all().map((m) => m.kind)).not.toContain('Secret');
  });

  it('lets only the gateway reach a subgraph, plus communications to people', () => {
    const policies = objectsOf('NetworkPolicy', overlay);
    expect(policies.find((p) => p.metadata.name === 'default-deny-ingress')?.spec).toEqual({
      podSelector: {},
      policyTypes: ['Ingress'],
      ingress: [],
    });
    type Peer = {
      podSelector: { matchLabels: Record<string, string> };
      namespaceSelector?: { matchLabels: Record<string, string> };
    };
    for (const s of SUBGRAPHS) {
      const forIt = policies.filter(
        (p) => p.spec.podSelector.matchLabels?.['app.kubernetes.io/name'] === s.name,
      );
      const peers = forIt.flatMap((p) =>
        p.spec.ingress.flatMap((r: { from: Peer[]; ports: { port: number }[] }) =>
          r.from.map((f) => ({ ...f, ports: r.ports.map((x) => x.port) })),
        ),
      );
      // from this namespace: the gateway (and communications for people) only
      const inNamespace = peers.filter((f) => !f.namespaceSelector);
      expect(
        inNamespace.map((f) => f.podSelector.matchLabels['app.kubernetes.io/name']).sort(),
      ).toEqual(s.name === 'people' ? ['communications', 'gateway'] : ['gateway']);
      // from outside it: Prometheus's pods in the monitoring namespace, on the metrics port, only
      expect(peers.filter((f) => f.namespaceSelector)).toEqual([
        {
          namespaceSelector: {
            matchLabels: { 'kubernetes.io/metadata.name': overlay.monitoring.namespace },
          },
          podSelector: { matchLabels: overlay.monitoring.prometheusPodLabels },
          ports: [s.port],
        },
      ]);
    }
  });

  it("lets only a service's own pods reach its database", () => {
    const policies = objectsOf('NetworkPolicy', overlay);
    const deployments = objectsOf('Deployment', overlay);
    for (const c of objectsOf('Cluster', overlay)) {
      const app = c.metadata.labels?.['ekst.example/database-of'] as string;
      const policy = policies.find(
        (p) => p.spec.podSelector.matchLabels?.['cnpg.io/cluster'] === c.metadata.name,
      ) as Obj;
      const clientRule = policy.spec.ingress[0];
      expect(clientRule.from).toEqual([
        { podSelector: { matchLabels: { 'ekst.example/db-client': app } } },
      ]);
      // exactly one Deployment carries that label: the service itself
      const clients = deployments.filter(
        (d) => d.spec.template.metadata.labels['ekst.example/db-client'] === app,
      );
      expect(clients.map((d) => d.metadata.name)).toEqual([app]);
      // and it gets its database URL from its own cluster's secret
      const url = clients[0].spec.template.spec.containers[0].env.find(
        (e: { name: string }) => e.name === 'DATABASE_URL' || e.name === 'RATE_LIMIT_DATABASE_URL',
      );
      expect(url.valueFrom.secretKeyRef.name).toBe(`${c.metadata.name}-app`);
    }
  });

  it("limits each service's Kafka user to its own topic, its DLQ, the topics it consumes and its own group", () => {
    const modules = Object.fromEntries(
      SUBGRAPHS.map((s) => {
        const text = readFileSync(path.join(ROOT, s.module.file), 'utf8');
        const list = /subscribesTo:\s*\[([^\]]*)\]/.exec(text)?.[1] ?? '';
        return [s.name, [...list.matchAll(/'([a-z-]+)'/g)].map((m) => m[1])];
      }),
    );
    for (const s of SUBGRAPHS) {
      const user = objectsOf('KafkaUser', overlay).find(
        (u) => u.metadata.name === `kafka-${s.name}`,
      ) as Obj;
      const acls = user.spec.authorization.acls as {
        resource: { type: string; name?: string; patternType?: string };
        operations: string[];
      }[];
      const byTopic = Object.fromEntries(
        acls
          .filter((a) => a.resource.type === 'topic')
          .map((a) => [a.resource.name, a.operations.sort()]),
      );
      expect(byTopic).toEqual({
        [topicFor(s.name as never)]: ['Describe', 'Write'],
        [deadLetterTopicFor(s.name)]: ['Describe', 'Write'],
        ...Object.fromEntries(
          modules[s.name].map((c) => [topicFor(c as never), ['Describe', 'Read']]),
        ),
      });
      expect(acls.filter((a) => a.resource.type === 'group')).toEqual([
        {
          type: 'allow',
          resource: { type: 'group', name: s.name, patternType: 'literal' },
          operations: ['Read'],
        },
      ]);
      // no wildcard or prefix anywhere
      expect(
        acls.every((a) => a.resource.patternType !== 'prefix' && a.resource.name !== '*'),
      ).toBe(true);
    }
  });
});
