import {
  context,
  isSpanContextValid,
  propagation,
  ROOT_CONTEXT,
  SpanKind,
  SpanStatusCode,
  trace,
} from '@opentelemetry/api';
import type { Attributes } from '@opentelemetry/api';

const tracer = () => trace.getTracer('@ekst/messaging');

/**
 * The active trace context as W3C headers (`traceparent`, `tracestate`), for the outbox row:
 * null when tracing is off or nothing is being traced, so nothing is stored.
 */
export function currentTraceHeaders(): Record<string, string> | null {
  const carrier: Record<string, string> = {};
  propagation.inject(context.active(), carrier);
  return carrier.traceparent ? carrier : null;
}

type HeaderValue = Buffer | string | Array<Buffer | string> | undefined;

function headerText(value: HeaderValue): string | undefined {
  if (value === undefined) return undefined;
  const first = Array.isArray(value) ? value[0] : value;
  return first === undefined ? undefined : first.toString();
}

export interface RemoteChildSpan {
  /** the new span's own W3C headers (what the relay puts on the Kafka message) */
  headers: Record<string, string>;
  /** runs `fn` with the span active (database queries and outbox appends join the trace) */
  run<T>(fn: () => Promise<T>): Promise<T>;
  /** ends the span; an error marks it failed (by the error's type only: messages may hold data) */
  end(err?: unknown): void;
}

/**
 * Starts a span of `kind` whose parent is the trace context in `headers` (an outbox row's, a
 * Kafka message's), so one trace id follows an event from the request that wrote it to the
 * handler that applies it; the span is also linked to that remote parent (the messaging
 * convention). Without tracing, or without a parent in `headers`, this costs next to nothing.
 */
export function startRemoteChildSpan(
  headers: Record<string, HeaderValue> | null | undefined,
  name: string,
  kind: 'producer' | 'consumer',
  attributes: Attributes,
): RemoteChildSpan {
  const carrier: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers ?? {})) {
    const text = headerText(v);
    if (text !== undefined) carrier[k.toLowerCase()] = text;
  }
  const parent = propagation.extract(ROOT_CONTEXT, carrier);
  const remote = trace.getSpanContext(parent);
  const span = tracer().startSpan(
    name,
    {
      kind: kind === 'producer' ? SpanKind.PRODUCER : SpanKind.CONSUMER,
      attributes,
      links: remote ? [{ context: remote }] : [],
    },
    parent,
  );
  const active = trace.setSpan(parent, span);
  const out: Record<string, string> = {};
  propagation.inject(active, out);
  return {
    headers: out,
    run: (fn) => context.with(active, fn),
    end(err?: unknown) {
      if (err !== undefined)
        span.setStatus({
          code: SpanStatusCode.ERROR,
          message: err instanceof Error ? err.name : 'error',
        });
      span.end();
    },
  };
}

/**
 * The active span's ids for a log line (pino's `mixin`): `trace_id` and `span_id` join a log line
 * to its trace in the tracing backend. Empty when tracing is off or nothing is being traced. Ids
 * only: nothing about the request or its caller.
 */
export function logTraceFields(): { trace_id?: string; span_id?: string } {
  const span = trace.getActiveSpan();
  if (!span) return {};
  const ctx = span.spanContext();
  if (!isSpanContextValid(ctx)) return {};
  return { trace_id: ctx.traceId, span_id: ctx.spanId };
}
