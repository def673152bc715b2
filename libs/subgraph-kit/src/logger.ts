import pino from 'pino';
import type { DestinationStream, Logger } from 'pino';
import { logTraceFields } from '@ekst/telemetry';

export type { Logger };

/**
 * JSON logs. Anything that could carry personal data or credentials is redacted by path, as a
 * second line of defence: code should not log such fields in the first place. A line written
 * inside a traced request or event carries its `trace_id` and `span_id`.
 */
export function createLogger(
  service: string,
  level = 'info',
  destination?: DestinationStream,
): Logger {
  const options = {
    name: service,
    level,
    base: { service },
    mixin: logTraceFields,
    redact: {
      paths: [
        'req.headers.authorization',
        'req.headers["x-ekst-internal-token"]',
        '*.password',
        '*.email',
        '*.phone',
        '*.displayName',
        'variables',
      ],
      censor: '[redacted]',
    },
  };
  return destination === undefined ? pino(options) : pino(options, destination);
}
