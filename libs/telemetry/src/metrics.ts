import { createHash, timingSafeEqual } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

export { Gauge, Registry } from 'prom-client';

/** Seconds; from a fast health probe to a slow report. */
const DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** A readiness check slower than this counts as not ready (the kubelet's probe gives up at 3 s). */
const READINESS_TIMEOUT_MS = 2500;

/** Operation names are chosen by clients: more distinct ones than this are counted as 'other'. */
const MAX_OPERATION_NAMES = 200;
const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

/**
 * One process's Prometheus metrics: the Node.js defaults (CPU, memory, event-loop lag, GC),
 * HTTP requests and GraphQL operations. Services add their own gauges to `registry`.
 */
export class ServiceMetrics {
  readonly registry = new Registry();
  private readonly httpRequests: Counter<'method' | 'route' | 'status'>;
  private readonly httpDuration: Histogram<'method' | 'route' | 'status'>;
  private readonly httpInFlight: Gauge<'route'>;
  private readonly operations: Counter<'operation' | 'type' | 'outcome'>;
  private readonly operationDuration: Histogram<'operation' | 'type' | 'outcome'>;
  private readonly operationErrors: Counter<'operation' | 'code'>;
  private readonly operationNames = new Set<string>();

  /**
   * `isReady`: what the readiness probe answers (true for 200), asked again at every scrape and
   * exported as `ekst_ready`. Prometheus scrapes a pod whether or not it is ready, so a pod that
   * stays unready (database or Kafka unreachable) is visible as `ekst_ready == 0`, not only as
   * a Service with fewer endpoints.
   */
  constructor(
    readonly service: string,
    opts: { isReady?: () => boolean | Promise<boolean> } = {},
  ) {
    this.registry.setDefaultLabels({ service });
    collectDefaultMetrics({ register: this.registry });
    const registers = [this.registry];
    const { isReady } = opts;
    if (isReady) {
      new Gauge({
        name: 'ekst_ready',
        help: 'Whether this process answers its readiness probe with 200 (1) or not (0)',
        registers,
        async collect() {
          let ready = false;
          try {
            ready = await withTimeout(Promise.resolve(isReady()), READINESS_TIMEOUT_MS);
          } catch {
            // a check that hangs or throws is what an unready process looks like
          }
          this.set(ready ? 1 : 0);
        },
      });
    }
    this.httpRequests = new Counter({
      name: 'ekst_http_requests_total',
      help: 'HTTP requests answered, by method, route and status code',
      labelNames: ['method', 'route', 'status'],
      registers,
    });
    this.httpDuration = new Histogram({
      name: 'ekst_http_request_duration_seconds',
      help: 'Time to answer an HTTP request, by method, route and status code',
      labelNames: ['method', 'route', 'status'],
      buckets: DURATION_BUCKETS,
      registers,
    });
    this.httpInFlight = new Gauge({
      name: 'ekst_http_requests_in_flight',
      help: 'HTTP requests received and not yet answered, by first path segment (a drain empties it)',
      labelNames: ['route'],
      registers,
    });
    this.operations = new Counter({
      name: 'ekst_graphql_operations_total',
      help: 'GraphQL operations executed, by operation name, type and outcome (ok or error)',
      labelNames: ['operation', 'type', 'outcome'],
      registers,
    });
    this.operationDuration = new Histogram({
      name: 'ekst_graphql_operation_duration_seconds',
      help: 'Time from receiving a GraphQL operation to sending its response',
      labelNames: ['operation', 'type', 'outcome'],
      buckets: DURATION_BUCKETS,
      registers,
    });
    this.operationErrors = new Counter({
      name: 'ekst_graphql_errors_total',
      help: 'GraphQL errors returned, by operation name and extensions.code',
      labelNames: ['operation', 'code'],
      registers,
    });
  }

  /**
   * Counts and times every HTTP request, and gauges those in flight (mount first). Routes, not
   * paths: tokens live in paths. In flight is by first path segment, known before routing; a
   * request leaves it when its response is sent or its connection closes, whichever is first.
   */
  httpMiddleware(): RequestHandler {
    return (req: Request, res: Response, next: NextFunction) => {
      const end = this.httpDuration.startTimer();
      const inFlight = { route: routeOf(req) };
      this.httpInFlight.inc(inFlight);
      res.once('close', () => this.httpInFlight.dec(inFlight));
      res.once('finish', () => {
        const route = req.route ? `${req.baseUrl}${String(req.route.path)}` : routeOf(req);
        const labels = { method: req.method, route, status: String(res.statusCode) };
        this.httpRequests.inc(labels);
        end(labels);
      });
      next();
    };
  }

  /** Counts, times and tallies the errors of each GraphQL operation. */
  apolloPlugin<T extends object>(): ApolloServerPlugin<T> {
    return {
      requestDidStart: () => {
        const started = process.hrtime.bigint();
        return Promise.resolve({
          willSendResponse: ({ operationName, operation, errors, response }) => {
            const name = this.operationLabel(operationName ?? null);
            const type = operation?.operation ?? 'unknown';
            const body = response.body;
            const resultErrors =
              body.kind === 'single' ? (body.singleResult.errors ?? []) : (errors ?? []);
            const outcome = resultErrors.length > 0 ? 'error' : 'ok';
            this.operations.inc({ operation: name, type, outcome });
            this.operationDuration.observe(
              { operation: name, type, outcome },
              Number(process.hrtime.bigint() - started) / 1e9,
            );
            for (const e of resultErrors) {
              const code = (e.extensions as { code?: unknown } | undefined)?.code;
              this.operationErrors.inc({
                operation: name,
                code: typeof code === 'string' && /^[A-Z_:]{1,64}$/.test(code) ? code : 'OTHER',
              });
            }
            return Promise.resolve();
          },
        });
      },
    };
  }

  private operationLabel(name: string | null): string {
    if (!name) return 'anonymous';
    if (!OPERATION_NAME.test(name)) return 'other';
    if (this.operationNames.has(name)) return name;
    if (this.operationNames.size >= MAX_OPERATION_NAMES) return 'other';
    this.operationNames.add(name);
    return name;
  }

  /**
   * `GET /metrics` in the Prometheus text format, for a scraper holding `token`
   * (`Authorization: Bearer <token>`). Without a token configured the endpoint does not exist
   * (404): metrics name operations and partitions, and are not for the public.
   */
  handler(token: string | null | undefined): RequestHandler {
    const expected = token ? digest(token) : null;
    return (req: Request, res: Response, next: NextFunction) => {
      if (!expected) {
        res
          .status(404)
          .json({ errors: [{ message: 'Not found', extensions: { code: 'NOT_FOUND' } }] });
        return;
      }
      const header = req.header('authorization') ?? '';
      const given = header.startsWith('Bearer ') ? header.slice('Bearer '.length) : '';
      if (!timingSafeEqual(digest(given), expected)) {
        res
          .status(401)
          .set('www-authenticate', 'Bearer')
          .json({ errors: [{ message: 'Unauthorized', extensions: { code: 'UNAUTHENTICATED' } }] });
        return;
      }
      this.registry.metrics().then((text) => {
        res.set('content-type', this.registry.contentType).send(text);
      }, next);
    };
  }
}

function digest(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}

/** Requests no route matched by itself (mounted apps): the first path segment only, never a token or an id. */
function routeOf(req: Request): string {
  const first = (req.originalUrl ?? req.url).split('?')[0].split('/')[1] ?? '';
  return /^[a-z-]{1,32}$/.test(first) ? `/${first}` : 'unmatched';
}

/** A gauge callback must not hang a scrape: give up after `ms` (the value is then left out). */
export async function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      promise,
      new Promise<T>((_, reject) => {
        timer = setTimeout(() => reject(new Error('timeout')), ms);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}
