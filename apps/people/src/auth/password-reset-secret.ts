import { createHmac } from 'node:crypto';

/** How long a reset link works. */
export const RESET_TTL_MS = 60 * 60 * 1000;

/**
 * The secret of a reset request, derived from its id with a server key: people can hand the link
 * to communications at send time without ever storing the secret (only its hash) or putting it
 * on Kafka. The token a person receives is `<request id>.<secret>`.
 */
export function resetSecretFor(serverKey: string, requestId: string): string {
  return createHmac('sha256', `password-reset:${serverKey}`).update(requestId).digest('base64url');
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function parseResetToken(token: string): { requestId: string; secret: string } | null {
  const [requestId, secret, ...rest] = token.trim().split('.');
  if (rest.length || !requestId || !secret || !UUID.test(requestId) || secret.length !== 43)
    return null;
  return { requestId, secret };
}
