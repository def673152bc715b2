import type { startSdk } from './tracing-sdk';

export interface Tracing {
  /** exports the spans still in the batch (at a graceful stop) */
  flush(): Promise<void>;
  /** flushes spans still in the batch and stops exporting */
  shutdown(): Promise<void>;
}

const OFF: Tracing = { flush: () => Promise.resolve(), shutdown: () => Promise.resolve() };

let started: Tracing | null = null;

/** This process's tracing (a no-op one when it was never started). */
export function activeTracing(): Tracing {
  return started ?? OFF;
}

/**
 * Where traces go: `OTEL_EXPORTER_OTLP_TRACES_ENDPOINT` (the full URL) or
 * `OTEL_EXPORTER_OTLP_ENDPOINT` (the collector's base URL; `/v1/traces` is appended). Neither set,
 * or `OTEL_SDK_DISABLED=true`: tracing is off and costs nothing (the API stays a no-op).
 */
export function tracingEndpoint(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.OTEL_SDK_DISABLED === 'true') return null;
  const traces = env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT?.trim();
  if (traces) return traces;
  const base = env.OTEL_EXPORTER_OTLP_ENDPOINT?.trim();
  if (base) return `${base.replace(/\/+$/, '')}/v1/traces`;
  return null;
}

/**
 * Starts OpenTelemetry tracing for one process when an OTLP endpoint is configured: spans for
 * incoming and outgoing HTTP (W3C `traceparent` read and written), GraphQL parse/validate/execute
 * in subgraphs (the gateway's own spans come from @apollo/gateway), exported over OTLP/HTTP
 * (JSON) in batches. Must run before `http`, `express` and `graphql` are first required by the
 * app: each app's `main.ts` imports its `telemetry.ts` first. The SDK is loaded only when tracing
 * is on, so a process without an endpoint pays nothing for it, not even the module loading.
 */
export function startTracing(service: string, env: NodeJS.ProcessEnv = process.env): Tracing {
  if (started) return started;
  const url = tracingEndpoint(env);
  if (!url) return OFF;
  // Synchronous on purpose: instrumentation must be in place before the app's imports run.
  const sdk = require('./tracing-sdk') as { startSdk: typeof startSdk };
  started = sdk.startSdk(service, url, env);
  return started;
}
