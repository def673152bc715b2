/**
 * Why applying an event failed, which decides what the inbox consumer does with it:
 * - `transient`: the database or network was unavailable, or the transaction lost a race
 *   (serialization failure, deadlock, lock timeout). Retrying later will succeed, so the consumer
 *   retries for as long as it takes, with backoff, and never dead-letters it.
 * - `poison`: the message can never be applied (it breaks its contract, or the handler says so by
 *   throwing `PoisonMessageError`). It goes to the dead-letter topic at once.
 * - `unknown`: anything else (a bug, an ordering gap between topics). Retried a few times, then
 *   dead-lettered, where it can be inspected and redriven.
 */
export type FailureKind = 'transient' | 'poison' | 'unknown';

/** Thrown by a handler for an event it can never apply: dead-lettered without retrying. */
export class PoisonMessageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PoisonMessageError';
  }
}

/**
 * SQLSTATE classes and codes that mean "try again": 08 connection exceptions, 40001
 * serialization failure, 40P01 deadlock, 55P03 lock not available, 57P01–57P03 the server is
 * shutting down, restarting or not yet accepting connections (57014, query cancelled, is not
 * here: it is what a statement timeout raises), 53 insufficient resources (e.g. too many
 * connections), 58 system errors (I/O).
 */
const TRANSIENT_SQLSTATE = /^(08|53|58)|^(40001|40P01|55P03|57P01|57P02|57P03)$/;
/** Data exceptions: the same input will fail the same way every time. */
const POISON_SQLSTATE = /^22/;
const TRANSIENT_NODE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
  'ENOTFOUND',
]);
/** node-postgres reports a dropped or unobtainable connection with these messages and no code. */
const TRANSIENT_MESSAGES = [
  /connection terminated/i,
  /timeout exceeded when trying to connect/i,
  /client has encountered a connection error/i,
  /connection is closed/i,
  /cannot use a pool after calling end/i,
  // 55000 with this text: the database has ALLOW_CONNECTIONS false (maintenance, a restore)
  /is not currently accepting connections/i,
];

interface CodedError {
  code?: unknown;
  message?: unknown;
  driverError?: unknown;
  cause?: unknown;
  name?: unknown;
}

export function classifyFailure(err: unknown): FailureKind {
  return classify(err, 0);
}

function classify(err: unknown, depth: number): FailureKind {
  if (err instanceof PoisonMessageError) return 'poison';
  if (typeof err !== 'object' || err === null || depth > 3) return 'unknown';
  const e = err as CodedError;
  if (e.name === 'ZodError') return 'poison';
  const code = typeof e.code === 'string' ? e.code : undefined;
  if (code && /^[0-9A-Z]{5}$/.test(code)) {
    if (TRANSIENT_SQLSTATE.test(code)) return 'transient';
    if (POISON_SQLSTATE.test(code)) return 'poison';
  }
  if (code && TRANSIENT_NODE_CODES.has(code)) return 'transient';
  const message = typeof e.message === 'string' ? e.message : '';
  if (TRANSIENT_MESSAGES.some((m) => m.test(message))) return 'transient';
  // TypeORM wraps the driver's error; connection errors sometimes arrive as a cause.
  for (const inner of [e.driverError, e.cause]) {
    if (inner && inner !== err) {
      const kind = classify(inner, depth + 1);
      if (kind !== 'unknown') return kind;
    }
  }
  return 'unknown';
}

/**
 * Exponential backoff with full jitter (AWS architecture blog, "Exponential Backoff And
 * Jitter"): a random wait in [base, min(cap, base·2^(attempt-1))], so consumers that failed
 * together do not retry together.
 */
export function backoffMs(attempt: number, baseMs: number, capMs: number, random = Math.random) {
  const ceiling = Math.min(capMs, baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(baseMs + random() * Math.max(0, ceiling - baseMs));
}
