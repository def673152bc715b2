/**
 * A minimal OTLP/HTTP trace receiver, run as its own process: `POST /v1/traces` with an OTLP JSON
 * body (what @opentelemetry/exporter-trace-otlp-http sends) appends one JSON line per span to the
 * output file and answers 200 with an empty partial-success; anything else is refused (415 for a
 * protobuf body, 404 elsewhere). `GET /spans` returns the spans received so far.
 *
 * Why our own: no OTLP receiver can be installed on these machines — the OpenTelemetry Collector
 * and Jaeger ship as Go binaries from their own release pages (not Debian, Maven Central or npm),
 * and the Zipkin server on Maven Central speaks Zipkin's format, not OTLP. This process is still a
 * real network peer: the services export to it over loopback HTTP exactly as to a collector.
 *
 *   node -r @swc-node/register tools/otlp-receiver/receiver.ts --port 4318 --out spans.jsonl
 */
import { appendFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

interface OtlpValue {
  stringValue?: string;
  intValue?: string | number;
  boolValue?: boolean;
  doubleValue?: number;
}
interface OtlpAttribute {
  key: string;
  value: OtlpValue;
}
interface OtlpSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: number;
  attributes?: OtlpAttribute[];
  links?: Array<{ traceId: string; spanId: string }>;
  status?: { code?: number };
}
interface OtlpRequest {
  resourceSpans?: Array<{
    resource?: { attributes?: OtlpAttribute[] };
    scopeSpans?: Array<{ scope?: { name?: string }; spans?: OtlpSpan[] }>;
  }>;
}

export interface ReceivedSpan {
  service: string;
  scope: string;
  traceId: string;
  spanId: string;
  parentSpanId: string | null;
  name: string;
  kind: number;
  attributes: Record<string, string | number | boolean>;
  links: Array<{ traceId: string; spanId: string }>;
  statusCode: number;
}

function flatten(attributes: OtlpAttribute[] = []): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = {};
  for (const { key, value } of attributes) {
    const v =
      value.stringValue ??
      (value.intValue !== undefined ? Number(value.intValue) : undefined) ??
      value.boolValue ??
      value.doubleValue;
    if (v !== undefined) out[key] = v;
  }
  return out;
}

/** OTLP JSON encodes ids as hex; some encoders use base64 (the protobuf JSON default). */
function hexId(id: string | undefined): string {
  if (!id) return '';
  return /^[0-9a-f]+$/i.test(id) ? id.toLowerCase() : Buffer.from(id, 'base64').toString('hex');
}

export function spansOf(body: OtlpRequest): ReceivedSpan[] {
  const spans: ReceivedSpan[] = [];
  for (const rs of body.resourceSpans ?? []) {
    const service = String(flatten(rs.resource?.attributes)['service.name'] ?? 'unknown');
    for (const ss of rs.scopeSpans ?? [])
      for (const s of ss.spans ?? [])
        spans.push({
          service,
          scope: ss.scope?.name ?? '',
          traceId: hexId(s.traceId),
          spanId: hexId(s.spanId),
          parentSpanId: s.parentSpanId ? hexId(s.parentSpanId) : null,
          name: s.name,
          kind: s.kind,
          attributes: flatten(s.attributes),
          links: (s.links ?? []).map((l) => ({
            traceId: hexId(l.traceId),
            spanId: hexId(l.spanId),
          })),
          statusCode: s.status?.code ?? 0,
        });
  }
  return spans;
}

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

function main(): void {
  const port = Number(arg('port', '4318'));
  const out = arg('out', 'otlp-spans.jsonl');
  writeFileSync(out, '');
  const received: ReceivedSpan[] = [];
  const server = http.createServer((req, res) => {
    if (req.method === 'GET' && req.url === '/spans') {
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(received));
      return;
    }
    if (req.method !== 'POST' || req.url !== '/v1/traces') {
      res.writeHead(404).end();
      return;
    }
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
      res.writeHead(415, { 'content-type': 'text/plain' }).end('only OTLP/HTTP JSON is accepted');
      return;
    }
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      let spans: ReceivedSpan[];
      try {
        spans = spansOf(JSON.parse(Buffer.concat(chunks).toString('utf8')) as OtlpRequest);
      } catch {
        res.writeHead(400, { 'content-type': 'text/plain' }).end('not OTLP JSON');
        return;
      }
      received.push(...spans);
      if (spans.length > 0)
        appendFileSync(out, spans.map((s) => JSON.stringify(s)).join('\n') + '\n');
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  server.listen(port, '127.0.0.1', () => {
    const actual = (server.address() as AddressInfo).port;
    process.stdout.write(`otlp receiver listening on http://127.0.0.1:${actual} writing ${out}\n`);
  });
  const stop = () => server.close(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

if (require.main === module) main();
