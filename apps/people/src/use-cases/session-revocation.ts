import type { EntityManager } from 'typeorm';
import type { RevocationReason } from '../entities/session-revocation.entity';

/**
 * Ends sessions inside the caller's transaction: their ids go on the revocation list the gateway
 * polls (it then refuses their access tokens within seconds) and the sessions are deleted, so
 * their refresh tokens stop working at once. Returns how many sessions ended.
 */
export async function revokeSessions(
  m: EntityManager,
  sessionIds: string[],
  reason: RevocationReason,
): Promise<number> {
  if (sessionIds.length === 0) return 0;
  await m.query(
    `INSERT INTO session_revocation (session_id, reason) SELECT unnest($1::uuid[]), $2
     ON CONFLICT (session_id) DO NOTHING`,
    [sessionIds, reason],
  );
  const [, count] = (await m.query(`DELETE FROM session WHERE id = ANY ($1::uuid[])`, [
    sessionIds,
  ])) as [unknown, number];
  return count;
}

/** Ends every session of a person, locking them so a concurrent refresh cannot slip through. */
export async function revokeAllSessionsOf(
  m: EntityManager,
  personId: string,
  reason: RevocationReason,
): Promise<number> {
  const rows = (await m.query(`SELECT id FROM session WHERE person_id = $1 FOR UPDATE`, [
    personId,
  ])) as Array<{ id: string }>;
  return revokeSessions(
    m,
    rows.map((r) => r.id),
    reason,
  );
}
