/** Small builders shared by the manifests: labels, env entries, the hardened container. */
import type { OverlaySettings, Resources } from './overlays';

export type Manifest = { apiVersion: string; kind: string; metadata: Metadata } & Record<
  string,
  unknown
>;

export interface Metadata {
  name: string;
  namespace?: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
}

export type EnvVar =
  | { name: string; value: string }
  | {
      name: string;
      valueFrom: { secretKeyRef: { name: string; key: string; optional?: boolean } };
    };

export const PART_OF = 'ekst';

export function labels(app: string, component: string): Record<string, string> {
  return {
    'app.kubernetes.io/name': app,
    'app.kubernetes.io/component': component,
    'app.kubernetes.io/part-of': PART_OF,
  };
}

/** What a Service, a PDB or a network policy selects an app's pods by. */
export function selector(app: string): Record<string, string> {
  return { 'app.kubernetes.io/name': app, 'app.kubernetes.io/part-of': PART_OF };
}

export function meta(o: OverlaySettings, name: string, l: Record<string, string>): Metadata {
  return { name, namespace: o.namespace, labels: l };
}

export const env = (name: string, value: string | number): EnvVar => ({
  name,
  value: String(value),
});

/** A secret is referenced by name and key, never written into a manifest. */
export const secretEnv = (name: string, secret: string, key: string, optional = false): EnvVar => ({
  name,
  valueFrom: { secretKeyRef: { name: secret, key, ...(optional ? { optional: true } : {}) } },
});

export function resources(r: Resources): Record<string, unknown> {
  // No CPU limit unless the overlay sets one: throttling hurts latency more than it protects.
  return {
    requests: { cpu: r.cpu, memory: r.memory },
    limits: { memory: r.memoryLimit, ...(r.cpuLimit ? { cpu: r.cpuLimit } : {}) },
  };
}

/** The image runs as the unprivileged `node` user (uid 1000) of node:*-slim (docker/apps/<app>/Dockerfile). */
export const POD_SECURITY = {
  runAsNonRoot: true,
  runAsUser: 1000,
  runAsGroup: 1000,
  seccompProfile: { type: 'RuntimeDefault' },
};

export const CONTAINER_SECURITY = {
  allowPrivilegeEscalation: false,
  readOnlyRootFilesystem: true,
  runAsNonRoot: true,
  capabilities: { drop: ['ALL'] },
};

/** The one writable place (Node and some libraries write temporary files). */
export const TMP_VOLUME = { name: 'tmp', emptyDir: { sizeLimit: '64Mi' } };
export const TMP_MOUNT = { name: 'tmp', mountPath: '/tmp' };

export function image(o: OverlaySettings, app: string): string {
  return `${o.registry}/${app}:${o.imageTag}`;
}

/** A name part from the release tag (Kubernetes names: lower case, digits, '-', at most 63). */
export function releaseSlug(o: OverlaySettings): string {
  return o.imageTag.toLowerCase().replace(/[^a-z0-9-]+/g, '-');
}

export function httpProbe(
  path: string,
  port: string,
  timing: { period: number; failures: number; initialDelay?: number },
): Record<string, unknown> {
  return {
    httpGet: { path, port },
    periodSeconds: timing.period,
    timeoutSeconds: 3,
    failureThreshold: timing.failures,
    ...(timing.initialDelay ? { initialDelaySeconds: timing.initialDelay } : {}),
  };
}
