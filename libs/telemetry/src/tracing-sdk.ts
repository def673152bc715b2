import type { Attributes } from '@opentelemetry/api';
import { registerInstrumentations } from '@opentelemetry/instrumentation';
import { GraphQLInstrumentation } from '@opentelemetry/instrumentation-graphql';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor } from '@opentelemetry/sdk-trace-base';
import type { ReadableSpan, Span, SpanProcessor } from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import type { Context } from '@opentelemetry/api';

import type { Tracing } from './tracing';

/** Paths that are polled all day and say nothing about a request (no spans for them). */
const UNTRACED_PATHS = /^\/(health\/(live|ready)|metrics)(\?|$)/;

/** URL-ish attributes the HTTP instrumentation records; they may hold tokens in paths or queries. */
const URL_ATTRIBUTES = [
  'http.target',
  'http.url',
  'url.full',
  'url.path',
  'url.query',
  'http.route',
];
/** Attributes naming the client's address: personal data we do not need in a trace. */
const CLIENT_ATTRIBUTES = [
  'client.address',
  'client.port',
  'net.peer.ip',
  'net.sock.peer.addr',
  'http.client_ip',
  'network.peer.address',
  'user_agent.original',
  'http.user_agent',
];

/**
 * Strips what a span must not carry: query strings, long opaque path segments (unsubscribe and
 * calendar-feed tokens live in paths), and the client's address and user agent.
 */
export function scrubSpanAttributes(attributes: Attributes): void {
  for (const key of URL_ATTRIBUTES) {
    const value = attributes[key];
    if (typeof value !== 'string') continue;
    if (key === 'url.query') {
      attributes[key] = '[redacted]';
      continue;
    }
    attributes[key] = value
      .replace(/\?.*$/, '')
      .replace(/\/[A-Za-z0-9_\-.]{20,}(?=\/|$)/g, '/[redacted]');
  }
  for (const key of CLIENT_ATTRIBUTES) delete attributes[key];
}

/** Scrubs each span as it ends, before the batch processor hands it to the exporter. */
class ScrubbingSpanProcessor implements SpanProcessor {
  constructor(private readonly next: SpanProcessor) {}
  onStart(span: Span, parentContext: Context): void {
    this.next.onStart(span, parentContext);
  }
  onEnd(span: ReadableSpan): void {
    scrubSpanAttributes(span.attributes as Attributes);
    this.next.onEnd(span);
  }
  forceFlush(): Promise<void> {
    return this.next.forceFlush();
  }
  shutdown(): Promise<void> {
    return this.next.shutdown();
  }
}

/** The SDK itself, loaded only when tracing is on (see `startTracing`). */
export function startSdk(service: string, url: string, env: NodeJS.ProcessEnv): Tracing {
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({
      'service.name': env.OTEL_SERVICE_NAME?.trim() || `ekst-${service}`,
      'service.namespace': 'ekst',
    }),
    spanProcessors: [
      new ScrubbingSpanProcessor(
        new BatchSpanProcessor(new OTLPTraceExporter({ url }), {
          scheduledDelayMillis: Number(env.OTEL_BSP_SCHEDULE_DELAY ?? 2000),
        }),
      ),
    ],
  });
  // The default propagators: W3C trace context and baggage.
  provider.register();
  registerInstrumentations({
    tracerProvider: provider,
    instrumentations: [
      new HttpInstrumentation({
        ignoreIncomingRequestHook: (req) => UNTRACED_PATHS.test(req.url ?? ''),
        // the OTLP exporter's own requests would otherwise trace themselves
        ignoreOutgoingRequestHook: (req) => (req.path ?? '').startsWith('/v1/'),
      }),
      // Values in documents are replaced by '*' (allowValues false); no resolver spans below the
      // top-level fields: enough to see where time goes without a span per list item.
      new GraphQLInstrumentation({
        allowValues: false,
        depth: 1,
        mergeItems: true,
        ignoreTrivialResolveSpans: true,
      }),
    ],
  });
  return {
    flush: () => provider.forceFlush(),
    shutdown: () => provider.shutdown(),
  };
}
