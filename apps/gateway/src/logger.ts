import pino from 'pino';
import type { DestinationStream, Logger } from 'pino';
import { logTraceFields } from '@ekst/telemetry';
import type { LogLevel } from './config';

export type { Logger };

/**
 * JSON logs, one object per line. The gateway's code never logs credentials, variables or
 * response data; the redaction list is a second line of defence should someone log a request.
 */
export function createLogger(level: LogLevel, destination?: DestinationStream): Logger {
  const options = {
    name: 'gateway',
    level,
    base: { service: 'gateway' },
    // a line written inside a traced request carries its trace_id and span_id
    mixin: logTraceFields,
    redact: {
      paths: [
        'req.headers.authorization',
        'req.headers.cookie',
        'req.headers["x-ekst-internal-token"]',
        'headers.authorization',
        'variables',
        '*.variables',
        'token',
      ],
      censor: '[redacted]',
    },
  };
  return destination === undefined ? pino(options) : pino(options, destination);
}

/**
 * Apollo's logger interface takes one message argument; pino's methods take (obj, msg). Bound
 * so Apollo can call them detached.
 */
export function apolloLoggerFrom(logger: Logger): {
  debug(message?: unknown): void;
  info(message?: unknown): void;
  warn(message?: unknown): void;
  error(message?: unknown): void;
} {
  const child = logger.child({ component: 'apollo' });
  return {
    debug: (message) => child.debug(String(message)),
    info: (message) => child.info(String(message)),
    warn: (message) => child.warn(String(message)),
    error: (message) => child.error(String(message)),
  };
}
