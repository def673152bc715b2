// main.ts imports this first: tracing has to start before http, express and graphql are loaded,
// so their instrumentation applies. Off unless OTEL_EXPORTER_OTLP_ENDPOINT is set (libs/telemetry).
import { startTracing } from '@ekst/telemetry';

startTracing('events');
