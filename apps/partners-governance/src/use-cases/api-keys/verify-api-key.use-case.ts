import { londonDate } from '@ekst/subgraph-kit';
import { parseApiKey } from '@ekst/auth';
import type { DataSource } from 'typeorm';
import type { ApiKeySettings } from '../../config';
import { apiKeyState, lastUsedIsDue, secretMatches } from '../../api-keys/api-key';
import { ApiKeyEntity } from '../../entities/api-key.entity';
import { PartnerEntity } from '../../entities/partner.entity';

export type ApiKeyVerdict =
  | {
      readonly kind: 'valid';
      readonly keyId: string;
      readonly partnerId: string;
      readonly scopes: readonly string[];
      readonly expiresAt: Date | null;
      readonly trustedOperations: readonly string[] | null;
    }
  /** malformed, no such id, or the secret does not match: not told apart */
  | { readonly kind: 'unknown' }
  /** only said to someone who holds the whole key (the secret matched) */
  | { readonly kind: 'expired' | 'revoked' };

/**
 * The gateway asks whether a presented key is good: one primary-key lookup by the id in the key,
 * one HMAC. A good key's last-used time is written at most once per throttle period, by a
 * conditional UPDATE, so several gateway replicas verifying at once still write it once.
 */
export async function verifyApiKey(
  dataSource: DataSource,
  settings: ApiKeySettings,
  presented: string,
  now: Date = new Date(),
): Promise<ApiKeyVerdict> {
  const parsed = parseApiKey(presented);
  if (parsed === null) return { kind: 'unknown' };
  const key = await dataSource.getRepository(ApiKeyEntity).findOneBy({ id: parsed.keyId });
  if (key === null || !secretMatches(settings.pepper, parsed.secret, key.secretHash)) {
    return { kind: 'unknown' };
  }
  const state = apiKeyState(key, now);
  if (state === 'REVOKED') return { kind: 'revoked' };
  if (state === 'EXPIRED') return { kind: 'expired' };
  // A partner that has left the partnership no longer reads through it, whatever its keys say.
  const partner = await dataSource
    .getRepository(PartnerEntity)
    .findOne({ where: { id: key.partnerId }, select: { id: true, leftOn: true } });
  if (partner === null || (partner.leftOn !== null && partner.leftOn <= londonDate(now))) {
    return { kind: 'revoked' };
  }
  if (lastUsedIsDue(key.lastUsedAt, now, settings.lastUsedThrottleMs)) {
    await dataSource.query(
      `UPDATE api_key SET last_used_at = $2
        WHERE id = $1 AND (last_used_at IS NULL OR last_used_at <= $3)`,
      [key.id, now, new Date(now.getTime() - settings.lastUsedThrottleMs)],
    );
  }
  return {
    kind: 'valid',
    keyId: key.id,
    partnerId: key.partnerId,
    scopes: key.scopes,
    expiresAt: key.expiresAt,
    trustedOperations: key.trustedOperations,
  };
}

/** Keys revoked at or after `since` (the gateway's pull, so revocation reaches every replica). */
export async function revokedApiKeysSince(
  dataSource: DataSource,
  since: Date,
): Promise<Array<{ keyId: string; revokedAt: Date }>> {
  const rows: Array<{ id: string; revoked_at: Date }> = await dataSource.query(
    `SELECT id, revoked_at FROM api_key WHERE revoked_at >= $1 ORDER BY revoked_at`,
    [since],
  );
  return rows.map((r) => ({ keyId: r.id, revokedAt: r.revoked_at }));
}
