import { z } from 'zod';

/**
 * Associate partners' API keys: `ekst_live_<key id>_<secret>`.
 *
 * - The prefix makes a leaked key recognisable (secret scanners, log scrubbers) and lets the
 *   gateway tell a key from a JWT without trying to parse it.
 * - The key id (a UUID without dashes) is in the clear, so verification is a primary-key lookup
 *   and one HMAC, never a scan comparing hashes.
 * - The secret is 32 random bytes (256 bits, base64url): guessing is hopeless, which is why a fast
 *   keyed hash is enough to store it (see apps/partners-governance/README.md).
 */
export const API_KEY_PREFIX = 'ekst_live_';
export const API_KEY_SECRET_BYTES = 32;

/** What an API key may be used for: checked by the gateway against the root fields it names. */
export const API_KEY_SCOPES = ['PROGRAMME_READ', 'PARTNERS_READ', 'IMPACT_READ'] as const;
export const apiKeyScopeSchema = z.enum(API_KEY_SCOPES);
export type ApiKeyScope = z.infer<typeof apiKeyScopeSchema>;

const KEY_FORMAT = /^ekst_live_([0-9a-f]{32})_([A-Za-z0-9_-]{43})$/;

export interface ParsedApiKey {
  /** the key's id as a UUID (with dashes), as stored */
  readonly keyId: string;
  readonly secret: string;
}

/** True for anything that claims to be an API key (starts with the prefix), well-formed or not. */
export function looksLikeApiKey(credential: string): boolean {
  return credential.startsWith(API_KEY_PREFIX);
}

/** The key id and secret of a well-formed key; null for anything else (never throws). */
export function parseApiKey(credential: string): ParsedApiKey | null {
  if (credential.length > 200) return null;
  const match = KEY_FORMAT.exec(credential);
  if (!match) return null;
  const hex = match[1];
  const keyId = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  return { keyId, secret: match[2] };
}

/** The full key for a key id and a base64url secret (only ever shown once, when issued). */
export function formatApiKey(keyId: string, secret: string): string {
  return `${apiKeyDisplayPrefix(keyId)}_${secret}`;
}

/** The part of a key that may be shown again (in lists, logs): prefix and key id, no secret. */
export function apiKeyDisplayPrefix(keyId: string): string {
  return `${API_KEY_PREFIX}${keyId.replace(/-/g, '').toLowerCase()}`;
}
