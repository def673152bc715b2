/**
 * Network policies: nothing gets in unless allowed below (a default deny for the namespace).
 *  - the ingress controller reaches the portal and the gateway, the portal reaches the gateway;
 *  - only the gateway reaches a subgraph, plus the internal calls ARCHITECTURE names
 *    (communications -> people's `/internal/person-contact`);
 *  - only a service's own pods (and its migration Job) reach its database; CloudNativePG's
 *    operator and the cluster's own instances reach it too (status, replication);
 *  - Prometheus (its pods in the monitoring namespace) reaches each app that serves `/metrics`,
 *    on that app's HTTP port; a policy cannot narrow it to a path, which is why `/metrics` asks for
 *    the METRICS_TOKEN bearer and every other subgraph path for the gateway's internal token;
 *  - Kafka's listener policy is written by Strimzi from `networkPolicyPeers` (deploy/src/kafka.ts).
 */
import { meta, selector } from './k8s';
import type { Manifest } from './k8s';
import { scrapedApps } from './monitoring';
import type { OverlaySettings } from './overlays';
import { clusterName } from './postgres';
import type { DatabaseOwner } from './postgres';
import { GATEWAY_PORT, INTERNAL_CALLERS, PORTAL_PORT } from './topology';
import type { ServiceTopology } from './topology';

const CNPG_OPERATOR_NAMESPACE = 'cnpg-system';

const fromApp = (app: string) => ({ podSelector: { matchLabels: selector(app) } });
const fromNamespace = (ns: string) => ({
  namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': ns } },
});

function policy(
  o: OverlaySettings,
  name: string,
  podSelector: Record<string, unknown>,
  ingress: Record<string, unknown>[],
): Manifest {
  return {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'NetworkPolicy',
    metadata: meta(o, name, { 'app.kubernetes.io/part-of': 'ekst' }),
    spec: { podSelector, policyTypes: ['Ingress'], ingress },
  };
}

export function networkPolicies(
  o: OverlaySettings,
  subgraphs: readonly ServiceTopology[],
  dbs: readonly DatabaseOwner[],
): Manifest[] {
  const tcp = (port: number) => [{ protocol: 'TCP', port }];
  const out: Manifest[] = [
    policy(o, 'default-deny-ingress', {}, []),
    policy(o, 'portal-from-ingress', { matchLabels: selector('portal') }, [
      { from: [fromNamespace(o.ingressNamespace)], ports: tcp(PORTAL_PORT) },
    ]),
    policy(o, 'gateway-from-ingress-and-portal', { matchLabels: selector('gateway') }, [
      { from: [fromNamespace(o.ingressNamespace), fromApp('portal')], ports: tcp(GATEWAY_PORT) },
    ]),
  ];
  for (const s of subgraphs) {
    const callers = ['gateway', ...(INTERNAL_CALLERS[s.name] ?? [])];
    out.push(
      policy(o, `${s.name}-from-gateway`, { matchLabels: selector(s.name) }, [
        { from: callers.map(fromApp), ports: tcp(s.port) },
      ]),
    );
  }
  for (const { app, port } of scrapedApps(subgraphs)) {
    out.push(
      policy(o, `${app}-metrics-from-prometheus`, { matchLabels: selector(app) }, [
        {
          // one peer: Prometheus's pods AND in the monitoring namespace (not either)
          from: [
            {
              ...fromNamespace(o.monitoring.namespace),
              podSelector: { matchLabels: { ...o.monitoring.prometheusPodLabels } },
            },
          ],
          ports: tcp(port),
        },
      ]),
    );
  }
  for (const db of dbs) {
    const instances = { 'cnpg.io/cluster': clusterName(db.app) };
    out.push(
      policy(o, `${clusterName(db.app)}-from-${db.app}`, { matchLabels: instances }, [
        {
          // the app's pods and its migration Job carry this label (deploy/src/apps.ts)
          from: [{ podSelector: { matchLabels: { 'ekst.example/db-client': db.app } } }],
          ports: tcp(5432),
        },
        // the cluster's own instances: streaming replication and the instance manager
        {
          from: [{ podSelector: { matchLabels: instances } }],
          ports: [...tcp(5432), ...tcp(8000)],
        },
        // the operator asks each instance for its status
        { from: [fromNamespace(CNPG_OPERATOR_NAMESPACE)], ports: tcp(8000) },
      ]),
    );
  }
  return out;
}
