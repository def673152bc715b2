import pino from 'pino';
import type { Logger } from 'pino';

export type { Logger };

/**
 * JSON logs. Anything that could carry personal data or credentials is redacted by path, as a
 * second line of defence: code should not log such fields in the first place.
 */
export function createLogger(service: string, level = 'info'): Logger {
  return pino({
    name: service,
    level,
    base: { service },
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
  });
}
