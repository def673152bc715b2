import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { API_KEY_SCOPES, API_KEY_SECRET_BYTES, hasRole } from '@ekst/auth';
import type { Caller } from '@ekst/auth';
import { z } from 'zod';

/**
 * API key rules: pure functions, no I/O (the use cases in this folder ask them).
 *
 * Stored as HMAC-SHA-256(pepper, secret). A key's secret is 256 random bits, so an attacker with
 * the table cannot enumerate candidates the way they can with human passwords: a slow hash
 * (scrypt, which passwords need because they are guessable) would only add CPU to every request.
 * The pepper (config, not the database) means a stolen table alone cannot even confirm a key.
 */
export function hashApiKeySecret(pepper: string, secret: string): Buffer {
  return createHmac('sha256', pepper).update(secret, 'utf8').digest();
}

/** Constant-time comparison of a presented secret with the stored hash. */
export function secretMatches(pepper: string, secret: string, storedHash: Buffer): boolean {
  const presented = hashApiKeySecret(pepper, secret);
  return presented.length === storedHash.length && timingSafeEqual(presented, storedHash);
}

/** 32 random bytes as base64url (43 characters, no padding). */
export function newApiKeySecret(): string {
  return randomBytes(API_KEY_SECRET_BYTES).toString('base64url');
}

/** Keys are the partnership's decision: only the coordinator issues and revokes them. */
export function mayManageApiKeys(caller: Caller): boolean {
  return caller.kind === 'person' && hasRole(caller, 'COORDINATOR');
}

/**
 * Who may list a partner's keys (never the secret or hash): the coordinator any partner's, a
 * person of the associate partner their own partner's. An API key never lists keys.
 */
export function mayListApiKeysOf(caller: Caller, partnerId: string): boolean {
  if (caller.kind !== 'person') return false;
  if (hasRole(caller, 'COORDINATOR')) return true;
  return caller.partnerId === partnerId;
}

export type ApiKeyState = 'ACTIVE' | 'EXPIRED' | 'REVOKED';

export function apiKeyState(
  key: { revokedAt: Date | null; expiresAt: Date | null },
  now: Date,
): ApiKeyState {
  if (key.revokedAt !== null) return 'REVOKED';
  if (key.expiresAt !== null && key.expiresAt.getTime() <= now.getTime()) return 'EXPIRED';
  return 'ACTIVE';
}

/**
 * Whether last-used should be written now: at most once per `throttleMs` per key, so verifying a
 * key is not a database write per request.
 */
export function lastUsedIsDue(lastUsedAt: Date | null, now: Date, throttleMs: number): boolean {
  return lastUsedAt === null || now.getTime() - lastUsedAt.getTime() >= throttleMs;
}

/** A persisted-query hash: SHA-256 of the operation text, lower-case hex. */
const operationHash = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[0-9a-f]{64}$/, 'must be a SHA-256 hash as 64 hexadecimal characters');

export const MAX_TRUSTED_OPERATIONS = 100;

export const issueApiKeySchema = z.object({
  partnerId: z.uuid({ message: 'must be a partner id' }),
  name: z
    .string()
    .trim()
    .min(2, 'must be at least 2 characters')
    .max(100, 'must be at most 100 characters'),
  scopes: z
    .array(z.enum(API_KEY_SCOPES))
    .min(1, 'give at least one scope')
    .transform((s) => [...new Set(s)].sort()),
  expiresAt: z.iso
    .datetime({ offset: true, message: 'must be an ISO date-time with offset' })
    .nullish(),
  trustedOperations: z
    .array(operationHash)
    .max(MAX_TRUSTED_OPERATIONS, `at most ${MAX_TRUSTED_OPERATIONS} operations`)
    .nullish(),
});
export type IssueApiKeyInput = z.infer<typeof issueApiKeySchema>;
